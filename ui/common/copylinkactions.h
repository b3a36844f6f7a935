#pragma once

// Copy SID and Copy link on a table of executions: its context menu (right-click) gets both,
// for the current row — the SID as it is, or a flowscope:// link to it with the account it is
// of, for a ticket (a colleague's click opens it in their FlowScope).

#include "executions/executionstore.h"

#include <functional>

class QAbstractItemView;

namespace flowscope {

// current: the execution of the view's current row (invalid: none); account: the account SID
// the rows are of. Said on `said` (the status bar's words) after copying.
void addCopyLinkActions(QAbstractItemView *view, const std::function<Execution()> &current,
    const std::function<QString()> &account, const std::function<void(const QString &)> &said = {});

} // namespace flowscope
