// The window's archive: off until turned on; on, it syncs in the background (never on the GUI
// thread), keeps the file owner-only, and the executions table reads it for what is older than
// Twilio keeps — after Twilio's part of a range, or for all of it when Twilio cannot be reached —
// saying so in the status bar.

#include "support/windowtest.h"

#include "archive/archive.h"
#include "archive/archivecontroller.h"
#include "archive/archivedialog.h"
#include "archive/archiveservice.h"
#include "detail/stepsmodel.h"
#include "json/jsonpath.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSpinBox>
#include <QTabWidget>

#include <sys/stat.h>

class TestWindowArchive : public WindowTest
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString archivePath() const { return m_dir.filePath(u"window.db"_s); }

    ArchiveController *archive() const { return m_window->archive(); }

    // Turned on through the dialog, as a person would; true once the first sync is done.
    bool turnOn(bool related = false)
    {
        ArchiveDialog *dialog = m_window->showArchive();
        child<QCheckBox>(dialog, "archiveEnabled")->setChecked(true);
        child<QLineEdit>(dialog, "archiveLocation")->setText(u"sqlite:"_s + archivePath());
        child<QSpinBox>(dialog, "archiveKeepDays")->setValue(365);
        child<QSpinBox>(dialog, "archiveSyncMinutes")->setValue(7);
        child<QCheckBox>(dialog, "archiveRelated")->setChecked(related);
        QSignalSpy synced(archive(), &ArchiveController::syncFinished);
        dialog->apply();
        dialog->close();
        return synced.wait(60000) && synced.first().first().toString().isEmpty();
    }

    // Every row of the table, loaded to its end.
    QStringList loadEverything()
    {
        model()->loadAll();
        if (!QTest::qWaitFor(
                [this] { return model()->state() == ExecutionsModel::State::Complete; }, 30000))
            return {};
        QStringList sids;
        for (int row = 0; row < model()->rowCount(); ++row)
            sids << model()->executionAt(row).sid;
        return sids;
    }

    // The sandbox's executions of flow f created in [from, to), newest first.
    QStringList truth(int f, qint64 from, qint64 to) const
    {
        QStringList sids;
        for (qint64 i = data().executionCount(f) - 1; i >= 0; --i) {
            const qint64 t = data().createdAt(f, i);
            if (t >= from && t < to)
                sids << QString::fromLatin1(data().execution(f, i).sid);
        }
        return sids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        setUpSuite(u"tst_window_archive"_s);
        qputenv("FLOWSCOPE_ARCHIVE_KEY", flowscope::Archive::newKey());
    }
    void init()
    {
        QSettings().clear();
        sandbox::SandboxOptions options;
        options.data.seed = 13;
        options.data.flows = 4;
        options.data.executionsPerFlow = 300; // a sync of every flow in a few seconds
        QVERIFY(m_sandbox.start(options));
        m_client = std::make_unique<StudioClient>();
        ClientSettings settings = localClientSettings(m_sandbox);
        settings.retry.maxAttempts = 2;
        m_client->setSettings(settings);
        QFile::remove(archivePath());
    }
    void cleanup() { tearDown(); }

    // Personal data stays off the disk until the person says otherwise.
    void offUntilTurnedOn()
    {
        QVERIFY(openWithFlows());
        QVERIFY(!archive()->settings().enabled);
        QVERIFY(!archive()->service());
        QVERIFY(!child<QLabel>(m_window, "archiveStatus")->isVisible());
        QVERIFY(!QFileInfo::exists(archivePath()));
        QVERIFY(!QFileInfo::exists(ArchiveLocation::defaultFor(archive()->profile()).path));
    }

    // On: the first sync runs at once, off the GUI thread, the file owner-only; the settings are
    // kept for the profile and the background sync comes back every so often.
    void turnedOnItSyncsInTheBackground()
    {
        QVERIFY(openWithFlows());
        QVERIFY(turnOn());
        struct stat status
        {
        };
        QCOMPARE(::stat(QFile::encodeName(archivePath()).constData(), &status), 0);
        QCOMPARE(int(status.st_mode & 0777), 0600);
        const ArchiveSyncCounts &counts = archive()->service()->lastCounts();
        QCOMPARE(counts.flows, 4);
        QCOMPARE(counts.written, 4 * 300);
        QVERIFY(archive()->timer().isActive());
        QCOMPARE(archive()->timer().interval(), 7 * 60'000);
        QVERIFY(archive()->statusText().contains(u"synced"_s));
        const ArchiveSettings kept = ArchiveSettings::load(archive()->profile());
        QVERIFY(kept.enabled);
        QCOMPARE(kept.location, u"sqlite:"_s + archivePath());
        QCOMPARE(kept.syncMinutes, 7);

        // Sync now again: nothing new, nothing written; Cancel ends one under way.
        ArchiveDialog *dialog = m_window->showArchive();
        QVERIFY(child<QPushButton>(dialog, "archiveSyncNow")->isEnabled());
        QSignalSpy again(archive(), &ArchiveController::syncFinished);
        child<QPushButton>(dialog, "archiveSyncNow")->click();
        QVERIFY(child<QPushButton>(dialog, "archiveCancelSync")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "archiveSyncNow")->isEnabled());
        QVERIFY(again.wait(30000));
        // Nothing new: only the last second's executions (read again, another may have come in
        // it) and active ones Twilio has changed since are written again, as themselves.
        QVERIFY(archive()->service()->lastCounts().written < 30);
        QTRY_VERIFY(
            child<QLabel>(dialog, "archiveHolds")->text().contains(QLocale().toString(1200)));
        QVERIFY(child<QPushButton>(dialog, "archiveSyncNow")->isEnabled());
        dialog->close();

        // Off again: the table no longer reads it, the timer stops; the file is kept.
        dialog = m_window->showArchive();
        child<QCheckBox>(dialog, "archiveEnabled")->setChecked(false);
        dialog->apply();
        dialog->close();
        QVERIFY(!archive()->service());
        QVERIFY(!archive()->timer().isActive());
        QVERIFY(QFileInfo::exists(archivePath()));
    }

    // A range reaching past what Twilio keeps: Twilio's part first, then the archive's, every
    // row once and in order; the status bar says how many came from the archive.
    void olderThanTwilioKeepsComesFromTheArchive()
    {
        readNoOutcomesOnScreen(); // the requests are counted
        QVERIFY(openWithFlows());
        QVERIFY(turnOn(true)); // what Twilio said kept too
        const int f = 1;
        const qint64 from = data().createdAt(f, 0);
        const qint64 to = data().createdAt(f, 299) + 1;
        const qint64 kept = data().createdAt(f, 120);
        archive()->service()->setKeptSince(QDateTime::fromSecsSinceEpoch(kept, Qt::UTC));
        // What Twilio holds before `kept` is not asked for: a sandbox without it tells.
        child<DateRangeBar>(m_window, "dateRange")
            ->setCustomRange(QDateTime::fromSecsSinceEpoch(from, Qt::UTC),
                QDateTime::fromSecsSinceEpoch(to, Qt::UTC));
        pickFlow(f);
        const QStringList sids = loadEverything();
        QCOMPARE(sids, truth(f, from, to));
        QCOMPARE(model()->olderRows(), qint64(truth(f, from, kept).size()));
        QVERIFY(model()->olderRows() > 50);
        QLabel *note = child<QLabel>(m_window, "sourceNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"from the archive, synced"_s), qPrintable(note->text()));

        // What became of the archive's rows is known from it: their outcomes, with nothing asked.
        for (qint64 i = 0; i < 120; i += 7) {
            const Outcome *outcome = model()->outcomeAt(rowOfExecution(i, f));
            QVERIFY2(outcome, qPrintable(QString::number(i)));
            const sandboxtruth::OutcomeTruth truth = sandboxtruth::outcomeOf(data(), f, i);
            QCOMPARE(outcome->endedAt, truth.endedAt);
            QCOMPARE(outcome->lastEvent, truth.lastEvent);
            QCOMPARE(outcome->failed(), truth.failed);
        }

        // One of the archive's rows opens from the archive: its context and steps, no request.
        const qint64 i = 40;
        auto *pane = child<DetailPane>(m_window, "detailPane");
        QSignalSpy shown(pane, &DetailPane::contextShown);
        const qint64 requests = m_sandbox->requestCount();
        selectSourceRow(rowOfExecution(i, f));
        QVERIFY(shown.wait(10000));
        QVERIFY(pane->shownFromArchive());
        QVERIFY(pane->contextJson().startsWith(u'{'));
        auto *steps = child<StepsModel>(pane, "stepsModel");
        QCOMPARE(steps->rowCount(), data().steps(f, i).size());
        QCOMPARE(steps->stepAt(0).sid, QString::fromLatin1(data().steps(f, i).first().sid));
        // What Twilio said about it, as the sync kept it, pinned to its steps.
        QVERIFY(pane->related());
        QCOMPARE(pane->related()->calls.size() + pane->related()->messages.size(),
            data().callsOf(f, i).size() + data().messagesOf(f, i).size());
        QVERIFY(pane->related()->calls.size() + pane->related()->messages.size() > 0);
        for (const RelatedCall &call : pane->related()->calls)
            QVERIFY2(call.found && call.pin.step >= 0, qPrintable(call.sid));
        // Its diagram: the revision it ran on, as the archive kept it — still no request.
        QSignalSpy drawn(pane, &DetailPane::diagramShown);
        child<QTabWidget>(pane, "tabs")->setCurrentIndex(DetailPane::DiagramTab);
        QVERIFY(drawn.wait(10000));
        const QString diagramNote = child<QLabel>(pane, "diagramNote")->text();
        QVERIFY2(diagramNote.startsWith(u"Revision %1,"_s.arg(data().flowVersion(f, i)))
                && diagramNote.contains(u"as the archive kept it"_s),
            qPrintable(diagramNote));
        QCOMPARE(m_sandbox->requestCount(), requests);

        // Wholly older: every row from the archive.
        child<DateRangeBar>(m_window, "dateRange")
            ->setCustomRange(QDateTime::fromSecsSinceEpoch(from, Qt::UTC),
                QDateTime::fromSecsSinceEpoch(kept, Qt::UTC));
        QCOMPARE(loadEverything(), truth(f, from, kept));
        QCOMPARE(model()->olderRows(), qint64(model()->rowCount()));
        QVERIFY2(note->text().startsWith(u"Rows from the archive"_s), qPrintable(note->text()));
    }

    // Twilio out of reach: the range is read from the archive whole, and the status bar says why.
    void offlineReadsTheArchive()
    {
        QVERIFY(openWithFlows());
        QVERIFY(turnOn());
        const int f = 2;
        const qint64 from = data().createdAt(f, 0);
        const qint64 to = data().createdAt(f, 299) + 1;
        const QStringList expected = truth(f, from, to);
        const QString name = data().flow(f).friendlyName;
        m_sandbox.stop(); // Twilio gone
        child<DateRangeBar>(m_window, "dateRange")
            ->setCustomRange(QDateTime::fromSecsSinceEpoch(from, Qt::UTC),
                QDateTime::fromSecsSinceEpoch(to, Qt::UTC));
        auto *picker = child<FlowPicker>(m_window, "flowPicker");
        picker->lineEdit()->setText(name);
        picker->commit();
        QCOMPARE(loadEverything(), expected);
        QVERIFY(model()->isOffline());
        QVERIFY(model()->sourceNote().contains(u"cannot be reached"_s));
    }

    // The demo's generated account: its archive, turned on, lives in a folder of the session's
    // and is gone with the window — not at the profile's place, where a real one would be.
    void demoArchiveLeavesNothing()
    {
        open(true);
        ArchiveDialog *dialog = m_window->showArchive();
        QVERIFY(child<QLineEdit>(dialog, "archiveLocation")->placeholderText().contains(u"demo"_s));
        child<QCheckBox>(dialog, "archiveEnabled")->setChecked(true);
        QSignalSpy synced(archive(), &ArchiveController::syncFinished);
        dialog->apply();
        dialog->close();
        QVERIFY(synced.wait(60000));
        const QString path = archive()->defaultLocation().path;
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(ArchiveLocation::defaultFor(archive()->profile()).path));
        m_window.reset();
        QVERIFY(!QFileInfo::exists(path));
    }

    // A team's PostgreSQL archive: the password typed goes to the keychain, never to the
    // settings, and a server that cannot be reached is said.
    void postgresPasswordGoesToTheKeychain()
    {
        MemorySecretStore keychain;
        ArchiveController controller(m_client.get(), nullptr, &keychain);
        controller.setProfile(u"team"_s);
        QSignalSpy failed(&controller, &ArchiveController::failed);
        ArchiveSettings settings;
        settings.enabled = true;
        settings.location = u"postgresql://support@127.0.0.1:9/flowscope?sslmode=disable"_s;
        controller.setSettings(settings, u"pa55-w0rd"_s);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(u"127.0.0.1"_s),
            qPrintable(failed.first().first().toString()));
        QVERIFY(!failed.first().first().toString().contains(u"pa55-w0rd"_s));
        QString secret;
        keychain.read(u"archive-postgresql/support@127.0.0.1:9/flowscope"_s,
            [&secret](auto, const QString &value, auto) { secret = value; });
        QCOMPARE(secret, u"pa55-w0rd"_s);
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("postgresql://support@127.0.0.1:9"));
        QVERIFY(!stored.contains("pa55-w0rd"));
    }

    // Find customer looks in the archive too: with Twilio out of reach, every execution of the
    // number across the flows still comes, from the archive, and the status says so.
    void findCustomerSearchesTheArchive()
    {
        QVERIFY(openWithFlows());
        QVERIFY(turnOn());
        const QString number = sandboxtruth::numberInFlows(data(), 3);
        QVERIFY(!number.isEmpty());
        QSet<QString> expected;
        for (int f = 0; f < data().flowCount(); ++f) {
            for (qint64 i = 0; i < data().executionCount(f); ++i) {
                if (sandboxtruth::numberOf(data().execution(f, i).contactAddress) == number)
                    expected.insert(QString::fromLatin1(data().execution(f, i).sid));
            }
        }
        const QString text = u"ORDER #45"_s;
        QSet<QString> withText;
        for (int f = 0; f < data().flowCount(); ++f) {
            for (qint64 i = 0; i < data().executionCount(f); ++i) {
                if (anyStringContains(
                        QJsonDocument(data().context(f, i)).toJson(QJsonDocument::Compact), text))
                    withText.insert(QString::fromLatin1(data().execution(f, i).sid));
            }
        }
        m_sandbox.stop();
        SearchPanel *panel = child<SearchPanel>(m_window, "searchPanel");
        child<DateRangeBar>(panel, "range")->setPreset(DateRangeBar::Preset::AnyTime);
        QSignalSpy finished(panel, &SearchPanel::searchFinished);
        m_window->findCustomer(number);
        QVERIFY(finished.wait(60000));
        QSet<QString> found;
        for (int row = 0; row < panel->results()->rowCount(); ++row)
            found.insert(panel->results()->executionAt(row).sid);
        QCOMPARE(found, expected);
        const QString status = child<QLabel>(panel, "statusLabel")->text();
        QVERIFY2(status.contains(u"only in the archive"_s), qPrintable(status));

        // What they wrote, in another case: the archive's text index finds every execution
        // whose context holds it.
        QVERIFY(withText.size() >= 2);
        panel->contactEdit()->clear();
        child<QCheckBox>(panel, "textBox")->setChecked(true);
        child<QLineEdit>(panel, "textEdit")->setText(text);
        finished.clear();
        panel->search();
        QVERIFY(finished.wait(60000));
        found.clear();
        for (int row = 0; row < panel->results()->rowCount(); ++row)
            found.insert(panel->results()->executionAt(row).sid);
        QCOMPARE(found, withText);
    }
};

QTEST_MAIN(TestWindowArchive)
#include "tst_window_archive.moc"
