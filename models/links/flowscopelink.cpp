#include "flowscopelink.h"

#include "api/sid.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

constexpr QStringView kScheme = u"flowscope:";

const QStringList &viewKeys()
{
    static const QStringList keys = { u"name"_s, u"flow"_s, u"range"_s, u"from"_s, u"to"_s,
        u"failed"_s, u"filter"_s, u"columns"_s, u"sort"_s, u"account"_s };
    return keys;
}

// A parameter's name as a note may show it: printable, short.
QString shown(const QString &key)
{
    QString out;
    for (const QChar c : key.left(40))
        out += c.isPrint() ? c : QChar(u'?');
    return out;
}

} // namespace

bool FlowScopeLink::isLink(QStringView text)
{
    return text.trimmed().startsWith(kScheme, Qt::CaseInsensitive);
}

std::optional<FlowScopeLink> FlowScopeLink::parse(QStringView text, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    text = text.trimmed();
    if (text.size() > kLongest)
        return refuse(tr("That link is longer than %1 characters; FlowScope makes none so long.")
                          .arg(kLongest));
    if (!isLink(text))
        return refuse(tr("That is not a FlowScope link (flowscope://execution/FN…?flow=FW… or "
                         "flowscope://view?…)."));
    for (const QChar c : text) {
        if (c.isSpace() || !c.isPrint() || c.unicode() > 0x7E)
            return refuse(tr("A FlowScope link holds no spaces, control or non-ASCII characters; "
                             "copy it again."));
    }
    QStringView rest = text.mid(kScheme.size());
    if (!rest.startsWith(u"//"))
        return refuse(tr("A FlowScope link starts flowscope:// ."));
    rest = rest.mid(2);
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest.truncate(hash); // a fragment means nothing here
    QStringView queryText;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        queryText = rest.mid(question + 1);
        rest.truncate(question);
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView what = slash >= 0 ? rest.left(slash) : rest;
    QStringView path = slash >= 0 ? rest.mid(slash) : QStringView();
    if (what.contains(u'@') || what.contains(u':') || what.contains(u'%'))
        return refuse(tr("A FlowScope link names what to show, never a user, password, host or "
                         "port; this one does, and is not opened."));
    FlowScopeLink link;
    if (what.compare(u"execution", Qt::CaseInsensitive) == 0)
        link.kind = Kind::Execution;
    else if (what.compare(u"view", Qt::CaseInsensitive) == 0)
        link.kind = Kind::View;
    else
        return refuse(tr("A FlowScope link opens an execution or a view "
                         "(flowscope://execution/… or flowscope://view?…)."));
    if (path.endsWith(u'/'))
        path.chop(1);
    const QUrlQuery query(queryText.toString());
    for (const QString &key : { u"flow"_s, u"account"_s }) {
        if (query.allQueryItemValues(key).size() > 1)
            return refuse(tr("That link gives '%1' more than once; it is not opened.").arg(key));
    }
    const QString account = query.queryItemValue(u"account"_s, QUrl::FullyDecoded);
    if (query.hasQueryItem(u"account"_s)) {
        if (!isSid(account, "AC"))
            return refuse(tr("The link's account is not an account SID (AC and 32 hex digits)."));
        link.accountSid = canonicalSid(account, "AC");
    }
    if (link.kind == Kind::Execution) {
        const QStringView sid = path.mid(1);
        if (!path.startsWith(u'/') || !isSid(sid, "FN"))
            return refuse(tr("The link names no execution: flowscope://execution/FN… (FN and 32 "
                             "hex digits)."));
        link.executionSid = canonicalSid(sid, "FN");
        const QString flow = query.queryItemValue(u"flow"_s, QUrl::FullyDecoded);
        if (!isSid(flow, "FW"))
            return refuse(tr("The link names no flow: …?flow=FW… (FW and 32 hex digits); Studio "
                             "finds an execution within its flow."));
        link.flowSid = canonicalSid(flow, "FW");
        for (const auto &[key, value] : query.queryItems()) {
            if (key != u"flow"_s && key != u"account"_s && !link.ignored.contains(shown(key)))
                link.ignored << shown(key);
        }
        return link;
    }
    if (!path.isEmpty())
        return refuse(tr("A view's link is flowscope://view?… with nothing between view and ?."));
    QString why;
    const std::optional<SavedView> view = SavedView::fromQuery(query, &why);
    if (!view)
        return refuse(tr("That view link cannot be opened: %1.").arg(why));
    link.view = *view;
    link.flowSid = view->flowSid;
    for (const auto &[key, value] : query.queryItems()) {
        if (!viewKeys().contains(key) && !link.ignored.contains(shown(key)))
            link.ignored << shown(key);
    }
    return link;
}

QString FlowScopeLink::toExecution(
    const QString &flowSid, const QString &executionSid, const QString &accountSid)
{
    QString link = u"flowscope://execution/%1?flow=%2"_s.arg(
        canonicalSid(executionSid, "FN"), canonicalSid(flowSid, "FW"));
    if (!accountSid.isEmpty())
        link += u"&account="_s + canonicalSid(accountSid, "AC");
    return link;
}

QString FlowScopeLink::toView(const SavedView &view, const QString &accountSid)
{
    QUrlQuery query = view.toQuery();
    if (!accountSid.isEmpty())
        query.addQueryItem(u"account"_s, canonicalSid(accountSid, "AC"));
    return u"flowscope://view?"_s + query.toString(QUrl::FullyEncoded);
}

QString FlowScopeLink::toString() const
{
    return kind == Kind::Execution ? toExecution(flowSid, executionSid, accountSid)
                                   : toView(view, accountSid);
}

} // namespace flowscope
