#include "flowpicker.h"

#include "api/sid.h"
#include "executions/flowsmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// Two lines per flow: the name with its status and version, then the SID.
class FlowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return { 360, option.fontMetrics.height() * 2 + 10 };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text
            = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(0.65);
        const QRect r = opt.rect.adjusted(8, 4, -8, -4);
        const int line = opt.fontMetrics.height();
        const QString status = index.data(FlowsModel::StatusRole).toString();
        const QString meta = FlowsModel::tr("%1 · v%2")
                                 .arg(status == u"published"_s ? FlowsModel::tr("Published")
                                                               : FlowsModel::tr("Draft"))
                                 .arg(index.data(FlowsModel::VersionRole).toInt());

        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(text);
        const int metaWidth = opt.fontMetrics.horizontalAdvance(meta) + 12;
        painter->drawText(QRect(r.left(), r.top(), r.width() - metaWidth, line),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(index.data(FlowsModel::NameRole).toString(),
                Qt::ElideRight, r.width() - metaWidth));
        painter->setFont(opt.font);
        painter->setPen(status == u"published"_s ? text : dim);
        painter->drawText(QRect(r.right() - metaWidth, r.top(), metaWidth, line),
            Qt::AlignRight | Qt::AlignVCenter, meta);
        painter->setPen(dim);
        painter->drawText(QRect(r.left(), r.top() + line + 2, r.width(), line),
            Qt::AlignLeft | Qt::AlignVCenter, index.data(FlowsModel::SidRole).toString());
        painter->restore();
    }
};

// Matches on name and SID, but puts only the name into the line edit.
class FlowCompleter final : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(FlowsModel::NameRole).toString();
    }
};

} // namespace

FlowPicker::FlowPicker(FlowsModel *flows, QWidget *parent)
    : QWidget(parent)
    , m_flows(flows)
    , m_edit(new QLineEdit(this))
    , m_completer(new FlowCompleter(flows, this))
    , m_reload(new QToolButton(this))
{
    m_edit->setPlaceholderText(tr("Pick a flow: type its name, or paste an FW… SID"));
    m_edit->setAccessibleName(tr("Flow"));
    m_edit->setToolTip(
        tr("Type to search the account's flows by name or SID, or paste a flow SID (Ctrl+L)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(260);
    setMaximumWidth(460);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_completer->setCompletionRole(FlowsModel::SearchRole); // name and SID
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setItemDelegate(new FlowDelegate(m_completer->popup()));
    m_completer->popup()->setAccessibleName(tr("Matching flows"));
    m_edit->setCompleter(m_completer);
    m_edit->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { choose(index.data(FlowsModel::SidRole).toString()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible())
            commit();
    });

    m_reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reload->setAutoRaise(true);
    m_reload->setAccessibleName(tr("Reload flows"));
    m_reload->setToolTip(tr("Load the account's flow list again"));
    connect(m_reload, &QToolButton::clicked, m_flows, &FlowsModel::refresh);

    connect(m_flows, &FlowsModel::stateChanged, this, [this](FlowsModel::State state) {
        m_edit->setPlaceholderText(state == FlowsModel::State::Loading
                ? tr("Loading flows…")
                : tr("Pick a flow: type its name, or paste an FW… SID"));
        m_reload->setEnabled(state != FlowsModel::State::Loading);
        if (state == FlowsModel::State::Ready && !m_sid.isEmpty())
            showFlow(m_sid); // the name may be known now
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reload);
}

bool FlowPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_completer->popup()->isVisible()) {
        if (m_sid.isEmpty())
            m_edit->clear();
        else
            showFlow(m_sid);
        m_edit->selectAll();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FlowPicker::showFlow(const QString &sid)
{
    const int row = m_flows->rowOfSid(sid);
    m_edit->setText(row >= 0 ? m_flows->flowAt(row).friendlyName : sid);
    m_edit->setToolTip(row >= 0 ? tr("%1\n%2").arg(m_flows->flowAt(row).friendlyName, sid) : sid);
}

void FlowPicker::choose(const QString &sid)
{
    m_sid = sid;
    showFlow(sid);
    const int row = m_flows->rowOfSid(sid);
    Q_EMIT flowChosen(sid, row >= 0 ? m_flows->flowAt(row).friendlyName : QString());
}

void FlowPicker::clear()
{
    m_sid.clear();
    m_edit->clear();
}

void FlowPicker::commit()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        if (!m_sid.isEmpty()) {
            m_sid.clear();
            Q_EMIT flowChosen({}, {});
        }
        return;
    }
    // A flow SID, pasted: accepted when well-formed, even if the list does not have it (yet).
    if (text.startsWith(u"FW"_s, Qt::CaseInsensitive) && !text.contains(u' ')) {
        if (!isSid(text, "FW")) {
            Q_EMIT invalidInput(tr("'%1' is not a flow SID: it must be FW followed by 32 "
                                   "hexadecimal digits. Nothing was sent.")
                                    .arg(text));
            return;
        }
        choose(canonicalSid(text, "FW"));
        return;
    }
    // A name: exact first, then the one flow whose name or SID contains the text.
    int match = -1;
    int contains = 0;
    for (int r = 0; r < m_flows->rowCount(); ++r) {
        const Flow flow = m_flows->flowAt(r);
        if (flow.friendlyName.compare(text, Qt::CaseInsensitive) == 0) {
            match = r;
            contains = 1;
            break;
        }
        if (flow.friendlyName.contains(text, Qt::CaseInsensitive)
            || flow.sid.contains(text, Qt::CaseInsensitive)) {
            match = r;
            ++contains;
        }
    }
    if (contains == 1) {
        choose(m_flows->flowAt(match).sid);
        return;
    }
    Q_EMIT invalidInput(contains == 0
            ? tr("No flow of this account matches '%1'.").arg(text)
            : tr("%1 flows match '%2': pick one from the list.").arg(contains).arg(text));
}

} // namespace flowscope
