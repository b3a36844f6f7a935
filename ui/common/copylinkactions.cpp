#include "copylinkactions.h"

#include "links/flowscopelink.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>

using namespace Qt::StringLiterals;

namespace flowscope {

void addCopyLinkActions(QAbstractItemView *view, const std::function<Execution()> &current,
    const std::function<QString()> &account, const std::function<void(const QString &)> &said)
{
    auto *sid = new QAction(QApplication::translate("CopyLinkActions", "Copy SID"), view);
    sid->setObjectName(u"copySidAction"_s);
    auto *link = new QAction(QApplication::translate("CopyLinkActions", "Copy link"), view);
    link->setObjectName(u"copyLinkAction"_s);
    link->setToolTip(QApplication::translate("CopyLinkActions",
        "A flowscope:// link to this execution, for a ticket: a click opens it in FlowScope"));
    const auto copy = [current, account, said](bool asLink) {
        const Execution e = current();
        if (!e.isValid())
            return;
        const QString text
            = asLink ? FlowScopeLink::toExecution(e.flowSid, e.sid, account()) : e.sid;
        QApplication::clipboard()->setText(text);
        if (said)
            said(QApplication::translate("CopyLinkActions", "Copied %1").arg(text));
    };
    QObject::connect(sid, &QAction::triggered, view, [copy] { copy(false); });
    QObject::connect(link, &QAction::triggered, view, [copy] { copy(true); });
    view->addAction(sid);
    view->addAction(link);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace flowscope
