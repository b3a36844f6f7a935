#include "alertmatch.h"

#include "json/jsonpath.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// A step's widget may have run a little before the step that entered it was dated, and the
// step that left it is dated when Studio moved on: the second on either side is Twilio's
// rounding, not another step's.
constexpr int kStepSlackSeconds = 2;
// A widget that calls a URL (an HTTP request, a Function) is given up on after 10 seconds: its
// run began at most this long before the step that left it, whenever the step before was dated.
constexpr int kLongestCallSeconds = 15;

QString normalised(const QString &sid)
{
    return sid.left(2).toUpper() + sid.mid(2).toLower();
}

QString urlOfStep(const ExecutionFacts &facts, int step)
{
    return facts.widgetUrls.value(facts.steps[step].transitionedFrom);
}

// The first step dated at or after the alert; of several of that second, the one whose widget
// calls the alert's URL. After the last step: the last one (it waits, or it just ended).
StepPin pinByTime(const RelatedAlert &alert, const ExecutionFacts &facts)
{
    const QList<Step> &steps = facts.steps;
    if (steps.isEmpty())
        return {};
    const qint64 at = alert.dateGenerated.toSecsSinceEpoch();
    qsizetype first = steps.size() - 1;
    for (qsizetype k = 0; k < steps.size(); ++k) {
        if (steps[k].created.toSecsSinceEpoch() >= at) {
            first = k;
            break;
        }
    }
    // Of the steps of that second: the widget that calls the alert's URL, else one left by a
    // failure event (an error is why it failed), else the first.
    const qint64 second = steps[first].created.toSecsSinceEpoch();
    qsizetype end = first;
    while (end < steps.size() && steps[end].created.toSecsSinceEpoch() == second)
        ++end;
    for (qsizetype k = first; k < end; ++k) {
        const QString url = urlOfStep(facts, int(k));
        if (!url.isEmpty() && urlFitsTemplate(alert.requestUrl, url))
            return { int(k), steps[k].sid };
    }
    static const QStringList failures = studioFailureEvents();
    for (qsizetype k = first; k < end; ++k) {
        if (failures.contains(steps[k].name))
            return { int(k), steps[k].sid };
    }
    return { int(first), steps[first].sid };
}

// The steps whose widget calls the alert's URL and ran when it was generated; for an error, only
// those that left their widget by a failure event (another execution's widget, at the same
// moment, that went on with success did not raise it).
QList<int> stepsFitting(const RelatedAlert &alert, const ExecutionFacts &facts)
{
    static const QStringList failures = studioFailureEvents();
    const QList<Step> &steps = facts.steps;
    const qint64 at = alert.dateGenerated.toSecsSinceEpoch();
    QList<int> fitting;
    for (qsizetype k = 1; k < steps.size(); ++k) {
        const QString url = urlOfStep(facts, int(k));
        if (url.isEmpty() || !urlFitsTemplate(alert.requestUrl, url))
            continue;
        if (alert.isError() && !failures.contains(steps[k].name))
            continue;
        const qint64 left = steps[k].created.toSecsSinceEpoch() + kStepSlackSeconds;
        const qint64 entered = std::max(steps[k - 1].created.toSecsSinceEpoch(),
                                   left - kStepSlackSeconds - kLongestCallSeconds)
            - kStepSlackSeconds;
        if (at >= entered && at <= left)
            fitting << int(k);
    }
    // The widget it waits in runs still: the last step entered it (an error would have ended
    // its run with a failure event).
    if (!alert.isError() && !steps.isEmpty() && steps.last().transitionedTo != u"Ended"_s) {
        const QString url = facts.widgetUrls.value(steps.last().transitionedTo);
        const qint64 entered = steps.last().created.toSecsSinceEpoch();
        if (!url.isEmpty() && urlFitsTemplate(alert.requestUrl, url)
            && at >= entered - kStepSlackSeconds
            && at <= std::min(facts.windowEnd().toSecsSinceEpoch(),
                   entered + kLongestCallSeconds + kStepSlackSeconds))
            fitting << int(steps.size() - 1);
    }
    return fitting;
}

// A URL template's text between its {{…}} placeholders goes to `text`, each placeholder's match
// to `hole`, in order.
template<typename Text, typename Hole>
void walkTemplate(
    const QString &urlTemplate, const QRegularExpression &placeholder, Text text, Hole hole)
{
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(urlTemplate); it.hasNext();) {
        const auto m = it.next();
        text(urlTemplate.mid(at, m.capturedStart() - at));
        hole(m);
        at = m.capturedEnd();
    }
    text(urlTemplate.mid(at));
}

// The text as a pattern that matches it and nothing else. Not QRegularExpression::escape: it
// writes a NUL as \0, which PCRE reads together with the digits after it as one octal escape
// (the fuzzer found a template with NUL before "0000" that its own URL did not fit).
QString literalPattern(const QString &text)
{
    QString pattern;
    pattern.reserve(text.size() * 2);
    // By code point: half of a surrogate pair is no character to PCRE.
    for (const char32_t c : text.toUcs4()) {
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9'))
            pattern += QChar(char16_t(c));
        else
            pattern += u"\\x{%1}"_s.arg(quint32(c), 0, 16);
    }
    return pattern;
}

bool fits(const QString &url, const QString &urlTemplate)
{
    static const QRegularExpression placeholder(u"\\{\\{.*?\\}\\}"_s);
    QString pattern;
    walkTemplate(
        urlTemplate, placeholder, [&](const QString &text) { pattern += literalPattern(text); },
        [&](const QRegularExpressionMatch &) { pattern += u".*"_s; });
    const QRegularExpression whole(QRegularExpression::anchoredPattern(pattern),
        QRegularExpression::DotMatchesEverythingOption);
    return whole.match(url).hasMatch();
}

} // namespace

QString renderUrlTemplate(const QString &urlTemplate, const QByteArray &contextJson)
{
    static const QRegularExpression placeholder(u"\\{\\{\\s*([^}|]*?)\\s*(\\|[^}]*)?\\}\\}"_s);
    QString out;
    walkTemplate(
        urlTemplate, placeholder, [&](const QString &text) { out += text; },
        [&](const QRegularExpressionMatch &m) {
            const JsonCell cell = jsonCellAt(contextJson, m.captured(1));
            out += cell.kind == JsonCell::Kind::Missing ? m.captured() : cell.text;
        });
    return out;
}

AlertNames alertNames(const RelatedAlert &alert)
{
    static const QRegularExpression sid(
        u"(?<![A-Za-z0-9])(FN|FW|SM|MM|CA)[0-9a-fA-F]{32}(?![A-Za-z0-9])"_s);
    AlertNames named;
    for (const QString *field : { &alert.resourceSid, &alert.serviceSid, &alert.alertText,
             &alert.requestUrl, &alert.requestVariables }) {
        for (auto it = sid.globalMatch(*field); it.hasNext();) {
            const QString found = normalised(it.next().captured());
            if (found.startsWith(u"FN"_s))
                named.executions.insert(found);
            else if (found.startsWith(u"FW"_s))
                named.flows.insert(found);
            else
                named.resources.insert(found);
        }
    }
    return named;
}

bool urlFitsTemplate(const QString &url, const QString &urlTemplate)
{
    // Not trimmed: a variable's value may end in spaces (the template was trimmed when read).
    if (url.isEmpty() || urlTemplate.trimmed().isEmpty())
        return false;
    return fits(url, urlTemplate)
        || fits(QUrl::fromPercentEncoding(url.toUtf8()),
            QUrl::fromPercentEncoding(urlTemplate.toUtf8()));
}

AlertVerdict matchAlert(const RelatedAlert &alert, const ExecutionFacts &facts)
{
    const AlertNames named = alertNames(alert);
    const FoundSid *resource = nullptr;
    for (const FoundSid &found : facts.resources) {
        if (named.resources.contains(normalised(found.sid))) {
            resource = &found;
            break;
        }
    }
    if (named.executions.contains(normalised(facts.executionSid))) {
        return { AlertFit::Certain, resource ? resource->pin : pinByTime(alert, facts),
            resource ? resource->sid : QString() };
    }
    if (!named.executions.isEmpty())
        return {}; // another execution's
    if (resource)
        return { AlertFit::Certain, resource->pin, resource->sid };
    if (!named.resources.isEmpty())
        return {}; // another Message's or Call's
    if (!named.flows.contains(normalised(facts.flowSid)))
        return {};
    const QDateTime at = alert.dateGenerated;
    if (!at.isValid() || at < facts.windowStart() || at > facts.windowEnd())
        return {};
    if (facts.widgetUrls.isEmpty())
        return { AlertFit::FlowOnly, {}, {} };
    const QList<int> fitting = stepsFitting(alert, facts);
    if (fitting.size() != 1)
        return {};
    return { AlertFit::Probable, { fitting.first(), facts.steps[fitting.first()].sid }, {} };
}

QList<RelatedAlert> matchAlerts(const QList<RelatedAlert> &listed, const ExecutionFacts &facts)
{
    QList<RelatedAlert> kept;
    for (const RelatedAlert &alert : listed) {
        const AlertVerdict verdict = matchAlert(alert, facts);
        if (verdict.fit != AlertFit::Certain && verdict.fit != AlertFit::Probable)
            continue;
        RelatedAlert matched = alert;
        matched.pin = verdict.pin;
        matched.probable = verdict.fit == AlertFit::Probable;
        matched.resource = verdict.resource;
        kept << matched;
    }
    std::stable_sort(kept.begin(), kept.end(), [](const RelatedAlert &a, const RelatedAlert &b) {
        return a.dateGenerated < b.dateGenerated;
    });
    return kept;
}

} // namespace flowscope
