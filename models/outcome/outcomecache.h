#pragma once

// The outcomes the window knows, for the account session: in memory only (never on disk),
// cleared when the account changes. Rows on screen ask for theirs (urgent, and dropped when they
// scroll away); Analyse asks for every loaded row's, with progress and Cancel. An outcome read
// while its execution was active is read again once the row says it ended.

#include "outcomefetcher.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace flowscope {

// What the cache knew at one moment — the outcomes and the steps they were read from — to read
// on another thread (counting where 100,000 executions went): taking one costs nothing, the
// cache's tables are shared until it next changes them.
class OutcomeSnapshot
{
public:
    const Outcome *find(const QString &executionSid) const;
    // The steps its outcome was read from, oldest first; empty when not known.
    QList<StepFacts> stepsOf(const QString &executionSid) const;
    qsizetype size() const { return m_known.size(); }

private:
    friend class OutcomeCache;
    struct Known
    {
        Outcome outcome;
        bool readWhileActive = false;
        // Its steps, three names each (event, from, to) as indexes into m_names: thousands of
        // executions walk the same few widgets, so each name is held once.
        QList<quint32> steps;
    };
    QHash<QString, Known> m_known;
    QStringList m_names;
};

class OutcomeCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeCache)

public:
    explicit OutcomeCache(StudioClient *client, QObject *parent = nullptr);

    // Null when not known (yet).
    const Outcome *find(const QString &executionSid) const;
    // The steps its outcome was read from, oldest first (where executions go, on the diagram);
    // empty when not known.
    QList<StepFacts> stepsOf(const QString &executionSid) const;
    qsizetype size() const { return m_data.size(); }
    OutcomeSnapshot snapshot() const { return m_data; }
    // Every outcome known, in no order.
    template<typename F>
    void forEachKnown(F f) const
    {
        for (auto it = m_data.m_known.cbegin(); it != m_data.m_known.cend(); ++it)
            f(it.key(), it->outcome);
    }
    void setRules(const OutcomeRules &rules);
    // Read what Twilio kept beside each execution too (the error code, the undelivered rule).
    void setRelated(RelatedSession *session) { m_fetcher->setRelated(session); }
    const OutcomeRules &rules() const { return m_fetcher->rules(); }
    int concurrency() const { return m_fetcher->concurrency(); }

    // The rows on screen now: those not known are asked for first (unless reading on screen is
    // off); what was asked for rows no longer on screen is dropped (unless an analysis wants it).
    void showing(const QList<OutcomeTarget> &targets);
    // Whether rows on screen read their outcomes by themselves (on by default); Analyse always
    // reads. Off: only what was asked for is known (an account with a tight request budget).
    void setReadOnScreen(bool read);
    bool readsOnScreen() const { return m_readOnScreen; }
    // Every one of these (unknown ones again); progress as they come; replaces an analysis
    // under way.
    void analyse(const QList<OutcomeTarget> &targets);
    void cancelAnalysis();
    bool isAnalysing() const { return m_analysisTotal > 0; }
    qsizetype analysisDone() const { return m_analysisDone; }
    qsizetype analysisTotal() const { return m_analysisTotal; }

    void clear();
    // An outcome read elsewhere (the archive keeps each execution's): known from now on, as if
    // it had been read here.
    void know(const QString &executionSid, const Outcome &outcome, const QList<StepFacts> &steps,
        bool active);

    // For tests and the benchmark: the fetcher's requests.
    OutcomeFetcher *fetcher() const { return m_fetcher; }

Q_SIGNALS:
    void outcomeChanged(const QString &executionSid);
    void cleared(); // every outcome forgotten
    void analysisProgress(qsizetype done, qsizetype total);
    void analysisFinished(bool cancelled);

private:
    quint32 nameIndex(const QString &name);
    bool isCurrent(const OutcomeTarget &target) const;
    void arrived(const OutcomeTarget &target, const OutcomeResult &result);
    void retain();

    OutcomeFetcher *m_fetcher; // child
    OutcomeSnapshot m_data;
    QHash<QString, quint32> m_nameIndex; // into m_data.m_names
    QSet<QString> m_onScreen;
    QSet<QString> m_analysing; // still to come for the analysis
    qsizetype m_analysisDone = 0;
    qsizetype m_analysisTotal = 0;
    bool m_readOnScreen = true;
};

} // namespace flowscope
