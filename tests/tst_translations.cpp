// The five languages: every string of today's sources translated (lupdate reads them again, then
// lrelease counts), each translation keeping its source's placeholders and accelerator, the
// language chosen from the locale as gettext chooses it, the command line's help and errors in
// each language, and what programs read byte for byte the same whatever the language.

#include "support/clitest.h"
#include "util/languages.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

const QStringList kLanguages = { u"de"_s, u"es"_s, u"fr"_s, u"pt_BR"_s, u"ja"_s };

QString tsPath(const QString &language)
{
    return QStringLiteral(FLOWSCOPE_SOURCE_DIR "/resources/translations/flowscope_") + language
        + u".ts"_s;
}

// The locale a person of that language has.
QString localeOf(const QString &language)
{
    static const QHash<QString, QString> locales { { u"de"_s, u"de_DE.UTF-8"_s },
        { u"es"_s, u"es_ES.UTF-8"_s }, { u"fr"_s, u"fr_FR.UTF-8"_s },
        { u"pt_BR"_s, u"pt_BR.UTF-8"_s }, { u"ja"_s, u"ja_JP.UTF-8"_s } };
    return locales.value(language);
}

// %1…%99 and %n (with or without L), each once: what a translation must keep.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << u'%' + it.next().captured(1);
    found.removeDuplicates();
    found.sort();
    return found;
}

// An accelerator: a single & before a letter (&& is a literal ampersand).
bool hasAccelerator(const QString &text)
{
    return QString(text).remove(u"&&"_s).contains(QRegularExpression(u"&\\w"_s));
}

// Terminal columns, counted independently of the program's own count: Han, kana and the
// full-width forms take two.
int terminalColumns(const QString &line)
{
    int n = 0;
    for (const char32_t c : line.toUcs4()) {
        const QChar::Script script = QChar::script(c);
        const bool wide = script == QChar::Script_Han || script == QChar::Script_Hiragana
            || script == QChar::Script_Katakana || (c >= 0x3000 && c <= 0x303E)
            || (c >= 0xFF01 && c <= 0xFF60);
        n += wide ? 2 : 1;
    }
    return n;
}

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool finished = true;
};

// The text of the element the reader is at, to its end: a <byte value="xd"/> is that character
// (lupdate writes control characters so), a <numerusform> starts another plural form.
QStringList readText(QXmlStreamReader &xml)
{
    const QString element = xml.name().toString();
    QStringList forms { QString() };
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == element)
            break;
        if (xml.isCharacters() && !xml.isWhitespace()) {
            forms.last() += xml.text();
        } else if (xml.isStartElement() && xml.name() == u"byte"_s) {
            forms.last() += QChar(xml.attributes().value(u"value"_s).mid(1).toUInt(nullptr, 16));
        } else if (xml.isStartElement() && xml.name() == u"numerusform"_s) {
            if (numerus)
                forms << QString();
            numerus = true;
        }
    }
    return forms;
}

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            message = Message { context, {}, {}, true };
        } else if (name == u"source"_s) {
            message.source = readText(xml).constFirst();
        } else if (name == u"translation"_s) {
            message.finished = xml.attributes().value(u"type"_s).isEmpty();
            message.translations = readText(xml);
            out << message;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s at line %lld", qPrintable(path), qPrintable(xml.errorString()),
            xml.lineNumber());
    return out;
}

} // namespace

class TestTranslations : public CliTest
{
    Q_OBJECT

    // The sandbox's account in a language: LANG set, nothing that would win over it.
    QProcessEnvironment inLocale(const QString &locale) const
    {
        QProcessEnvironment env = environment();
        for (const QString &key :
            { u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s, u"FLOWSCOPE_LANGUAGE"_s })
            env.remove(key);
        env.insert(u"LANG"_s, locale);
        return env;
    }

private Q_SLOTS:
    void init() { startSandbox(300); }

    void languageFromTheLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("lcMessages");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing set")
            << QString() << QString() << QString() << QString() << QString();
        QTest::newRow("German LANG")
            << QString() << QString() << QString() << u"de_DE.UTF-8"_s << u"de"_s;
        QTest::newRow("Austrian German")
            << QString() << QString() << QString() << u"de_AT.UTF-8@euro"_s << u"de"_s;
        QTest::newRow("Brazil") << QString() << QString() << QString() << u"pt_BR.UTF-8"_s
                                << u"pt_BR"_s;
        QTest::newRow("Lisbon reads Brazilian Portuguese")
            << QString() << QString() << QString() << u"pt_PT.UTF-8"_s << u"pt_BR"_s;
        QTest::newRow("Osaka") << QString() << QString() << QString() << u"ja_JP.UTF-8"_s
                               << u"ja"_s;
        QTest::newRow("LC_MESSAGES wins over LANG")
            << QString() << QString() << u"fr_FR.UTF-8"_s << u"de_DE.UTF-8"_s << u"fr"_s;
        QTest::newRow("LC_ALL wins over both")
            << QString() << u"es_ES.UTF-8"_s << u"fr_FR.UTF-8"_s << u"de_DE.UTF-8"_s << u"es"_s;
        QTest::newRow("LANGUAGE's list first")
            << u"it:ja:de"_s << QString() << QString() << u"de_DE.UTF-8"_s << u"ja"_s;
        QTest::newRow("LANGUAGE's English stops the list")
            << u"en_GB:de"_s << QString() << QString() << u"de_DE.UTF-8"_s << QString();
        QTest::newRow("C locale: LANGUAGE not read")
            << u"de"_s << u"C"_s << QString() << u"de_DE.UTF-8"_s << QString();
        QTest::newRow("C.UTF-8 is C")
            << u"de"_s << u"C.UTF-8"_s << QString() << QString() << QString();
        QTest::newRow("a language FlowScope lacks")
            << QString() << QString() << QString() << u"it_IT.UTF-8"_s << QString();
        QTest::newRow("lacking one, then one it has")
            << u"it:fr"_s << QString() << QString() << u"it_IT.UTF-8"_s << u"fr"_s;
    }

    void languageFromTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, lcAll);
        QFETCH(QString, lcMessages);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        const QHash<QString, QString> env { { u"LANGUAGE"_s, language }, { u"LC_ALL"_s, lcAll },
            { u"LC_MESSAGES"_s, lcMessages }, { u"LANG"_s, lang } };
        QCOMPARE(flowscope::languages::choose(env), expected);
    }

    // lupdate reads today's sources into a copy of each .ts: a string added without its five
    // translations comes in unfinished, and lrelease says so.
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        const QString copy = m_dir.filePath(u"flowscope_"_s + language + u".ts"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString root = QStringLiteral(FLOWSCOPE_SOURCE_DIR);
        const Run update = runProcess(QStringLiteral(FLOWSCOPE_LUPDATE),
            { u"-locations"_s, u"none"_s, u"-no-obsolete"_s, root + u"/app"_s, root + u"/models"_s,
                root + u"/ui"_s, u"-ts"_s, copy },
            QProcessEnvironment::systemEnvironment(), 120000);
        QVERIFY2(update.exitCode == 0, update.err.constData());
        const Run release = runProcess(QStringLiteral(FLOWSCOPE_LRELEASE),
            { copy, u"-qm"_s, m_dir.filePath(language + u".qm"_s) },
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(release.exitCode == 0, release.err.constData());
        const QRegularExpressionMatch counts
            = QRegularExpression(u"Generated (\\d+) translation\\(s\\) \\((\\d+) finished and "
                                 u"(\\d+) unfinished\\)"_s)
                  .match(QString::fromUtf8(release.out + release.err));
        QVERIFY2(counts.hasMatch(), QByteArray(release.out + release.err).constData());
        QCOMPARE(counts.captured(3).toInt(), 0);
        // A string with no translation at all is not "unfinished" to lrelease but "ignored".
        QVERIFY2(!release.out.contains("untranslated") && !release.err.contains("untranslated"),
            QByteArray(release.out + release.err).constData());
        QVERIFY2(counts.captured(2).toInt() > 1000, qPrintable(counts.captured(0)));
    }

    // A translation that dropped %2 or the accelerator would show the wrong thing or lose its
    // key: each keeps its source's placeholders (a singular may leave %n out) and accelerator.
    void translationsKeepPlaceholdersAndAccelerators_data() { everyStringIsTranslated_data(); }

    void translationsKeepPlaceholdersAndAccelerators()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));
        QStringList wrong;
        for (const Message &m : messages) {
            const QStringList want = placeholders(m.source);
            for (qsizetype k = 0; k < m.translations.size(); ++k) {
                const QString &t = m.translations[k];
                QStringList have = placeholders(t);
                QStringList wanted = want;
                if (k == 0 && m.translations.size() > 1) { // "one …" need not say %n
                    have.removeAll(u"%n"_s);
                    wanted.removeAll(u"%n"_s);
                }
                if (!m.finished || (t.isEmpty() && !m.source.isEmpty()))
                    wrong << u"unfinished: "_s + m.source;
                else if (have != wanted)
                    wrong << u"%1: %2 → %3"_s.arg(m.source, want.join(u','), have.join(u','));
                else if (hasAccelerator(m.source) != hasAccelerator(t))
                    wrong << u"accelerator: %1 → %2"_s.arg(m.source, t);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // The help and the errors in each language: not English, and the help still fits a
    // 100-column terminal (Japanese takes two columns a character and has no spaces to break at).
    void helpAndErrorsInEachLanguage_data() { everyStringIsTranslated_data(); }

    void helpAndErrorsInEachLanguage()
    {
        QFETCH(QString, language);
        const QProcessEnvironment english = inLocale(u"C.UTF-8"_s);
        const QProcessEnvironment local = inLocale(localeOf(language));
        const QList<QStringList> commands { { u"--help"_s }, { u"executions"_s, u"--help"_s },
            { u"search"_s, u"--help"_s }, { u"archive"_s, u"--help"_s } };
        for (const QStringList &command : commands) {
            const Run en = run(command, english);
            const Run l10n = run(command, local);
            QCOMPARE(en.exitCode, 0);
            QCOMPARE(l10n.exitCode, 0);
            QVERIFY2(en.out != l10n.out, qPrintable(command.join(u' ')));
            // The synopsis is the same commands and options whatever the language.
            QVERIFY(l10n.out.contains("--flow"));
            for (const QString &line : QString::fromUtf8(l10n.out).split(u'\n'))
                QVERIFY2(terminalColumns(line) <= 100, qPrintable(line));
        }
        // An error: the same exit code and prefix, said in the language.
        const QStringList bad { u"executions"_s, u"--flow"_s, u"FWnot-a-sid"_s };
        const Run en = run(bad, english);
        const Run l10n = run(bad, local);
        QCOMPARE(en.exitCode, 2);
        QCOMPARE(l10n.exitCode, 2);
        QVERIFY(l10n.err.startsWith("flowscope: "));
        QVERIFY(en.err != l10n.err);
        QVERIFY(l10n.err.contains("FWnot-a-sid"));
        QVERIFY(en.out.isEmpty() && l10n.out.isEmpty());
    }

    // FLOWSCOPE_LANGUAGE chooses one for FlowScope alone; "en" is English in any locale.
    void flowscopeLanguageOverridesTheLocale()
    {
        QProcessEnvironment env = inLocale(u"de_DE.UTF-8"_s);
        const Run german = run({ u"--help"_s }, env);
        env.insert(u"FLOWSCOPE_LANGUAGE"_s, u"en"_s);
        const Run english = run({ u"--help"_s }, env);
        QCOMPARE(english.out, run({ u"--help"_s }, inLocale(u"C.UTF-8"_s)).out);
        env.insert(u"FLOWSCOPE_LANGUAGE"_s, u"fr"_s);
        const Run french = run({ u"--help"_s }, env);
        QVERIFY(german.out != english.out);
        QVERIFY(french.out != english.out && french.out != german.out);
    }

    // What programs read — CSV, JSONL, the reports, the lists — is the same bytes in every
    // language, and so is the exit code.
    void machineOutputIsTheSameInEveryLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString from = u"2026-11-20T00:00:00Z"_s;
        const QString to = u"2026-11-28T00:00:00Z"_s;
        QTest::newRow("flows") << QStringList { u"flows"_s };
        QTest::newRow("flows jsonl") << QStringList { u"flows"_s, u"--format"_s, u"jsonl"_s };
        QTest::newRow("executions csv") << QStringList { u"executions"_s, u"--flow"_s, u"FLOW0"_s,
            u"--from"_s, from, u"--to"_s, to, u"--outcome"_s };
        QTest::newRow("executions local times")
            << QStringList { u"executions"_s, u"--flow"_s, u"FLOW0"_s, u"--from"_s, from, u"--to"_s,
                   to, u"--local-times"_s, u"--format"_s, u"tsv"_s };
        QTest::newRow("executions jsonl") << QStringList { u"executions"_s, u"--flow"_s, u"FLOW1"_s,
            u"--from"_s, from, u"--to"_s, to, u"--format"_s, u"jsonl"_s };
        QTest::newRow("summary by hour") << QStringList { u"summary"_s, u"--flow"_s, u"FLOW0"_s,
            u"--from"_s, from, u"--to"_s, to, u"--by"_s, u"hour"_s, u"--outcomes"_s };
        QTest::newRow("summary by widget") << QStringList { u"summary"_s, u"--flow"_s, u"FLOW2"_s,
            u"--from"_s, from, u"--to"_s, to, u"--by"_s, u"widget"_s, u"--format"_s, u"jsonl"_s };
        QTest::newRow("summary by outcome") << QStringList { u"summary"_s, u"--flow"_s, u"FLOW1"_s,
            u"--from"_s, from, u"--to"_s, to, u"--by"_s, u"outcome"_s };
    }

    void machineOutputIsTheSameInEveryLanguage()
    {
        QFETCH(QStringList, arguments);
        for (QString &a : arguments) {
            if (a.startsWith(u"FLOW"_s))
                a = flowSid(a.mid(4).toInt());
        }
        const Run c = run(arguments, inLocale(u"C"_s));
        QCOMPARE(c.exitCode, 0);
        QVERIFY(c.out.size() > 100);
        for (const QString &language : kLanguages) {
            const Run l10n = run(arguments, inLocale(localeOf(language)));
            QCOMPARE(l10n.exitCode, c.exitCode);
            QVERIFY2(l10n.out == c.out, qPrintable(language));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
