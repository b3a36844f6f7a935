#pragma once

// The language FlowScope speaks: English, German, Spanish, French, Brazilian Portuguese or
// Japanese, chosen from the user's locale as gettext chooses — LANGUAGE's list first (unless the
// locale is C or POSIX, where it is English whatever LANGUAGE says), then LC_ALL, LC_MESSAGES,
// LANG. The translations (.qm, compiled from resources/translations/*.ts) are in the resources;
// Qt's own (its standard buttons and dialogs, QCommandLineParser's errors) come from Qt's
// translations folder. What machines read is never translated, so this never changes an output
// a program reads.

#include <QHash>
#include <QString>
#include <QStringList>

namespace flowscope::languages {

// The languages FlowScope has translations for, as Qt names them ("de", "pt_BR", …).
QStringList available();

// The one FlowScope speaks in an environment of these variables (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG): one of available(), or an empty string for English.
QString choose(const QHash<QString, QString> &environment);

// The same, from the process's environment.
QString chosen();

// Installs the chosen language's translators (FlowScope's and Qt's) on the application, which
// must exist — replacing those an earlier call installed — and returns the language (empty for
// English). FLOWSCOPE_LANGUAGE overrides the locale's choice ("en" for English), for a person
// who wants one program in another language.
QString install();

} // namespace flowscope::languages
