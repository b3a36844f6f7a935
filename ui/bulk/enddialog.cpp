#include "enddialog.h"

#include "executions/executionstore.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flowscope {

EndDialog::EndDialog(StudioClient *client, const QList<Execution> &executions,
    const QHash<QString, QString> &flowNames, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_summary(new QLabel(this))
    , m_typed(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_failures(new QPlainTextEdit(this))
    , m_end(new QPushButton(tr("End"), this))
    , m_cancel(new QPushButton(tr("Stop sending"), this))
    , m_saveAudit(new QPushButton(tr("Save audit CSV…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("End executions"));
    // Only active ones are ever sent anything.
    QHash<QString, int> perFlow;
    QDateTime oldest;
    QDateTime newest;
    int skipped = 0;
    for (const Execution &e : executions) {
        if (e.status != ExecutionStatus::Active) {
            ++skipped;
            continue;
        }
        m_targets << EndTarget { e.flowSid, e.sid, e.contactAddress, e.createdText };
        ++perFlow[e.flowSid];
        if (!oldest.isValid() || e.created < oldest)
            oldest = e.created;
        if (!newest.isValid() || e.created > newest)
            newest = e.created;
    }
    const QLocale locale;
    QStringList flows;
    for (auto it = perFlow.cbegin(); it != perFlow.cend(); ++it)
        flows << tr("%1 (%2)").arg(flowNames.value(it.key(), it.key())).arg(it.value());
    flows.sort();
    QString text;
    if (m_targets.isEmpty()) {
        text = tr("None of the %n selected execution(s) is active: there is nothing to end.", "",
            int(executions.size()));
    } else {
        text = tr("End %n active execution(s)? The flow stops where it is for each customer; this "
                  "cannot be undone.",
                   "", int(m_targets.size()))
            + u"<br><br>"_s + tr("From: %1").arg(flows.join(u", "_s).toHtmlEscaped()) + u"<br>"_s
            + tr("Started between %1 and %2 (local time).")
                  .arg(locale.toString(oldest.toLocalTime(), QLocale::ShortFormat),
                      locale.toString(newest.toLocalTime(), QLocale::ShortFormat));
        if (skipped > 0)
            text += u"<br>"_s
                + tr("%n selected execution(s) have ended already and are skipped.", "", skipped);
    }
    m_summary->setText(text);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("What will be ended"));
    m_typed->setPlaceholderText(tr("Type %1 to confirm").arg(m_targets.size()));
    m_typed->setAccessibleName(tr("Number to confirm"));
    m_typed->setToolTip(
        tr("More than ten: type how many, so that a slip of the mouse ends nothing"));
    m_typed->setVisible(m_targets.size() > 10);
    m_progress->setRange(0, int(m_targets.size()));
    m_progress->setAccessibleName(tr("Ending progress"));
    m_progress->hide();
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("What happened"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->setReadOnly(true);
    m_failures->setAccessibleName(tr("Failures"));
    m_failures->hide();
    m_end->setDefault(true);
    m_end->setAccessibleName(tr("End"));
    m_end->setToolTip(tr("POST Status=ended to each, four at a time, each once"));
    m_cancel->setAccessibleName(tr("Stop sending"));
    m_cancel->setToolTip(tr("Send nothing more; what was sent is reported"));
    m_cancel->hide();
    m_saveAudit->setAccessibleName(tr("Save audit CSV"));
    m_saveAudit->setToolTip(tr("sid, flow_sid, contact_channel_address, date_created, result, "
                               "message, ended_at"));
    m_saveAudit->hide();
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close this dialog"));
    m_choosePath = [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Save audit"),
            QDir(folder).filePath(u"flowscope-ended-%1.csv"_s.arg(
                QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s))),
            tr("CSV files (*.csv)"));
    };

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveAudit);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_end);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_typed);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_failures);
    layout->addLayout(buttons);

    connect(m_typed, &QLineEdit::textChanged, this, &EndDialog::updateEndButton);
    connect(m_end, &QPushButton::clicked, this, &EndDialog::startEnding);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_saveAudit, &QPushButton::clicked, this, &EndDialog::saveAudit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    updateEndButton();
    resize(560, sizeHint().height());
    // The names tests and tools find the parts by.
    m_summary->setObjectName(u"summaryLabel"_s);
    m_typed->setObjectName(u"confirmationEdit"_s);
    m_end->setObjectName(u"endButton"_s);
    m_saveAudit->setObjectName(u"saveAuditButton"_s);
    m_result->setObjectName(u"resultLabel"_s);
}

EndDialog::~EndDialog()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel(); // what was sent still finishes on its own
}

void EndDialog::updateEndButton()
{
    const bool confirmed
        = m_targets.size() <= 10 || m_typed->text().trimmed() == QString::number(m_targets.size());
    m_end->setEnabled(!m_targets.isEmpty() && confirmed && !m_job);
}

void EndDialog::startEnding()
{
    if (!m_end->isEnabled())
        return;
    m_job = new EndJob(m_client, m_targets, EndJob::kDefaultConcurrency, this);
    m_end->hide();
    m_typed->setEnabled(false);
    m_close->setEnabled(false);
    m_cancel->show();
    m_progress->show();
    m_result->setText(tr("Ending…"));
    connect(m_job, &EndJob::progress, this, [this](int settled, int) {
        m_progress->setValue(settled);
        m_result->setText(m_job->summary());
    });
    connect(m_job, &EndJob::outcomeReady, this, [this](int index) {
        const EndOutcome &o = m_job->outcomes()[index];
        if (!o.executionJson.isEmpty())
            Q_EMIT executionChanged(o.executionJson);
    });
    connect(m_job, &EndJob::finished, this, [this] {
        m_cancel->hide();
        m_close->setEnabled(true);
        m_saveAudit->show();
        QStringList failed;
        for (const EndOutcome &o : m_job->outcomes()) {
            if (o.result == EndOutcome::Result::Failed)
                failed << tr("%1: %2").arg(o.target.sid, o.message);
        }
        const bool allDone = failed.isEmpty() && m_job->count(EndOutcome::Result::NotSent) == 0;
        m_result->setText((allDone ? u"✓ "_s : u"⚠ "_s) + m_job->summary());
        m_failures->setPlainText(failed.join(u'\n'));
        m_failures->setVisible(!failed.isEmpty());
        Q_EMIT endingFinished();
    });
    m_job->start();
}

void EndDialog::saveAudit()
{
    if (!m_job)
        return;
    const QString path = m_choosePath();
    if (path.isEmpty())
        return;
    QString error;
    if (EndJob::writeAudit(m_job->outcomes(), path, &error))
        m_result->setText(m_job->summary() + u"\n"_s + tr("The audit is in %1.").arg(path));
    else
        m_result->setText(m_job->summary() + u"\n⚠ "_s + error);
}

} // namespace flowscope
