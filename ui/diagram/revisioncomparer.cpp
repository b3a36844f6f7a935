#include "revisioncomparer.h"

#include "flowcanvas.h"

#include <QFontMetrics>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

constexpr int kWidgetRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;

// The change in a word (and a sign, for the eye), then what differs.
QString changeText(const WidgetChange &change)
{
    switch (change.kind) {
    case WidgetChange::Kind::Added: return RevisionComparer::tr("+ %1 — added").arg(change.widget);
    case WidgetChange::Kind::Removed:
        return RevisionComparer::tr("− %1 — removed").arg(change.widget);
    case WidgetChange::Kind::Moved: return RevisionComparer::tr("↔ %1 — moved").arg(change.widget);
    case WidgetChange::Kind::Changed: break;
    }
    QStringList paths;
    for (const PathChange &p : change.paths)
        paths << p.path;
    return RevisionComparer::tr("✎ %1 — changed: %2").arg(change.widget, paths.join(u", "_s));
}

} // namespace

RevisionComparer::RevisionComparer(StudioClient *client, FlowCanvas *canvas, QWidget *widgetParent)
    : QObject(widgetParent)
    , m_compare(new RevisionCompare(client, this))
    , m_canvas(canvas)
    , m_button(new QToolButton(widgetParent))
    , m_menu(new QMenu(widgetParent))
    , m_list(new QListWidget(widgetParent))
{
    m_button->setText(tr("Compare with revision…"));
    m_button->setToolTip(tr("Draw what changed between the revision this execution ran on and "
                            "another: added, removed, changed and moved widgets"));
    m_button->setAccessibleName(tr("Compare with another revision of the flow"));
    m_button->setAutoRaise(true);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_menu);
    m_button->setEnabled(false);
    m_button->setObjectName(u"compareRevisionButton"_s);
    m_menu->setObjectName(u"compareRevisionMenu"_s);
    connect(m_menu, &QMenu::aboutToShow, this, &RevisionComparer::fillMenu);

    m_list->setAccessibleName(tr("What changed between the two revisions"));
    m_list->setObjectName(u"changeList"_s);
    m_list->hide();
    connect(m_list, &QListWidget::currentRowChanged, this, &RevisionComparer::changeChosen);

    connect(m_compare, &RevisionCompare::revisionsListed, this, [this](const QString &flowSid) {
        if (flowSid != m_flowSid || !m_menu->isVisible())
            return;
        fillMenu();
        // Grown while open: placed again, so that it stays on the screen.
        m_menu->popup(m_button->mapToGlobal(QPoint(0, m_button->height())));
    });
    connect(m_compare, &RevisionCompare::compared, this, &RevisionComparer::arrived);
    connect(m_compare, &RevisionCompare::failed, this, [this](const ApiError &error) {
        Q_EMIT note(tr("The revisions could not be read: %1").arg(error.userMessage()));
        if (m_menu->isVisible())
            fillMenu();
    });
}

void RevisionComparer::setSubject(const QString &flowSid, int revision)
{
    if (flowSid == m_flowSid && revision == m_revision)
        return;
    const bool comparing = isComparing();
    m_compare->cancel();
    m_flowSid = flowSid;
    m_revision = revision;
    m_with = 0;
    m_comparison.reset();
    m_list->clear();
    m_list->hide();
    m_button->setEnabled(!flowSid.isEmpty() && revision > 0);
    if (comparing)
        Q_EMIT stopped();
}

void RevisionComparer::fillMenu()
{
    m_menu->clear();
    if (isComparing())
        m_menu->addAction(tr("Back to this execution's path"), this, &RevisionComparer::stop);
    const QList<RevisionInfo> revisions = m_compare->knownRevisions(m_flowSid);
    if (revisions.isEmpty()) {
        m_menu->addAction(tr("Reading the flow's revisions…"))->setEnabled(false);
        m_compare->listRevisions(m_flowSid);
        return;
    }
    const QLocale locale;
    for (const RevisionInfo &r : revisions) {
        QString text = tr("Revision %1").arg(r.revision);
        if (r.published.isValid())
            text += u" — "_s + locale.toString(r.published.toLocalTime(), QLocale::ShortFormat);
        if (!r.commitMessage.isEmpty()) // its first line, as much as a menu holds
            text += u" — "_s
                + QFontMetrics(m_menu->font())
                      .elidedText(r.commitMessage.section(u'\n', 0, 0), Qt::ElideRight, 260);
        if (r.revision == m_revision)
            text += tr(" (this execution's)");
        QAction *action = m_menu->addAction(text);
        action->setData(r.revision);
        action->setEnabled(r.revision != m_revision);
        action->setCheckable(r.revision == m_with);
        action->setChecked(r.revision == m_with);
        const int revision = r.revision;
        connect(action, &QAction::triggered, this, [this, revision] { compareWith(revision); });
    }
}

void RevisionComparer::compareWith(int revision)
{
    if (m_flowSid.isEmpty() || m_revision <= 0 || revision <= 0 || revision == m_revision)
        return;
    m_with = revision;
    Q_EMIT note(tr("Reading revisions %1 and %2…")
                    .arg(std::min(m_revision, revision))
                    .arg(std::max(m_revision, revision)));
    m_compare->compare(m_flowSid, m_revision, revision);
}

void RevisionComparer::stop()
{
    if (!isComparing())
        return;
    m_compare->cancel();
    m_with = 0;
    m_comparison.reset();
    m_list->clear();
    m_list->hide();
    Q_EMIT stopped();
}

void RevisionComparer::arrived(const RevisionComparison &comparison)
{
    if (comparison.flowSid != m_flowSid || comparison.older != std::min(m_revision, m_with)
        || comparison.newer != std::max(m_revision, m_with))
        return; // an older question's answer
    m_comparison = comparison;
    m_canvas->setComparison(comparison);
    listChanges(comparison);
    QString text = comparison.summary();
    text += u' '
        + tr("Drawn: revision %1; this execution ran on %2.").arg(comparison.newer).arg(m_revision);
    if (!comparison.changes.isEmpty())
        text += u' ' + tr("Hover a marked box for what changed; removed widgets are ghosts.");
    Q_EMIT note(text);
    Q_EMIT shown();
}

void RevisionComparer::listChanges(const RevisionComparison &comparison)
{
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const WidgetChange &change : comparison.changes) {
        auto *item = new QListWidgetItem(changeText(change), m_list);
        item->setData(kWidgetRole, change.widget);
        item->setData(kKindRole, int(change.kind));
        item->setToolTip(item->text());
    }
    if (comparison.changes.isEmpty())
        new QListWidgetItem(tr("No widget changed."), m_list);
    m_list->show();
}

void RevisionComparer::changeChosen(int row)
{
    if (!m_comparison || row < 0)
        return;
    const QListWidgetItem *item = m_list->item(row);
    const QString widget = item->data(kWidgetRole).toString();
    if (widget.isEmpty())
        return;
    if (WidgetChange::Kind(item->data(kKindRole).toInt()) == WidgetChange::Kind::Removed) {
        m_canvas->centreOnGhost(widget);
        return;
    }
    m_canvas->selectBox(m_comparison->newerDefinition->indexOf(widget), true);
}

void RevisionComparer::boxClicked(int box)
{
    if (!m_comparison || box < 0 || box >= m_comparison->newerDefinition->states().size())
        return;
    const QString name = m_comparison->newerDefinition->states()[box].name;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kWidgetRole).toString() == name) {
            const QSignalBlocker quiet(m_list); // the canvas has it selected already
            m_list->setCurrentRow(row);
            return;
        }
    }
    m_list->clearSelection();
}

} // namespace flowscope
