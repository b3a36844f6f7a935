#pragma once

// Studio list pages built by hand for parser and model tests. (Kept out of the test files: moc 6.4
// misreads raw strings that end in a quote, and these are full of them.)

#include <QByteArray>
#include <QList>

namespace pagebuilder {

extern const QByteArray kFlow; // FW0123…
QByteArray sid(const char *prefix, int n); // prefix + n in 32 hex digits
// One execution object; contactJson is raw JSON (a quoted string or null).
QByteArray execution(
    int n, const QByteArray &status = "ended", const QByteArray &contactJson = "\"+14155550100\"");
// One step object: the event (name) that led from one widget to the next, at a time (ISO 8601).
QByteArray step(int n, const QByteArray &event, const QByteArray &from, const QByteArray &to,
    const QByteArray &dateCreated);
// An execution context resource around a context object (raw JSON).
QByteArray contextResource(const QByteArray &contextJson);
// Executions first .. first + count - 1, each carrying paddingBytes in its links: a page of
// megabytes (1,000 with 52 KB each is the 52 MB page the stall tests and benchmarks read).
QByteArray paddedPage(int first, int count, qsizetype paddingBytes);
// A list page around items; next is raw JSON (a quoted URL or null).
QByteArray page(const QList<QByteArray> &items, const QByteArray &next = "null",
    const QByteArray &key = "executions");

} // namespace pagebuilder
