#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace flowscope::languages {

namespace {

// "pt_BR.UTF-8@euro" → "pt_BR": the encoding and the modifier say nothing of the language.
QString bare(QString name)
{
    name = name.trimmed();
    if (const qsizetype at = name.indexOf(u'@'); at >= 0)
        name.truncate(at);
    if (const qsizetype dot = name.indexOf(u'.'); dot >= 0)
        name.truncate(dot);
    return name.replace(u'-', u'_');
}

// The translation for one of the user's names, or an empty string. Portuguese is Brazilian
// Portuguese whatever the country (a Lisbon colleague reads it far better than English); the
// others by language alone.
QString translationFor(const QString &name)
{
    const QString language = name.section(u'_', 0, 0).toLower();
    if (language == u"pt"_s)
        return u"pt_BR"_s;
    const QStringList all = available();
    return all.contains(language) ? language : QString();
}

bool isEnglish(const QString &name)
{
    return name == u"C"_s || name == u"POSIX"_s || name.section(u'_', 0, 0).toLower() == u"en"_s;
}

} // namespace

QStringList available()
{
    return { u"de"_s, u"es"_s, u"fr"_s, u"pt_BR"_s, u"ja"_s };
}

QString choose(const QHash<QString, QString> &environment)
{
    QString locale;
    for (const QString &variable : { u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s }) {
        locale = bare(environment.value(variable));
        if (!locale.isEmpty())
            break;
    }
    // gettext: under the C locale LANGUAGE is not read, and the messages are English.
    if (locale.isEmpty() || locale == u"C"_s || locale == u"POSIX"_s)
        return {};
    QStringList wanted = environment.value(u"LANGUAGE"_s).split(u':', Qt::SkipEmptyParts);
    wanted << locale;
    for (const QString &name : std::as_const(wanted)) {
        const QString clean = bare(name);
        if (isEnglish(clean))
            return {}; // English asked for before any translation FlowScope has
        if (QString found = translationFor(clean); !found.isEmpty())
            return found;
    }
    return {};
}

QString chosen()
{
    QHash<QString, QString> environment;
    for (const QString &variable : { u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s })
        environment.insert(variable, qEnvironmentVariable(variable.toLatin1().constData()));
    const QString forced = bare(qEnvironmentVariable("FLOWSCOPE_LANGUAGE"));
    if (!forced.isEmpty()) {
        if (isEnglish(forced))
            return {};
        if (QString found = translationFor(forced); !found.isEmpty())
            return found;
    }
    return choose(environment);
}

QString install()
{
    // The translators this installed before: a second call replaces them (a test switches
    // languages; a window could).
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &translator : std::as_const(installed)) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed.clear();
    QCoreApplication *app = QCoreApplication::instance();
    QString language = chosen();
    if (!app || language.isEmpty())
        return {};
    auto *own = new QTranslator(app);
    if (!own->load(u":/i18n/flowscope_"_s + language)) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    installed << own;
    // Qt's own: standard buttons, dialogs, the command-line parser's errors. Debian ships them
    // in qt6-translations-l10n; without them Qt's few words stay English.
    auto *qt = new QTranslator(app);
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed << qt;
    } else {
        delete qt;
    }
    return language;
}

} // namespace flowscope::languages
