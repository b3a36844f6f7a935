#include "outcomecache.h"

namespace flowscope {

OutcomeCache::OutcomeCache(StudioClient *client, QObject *parent)
    : QObject(parent)
    , m_fetcher(new OutcomeFetcher(client, OutcomeFetcher::kDefaultConcurrency, this))
{
    connect(m_fetcher, &OutcomeFetcher::outcomeReady, this, &OutcomeCache::arrived);
    // Another account (or origin): what was known belongs to the old one.
    connect(client, &StudioClient::settingsChanged, this, &OutcomeCache::clear);
}

const Outcome *OutcomeSnapshot::find(const QString &executionSid) const
{
    const auto it = m_known.constFind(executionSid);
    return it == m_known.cend() ? nullptr : &it->outcome;
}

QList<StepFacts> OutcomeSnapshot::stepsOf(const QString &executionSid) const
{
    QList<StepFacts> out;
    const auto it = m_known.constFind(executionSid);
    if (it == m_known.cend())
        return out;
    out.reserve(it->steps.size() / 3);
    for (qsizetype k = 0; k + 2 < it->steps.size(); k += 3)
        out.append({ m_names[it->steps[k]], m_names[it->steps[k + 1]], m_names[it->steps[k + 2]] });
    return out;
}

const Outcome *OutcomeCache::find(const QString &executionSid) const
{
    return m_data.find(executionSid);
}

QList<StepFacts> OutcomeCache::stepsOf(const QString &executionSid) const
{
    return m_data.stepsOf(executionSid);
}

quint32 OutcomeCache::nameIndex(const QString &name)
{
    const auto it = m_nameIndex.constFind(name);
    if (it != m_nameIndex.cend())
        return *it;
    const auto index = quint32(m_data.m_names.size());
    m_data.m_names.append(name);
    m_nameIndex.insert(name, index);
    return index;
}

void OutcomeCache::setRules(const OutcomeRules &rules)
{
    // Outcomes decided by other rules are not these rules' outcomes.
    clear();
    m_fetcher->setRules(rules);
}

bool OutcomeCache::isCurrent(const OutcomeTarget &target) const
{
    const auto it = m_data.m_known.constFind(target.executionSid);
    return it != m_data.m_known.cend() && (target.active || !it->readWhileActive);
}

void OutcomeCache::showing(const QList<OutcomeTarget> &targets)
{
    m_onScreen.clear();
    if (m_readOnScreen) {
        for (const OutcomeTarget &target : targets)
            m_onScreen.insert(target.executionSid);
    }
    retain();
    if (!m_readOnScreen)
        return;
    // Newest on screen first: the fetcher takes urgent ones from the front, so queue backwards.
    for (auto it = targets.crbegin(); it != targets.crend(); ++it) {
        if (!isCurrent(*it))
            m_fetcher->enqueue(*it, true);
    }
}

void OutcomeCache::setReadOnScreen(bool read)
{
    m_readOnScreen = read;
    if (!read) {
        m_onScreen.clear();
        retain();
    }
}

void OutcomeCache::analyse(const QList<OutcomeTarget> &targets)
{
    m_analysing.clear();
    m_analysisDone = 0;
    m_analysisTotal = 0;
    retain();
    for (const OutcomeTarget &target : targets) {
        if (isCurrent(target) && m_data.m_known.value(target.executionSid).outcome.isKnown())
            continue;
        if (m_analysing.contains(target.executionSid))
            continue;
        m_analysing.insert(target.executionSid);
        m_fetcher->enqueue(target);
    }
    m_analysisTotal = m_analysing.size();
    Q_EMIT analysisProgress(0, m_analysisTotal);
    if (m_analysisTotal == 0)
        Q_EMIT analysisFinished(false);
}

void OutcomeCache::cancelAnalysis()
{
    if (!isAnalysing())
        return;
    m_analysing.clear();
    m_analysisDone = 0;
    m_analysisTotal = 0;
    retain();
    Q_EMIT analysisFinished(true);
}

void OutcomeCache::retain()
{
    m_fetcher->retainOnly(m_onScreen + m_analysing);
}

void OutcomeCache::clear()
{
    const bool wasAnalysing = isAnalysing();
    m_analysing.clear();
    m_onScreen.clear();
    m_analysisDone = 0;
    m_analysisTotal = 0;
    m_fetcher->cancelAll();
    m_data.m_known.clear();
    m_data.m_names.clear();
    m_nameIndex.clear();
    Q_EMIT cleared();
    if (wasAnalysing)
        Q_EMIT analysisFinished(true);
}

void OutcomeCache::know(
    const QString &executionSid, const Outcome &outcome, const QList<StepFacts> &steps, bool active)
{
    OutcomeSnapshot::Known known { outcome, active, {} };
    known.steps.reserve(steps.size() * 3);
    for (const StepFacts &step : steps)
        known.steps << nameIndex(step.event) << nameIndex(step.from) << nameIndex(step.to);
    m_data.m_known.insert(executionSid, known); // QHash of Qt 6.4 has no insert by move
    Q_EMIT outcomeChanged(executionSid);
}

void OutcomeCache::arrived(const OutcomeTarget &target, const OutcomeResult &result)
{
    know(target.executionSid, result.outcome, result.steps, target.active);
    if (m_analysing.remove(target.executionSid)) {
        ++m_analysisDone;
        Q_EMIT analysisProgress(m_analysisDone, m_analysisTotal);
        if (m_analysing.isEmpty()) {
            m_analysisTotal = 0;
            m_analysisDone = 0;
            Q_EMIT analysisFinished(false);
        }
    }
}

} // namespace flowscope
