#pragma once

// flowscope:// links, which a ticket or a chat carries from one support person to another:
//   flowscope://execution/FN…?flow=FW…[&account=AC…]   one execution
//   flowscope://view?flow=FW…&range=last-24-hours&…    a saved view's query (SavedView::toQuery)
// A link names what to show, never how to reach it: there is no origin, host, user, password or
// port in one, and any other parameter (base_url, token, region, …) is ignored — it can never
// change the account, the profile or the API origin. account= only picks, among the person's own
// profiles, the one that holds that account.

#include "links/savedview.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowscope {

struct FlowScopeLink
{
    Q_DECLARE_TR_FUNCTIONS(FlowScopeLink)

public:
    enum class Kind { Execution, View };

    static constexpr qsizetype kLongest = 4096; // characters; a longer text is refused unread

    Kind kind = Kind::Execution;
    QString executionSid; // FN…, Kind::Execution
    QString flowSid; // FW…, both kinds
    QString accountSid; // AC…, empty: the profile in use
    SavedView view; // Kind::View
    QStringList ignored; // the parameters left unread, for a note ("base_url, token")

    // Whether the text is meant as a flowscope: link (its scheme), right or wrong.
    static bool isLink(QStringView text);
    // Null, with a sentence for a person in *error, when the text is not a link FlowScope makes.
    static std::optional<FlowScopeLink> parse(QStringView text, QString *error);

    static QString toExecution(
        const QString &flowSid, const QString &executionSid, const QString &accountSid = {});
    static QString toView(const SavedView &view, const QString &accountSid = {});
    QString toString() const;
};

} // namespace flowscope
