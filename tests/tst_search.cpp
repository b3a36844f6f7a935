// The customer search against the sandbox: across every flow, the results are the sandbox's
// truth (a brute-force filter of every execution); a text is found in message bodies and speech
// results; a failing flow is reported while the others finish, and a retry completes it; a 429
// storm backs off together; Cancel stops every request; the bound on requests in flight holds.

#include "sandbox/sandboxserver.h"
#include "search/customersearch.h"
#include "search/resultsmodel.h"
#include "support/sandboxfixture.h"
#include "support/sandboxtruth.h"
#include "support/testclient.h"
#include "json/jsonpath.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace flowscope;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<StudioClient> m_client;
    qint64 m_now = 0;

    const sandbox::SandboxData &data() const { return m_sandbox->data(); }

    void startSandbox(int flows, qint64 executions, qint64 contacts)
    {
        m_now = QDateTime::currentSecsSinceEpoch();
        sandbox::SandboxOptions options;
        options.data.seed = 41;
        options.data.flows = flows;
        options.data.executionsPerFlow = executions;
        options.data.contacts = contacts;
        options.data.now = m_now;
        QVERIFY(m_sandbox.start(options));
        m_client = std::make_unique<StudioClient>();
        ClientSettings settings = localClientSettings(m_sandbox);
        settings.retry.maxAttempts = 3;
        settings.retry.gateJitterMs = 20;
        m_client->setSettings(settings);
    }

    SearchRequest requestFor(const QStringList &flows) const
    {
        SearchRequest r;
        r.flows = flows;
        r.from = QDateTime::fromSecsSinceEpoch(m_now - 40 * 86400, Qt::UTC); // all there is
        r.to = QDateTime::fromSecsSinceEpoch(m_now + 1, Qt::UTC);
        r.now = QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC);
        return r;
    }
    QStringList allFlows() const
    {
        QStringList out;
        for (int f = 0; f < data().flowCount(); ++f)
            out << QString::fromLatin1(data().flow(f).sid);
        return out;
    }

    // Runs it to its end; the SIDs found, sorted.
    [[nodiscard]] bool run(CustomerSearch &search, QStringList *found)
    {
        connect(&search, &CustomerSearch::matchFound, this,
            [found](const SearchMatch &m) { *found << m.execution.sid; });
        QSignalSpy finished(&search, &CustomerSearch::finished);
        search.start();
        if (!finished.wait(60000))
            return false;
        found->sort();
        return true;
    }

    // The truth: every execution of these flows whose contact satisfies `keep`.
    template<typename Keep>
    QStringList truth(const QList<int> &flows, Keep keep) const
    {
        QStringList out;
        for (const int f : flows) {
            for (qint64 i = 0; i < data().executionCount(f); ++i) {
                if (keep(f, i))
                    out << QString::fromLatin1(data().execution(f, i).sid);
            }
        }
        out.sort();
        return out;
    }

    // A number that reached several flows.
    QString numberInSeveralFlows() const { return sandboxtruth::numberInFlows(data(), 3); }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_sandbox.stop();
    }

    void aNumberAcrossEveryFlow()
    {
        startSandbox(6, 3000, 300);
        const QString number = numberInSeveralFlows();
        QVERIFY(!number.isEmpty());
        // Typed as a person would: spaces, 00 for + (from the UK).
        QString typed = u"00"_s + number.mid(1);
        typed.insert(5, u' ');
        QString error;
        SearchRequest request = requestFor(allFlows());
        request.contact = ContactMatcher::parse(typed, u"GB"_s, false, &error);
        QVERIFY2(request.contact, qPrintable(error));
        CustomerSearch search(m_client.get(), request);
        QStringList found;
        QVERIFY(run(search, &found));
        QVERIFY(search.isComplete());
        const QStringList expected = truth({ 0, 1, 2, 3, 4, 5 }, [&](int f, qint64 i) {
            return sandboxtruth::numberOf(data().execution(f, i).contactAddress) == number;
        });
        QVERIFY(expected.size() >= 3);
        QCOMPARE(found, expected);
        QCOMPARE(search.scanned(), qint64(6 * 3000));
        QVERIFY(search.mostInFlight() <= request.concurrency);

        // --exact: the address string only.
        SearchRequest exact = requestFor(allFlows());
        exact.contact = ContactMatcher::parse(u"whatsapp:"_s + number, u"US"_s, true, &error);
        CustomerSearch exactSearch(m_client.get(), exact);
        QStringList exactFound;
        QVERIFY(run(exactSearch, &exactFound));
        QCOMPARE(exactFound, truth({ 0, 1, 2, 3, 4, 5 }, [&](int f, qint64 i) {
            return data().execution(f, i).contactAddress == u"whatsapp:"_s + number;
        }));
    }

    void countingTellsWhatATextSearchCosts()
    {
        startSandbox(3, 800, 100);
        CustomerSearch search(m_client.get(), requestFor(allFlows()));
        QSignalSpy counted(&search, &CustomerSearch::counted);
        const qint64 before = m_sandbox->requestCount();
        search.count();
        QVERIFY(counted.wait(30000));
        QCOMPARE(counted.first().first().toLongLong(), qint64(3 * 800));
        QVERIFY(m_sandbox->requestCount() - before <= 3 * 4); // pages only, no contexts
    }

    void whatTheyWrote_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a message body") << u"Body"_s;
        QTest::newRow("a speech result") << u"SpeechResult"_s;
    }
    void whatTheyWrote()
    {
        QFETCH(QString, kind);
        startSandbox(3, 300, 100);
        // A text someone wrote or said, taken from the data, and its truth over every context.
        QString text;
        for (int f = 0; f < data().flowCount() && text.isEmpty(); ++f) {
            for (qint64 i = 0; i < data().executionCount(f) && text.isEmpty(); ++i) {
                const QByteArray json
                    = QJsonDocument(data().context(f, i)).toJson(QJsonDocument::Compact);
                const qsizetype at = json.indexOf(QByteArray("\"" + kind.toLatin1() + "\":\""));
                if (at >= 0) {
                    const qsizetype start = at + kind.size() + 4;
                    const QString said
                        = QString::fromUtf8(json.mid(start, json.indexOf('"', start) - start));
                    if (said.size() >= 8)
                        text = said.mid(2, 6).toUpper(); // a piece of it, in another case
                }
            }
        }
        QVERIFY(!text.isEmpty());
        SearchRequest request = requestFor(allFlows());
        request.text = text;
        CustomerSearch search(m_client.get(), request);
        QStringList found;
        QVERIFY(run(search, &found));
        const QStringList expected = truth({ 0, 1, 2 }, [&](int f, qint64 i) {
            return anyStringContains(
                QJsonDocument(data().context(f, i)).toJson(QJsonDocument::Compact), text);
        });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(found, expected);
        QVERIFY(search.mostInFlight() <= request.concurrency);
    }

    // One flow down: it is reported with its error, the others finish, the search does not call
    // itself complete; once the flow is back, Retry completes it.
    void aFailingFlowAndItsRetry()
    {
        startSandbox(4, 1000, 80);
        const QString number = numberInSeveralFlows();
        QString error;
        SearchRequest request = requestFor(allFlows());
        request.contact = ContactMatcher::parse(number, u"US"_s, false, &error);
        sandbox::FaultOptions down;
        down.failingFlows.insert(data().flow(2).sid);
        m_sandbox->setFaults(down);
        CustomerSearch search(m_client.get(), request);
        QSignalSpy failed(&search, &CustomerSearch::flowFailed);
        QStringList found;
        QVERIFY(run(search, &found));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString().toLatin1(), data().flow(2).sid);
        QCOMPARE(search.failures().first().second.kind, ApiError::Kind::Server);
        QVERIFY(!search.isComplete());
        const auto mine = [&](int f, qint64 i) {
            return sandboxtruth::numberOf(data().execution(f, i).contactAddress) == number;
        };
        QCOMPARE(found, truth({ 0, 1, 3 }, mine));

        m_sandbox->setFaults({});
        QSignalSpy finished(&search, &CustomerSearch::finished);
        search.retryFlow(QString::fromLatin1(data().flow(2).sid));
        QVERIFY(finished.wait(30000));
        found.sort();
        QCOMPARE(found, truth({ 0, 1, 2, 3 }, mine)); // nothing twice
        QVERIFY(search.isComplete());
    }

    void aRateLimitStormBacksOffTogether()
    {
        startSandbox(4, 2000, 100);
        sandbox::FaultOptions limited;
        limited.rateLimit = 3; // eight requests go out at once: a 429 whatever the machine's speed
        m_sandbox->setFaults(limited);
        int sentWhileClosed = 0;
        connect(m_client.get(), &StudioClient::requestStarted, this, [&] {
            if (!m_client->gate()->isOpen())
                ++sentWhileClosed;
        });
        QSignalSpy closed(m_client->gate(), &RequestGate::closed);
        SearchRequest request = requestFor(allFlows());
        QString error;
        request.contact = ContactMatcher::parse(numberInSeveralFlows(), u"US"_s, false, &error);
        ClientSettings settings = m_client->settings();
        settings.retry.maxAttempts = 10;
        m_client->setSettings(settings);
        CustomerSearch search(m_client.get(), request);
        QStringList found;
        QVERIFY(run(search, &found));
        QVERIFY(search.isComplete());
        QVERIFY(closed.size() > 0);
        QCOMPARE(sentWhileClosed, 0);
        QCOMPARE(search.scanned(), qint64(4 * 2000));
    }

    void cancelStopsEveryRequest()
    {
        startSandbox(6, 5000, 300);
        sandbox::FaultOptions slow;
        slow.latencyMs = 40;
        m_sandbox->setFaults(slow);
        SearchRequest request = requestFor(allFlows());
        request.text = u"no one ever wrote this"_s;
        CustomerSearch search(m_client.get(), request);
        QSignalSpy progress(&search, &CustomerSearch::progress);
        search.start();
        QVERIFY(progress.wait(10000));
        search.cancel();
        QVERIFY(!search.isRunning());
        // Nothing leaves after Cancel: the only request started is the round trip that proves
        // the event loop went round. (What was already on the wire may still reach the server.)
        int startedAfter = 0;
        connect(m_client.get(), &StudioClient::requestStarted, this, [&] { ++startedAfter; });
        QVERIFY(roundTrip(*m_client, m_client->flowsUrl()));
        QCOMPARE(startedAfter, 1);
        QVERIFY(search.findChildren<ApiReply *>().isEmpty() || !search.isRunning());
    }

    void theBoundOnRequestsInFlightHolds()
    {
        startSandbox(3, 200, 50);
        sandbox::FaultOptions slow;
        slow.latencyMs = 30;
        m_sandbox->setFaults(slow);
        SearchRequest request = requestFor(allFlows());
        request.text = u"zz-nothing-zz"_s;
        request.concurrency = 3;
        m_sandbox->resetMostInFlight();
        CustomerSearch search(m_client.get(), request);
        QStringList found;
        QVERIFY(run(search, &found));
        QVERIFY(found.isEmpty());
        QCOMPARE(m_sandbox->mostInFlight(), 3); // reached, never passed
        QCOMPARE(search.mostInFlight(), 3);
    }

    // The window's results stand the same however the flows' answers interleaved: newest first,
    // of one second by the flow's place, then as the flow listed them.
    void resultsStandTheSameHoweverTheyCame()
    {
        struct Row
        {
            const char *sid;
            int second;
            ResultsModel::Order order;
        };
        const QList<Row> rows = {
            { "FNb2", 10, { 1, 2 } },
            { "FNa1", 10, { 0, 1 } },
            { "FNc1", 11, { 2, 1 } },
            { "FNb1", 10, { 1, 1 } },
            { "FNa2", 10, { 0, 2 } },
            { "FNd1", 9, { 0, 3 } },
        };
        const QStringList expected
            = { u"FNc1"_s, u"FNa1"_s, u"FNa2"_s, u"FNb1"_s, u"FNb2"_s, u"FNd1"_s };
        QList<int> arrival = { 0, 1, 2, 3, 4, 5 };
        do {
            ResultsModel model;
            for (int k : arrival) {
                Execution e;
                e.sid = QString::fromLatin1(rows[k].sid);
                e.created = QDateTime::fromSecsSinceEpoch(rows[k].second, Qt::UTC);
                model.add(e, rows[k].order);
            }
            model.add(model.executionAt(0), { 9, 9 }); // a SID already there: not again
            QStringList shown;
            for (const Execution &e : model.executions())
                shown << e.sid;
            QCOMPARE(shown, expected);
        } while (std::next_permutation(arrival.begin(), arrival.end()));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
