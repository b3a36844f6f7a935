// The window, offscreen, against the in-process sandbox: two selected executions compared
// (Edit ▸ Compare two executions) — both paths on the diagram in two colours with the widget
// where they parted marked, the two contexts as one tree with the differing values side by side
// and the branches where nothing differs folded — each against the sandbox's own steps and
// contexts; and what is refused.

#include "support/windowtest.h"

#include "detail/comparedialog.h"
#include "detail/contextcomparemodel.h"
#include "diagram/flowcanvas.h"
#include "json/jsonpath.h"

#include <QJsonDocument>
#include <QTreeView>

namespace {

// The widgets a run entered, by the sandbox's steps.
QSet<QString> entered(const QList<sandbox::StepRecord> &steps)
{
    QSet<QString> widgets;
    for (const sandbox::StepRecord &s : steps) {
        widgets << s.transitionedFrom;
        if (s.transitionedTo != u"Ended"_s)
            widgets << s.transitionedTo;
    }
    return widgets;
}

QSet<QString> taken(const QList<sandbox::StepRecord> &steps)
{
    QSet<QString> edges;
    for (const sandbox::StepRecord &s : steps)
        edges << s.transitionedFrom + u'>' + s.name + u'>' + s.transitionedTo;
    return edges;
}

} // namespace

class TestWindowCompare : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpSuite(u"tst_window_compare"_s); }
    void init() { startSandbox(); }
    void cleanup() { tearDown(); }

    void twoExecutionsSideBySide()
    {
        const int f = browse(0, DateRangeBar::Preset::Last30Days);
        QVERIFY(f >= 0);
        // Two loaded rows of one revision that ended on different widgets: their paths part.
        int rows[2] = { -1, -1 };
        qint64 at[2] = { -1, -1 };
        for (int r = 0; r < model()->rowCount() && rows[1] < 0; ++r) {
            const qint64 i = data().executionIndex(f, model()->executionAt(r).sid.toLatin1());
            const sandboxtruth::OutcomeTruth truth = sandboxtruth::outcomeOf(data(), f, i);
            if (rows[0] < 0) {
                rows[0] = r;
                at[0] = i;
            } else if (truth.endedAt != sandboxtruth::outcomeOf(data(), f, at[0]).endedAt
                && data().flowVersion(f, i) == data().flowVersion(f, at[0])) {
                rows[1] = r;
                at[1] = i;
            }
        }
        QVERIFY(rows[1] >= 0);

        // One row selected: refused, said so, nothing opens.
        selectSourceRow(rows[0]);
        QCOMPARE(m_window->compareSelected(), nullptr);

        const QModelIndex second = child<ExecutionsView>(m_window, "executionsView")
                                       ->proxy()
                                       ->mapFromSource(model()->index(rows[1], 0));
        table()->selectionModel()->select(
            second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(table()->actions().contains(m_window->compareAction())); // right-click menu
        CompareDialog *dialog = m_window->compareSelected();
        QVERIFY(dialog);
        QSignalSpy shown(dialog, &CompareDialog::shown);
        QSignalSpy said(dialog, &CompareDialog::relatedShown);
        QVERIFY(shown.wait(15000));
        // A is the upper row (the newer), B the lower.
        const qint64 a = std::max(at[0], at[1]);
        const qint64 b = std::min(at[0], at[1]);
        QCOMPARE(dialog->pair()->sides[0].sid.toLatin1(), data().execution(f, a).sid);

        // The paths: each box says which of the two entered it, as the sandbox's steps say.
        const QList<sandbox::StepRecord> stepsA = data().steps(f, a);
        const QList<sandbox::StepRecord> stepsB = data().steps(f, b);
        const QSet<QString> inA = entered(stepsA);
        const QSet<QString> inB = entered(stepsB);
        FlowCanvas *canvas = dialog->canvas();
        const QJsonArray states
            = data().definition(f, data().flowVersion(f, a))[u"states"_s].toArray();
        QCOMPARE(canvas->boxCount(), states.size());
        for (int box = 0; box < canvas->boxCount(); ++box) {
            const QString name = states[box][u"name"_s].toString();
            const QString expected = QString(inA.contains(name) ? u"A"_s : QString())
                + (inB.contains(name) ? u"B"_s : QString());
            QCOMPARE(canvas->boxSides(box), expected);
        }
        // Its edges in two colours and a third for both.
        const QSet<QString> edgesA = taken(stepsA);
        const QSet<QString> edgesB = taken(stepsB);
        const std::array<int, 3> counts = canvas->sideEdgeCounts();
        QCOMPARE(counts[2], int((edgesA & edgesB).size()));
        QCOMPARE(counts[0], int((edgesA - edgesB).size()));
        QCOMPARE(counts[1], int((edgesB - edgesA).size()));
        QVERIFY(counts[0] + counts[1] > 0);
        // Where they parted: the first step that differs left that widget.
        QString parted;
        for (qsizetype k = 0; k < std::min(stepsA.size(), stepsB.size()) && parted.isEmpty(); ++k) {
            if (stepsA[k].name != stepsB[k].name
                || stepsA[k].transitionedTo != stepsB[k].transitionedTo)
                parted = stepsA[k].transitionedFrom;
        }
        QVERIFY(!parted.isEmpty());
        QCOMPARE(dialog->partedAt(), parted);
        int partedBox = -1;
        for (int box = 0; box < states.size(); ++box) {
            if (states[box][u"name"_s].toString() == parted)
                partedBox = box;
        }
        QCOMPARE(canvas->partedBox(), partedBox);
        QVERIFY(child<QLabel>(dialog, "compareSummary")->text().contains(u"parted at "_s + parted));

        // The contexts: every differing value side by side, the unchanged branches folded.
        const QJsonObject contextA = data().context(f, a);
        const QJsonObject contextB = data().context(f, b);
        const QList<ContextDifference> differences = contextDifferences(contextA, contextB);
        QVERIFY(!differences.isEmpty());
        ContextCompareModel *model = dialog->contextModel();
        QTreeView *tree = dialog->contextView();
        QCOMPARE(model->tree()->differingLeaves, int(differences.size()));
        for (const ContextDifference &d : differences) {
            const QModelIndex row = model->indexOfPath(d.path);
            QVERIFY2(row.isValid(), qPrintable(d.path));
            QVERIFY(row.data(ContextCompareModel::DiffersRole).toBool());
            const auto text = [](const QJsonValue &v) {
                return v.isUndefined() ? u"(absent)"_s
                    : v.isString()     ? v.toString()
                                       : flowscope::compactJson(v);
            };
            if (!d.a.isObject() && !d.a.isArray())
                QCOMPARE(
                    row.siblingAtColumn(ContextCompareModel::AColumn).data().toString(), text(d.a));
            if (!d.b.isObject() && !d.b.isArray())
                QCOMPARE(
                    row.siblingAtColumn(ContextCompareModel::BColumn).data().toString(), text(d.b));
            // Every branch above a difference is unfolded.
            for (QModelIndex up = row.parent(); up.isValid(); up = up.parent())
                QVERIFY2(tree->isExpanded(up),
                    qPrintable(up.data(ContextCompareModel::PathRole).toString()));
        }
        // … and every branch where nothing differs stays folded (flow.channel: the same number).
        int folded = 0;
        QList<QModelIndex> branches { QModelIndex() };
        while (!branches.isEmpty()) {
            const QModelIndex parent = branches.takeLast();
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex branch = model->index(r, 0, parent);
                if (model->rowCount(branch) == 0)
                    continue;
                const bool differs = branch.data(ContextCompareModel::DiffersRole).toBool();
                QCOMPARE(tree->isExpanded(branch), differs);
                folded += differs ? 0 : 1;
                branches << branch;
            }
        }
        QVERIFY2(folded > 0, "the two contexts share a branch where nothing differs");
        QVERIFY(!tree->isExpanded(model->indexOfPath(u"flow.channel"_s)));

        // What Twilio said about each: every Debugger alert of its own, at its step's widget,
        // an error with a word and a sign; none of the other's.
        QVERIFY(said.count() == 1 || said.wait(15000));
        for (int side = 0; side < 2; ++side) {
            const qint64 i = side == 0 ? a : b;
            const QList<sandbox::StepRecord> steps = data().steps(f, i);
            const QString lines = dialog->relatedLines(side).join(u'\n');
            int alerts = 0;
            for (const sandbox::AlertRecord &alert : data().alertsOf(f, i)) {
                if (alert.step < 0)
                    continue;
                ++alerts;
                const QString where = u"step %1 · %2: "_s.arg(alert.step + 1)
                                          .arg(steps[alert.step].transitionedFrom);
                QVERIFY2(lines.contains(where), qPrintable(lines));
                QVERIFY2(lines.contains(QString::number(alert.errorCode)), qPrintable(lines));
                if (alert.logLevel == "error")
                    QVERIFY2(lines.contains(u"✕ "_s + where), qPrintable(lines));
            }
            if (alerts == 0 && !lines.contains(u"Message"_s))
                QVERIFY2(
                    lines.contains(u"No message, call or Debugger alert"_s), qPrintable(lines));
        }
        QVERIFY(dialog->relatedLines(0) != dialog->relatedLines(1));
        dialog->close();
    }
};

QTEST_MAIN(TestWindowCompare)
#include "tst_window_compare.moc"
