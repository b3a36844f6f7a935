// The window, offscreen, against the in-process sandbox. Exporting from the window: the folder, a
// selection, a workbook, the whole range.

#include "support/windowtest.h"

class TestWindowExport : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_export"_s); }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

    // A fresh home has no Documents folder: the export is proposed where it can be written.
    void theExportFolderExists()
    {
        QTemporaryDir home;
        const QString documents = home.filePath(u"Documents"_s);
        QVERIFY(!QFileInfo::exists(documents));
        QCOMPARE(ExportDialog::defaultFolder({}, documents, home.path()), documents);
        QVERIFY(QFileInfo(documents).isDir()); // made
        const QString gone = home.filePath(u"was-here"_s);
        QCOMPARE(ExportDialog::defaultFolder(gone, documents, home.path()), documents);
        QCOMPARE(ExportDialog::defaultFolder(home.path(), documents, u"/"_s), home.path());
        // Documents cannot be made (a file is in the way): home.
        QFile blocker(home.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QCOMPARE(ExportDialog::defaultFolder({}, home.filePath(u"file/Documents"_s), home.path()),
            home.path());

        // The dialog proposes a path in an existing folder, and exporting there works.
        QVERIFY(browse(0, DateRangeBar::Preset::Last30Days) >= 0);
        QSettings().remove(u"export/folder"_s);
        ExportDialog *dialog = m_window->exportRows();
        QVERIFY(dialog);
        QVERIFY2(QFileInfo(QFileInfo(child<QLineEdit>(dialog, "pathEdit")->text()).absolutePath())
                     .isDir(),
            qPrintable(child<QLineEdit>(dialog, "pathEdit")->text()));
        QVERIFY(child<QCheckBox>(dialog, "excelCompatible")->text().contains(u"byte order mark"_s));
        QVERIFY(!child<QCheckBox>(dialog, "excelCompatible")
                     ->text()
                     .contains(u"CRLF"_s)); // it does not toggle them
        dialog->close();
    }

    void exportingASelection()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last30Days) >= 0);
        ExecutionsView *view = child<ExecutionsView>(m_window, "executionsView");
        table()->selectionModel()->select(
            QItemSelection(view->proxy()->index(3, 0), view->proxy()->index(5, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"selection.csv"_s);

        ExportDialog *dialog = m_window->exportRows();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "pathEdit")->setText(path);
        child<QLineEdit>(dialog, "contextPaths")->setText(u"flow.variables.lang"_s);
        // The columns ticked are those the table shows, the outcome's included; the export
        // writes what is known of them (the rows are on screen: their outcomes are read).
        const QHeaderView *header = table()->horizontalHeader();
        int outcomesTicked = 0;
        for (int k = 0; k < child<QListWidget>(dialog, "columnList")->count(); ++k) {
            QListWidgetItem *item = child<QListWidget>(dialog, "columnList")->item(k);
            const int logical = header->logicalIndex(k);
            QCOMPARE(item->data(Qt::UserRole).toString(),
                ExecutionsModel::columnName(ExecutionsModel::Column(logical)));
            QCOMPARE(item->checkState() == Qt::Checked, !header->isSectionHidden(logical));
            const bool outcome
                = RowRenderer::outcomeColumns().contains(item->data(Qt::UserRole).toString());
            outcomesTicked += outcome && item->checkState() == Qt::Checked ? 1 : 0;
        }
        QVERIFY(outcomesTicked > 0); // Ended at and Last event are on screen by default
        // For the whole range they would cost a request or two per execution: unticked there,
        // ticked again for rows of the table — until one is chosen by hand.
        const auto outcomeTicks = [dialog] {
            int n = 0;
            for (int k = 0; k < child<QListWidget>(dialog, "columnList")->count(); ++k) {
                QListWidgetItem *item = child<QListWidget>(dialog, "columnList")->item(k);
                n += RowRenderer::outcomeColumns().contains(item->data(Qt::UserRole).toString())
                        && item->checkState() == Qt::Checked
                    ? 1
                    : 0;
            }
            return n;
        };
        dialog->setScope(ExportDialog::Scope::Query);
        QCOMPARE(outcomeTicks(), 0);
        dialog->setScope(ExportDialog::Scope::Selected);
        QCOMPARE(outcomeTicks(), outcomesTicked);
        for (int k = 0; k < child<QListWidget>(dialog, "columnList")->count(); ++k) {
            QListWidgetItem *item = child<QListWidget>(dialog, "columnList")->item(k);
            if (RowRenderer::outcomeColumns().contains(item->data(Qt::UserRole).toString()))
                item->setCheckState(Qt::Checked); // all five, chosen by hand
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QList<int> rows = view->selectedSourceRows();
                return std::all_of(rows.cbegin(), rows.cend(),
                    [this](int row) { return model()->outcomeAt(row) != nullptr; });
            },
            15000));
        QVERIFY(child<QCheckBox>(dialog, "excelCompatible")
                    ->isChecked()); // on by default in the window
        QVERIFY(child<QCheckBox>(dialog, "formulaGuard")->isChecked());
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(3));
        QVERIFY(dialog->result()->text().contains(u"Exported 3 executions"_s));
        QVERIFY(child<QPushButton>(dialog, "openFolderButton")->isVisible());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = readCsv(bytes.mid(3));
        QCOMPARE(rows.size(), 4);
        // Visible columns in view order by default, under their API names, then the path.
        // (The outcome's columns, ticked as the table shows them, come last, with failed and the
        // error code.)
        QCOMPARE(rows[0],
            (QStringList { u"status"_s, u"sid"_s, u"contact_channel_address"_s, u"date_created"_s,
                u"date_updated"_s, u"duration_seconds"_s, u"flow_version"_s, u"contact_sid"_s,
                u"flow.variables.lang"_s, u"ended_at"_s, u"last_event"_s, u"step_count"_s,
                u"failed"_s, u"error_code"_s }));
        const int f
            = data().flowIndex(child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1());
        for (int k = 1; k <= 3; ++k) {
            const Execution e = model()->executionAt(
                view->proxy()->mapToSource(view->proxy()->index(k + 2, 0)).row());
            QCOMPARE(rows[k][1], e.sid);
            const sandboxtruth::OutcomeTruth truth
                = sandboxtruth::outcomeOf(data(), f, data().executionIndex(f, e.sid.toLatin1()));
            QCOMPARE(rows[k].mid(9),
                (QStringList { truth.endedAt, truth.lastEvent, QString::number(truth.steps),
                    truth.failed ? u"true"_s : u"false"_s,
                    truth.errorCode ? QString::number(truth.errorCode) : QString() }));
            QCOMPARE(rows[k][3], e.createdText); // UTC, as the API gave it
            const qint64 i = data().executionIndex(f, e.sid.toLatin1());
            QCOMPARE(rows[k][6], QString::number(data().flowVersion(f, i))); // the Revision column
            QCOMPARE(rows[k][8],
                data()
                    .context(f, i)
                    .value(u"flow"_s)
                    .toObject()
                    .value(u"variables"_s)
                    .toObject()
                    .value(u"lang"_s)
                    .toString());
        }
        dialog->close();
    }

    void exportingAWorkbook()
    {
        QVERIFY(browse(0, DateRangeBar::Preset::Last30Days) >= 0);
        ExecutionsView *view = child<ExecutionsView>(m_window, "executionsView");
        table()->selectionModel()->select(
            QItemSelection(view->proxy()->index(0, 0), view->proxy()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTemporaryDir dir;
        ExportDialog *dialog = m_window->exportRows();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "pathEdit")->setText(dir.filePath(u"tickets.csv"_s));
        // The format follows a typed extension, and the extension follows the format.
        QCOMPARE(dialog->chosenFormat(), ExportFormat::Csv);
        child<QComboBox>(dialog, "formatChoice")
            ->setCurrentIndex(child<QComboBox>(dialog, "formatChoice")->findData(u"xlsx"_s));
        QCOMPARE(child<QLineEdit>(dialog, "pathEdit")->text(), dir.filePath(u"tickets.xlsx"_s));
        QVERIFY(!child<QCheckBox>(dialog, "excelCompatible")->isVisible()); // about CSV only
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(2));

        if (!spreadsheet::libreOffice().isEmpty()) {
            QString error;
            const auto sheets
                = spreadsheet::readWithLibreOffice(dir.filePath(u"tickets.xlsx"_s), &error);
            QVERIFY2(sheets, qPrintable(error));
            const auto &rows = sheets->first().rows;
            QCOMPARE(rows.size(), 3);
            QCOMPARE(rows[0][1].value, u"sid"_s);
            for (int k = 1; k <= 2; ++k) {
                const Execution e = model()->executionAt(
                    view->proxy()->mapToSource(view->proxy()->index(k - 1, 0)).row());
                QCOMPARE(rows[k][1], (spreadsheet::Cell { u"string"_s, e.sid }));
                QCOMPARE(rows[k][3].type, u"date"_s); // a time, not text
                QCOMPARE(rows[k][3].value, e.createdText.chopped(1));
            }
        } else if (qEnvironmentVariable("CI") == u"true"_s) {
            QFAIL("LibreOffice is installed by packaging/install-deps.sh");
        }
        // The choice is remembered.
        dialog->close();
        ExportDialog *again = m_window->exportRows();
        QCOMPARE(again->chosenFormat(), ExportFormat::Xlsx);
        QVERIFY(child<QLineEdit>(again, "pathEdit")->text().endsWith(u".xlsx"_s));
        again->close();
    }

    void exportingTheWholeRange()
    {
        QVERIFY(browse(3, DateRangeBar::Preset::Last7Days) >= 0);
        QVERIFY(model()->hasMore()); // only the first page is loaded
        QTemporaryDir dir;
        const QString path = dir.filePath(u"range.csv"_s);
        ExportDialog *dialog = m_window->exportRows();
        dialog->setScope(ExportDialog::Scope::Query);
        child<QLineEdit>(dialog, "pathEdit")->setText(path);
        child<QCheckBox>(dialog, "excelCompatible")->setChecked(false);
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        const int f
            = data().flowIndex(child<FlowPicker>(m_window, "flowPicker")->currentSid().toLatin1());
        const ExecutionQuery q = model()->query();
        QVERIFY(!q.to.isValid()); // "Last 7 days" runs up to now
        const qint64 expected
            = data().executionCount(f) - data().lowerBound(f, q.from.toSecsSinceEpoch());
        QCOMPARE(finished.first().at(1).toLongLong(), expected);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = readCsv(file.readAll());
        QCOMPARE(rows.size() - 1, expected);
        QCOMPARE(rows[1][1].toLatin1(), data().execution(f, data().executionCount(f) - 1).sid);
        // The setting sticks: next time the box starts unticked.
        dialog->close();
        ExportDialog *again = m_window->exportRows();
        QVERIFY(!child<QCheckBox>(again, "excelCompatible")->isChecked());
        again->close();
    }
};

QTEST_MAIN(TestWindowExport)
#include "tst_window_export.moc"
