#include "relatedsids.h"

#include "api/sid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace flowscope {

namespace {

// Collects SIDs from one context, each pinned by where it stands.
class Collector
{
public:
    Collector(const QList<Step> &steps, QList<FoundSid> *found, QSet<QString> *seen)
        : m_steps(steps)
        , m_found(found)
        , m_seen(seen)
    { }

    // A context; `leaving`: the step whose context it is (its own widget's SIDs go to it), or -1
    // for the execution's context.
    void context(const QByteArray &json, int leaving)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        if (!document.isObject())
            return;
        const QJsonObject root = document.object();
        const QString own = leaving >= 0 ? m_steps[leaving].transitionedFrom : QString();
        const QJsonObject widgets = root.value(u"widgets"_s).toObject();
        if (leaving >= 0) {
            // Only the widget this step left: the others' values are older runs (seen in their
            // own steps) or the same as in the execution's context.
            if (widgets.contains(own))
                value(widgets.value(own), own, false, StepPin { leaving, m_steps[leaving].sid });
            return;
        }
        value(root.value(u"trigger"_s), {}, true, first());
        for (auto it = widgets.begin(); it != widgets.end(); ++it)
            value(it.value(), it.key(), false, pinOfWidget(it.key()));
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() != u"trigger"_s && it.key() != u"widgets"_s)
                value(it.value(), {}, false, StepPin {});
        }
    }

    void add(const QString &text, const QString &widget, bool inbound, const StepPin &pin)
    {
        FoundSid::Kind kind;
        if (!relatedSidKind(text, &kind))
            return;
        const QString sid = text.left(2) + text.mid(2).toLower();
        if (m_seen->contains(sid))
            return;
        m_seen->insert(sid);
        m_found->append(FoundSid { sid, kind, widget, inbound, pin });
    }

    StepPin first() const
    {
        return m_steps.isEmpty() ? StepPin {} : StepPin { 0, m_steps.first().sid };
    }

private:
    void value(const QJsonValue &v, const QString &widget, bool inbound, const StepPin &pin)
    {
        if (v.isString()) {
            add(v.toString(), widget, inbound, pin);
        } else if (v.isArray()) {
            const QJsonArray items = v.toArray();
            for (const auto &item : items)
                value(item, widget, inbound, pin);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                value(it.value(), widget,
                    inbound || it.key().compare(u"inbound"_s, Qt::CaseInsensitive) == 0, pin);
        }
    }

    // The step that recorded the widget's last run: the last one leaving it; while it still
    // runs (it waits for a reply), the one that entered it.
    StepPin pinOfWidget(const QString &widget) const
    {
        for (qsizetype k = m_steps.size() - 1; k >= 0; --k) {
            if (m_steps[k].transitionedFrom == widget)
                return { int(k), m_steps[k].sid };
        }
        for (qsizetype k = m_steps.size() - 1; k >= 0; --k) {
            if (m_steps[k].transitionedTo == widget)
                return { int(k), m_steps[k].sid };
        }
        return {};
    }

    const QList<Step> &m_steps;
    QList<FoundSid> *m_found;
    QSet<QString> *m_seen;
};

} // namespace

bool relatedSidKind(QStringView text, FoundSid::Kind *kind)
{
    if (isSid(text, "SM") || isSid(text, "MM")) {
        *kind = FoundSid::Kind::Message;
        return true;
    }
    if (isSid(text, "CA")) {
        *kind = FoundSid::Kind::Call;
        return true;
    }
    return false;
}

QList<int> stepsNeedingContext(const QList<Step> &steps)
{
    QHash<QString, int> lastLeaving;
    for (qsizetype k = 0; k < steps.size(); ++k) {
        if (steps[k].transitionedFrom != u"Trigger"_s && steps[k].parentStepSid.isEmpty())
            lastLeaving.insert(steps[k].transitionedFrom, int(k));
    }
    QList<int> out;
    for (qsizetype k = 0; k < steps.size(); ++k) {
        const auto last = lastLeaving.constFind(steps[k].transitionedFrom);
        if (last != lastLeaving.cend() && *last != k && steps[k].parentStepSid.isEmpty())
            out << int(k);
    }
    return out;
}

QList<FoundSid> findRelatedSids(const QString &initiatedBy, const QByteArray &contextJson,
    const QHash<int, QByteArray> &stepContexts, const QList<Step> &steps)
{
    QList<FoundSid> found;
    QSet<QString> seen;
    Collector collect(steps, &found, &seen);
    collect.add(initiatedBy, {}, true, collect.first());
    QList<int> earlier = stepContexts.keys();
    std::sort(earlier.begin(), earlier.end());
    for (const int k : std::as_const(earlier)) {
        if (k >= 0 && k < steps.size())
            collect.context(stepContexts.value(k), k);
    }
    collect.context(contextJson, -1);
    std::stable_sort(found.begin(), found.end(), [](const FoundSid &a, const FoundSid &b) {
        const auto rank = [](const FoundSid &s) {
            return s.pin.step < 0 ? std::numeric_limits<int>::max() : s.pin.step;
        };
        return rank(a) < rank(b);
    });
    return found;
}

} // namespace flowscope
