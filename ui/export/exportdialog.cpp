#include "exportdialog.h"

#include "executions/executionsmodel.h"
#include "executions/executionsview.h"
#include "export/exportjob.h"
#include "json/jsonpath.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace flowscope {

ExportDialog::ExportDialog(
    StudioClient *client, ExecutionsModel *model, ExecutionsView *view, QWidget *parent)
    : ExportDialog(client, model, view, {}, {}, parent)
{ }

ExportDialog::ExportDialog(StudioClient *client, const QList<Execution> &selected,
    const QList<Execution> &all, QWidget *parent)
    : ExportDialog(client, nullptr, nullptr, selected, all, parent)
{ }

ExportDialog::ExportDialog(StudioClient *client, ExecutionsModel *model, ExecutionsView *view,
    const QList<Execution> &selectedResults, const QList<Execution> &allResults, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(model)
    , m_view(view)
    , m_selectedResults(selectedResults)
    , m_allResults(allResults)
    , m_selected(new QRadioButton(this))
    , m_loaded(new QRadioButton(this))
    , m_all(new QRadioButton(
          tr("All executions of this flow and range (fetches the remaining pages)"), this))
    , m_columns(new QListWidget(this))
    , m_utc(new QRadioButton(tr("UTC, ISO 8601, as the API gives them"), this))
    , m_local(new QRadioButton(tr("Local time with its offset"), this))
    , m_context(new QCheckBox(
          tr("Include each execution's context as a JSON column (fetched for each row)"), this))
    , m_paths(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_excel(
          new QCheckBox(tr("Excel-compatible (start the file with a UTF-8 byte order mark)"), this))
    , m_guard(
          new QCheckBox(tr("Formula guard: cells starting with = + - @ are written as text"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_cancel(new QPushButton(tr("Cancel export"), this))
    , m_openFolder(new QPushButton(tr("Open folder"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_options(new QWidget(this))
{
    setWindowTitle(tr("Export executions"));
    m_confirmOverwrite = [this](const QString &path) {
        return QMessageBox::question(this, tr("Replace file"),
                   tr("%1 exists. Replace it once the export has completed?").arg(path),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    chooseScope();
    listColumns();
    describeOptions();
    restoreChoices();
    layOut();
    connectButtons();
    resize(620, sizeHint().height());
    // The names tests and tools find the parts by.
    m_path->setObjectName(u"pathEdit"_s);
    m_columns->setObjectName(u"columnList"_s);
    m_paths->setObjectName(u"contextPaths"_s);
    m_format->setObjectName(u"formatChoice"_s);
    m_excel->setObjectName(u"excelCompatible"_s);
    m_guard->setObjectName(u"formulaGuard"_s);
    m_openFolder->setObjectName(u"openFolderButton"_s);
}

// Which rows: the selected ones, the loaded ones (or all results), or the whole range.
void ExportDialog::chooseScope()
{
    // Two separate choices: radio buttons of one parent would otherwise exclude each other.
    auto *scopes = new QButtonGroup(this);
    for (QRadioButton *r : { m_selected, m_loaded, m_all })
        scopes->addButton(r);
    auto *timeChoice = new QButtonGroup(this);
    timeChoice->addButton(m_utc);
    timeChoice->addButton(m_local);
    const QLocale locale;
    const qsizetype selected
        = m_view ? m_view->selectedSourceRows().size() : m_selectedResults.size();
    m_selected->setText(tr("The selected rows (%1)").arg(locale.toString(selected)));
    m_loaded->setText(m_view
            ? tr("All loaded rows (%1)").arg(locale.toString(m_model->rowCount()))
            : tr("All the results (%1)").arg(locale.toString(m_allResults.size())));
    m_selected->setEnabled(selected > 0);
    m_all->setEnabled(m_model && m_model->hasQuery());
    m_all->setVisible(m_model != nullptr); // search results span flows: no one range to crawl
    (selected > 0 ? m_selected : m_loaded)->setChecked(true);
    for (QRadioButton *r : { m_selected, m_loaded, m_all })
        r->setAccessibleName(r->text());
    m_all->setToolTip(tr("Crawls the whole range in parallel time slices; the file has every "
                         "execution, newest first"));
}

// Columns: the table's visible ones in view order (the outcome columns for rows of the table, not
// for the whole range), then the hidden ones, unticked; for search
// results, the export's defaults (with flow_sid: the results span flows).
void ExportDialog::listColumns()
{
    const auto addColumn = [this](int logical, bool ticked) {
        auto *item = new QListWidgetItem(
            ExecutionsModel::columnTitle(ExecutionsModel::Column(logical)), m_columns);
        item->setData(Qt::UserRole, ExecutionsModel::columnName(ExecutionsModel::Column(logical)));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Header in the file: %1").arg(item->data(Qt::UserRole).toString()));
        if (logical >= ExecutionsModel::EndedAtColumn && logical <= ExecutionsModel::ErrorColumn)
            item->setToolTip(tr("Adds ended_at, last_event, step_count, failed and error_code, "
                                "last. For rows of the table: their outcomes as known (Analyse "
                                "first); for every execution of the range: each one's steps, "
                                "context, messages and alerts are read."));
    };
    if (m_view) {
        const QHeaderView *header = m_view->table()->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            // What the table shows, the outcome's columns too: the export is of what one sees
            // (their tooltip says what they cost for every execution of the range).
            const int logical = header->logicalIndex(visual);
            addColumn(logical, !header->isSectionHidden(logical));
            m_columns->item(visual)->setData(Qt::UserRole + 1, !header->isSectionHidden(logical));
        }
    } else {
        for (int c = 0; c < ExecutionsModel::ColumnCount; ++c)
            addColumn(c,
                RowRenderer::defaultColumns().contains(
                    ExecutionsModel::columnName(ExecutionsModel::Column(c))));
    }
    connect(m_columns, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_applyingDefaults
            && RowRenderer::outcomeColumns().contains(item->data(Qt::UserRole).toString()))
            m_outcomesChosen = true;
    });
    connect(m_all, &QRadioButton::toggled, this, &ExportDialog::tickOutcomeColumns);
    tickOutcomeColumns();
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setAccessibleName(tr("Columns"));
    m_columns->setToolTip(tr("Tick the columns to export; drag to reorder"));
    m_columns->setMaximumHeight(m_columns->sizeHintForRow(0) * 9);
}

void ExportDialog::describeOptions()
{
    m_utc->setChecked(true);
    m_utc->setAccessibleName(tr("UTC times"));
    m_local->setAccessibleName(tr("Local times"));
    m_utc->setToolTip(tr("Times as Twilio gives them, in UTC: the same file wherever it is made"));
    m_local->setToolTip(tr("Times in this computer's time zone, each with its offset from UTC"));
    m_selected->setToolTip(tr("Only the rows selected in the table"));
    m_loaded->setToolTip(tr("The rows as the table shows them: loaded so far, filtered, sorted"));
    m_context->setAccessibleName(tr("Include contexts"));
    m_context->setToolTip(tr("One request per row, eight at a time"));
    m_paths->setPlaceholderText(
        tr("Extra columns from the context, e.g. flow.data.name, widgets.gather_1.Digits"));
    m_paths->setAccessibleName(tr("Context paths"));
    m_paths->setToolTip(tr("Comma-separated Studio variable paths; each becomes a column"));
    m_format->addItem(tr("Excel workbook (.xlsx) — for people"), u"xlsx"_s);
    m_format->addItem(tr("CSV (.csv) — for scripts and imports"), u"csv"_s);
    m_format->setAccessibleName(tr("Format"));
    m_format->setToolTip(tr("A workbook's cells are typed: times are times, a phone number keeps "
                            "its +, text is never run as a formula. A spreadsheet opening a CSV "
                            "turns +14155550100 into a number and leaves times as text."));
    m_excel->setAccessibleName(tr("Excel-compatible"));
    m_excel->setToolTip(tr("Excel needs the byte order mark to read UTF-8 (emoji, accents, RTL "
                           "and CJK text). Lines always end in CRLF, as RFC 4180 says."));
    m_guard->setAccessibleName(tr("Formula guard"));
    m_guard->setToolTip(
        tr("Prefixes an apostrophe so a spreadsheet never runs a contact's text as a formula; "
           "plain numbers and E.164 phone numbers stay exactly as they are"));
    m_path->setAccessibleName(tr("File"));
    m_browse->setAccessibleName(tr("Choose file"));
    m_browse->setToolTip(tr("Choose where to save the file"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Export result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setDefault(true);
    m_export->setAccessibleName(tr("Export"));
    m_export->setToolTip(tr("Write the chosen rows and columns to the file"));
    m_cancel->setAccessibleName(tr("Cancel export"));
    m_cancel->hide();
    m_openFolder->setAccessibleName(tr("Open folder"));
    m_openFolder->hide();
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close this dialog"));
}

// Remembered choices; never anything secret.
void ExportDialog::restoreChoices()
{
    QSettings settings;
    m_excel->setChecked(settings.value(u"export/excelCompatible"_s, true).toBool());
    m_guard->setChecked(settings.value(u"export/formulaGuard"_s, true).toBool());
    m_local->setChecked(settings.value(u"export/localTimes"_s, false).toBool());
    m_paths->setText(settings.value(u"export/contextPaths"_s).toString());
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(settings.value(u"export/format"_s, u"xlsx"_s))));
    const QString folder = defaultFolder(settings.value(u"export/folder"_s).toString(),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath());
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s);
    m_path->setText(QDir(folder).filePath(
        u"flowscope-%1-%2.%3"_s.arg(m_model ? m_model->query().flowSid.left(10) : u"search"_s,
            stamp, m_format->currentData().toString())));
    formatChosen();
}

void ExportDialog::layOut()
{
    auto *scope = new QGroupBox(tr("Rows"), m_options);
    auto *scopeLayout = new QVBoxLayout(scope);
    for (QRadioButton *r : { m_selected, m_loaded, m_all })
        scopeLayout->addWidget(r);
    auto *times = new QHBoxLayout;
    times->addWidget(m_utc);
    times->addWidget(m_local);
    auto *form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Columns"), m_columns);
    form->addRow(tr("Times"), times);
    form->addRow(QString(), m_context);
    form->addRow(tr("Context paths"), m_paths);
    form->addRow(QString(), m_excel);
    form->addRow(QString(), m_guard);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    form->addRow(tr("File"), file);
    auto *optionsLayout = new QVBoxLayout(m_options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(scope);
    optionsLayout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_options);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
}

void ExportDialog::connectButtons()
{
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::pathTyped);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path->text()).absolutePath()));
    });
}

QString ExportDialog::defaultFolder(
    const QString &remembered, const QString &documents, const QString &home)
{
    // The last folder used, while it is there; else Documents, made when a fresh home lacks it;
    // else home. Never a folder that does not exist: the export would fail there.
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    if (!documents.isEmpty() && (QFileInfo(documents).isDir() || QDir().mkpath(documents)))
        return documents;
    return home;
}

ExportDialog::~ExportDialog()
{
    // Going away with its window (possibly mid-destruction): nobody is told of the cancel.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void ExportDialog::tickOutcomeColumns()
{
    if (m_outcomesChosen || !m_view)
        return;
    m_applyingDefaults = true;
    for (int k = 0; k < m_columns->count(); ++k) {
        QListWidgetItem *item = m_columns->item(k);
        if (RowRenderer::outcomeColumns().contains(item->data(Qt::UserRole).toString()))
            item->setCheckState(item->data(Qt::UserRole + 1).toBool() && !m_all->isChecked()
                    ? Qt::Checked
                    : Qt::Unchecked);
    }
    m_applyingDefaults = false;
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Selected ? m_selected : (scope == Scope::Loaded ? m_loaded : m_all))
        ->setChecked(true);
}

bool ExportDialog::isExporting() const
{
    return m_job && m_job->isRunning();
}

QStringList ExportDialog::chosenColumns() const
{
    QStringList columns;
    for (int k = 0; k < m_columns->count(); ++k) {
        if (m_columns->item(k)->checkState() == Qt::Checked)
            columns << m_columns->item(k)->data(Qt::UserRole).toString();
    }
    return columns;
}

ExportFormat ExportDialog::chosenFormat() const
{
    return m_format->currentData().toString() == u"xlsx"_s ? ExportFormat::Xlsx : ExportFormat::Csv;
}

void ExportDialog::formatChosen()
{
    const bool csv = chosenFormat() == ExportFormat::Csv;
    // Both are about how a spreadsheet reads text; a workbook's cells say what they are.
    for (QCheckBox *box : { m_excel, m_guard }) {
        box->setEnabled(csv);
        box->setVisible(csv);
    }
    const QString path = m_path->text();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString wanted = m_format->currentData().toString();
    if (!path.isEmpty() && suffix != wanted && (suffix == u"csv"_s || suffix == u"xlsx"_s))
        m_path->setText(path.left(path.size() - suffix.size()) + wanted);
    m_path->setToolTip(csv ? tr("Where to write the CSV; an existing file is replaced only when "
                                "the export completes")
                           : tr("Where to write the workbook; an existing file is replaced only "
                                "when the export completes"));
}

void ExportDialog::pathTyped(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (const int index = m_format->findData(suffix); index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportDialog::choosePath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(),
        chosenFormat() == ExportFormat::Xlsx ? tr("Excel workbooks (*.xlsx);;All files (*)")
                                             : tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(u"export/format"_s, m_format->currentData());
    settings.setValue(u"export/excelCompatible"_s, m_excel->isChecked());
    settings.setValue(u"export/formulaGuard"_s, m_guard->isChecked());
    settings.setValue(u"export/localTimes"_s, m_local->isChecked());
    settings.setValue(u"export/contextPaths"_s, m_paths->text());
    settings.setValue(u"export/folder"_s, QFileInfo(m_path->text()).absolutePath());
}

void ExportDialog::setRunning(bool running)
{
    m_options->setEnabled(!running);
    m_export->setVisible(!running);
    m_cancel->setVisible(running);
    m_close->setEnabled(!running);
    m_progress->setVisible(running);
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    ExportRequest request;
    request.format.format = chosenFormat();
    request.format.columns = chosenColumns();
    // The outcome's columns are not the API's: any of them ticked adds all five (failed too),
    // after the others — for rows of the table, what their outcomes are known to be.
    for (const QString &outcomeColumn : RowRenderer::outcomeColumns())
        request.format.includeOutcome
            = request.format.columns.removeAll(outcomeColumn) > 0 || request.format.includeOutcome;
    request.format.includeContext = m_context->isChecked();
    for (const QString &path : m_paths->text().split(u',', Qt::SkipEmptyParts)) {
        std::string pointer;
        if (!liquidToPointer(path.trimmed(), &pointer)) {
            m_result->setText(tr("'%1' is not a context path such as widgets.gather_1.Digits.")
                                  .arg(path.trimmed()));
            return;
        }
        request.format.contextPaths << path.trimmed();
    }
    if (request.format.headerNames().isEmpty()) {
        m_result->setText(tr("Tick at least one column."));
        return;
    }
    request.format.localTimes = m_local->isChecked();
    request.format.bom = m_excel->isChecked();
    request.format.formulaGuard = m_guard->isChecked();
    request.path = m_path->text().trimmed();
    if (request.path.isEmpty()) {
        m_result->setText(tr("Choose a file to write."));
        return;
    }
    if (QFileInfo::exists(request.path) && !m_confirmOverwrite(request.path))
        return;

    if (!m_model) {
        request.scope = ExportRequest::Scope::Given;
        request.executions = m_selected->isChecked() ? m_selectedResults : m_allResults;
    } else if (m_all->isChecked()) {
        request.scope = ExportRequest::Scope::Query;
        request.crawl.query = m_model->query();
        request.crawl.query.pageSize = ExecutionQuery::kMaxPageSize;
        request.slices = 4;
    } else {
        request.scope = ExportRequest::Scope::Rows;
        if (m_selected->isChecked()) {
            request.rows = m_view->selectedSourceRows();
        } else {
            // All loaded rows, in the order the table shows them.
            for (int r = 0; r < m_view->proxy()->rowCount(); ++r)
                request.rows << m_view->proxy()->mapToSource(m_view->proxy()->index(r, 0)).row();
        }
    }
    saveChoices();
    m_job = new ExportJob(m_client, m_model, request, this);
    m_progress->setRange(0,
        request.scope == ExportRequest::Scope::Rows        ? int(request.rows.size())
            : request.scope == ExportRequest::Scope::Given ? int(request.executions.size())
                                                           : 0);
    m_progress->setValue(0);
    m_openFolder->hide();
    m_result->setText(request.scope == ExportRequest::Scope::Query
            ? tr("Fetching every execution of the range…")
            : tr("Exporting…"));
    connect(m_job, &ExportJob::progress, this, [this](qint64 rows, qint64 total) {
        if (total >= 0) {
            m_progress->setValue(int(rows));
        } else {
            m_result->setText(tr("%1 executions so far…").arg(QLocale().toString(rows)));
        }
    });
    connect(
        m_job, &ExportJob::finished, this, [this](bool ok, qint64 rows, const QString &message) {
            setRunning(false);
            m_result->setText((ok ? u"✓ "_s : u"✗ "_s) + message);
            m_openFolder->setVisible(ok);
            m_job->deleteLater();
            m_job = nullptr;
            Q_EMIT exportFinished(ok, rows, message);
        });
    setRunning(true);
    m_job->start();
}

void ExportDialog::cancelExport()
{
    if (m_job)
        m_job->cancel();
}

} // namespace flowscope
