#pragma once

// The headless subcommands, `flowscope flows`, `flowscope executions` and `flowscope execution`,
// on QCoreApplication.
// Exit codes: 0 ok · 2 bad usage or input · 3 authentication refused · 4 not found ·
// 5 network or server failure after retries · 6 output could not be written.

#include "api/apierror.h"
#include "api/studioclient.h"
#include "diagram/flowpath.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <optional>

namespace flowscope::cli {

enum ExitCode {
    Ok = 0,
    Usage = 2,
    AuthRefused = 3,
    NotFound = 4,
    NetworkFailure = 5,
    OutputFailed = 6,
    KeychainFailed = 7 // the keychain is not there, locked, or refused: nothing was changed
};

// Origin and credentials as twilio-cli finds them: the environment, else --profile NAME (or the
// profile used last) with its secret from the keychain; --base-url / FLOWSCOPE_BASE_URL for the
// origin. `done` gets them, or nullopt, a sentence and the exit code (2, or 7 when the keychain
// failed) when they are missing or unusable; it is
// called later (a keychain answers asynchronously), and not at all once `context` is gone.
void resolveCommandLineSettings(const QString &profileName, const QString &baseUrl,
    const QProcessEnvironment &env, QObject *context,
    const std::function<void(std::optional<ClientSettings>, const QString &error, int exitCode)>
        &done);

int exitCodeFor(const ApiError &error);

// arguments[0] is the program, arguments[1] the subcommand.
int runFlows(const QStringList &arguments);
int runExecutions(const QStringList &arguments);
int runExecution(const QStringList &arguments); // one execution, its context and steps, as JSON

// Draws an execution's path on its flow to a .png or .svg file (set by main, which links the
// widgets; the commands themselves stay Qt Core).
using DiagramWriter = std::function<bool(
    const FlowDefinition &, const FlowPath &, const QString &file, QString *error)>;
void setDiagramWriter(DiagramWriter writer);
int runEnd(const QStringList &arguments); // end active executions, once each, with an audit
int runSearch(const QStringList &arguments); // a customer across every flow
int runProfiles(const QStringList &arguments); // list, add, remove, use saved profiles
int runSummary(const QStringList &arguments); // counts per time bucket or per outcome

} // namespace flowscope::cli
