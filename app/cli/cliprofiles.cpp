// flowscope profiles list|add|remove|use — twilio-cli's profiles:* for FlowScope. The secret goes
// to the OS keychain exactly as the window stores it (KeychainSecretStore, entry
// Profile::secretKey()), the rest to the settings file; a secret is read from standard input or
// a prompt without echo, never from an argument (it would land in shell history and `ps`).

#include "accounts/profiles.h"
#include "cli.h"
#include "clisupport.h"
#include "keychain/keychainsecretstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

// The secret: standard input's first line when it is not a terminal, else a prompt on the
// terminal with echo off. Empty when there is none.
QString readSecret(const QString &what)
{
    if (::isatty(STDIN_FILENO) != 1) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(in.readLine()).trimmed();
    }
    std::fprintf(stderr, "%s: ", qPrintable(what));
    std::fflush(stderr);
    termios saved {};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char line[4096];
    const bool got = std::fgets(line, sizeof line, stdin) != nullptr;
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return got ? QString::fromUtf8(line).trimmed() : QString();
}

QString keychainProblem(SecretStore::Status status, const QString &why)
{
    if (status == SecretStore::Status::Unavailable)
        return Tr::tr("no keychain answers (a Secret Service such as GNOME Keyring or KWallet): "
                      "%1")
            .arg(why);
    return status == SecretStore::Status::Locked ? why
                                                 : Tr::tr("the keychain refused: %1").arg(why);
}

int usage()
{
    printError(Tr::tr("say what to do: profiles list | add NAME --account-sid AC… [--api-key SK…] "
                      "[--region R] [--edge E] [--base-url URL] | remove NAME | use NAME"));
    return Usage;
}

// ---- list ------------------------------------------------------------------------------------

int list(ProfileStore &store, const QString &format)
{
    const bool jsonl = format == u"jsonl"_s;
    if (!jsonl && format != u"tsv"_s) {
        printError(Tr::tr("--format must be tsv or jsonl"));
        return Usage;
    }
    const QList<Profile> profiles = store.profiles();
    const QString current = store.lastUsed();
    KeychainSecretStore keychain;
    QStringList states; // one per profile, in order
    std::function<void()> next; // outlives every lookup: runLoop returns after the last
    return runLoop([&](QObject &, const Finish &finish) {
        // Each profile's secret looked up in turn (never printed: only whether it is there).
        next = [&] {
            if (states.size() == profiles.size()) {
                QTextStream out(stdout);
                if (!jsonl)
                    out << "name\taccount_sid\tauth\tregion\tedge\torigin\tsecret\tdefault\n";
                for (qsizetype k = 0; k < profiles.size(); ++k) {
                    const Profile &p = profiles[k];
                    QProcessEnvironment env;
                    env.insert(u"TWILIO_REGION"_s, p.region);
                    env.insert(u"TWILIO_EDGE"_s, p.edge);
                    QString problem;
                    const auto origin = ApiOrigin::resolve(p.baseUrl, env, &problem);
                    const QString auth
                        = p.usesApiKey() ? u"api-key "_s + p.apiKeySid : u"auth-token"_s;
                    const QStringList cells { p.name, p.accountSid, auth, p.region, p.edge,
                        origin ? origin->toString() : problem, states.at(k),
                        p.name == current ? u"yes"_s : u"no"_s };
                    if (jsonl) {
                        QJsonObject o;
                        static const char *keys[] = { "name", "account_sid", "auth", "region",
                            "edge", "origin", "secret", "default" };
                        for (int c = 0; c < 8; ++c)
                            o.insert(QLatin1String(keys[c]), cells[c]);
                        o.insert(u"default"_s, p.name == current);
                        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
                    } else {
                        QStringList clean = cells;
                        for (QString &c : clean)
                            c.replace(u'\t', u' ');
                        out << clean.join(u'\t') << '\n';
                    }
                }
                out.flush();
                finish(Ok);
                return;
            }
            keychain.read(profiles[states.size()].secretKey(),
                [&](SecretStore::Status status, const QString &, const QString &) {
                    using Status = SecretStore::Status;
                    states << (status == Status::Ok         ? u"in keychain"_s
                            : status == Status::NotFound    ? u"missing"_s
                            : status == Status::Unavailable ? u"no keychain"_s
                            : status == Status::Locked      ? u"keychain locked"_s
                                                            : u"keychain error"_s);
                    next();
                });
        };
        next();
    });
}

} // namespace

int runProfiles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Saved accounts, as twilio-cli's profiles: the secret in the OS keychain, the rest "
               "in the settings file.\n\n"
               "  flowscope profiles list [--format tsv|jsonl]\n"
               "  flowscope profiles add NAME --account-sid AC… [--api-key SK…] [--region R]\n"
               "                         [--edge E] [--base-url URL] [--force]\n"
               "  flowscope profiles remove NAME\n"
               "  flowscope profiles use NAME\n\n"
               "add reads the secret (the Auth Token, or the API key's secret with --api-key) from "
               "standard input when it is not a terminal, else asks for it without echo."));
    parser.addPositionalArgument(u"action"_s, Tr::tr("list, add, remove or use"));
    parser.addPositionalArgument(u"name"_s, Tr::tr("The profile (add, remove, use)."));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, Tr::tr("Show this help."));
    const QCommandLineOption format(
        u"format"_s, Tr::tr("list: tsv (default) or jsonl."), u"format"_s, u"tsv"_s);
    const QCommandLineOption accountSid(
        u"account-sid"_s, Tr::tr("add: the Account SID (AC…). Required."), u"sid"_s);
    const QCommandLineOption apiKey(u"api-key"_s,
        Tr::tr("add: sign in with this API key (SK…); the secret read is then its secret."),
        u"sid"_s);
    const QCommandLineOption region(u"region"_s, Tr::tr("add: Twilio region, e.g. ie1."), u"r"_s);
    const QCommandLineOption edge(u"edge"_s, Tr::tr("add: Twilio edge, e.g. dublin."), u"e"_s);
    const QCommandLineOption baseUrl(u"base-url"_s,
        Tr::tr("add: another API origin (a sandbox; http only for loopback)."), u"url"_s);
    const QCommandLineOption force(u"force"_s, Tr::tr("add: replace a profile of that name."));
    parser.addOptions({ format, accountSid, apiKey, region, edge, baseUrl, force, help });
    QStringList args = arguments;
    if (args.size() >= 2)
        args.removeAt(1); // "profiles"
    if (!parser.parse(args)) {
        printError(parser.errorText() + Tr::tr(" (see --help)"));
        return Usage;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage();
    const QString action = positional.first();
    ProfileStore store;
    // Options of one action given to another are refused, not ignored.
    const bool addOptions = parser.isSet(accountSid) || parser.isSet(apiKey) || parser.isSet(region)
        || parser.isSet(edge) || parser.isSet(baseUrl) || parser.isSet(force);
    if ((action != u"add"_s && addOptions) || (action != u"list"_s && parser.isSet(format))) {
        printError(Tr::tr("that option is not one of profiles %1 (see --help)").arg(action));
        return Usage;
    }

    if (action == u"list"_s) {
        if (positional.size() != 1) {
            printError(Tr::tr("profiles list takes no name"));
            return Usage;
        }
        return list(store, parser.value(format));
    }

    if (positional.size() != 2) {
        printError(Tr::tr("profiles %1 takes one profile name").arg(action));
        return Usage;
    }
    const QString name = positional[1];

    if (action == u"use"_s) {
        if (!store.find(name)) {
            printError(
                Tr::tr("there is no profile named '%1' (flowscope profiles list)").arg(name));
            return NotFound;
        }
        store.setLastUsed(name);
        std::fprintf(stderr, "%s\n",
            qPrintable(
                Tr::tr("'%1' is now the profile the window and the commands open.").arg(name)));
        return Ok;
    }

    if (action == u"remove"_s) {
        const auto profile = store.find(name);
        if (!profile) {
            printError(
                Tr::tr("there is no profile named '%1' (flowscope profiles list)").arg(name));
            return NotFound;
        }
        return runLoop([&](QObject &, const Finish &finish) {
            // The keychain entry first: a profile is removed only with its secret.
            KeychainSecretStore().remove(
                profile->secretKey(), [&](SecretStore::Status status, const QString &why) {
                    if (status != SecretStore::Status::Ok) {
                        printError(keychainProblem(status, why)
                            + Tr::tr("; profile '%1' was kept").arg(name));
                        finish(KeychainFailed);
                        return;
                    }
                    store.remove(name);
                    if (store.lastUsed() == name)
                        store.setLastUsed({});
                    std::fprintf(stderr, "%s\n",
                        qPrintable(Tr::tr("Removed profile '%1' and its secret.").arg(name)));
                    finish(Ok);
                });
        });
    }

    if (action != u"add"_s) {
        printError(Tr::tr("profiles has no action '%1': list, add, remove or use").arg(action));
        return Usage;
    }
    Profile profile;
    profile.name = name.trimmed();
    profile.accountSid = parser.value(accountSid).trimmed();
    profile.apiKeySid = parser.value(apiKey).trimmed();
    profile.region = parser.value(region).trimmed();
    profile.edge = parser.value(edge).trimmed();
    profile.baseUrl = parser.value(baseUrl).trimmed();
    if (profile.accountSid.isEmpty()) {
        printError(Tr::tr("--account-sid is required"));
        return Usage;
    }
    QString why;
    if (!profile.isValid(&why)) {
        printError(why);
        return Usage;
    }
    if (store.find(profile.name) && !parser.isSet(force)) {
        printError(
            Tr::tr("a profile named '%1' exists; give --force to replace it").arg(profile.name));
        return Usage;
    }
    const QString secret
        = readSecret(profile.usesApiKey() ? Tr::tr("Secret of API key %1").arg(profile.apiKeySid)
                                          : Tr::tr("Auth Token of %1").arg(profile.accountSid));
    if (secret.isEmpty()) {
        printError(Tr::tr("no secret was given (pipe it on standard input, or type it at the "
                          "prompt); nothing was saved"));
        return Usage;
    }
    const auto old = store.find(profile.name);
    return runLoop([&](QObject &, const Finish &finish) {
        KeychainSecretStore().write(
            profile.secretKey(), secret, [&](SecretStore::Status status, const QString &error) {
                if (status != SecretStore::Status::Ok) {
                    printError(keychainProblem(status, error) + Tr::tr("; nothing was saved"));
                    finish(KeychainFailed);
                    return;
                }
                store.save(profile);
                if (store.lastUsed().isEmpty())
                    store.setLastUsed(profile.name); // the first profile opens by default
                const auto done = [&] {
                    std::fprintf(stderr, "%s\n",
                        qPrintable(Tr::tr("Saved profile '%1'; its secret is in the keychain.")
                                       .arg(profile.name)));
                    finish(Ok);
                };
                // Replaced with another account or key: the old entry goes too.
                if (old && old->secretKey() != profile.secretKey()) {
                    KeychainSecretStore().remove(
                        old->secretKey(), [done](SecretStore::Status, const QString &) { done(); });
                    return;
                }
                done();
            });
    });
}

} // namespace flowscope::cli
