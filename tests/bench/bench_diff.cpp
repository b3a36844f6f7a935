// What a publish changed, at Studio's limit of 1,000 widgets: two definitions (a realistic body,
// URL and offset on each widget, three or four transitions) compared from their JSON text — as
// `flowscope diff` reads two files — with 5 % moved, 2 % changed, 1 % removed and 10 added.
// Budget: 20 ms. --quick: 200 widgets.

#include "benchutil.h"
#include "diagram/definitiondiff.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace flowscope;

namespace {

QJsonObject widget(int n, int widgets)
{
    QJsonArray transitions;
    if (n + 1 < widgets)
        transitions.append(
            QJsonObject { { u"event"_s, u"success"_s }, { u"next"_s, u"widget_%1"_s.arg(n + 1) } });
    transitions.append(QJsonObject {
        { u"event"_s, u"failed"_s }, { u"next"_s, u"widget_%1"_s.arg((n * 7) % widgets) } });
    transitions.append(QJsonObject { { u"event"_s, u"timeout"_s } });
    return QJsonObject { { u"name"_s, u"widget_%1"_s.arg(n) },
        { u"type"_s, n % 3 ? u"send-message"_s : u"make-http-request"_s },
        { u"transitions"_s, transitions },
        { u"properties"_s,
            QJsonObject {
                { u"offset"_s,
                    QJsonObject { { u"x"_s, (n % 25) * 320 }, { u"y"_s, (n / 25) * 240 } } },
                { u"body"_s,
                    u"Hi {{contact.channel.address}}, your order %1 is on its way. Reply STOP "
                    "to stop."_s.arg(n) },
                { u"url"_s, u"https://api.example.com/orders/{{flow.data.order}}/%1"_s.arg(n) },
                { u"from"_s, u"{{flow.channel.address}}"_s } } } };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int widgets = bench::quick() ? 200 : 1000;
    QJsonArray before;
    QJsonArray after;
    for (int n = 0; n < widgets; ++n) {
        QJsonObject w = widget(n, widgets);
        before.append(w);
        if (n % 100 == 50)
            continue; // removed
        QJsonObject p = w.value(u"properties"_s).toObject();
        if (n % 20 == 3) { // moved
            QJsonObject offset = p.value(u"offset"_s).toObject();
            offset.insert(u"x"_s, offset.value(u"x"_s).toInt() + 40);
            p.insert(u"offset"_s, offset);
        }
        if (n % 50 == 7) // changed
            p.insert(u"body"_s, u"Your order is delayed."_s);
        w.insert(u"properties"_s, p);
        after.append(w);
    }
    for (int n = 0; n < 10; ++n)
        after.append(widget(widgets + n, widgets + 10));
    const QByteArray a = QJsonDocument(QJsonObject { { u"states"_s, before } }).toJson();
    const QByteArray b = QJsonDocument(QJsonObject { { u"states"_s, after } }).toJson();

    QList<double> times;
    qsizetype changes = 0;
    for (int run = 0; run < 9; ++run) {
        QElapsedTimer clock;
        clock.start();
        QString why;
        const auto x = DefinitionDiff::definitionOf(a, &why);
        const auto y = DefinitionDiff::definitionOf(b, &why);
        if (!x || !y)
            return 1;
        changes = DefinitionDiff::compare(*x, *y).size();
        times << double(clock.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    const QByteArray note = QByteArray::number(widgets) + " widgets, " + QByteArray::number(changes)
        + " changes, " + QByteArray::number(a.size() / 1024) + " KB each; from the text";
    bench::report("diff_definitions_median", times[times.size() / 2], "ms", note.constData());
    bench::report("diff_definitions_max", times.last(), "ms");
    const qsizetype expected = widgets / 20 + widgets / 50 + widgets / 100 + 10;
    if (changes < expected - widgets / 100 || changes > expected) {
        std::fprintf(stderr, "expected about %lld changes, found %lld\n",
            static_cast<long long>(expected), static_cast<long long>(changes));
        return 1;
    }
    if (!bench::quick() && times[times.size() / 2] > 20) {
        std::fprintf(stderr, "over budget: %.1f ms (budget 20 ms)\n", times[times.size() / 2]);
        return 1;
    }
    return 0;
}
