// What a publish changed, on real flows other people wrote (../shared/studio-flows), each mutated
// in a known way: a widget removed, added, a property changed, a transition changed, moved only,
// moved and changed, renamed — and on text that is not a definition.

#include "diagram/definitiondiff.h"
#include "support/studioflows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

QJsonObject load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString why;
    return DefinitionDiff::definitionOf(file.readAll(), &why).value_or(QJsonObject());
}

// The definition with state k replaced by what `edit` makes of it.
QJsonObject edited(
    const QJsonObject &definition, qsizetype k, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray states = definition.value(u"states"_s).toArray();
    QJsonObject state = states.at(k).toObject();
    edit(state);
    states.replace(k, state);
    QJsonObject out = definition;
    out.insert(u"states"_s, states);
    return out;
}

// A state that has an offset and a transition with a next, past the trigger: -1 when none.
qsizetype ordinaryState(const QJsonObject &definition)
{
    const QJsonArray states = definition.value(u"states"_s).toArray();
    for (qsizetype k = 1; k < states.size(); ++k) {
        const QJsonObject s = states.at(k).toObject();
        if (!s.value(u"properties"_s).toObject().value(u"offset"_s).isObject())
            continue;
        QSet<QString> events;
        bool unique = true;
        bool leads = false;
        for (const QJsonValue &t : s.value(u"transitions"_s).toArray()) {
            const QString event = t.toObject().value(u"event"_s).toString();
            unique = unique && !events.contains(event);
            events.insert(event);
            leads = leads || t.toObject().contains(u"next"_s);
        }
        if (unique && leads)
            return k;
    }
    return -1;
}

} // namespace

class TestDefinitionDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realFlowsMutated_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = studioFlowFiles();
        if (files.isEmpty() && studioFlowsRequired())
            QFAIL("the real Studio flows (../shared/studio-flows) are not there");
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void realFlowsMutated()
    {
        QFETCH(QString, path);
        const QJsonObject flow = load(path);
        QVERIFY(!flow.isEmpty());
        QVERIFY(DefinitionDiff::compare(flow, flow).isEmpty()); // itself: nothing changed
        // A widget with an offset and a transition that leads somewhere, past the trigger; else
        // the trigger (which then has no transition to change).
        const qsizetype ordinary = ordinaryState(flow);
        const qsizetype k = std::max<qsizetype>(ordinary, 0);
        QVERIFY(!flow.value(u"states"_s).toArray().isEmpty());
        const QJsonObject state = flow.value(u"states"_s).toArray().at(k).toObject();
        const QString name = state.value(u"name"_s).toString();
        using Kind = WidgetChange::Kind;

        // Removed, and added back (a new one at the end).
        QJsonArray fewer = flow.value(u"states"_s).toArray();
        fewer.removeAt(k);
        QJsonObject without = flow;
        without.insert(u"states"_s, fewer);
        QList<WidgetChange> changes = DefinitionDiff::compare(flow, without);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].widget, name);
        QCOMPARE(changes[0].kind, Kind::Removed);
        changes = DefinitionDiff::compare(without, flow);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::Added);

        // A property changed.
        changes = DefinitionDiff::compare(flow, edited(flow, k, [](QJsonObject &s) {
            QJsonObject p = s.value(u"properties"_s).toObject();
            p.insert(u"flowscope_test"_s, u"new text"_s);
            s.insert(u"properties"_s, p);
        }));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::Changed);
        QCOMPARE(changes[0].paths.size(), 1);
        QCOMPARE(changes[0].paths[0].path, u"properties.flowscope_test"_s);
        QVERIFY(changes[0].paths[0].before.isUndefined());
        QCOMPARE(changes[0].paths[0].after.toString(), u"new text"_s);

        // Moved only, then moved and changed.
        const auto moved = [](QJsonObject &s) {
            QJsonObject p = s.value(u"properties"_s).toObject();
            QJsonObject offset = p.value(u"offset"_s).toObject();
            offset.insert(u"x"_s, offset.value(u"x"_s).toDouble() + 120);
            p.insert(u"offset"_s, offset);
            s.insert(u"properties"_s, p);
        };
        changes = DefinitionDiff::compare(flow, edited(flow, k, moved));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::Moved);
        QCOMPARE(changes[0].paths.size(), 1);
        QCOMPARE(changes[0].paths[0].path, u"properties.offset.x"_s);
        changes = DefinitionDiff::compare(flow, edited(flow, k, [&](QJsonObject &s) {
            moved(s);
            s.insert(u"type"_s, u"run-function"_s);
        }));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::Changed);
        QCOMPARE(changes[0].paths.size(), state.value(u"type"_s) == u"run-function"_s ? 1 : 2);

        // Renamed: a removal and an addition (nothing says the two names are one widget).
        changes = DefinitionDiff::compare(flow,
            edited(flow, k, [](QJsonObject &s) { s.insert(u"name"_s, u"renamed_widget"_s); }));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].widget, u"renamed_widget"_s);
        QCOMPARE(changes[0].kind, Kind::Added);
        QCOMPARE(changes[1].widget, name);
        QCOMPARE(changes[1].kind, Kind::Removed);

        // A transition leads elsewhere: named by its event.
        if (ordinary < 0)
            return; // (rows of flows with such a widget did it)
        QString event;
        QString next;
        changes = DefinitionDiff::compare(flow, edited(flow, k, [&](QJsonObject &s) {
            QJsonArray transitions = s.value(u"transitions"_s).toArray();
            for (qsizetype t = 0; t < transitions.size(); ++t) {
                QJsonObject transition = transitions.at(t).toObject();
                if (!transition.contains(u"next"_s))
                    continue;
                event = transition.value(u"event"_s).toString();
                next = transition.value(u"next"_s).toString();
                transition.insert(u"next"_s, u"somewhere_else"_s);
                transitions.replace(t, transition);
                break;
            }
            s.insert(u"transitions"_s, transitions);
        }));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].kind, Kind::Changed);
        QCOMPARE(changes[0].paths.size(), 1);
        QCOMPARE(changes[0].paths[0].path, u"transitions."_s + event + u".next"_s);
        QCOMPARE(changes[0].paths[0].before.toString(), next);
        QCOMPARE(changes[0].paths[0].after.toString(), u"somewhere_else"_s);
    }

    void twoTransitionsOfOneEventAreNamedByPosition()
    {
        const auto definition = [](const QString &second) {
            return QJsonObject { { u"states"_s,
                QJsonArray {
                    QJsonObject { { u"name"_s, u"split"_s }, { u"type"_s, u"split-based-on"_s },
                        { u"transitions"_s,
                            QJsonArray {
                                QJsonObject { { u"event"_s, u"match"_s }, { u"next"_s, u"a"_s } },
                                QJsonObject {
                                    { u"event"_s, u"match"_s }, { u"next"_s, second } } } } } } } };
        };
        const QList<WidgetChange> changes
            = DefinitionDiff::compare(definition(u"b"_s), definition(u"c"_s));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].paths.size(), 1);
        QCOMPARE(changes[0].paths[0].path, u"transitions[1].next"_s);
    }

    void whatIsNotADefinition_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("states: []") << u"not JSON"_s;
        QTest::newRow("no states") << QByteArray(R"({"description":"x"})") << u"no \"states\""_s;
        QTest::newRow("an array") << QByteArray("[1,2]") << u"object with a \"states\""_s;
        QTest::newRow("a flow without definition")
            << QByteArray(R"({"sid":"FW00000000000000000000000000000001","revision":3})")
            << u"no \"states\""_s;
    }
    void whatIsNotADefinition()
    {
        QFETCH(QByteArray, text);
        QString why;
        QVERIFY(!DefinitionDiff::definitionOf(text, &why));
        QFETCH(QString, says);
        QVERIFY2(why.contains(says), qPrintable(why));
    }

    void aRevisionResourceIsRead()
    {
        QString why;
        const auto definition = DefinitionDiff::definitionOf(
            R"({"revision":2,"definition":{"states":[{"name":"Trigger","type":"trigger"}]}})",
            &why);
        QVERIFY2(definition, qPrintable(why));
        QCOMPARE(definition->value(u"states"_s).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDefinitionDiff)
#include "tst_definitiondiff.moc"
