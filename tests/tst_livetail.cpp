// Follow (the live tail) against a scripted Studio whose newest executions the test adds: new
// ones go on top while the selection stays; scrolled away, the rows on screen stay put and
// "N new ▲" brings you there; a burst longer than a page is read whole, in order; an active row
// on screen turns ended; a range that ends in the past is refused without a request; a changed
// query stops it; paused (minimised) it sends nothing until shown again.

#include "executions/executionsmodel.h"
#include "executions/executionsview.h"
#include "executions/livetail.h"
#include "support/children.h"
#include "support/faultserver.h"
#include "support/pagebuilder.h"
#include "support/testclient.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

class TestLiveTail : public QObject
{
    Q_OBJECT

private:
    FaultServer m_server;
    int m_newest = 0; // executions 1..m_newest exist, newest first
    QByteArray m_foreignNext; // when set, every next_page_url points here instead
    QSet<int> m_active;
    std::unique_ptr<StudioClient> m_client;
    std::unique_ptr<ExecutionsModel> m_model;

    static QString sidOf(int n) { return QString::fromLatin1(pagebuilder::sid("FN", n)); }
    QString sidAt(int row) const { return m_model->executionAt(row).sid; }

    FaultServer::Response answer(const FaultServer::Request &request)
    {
        const QUrl url(QString::fromLatin1(request.target));
        const QString path = url.path();
        if (path.contains(u"/Executions/"_s)) { // one execution, read again
            const int n = path.section(u'/', -1).mid(2).toInt(nullptr, 16);
            return FaultServer::Response::json(
                pagebuilder::execution(n, m_active.contains(n) ? "active" : "ended"));
        }
        const QUrlQuery query(url);
        const int size = query.queryItemValue(u"PageSize"_s).toInt();
        const int page = query.queryItemValue(u"Page"_s).toInt();
        QList<QByteArray> items;
        for (int n = m_newest - page * size; n > std::max(0, m_newest - (page + 1) * size); --n)
            items << pagebuilder::execution(n, m_active.contains(n) ? "active" : "ended");
        QByteArray next = "null";
        if (m_newest - (page + 1) * size > 0) {
            QUrlQuery nextQuery(query);
            nextQuery.removeAllQueryItems(u"Page"_s);
            nextQuery.removeAllQueryItems(u"PageToken"_s);
            nextQuery.addQueryItem(u"Page"_s, QString::number(page + 1));
            nextQuery.addQueryItem(u"PageToken"_s, u"PT"_s + QString::number(page + 1));
            QUrl nextUrl = m_server.url();
            nextUrl.setPath(path);
            nextUrl.setQuery(nextQuery);
            next = '"' + (m_foreignNext.isEmpty() ? nextUrl.toEncoded() : m_foreignNext) + '"';
        }
        return FaultServer::Response::json(pagebuilder::page(items, next));
    }

    ExecutionQuery followable() const
    {
        ExecutionQuery query;
        query.flowSid = QString::fromLatin1(pagebuilder::kFlow);
        query.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
        query.pageSize = 50;
        return query;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setHandler(
            [this](const FaultServer::Request &request, int) { return answer(request); });
    }

    void init()
    {
        m_newest = 300;
        m_active = { 290, 280 };
        m_foreignNext.clear();
        m_client = std::make_unique<StudioClient>();
        m_client->setSettings(localClientSettings(m_server.url(),
            Credentials::authToken(u"AC0123456789abcdef0123456789abcdef"_s, u"token"_s)));
        m_model = std::make_unique<ExecutionsModel>(m_client.get());
        m_model->setQuery(followable());
        QVERIFY(waitUntilSettled(*m_model));
        QCOMPARE(m_model->rowCount(), 50);
    }

    void cleanup()
    {
        m_model.reset();
        m_client.reset();
    }

    void newExecutionsGoOnTopWhileTheSelectionStays()
    {
        ExecutionsView view(m_model.get());
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.selectSourceRow(5));
        QCOMPARE(sidAt(view.currentSourceRow()), sidOf(295));

        LiveTail tail(m_client.get(), m_model.get());
        tail.setIntervalMs(LiveTail::kMinimumIntervalMs);
        QSignalSpy added(&tail, &LiveTail::rowsAdded);
        QSignalSpy polled(&tail, &LiveTail::polled);
        m_newest = 302;
        QVERIFY(tail.start());
        QVERIFY(polled.wait(5000));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().at(0).toInt(), 2);
        QCOMPARE(m_model->rowCount(), 52);
        QCOMPARE(sidAt(0), sidOf(302));
        QCOMPARE(sidAt(1), sidOf(301));
        QCOMPARE(sidAt(2), sidOf(300));
        QCOMPARE(sidAt(view.currentSourceRow()), sidOf(295)); // the selection stayed with it
        QCOMPARE(m_model->rowOfSid(sidOf(295)), 7);
        QVERIFY(!child<QPushButton>(&view, "newRowsButton")
                     ->isVisible()); // at the top: the new rows are in sight

        // Scrolled away: what is on screen stays, "12 new ▲" says what came.
        QTableView *table = view.table();
        table->scrollTo(view.proxy()->index(20, 0), QAbstractItemView::PositionAtTop);
        const QString topBefore = sidAt(view.visibleSourceRows().first());
        m_newest = 314;
        QVERIFY(polled.wait(5000)); // the next poll, one interval later
        // (Scrolling there also loaded older pages; the new ones are on top, in order.)
        for (int row = 0; row < 13; ++row)
            QCOMPARE(sidAt(row), sidOf(314 - row));
        QCOMPARE(sidAt(view.visibleSourceRows().first()), topBefore);
        QVERIFY(child<QPushButton>(&view, "newRowsButton")->isVisible());
        QVERIFY2(child<QPushButton>(&view, "newRowsButton")->text().contains(u"12 new"_s),
            qPrintable(child<QPushButton>(&view, "newRowsButton")->text()));
        QTest::mouseClick(child<QPushButton>(&view, "newRowsButton"), Qt::LeftButton);
        QCOMPARE(view.visibleSourceRows().first(), 0);
        QCOMPARE(sidAt(0), sidOf(314));
        QVERIFY(!child<QPushButton>(&view, "newRowsButton")->isVisible());
        QCOMPARE(sidAt(view.currentSourceRow()), sidOf(295));
    }

    void aBurstLongerThanAPageIsReadWholeInOrder()
    {
        LiveTail tail(m_client.get(), m_model.get());
        QSignalSpy polled(&tail, &LiveTail::polled);
        m_newest = 300 + 120; // 120 new: two full pages of 50 all new, then one that meets row 300
        QVERIFY(tail.start());
        QVERIFY(polled.wait(5000));
        QCOMPARE(m_model->rowCount(), 170);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(sidAt(row), sidOf(420 - row));
        QCOMPARE(tail.requestsSent(), 3);
    }

    void activeRowsOnScreenTurnEnded()
    {
        const int row = m_model->rowOfSid(sidOf(290));
        QCOMPARE(m_model->executionAt(row).status, ExecutionStatus::Active);
        LiveTail tail(m_client.get(), m_model.get());
        QSignalSpy polled(&tail, &LiveTail::polled);
        tail.setWatched({ sidOf(290) });
        m_active.remove(290);
        QVERIFY(tail.start());
        QVERIFY(polled.wait(5000));
        QCOMPARE(
            m_model->executionAt(m_model->rowOfSid(sidOf(290))).status, ExecutionStatus::Ended);
        QCOMPARE(m_model->rowOfSid(sidOf(290)), row); // where it was
        // Idle: one request a poll for the newest page, one per watched active row.
        QCOMPARE(tail.requestsSent(), 2);
    }

    void onlyWhileTheRangeReachesNowAndTheQueryStays()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ExecutionQuery past = followable();
        past.to = now.addDays(-1);
        QVERIFY(!LiveTail::canFollow(past, now));
        ExecutionQuery presetNow = followable();
        presetNow.to = now.addSecs(-60); // "Last hour" applied a minute ago
        QVERIFY(LiveTail::canFollow(presetNow, now));
        QVERIFY(LiveTail::canFollow(followable(), now));
        // The tolerance the README states: an end at most 5 minutes ago, not more.
        ExecutionQuery edge = followable();
        edge.to = now.addSecs(-5 * 60);
        QVERIFY(LiveTail::canFollow(edge, now));
        edge.to = now.addSecs(-5 * 60 - 1);
        QVERIFY(!LiveTail::canFollow(edge, now));

        m_model->setQuery(past);
        QVERIFY(waitUntilSettled(*m_model));
        const qsizetype before = m_server.requests().size();
        LiveTail refused(m_client.get(), m_model.get());
        QVERIFY(!refused.start());
        QVERIFY(roundTrip(*m_client, m_server.url().resolved(QUrl(u"/v1/Flows"_s))));
        QCOMPARE(m_server.requests().size(), before + 1); // only the round trip

        m_model->setQuery(followable());
        QVERIFY(waitUntilSettled(*m_model));
        LiveTail tail(m_client.get(), m_model.get());
        QSignalSpy stopped(&tail, &LiveTail::stopped);
        QVERIFY(tail.start());
        m_model->setQuery(followable()); // another query: it stops
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!tail.isRunning());
    }

    void pausedItSendsNothingUntilShown()
    {
        LiveTail tail(m_client.get(), m_model.get());
        tail.setIntervalMs(100); // never below 2 s
        QCOMPARE(tail.intervalMs(), LiveTail::kMinimumIntervalMs);
        tail.setPaused(true);
        QVERIFY(tail.start());
        QCOMPARE(tail.requestsSent(), 0);
        QSignalSpy polled(&tail, &LiveTail::polled);
        tail.setPaused(false); // shown again: a poll at once
        QCOMPARE(tail.requestsSent(), 1);
        QVERIFY(polled.wait(5000));
    }

    void aBurstFollowsNextPageUrlOnTheOriginOnly()
    {
        // A burst goes on past the first page; the link to the next one names another origin.
        m_newest = 400;
        m_foreignNext = "http://127.0.0.2:9/v1/Flows/FW/Executions?PageSize=50&Page=1";
        LiveTail tail(m_client.get(), m_model.get());
        QSignalSpy failed(&tail, &LiveTail::failed);
        QSignalSpy polled(&tail, &LiveTail::polled);
        const qsizetype before = m_server.requests().size();
        QVERIFY(tail.start());
        QVERIFY(polled.wait(5000));
        QCOMPARE(failed.size(), 1);
        const ApiError error = failed.first().at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Refused);
        QVERIFY2(error.userMessage().contains(u"127.0.0.2"_s), qPrintable(error.userMessage()));
        // One page asked for, on the server's own origin; nothing went to the other.
        QCOMPARE(m_server.requests().size(), before + 1);
        QCOMPARE(m_model->rowCount(), 50); // a poll that failed adds nothing
    }

    void pausedWhileRunningItStopsPolling()
    {
        m_model->setQuery(followable());
        QVERIFY(waitUntilSettled(*m_model));
        LiveTail tail(m_client.get(), m_model.get());
        tail.setIntervalMs(LiveTail::kMinimumIntervalMs);
        QSignalSpy polled(&tail, &LiveTail::polled);
        QVERIFY(tail.start());
        QVERIFY(polled.wait(5000)); // the first poll, at once
        QVERIFY(polled.wait(tail.intervalMs() + 3000)); // and the next, an interval later
        tail.setPaused(true); // minimised while following
        const qint64 sent = tail.requestsSent();
        polled.clear();
        // Nothing for well over an interval: no poll comes, no request is sent.
        QVERIFY(!polled.wait(tail.intervalMs() + 1500));
        QCOMPARE(tail.requestsSent(), sent);
        QVERIFY(tail.isRunning());
        tail.setPaused(false); // shown again: a poll at once
        QCOMPARE(tail.requestsSent(), sent + 1);
        QVERIFY(polled.wait(5000));
    }
};

QTEST_MAIN(TestLiveTail)
#include "tst_livetail.moc"
