// flowscope profiles list|add|remove|use — twilio-cli's profiles:* for FlowScope. The secret goes
// to the OS keychain exactly as the window stores it (KeychainSecretStore, entry
// Profile::secretKey()), the rest to the settings file; a secret is read from standard input or
// a prompt without echo, never from an argument (it would land in shell history and `ps`).

#include "command.h"

#include "accounts/profiles.h"
#include "api/sid.h"
#include "keychain/keychainsecretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace flowscope::cli {

namespace {

class ProfilesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommand)

public:
    CommandSpec spec() const override
    {
        CommandSpec spec;
        spec.program = u"flowscope"_s;
        spec.name = u"profiles"_s;
        spec.summary = tr("saved accounts");
        spec.description = tr(
            "Saved accounts, as twilio-cli's profiles: the secret in the OS keychain (service "
            "flowscope), the rest in the settings file. add reads the secret (the Auth Token, or "
            "the API key's secret with --api-key) from standard input when it is not a terminal, "
            "else asks for it without echo — never from an argument; without a keychain that "
            "answers, or with it locked, nothing is written and the exit status is 7. list shows "
            "each profile's account, region, edge, origin and whether its secret is in the "
            "keychain, never the secret. remove deletes the keychain entry, then the profile. use "
            "makes a profile the one the window and the commands open by default.");
        spec.usages = {
            { u"list"_s, { u"format"_s } },
            { u"add NAME"_s,
                { u"account-sid"_s, u"api-key"_s, u"region"_s, u"edge"_s, u"base-url"_s,
                    u"force"_s } },
            { u"remove NAME"_s, {} },
            { u"use NAME"_s, {} },
        };
        spec.options = {
            { { u"format"_s }, u"tsv|jsonl"_s, tr("list: tsv (default) or jsonl."), {}, u"tsv"_s },
            { { u"account-sid"_s }, u"AC…"_s, tr("add: the Account SID (AC…). Required."), {}, {},
                OptionSpec::Required },
            { { u"api-key"_s }, u"SK…"_s,
                tr("add: sign in with this API key (SK…); the secret read is then its secret."), {},
                {} },
            { { u"region"_s }, u"R"_s, tr("add: Twilio region, e.g. ie1."), {}, {} },
            { { u"edge"_s }, u"E"_s, tr("add: Twilio edge, e.g. dublin."), {}, {} },
            { { u"base-url"_s }, u"URL"_s,
                tr("add: another API origin (a sandbox; http only for loopback)."), {}, {} },
            { { u"force"_s }, {}, tr("add: replace a profile of that name."), {}, {} },
            { { u"h"_s, u"help"_s }, {}, tr("Show this help."), {}, {}, OptionSpec::Hidden },
        };
        return spec;
    }

    int run(const QStringList &arguments) override
    {
        int exitCode = Ok;
        const auto args = Arguments::parse(spec(), arguments, &exitCode, -1);
        if (!args)
            return exitCode;
        const QStringList positional = args->positional();
        if (positional.isEmpty())
            return usage();
        const QString &action = positional.first();
        // Options of one action given to another are refused, not ignored.
        const bool addOptions = args->isSet(u"account-sid"_s) || args->isSet(u"api-key"_s)
            || args->isSet(u"region"_s) || args->isSet(u"edge"_s) || args->isSet(u"base-url"_s)
            || args->isSet(u"force"_s);
        if ((action != u"add"_s && addOptions)
            || (action != u"list"_s && args->isSet(u"format"_s))) {
            printError(tr("that option is not one of profiles %1 (see --help)").arg(action));
            return Usage;
        }
        if (action == u"list"_s) {
            if (positional.size() != 1) {
                printError(tr("profiles list takes no name"));
                return Usage;
            }
            return list(args->value(u"format"_s));
        }
        if (action != u"add"_s && action != u"remove"_s && action != u"use"_s) {
            printError(
                tr("unknown action '%1' of profiles: the actions are list, add, remove and use")
                    .arg(action));
            return Usage;
        }
        if (positional.size() != 2) {
            printError(tr("profiles %1 takes one profile name").arg(action));
            return Usage;
        }
        const QString &name = positional[1];
        if (action == u"use"_s)
            return use(name);
        if (action == u"remove"_s)
            return remove(name);
        return add(name, *args);
    }

private:
    int usage() const
    {
        QStringList usages;
        for (const QString &line : spec().usageLines())
            usages << line.mid(u"flowscope profiles "_s.size());
        printError(tr("say what to do: profiles %1").arg(usages.join(u" | "_s)));
        return Usage;
    }

    static int list(const QString &format)
    {
        const bool jsonl = format == u"jsonl"_s;
        if (!jsonl && format != u"tsv"_s) {
            printError(tr("--format must be tsv or jsonl"));
            return Usage;
        }
        ProfileStore store;
        const QList<Profile> profiles = store.profiles();
        KeychainSecretStore keychain;
        QStringList states; // one per profile, in order
        std::function<void()> next; // outlives every lookup: runLoop returns after the last
        return runLoop([&](QObject &, const Finish &finish) {
            // Each profile's secret looked up in turn (never printed: only whether it is there).
            next = [&] {
                if (states.size() == profiles.size()) {
                    print(profiles, states, store.lastUsed(), jsonl);
                    finish(Ok);
                    return;
                }
                keychain.read(profiles[states.size()].secretKey(),
                    [&](SecretStore::Status status, const QString &, const QString &) {
                        states << secretState(status);
                        next();
                    });
            };
            next();
        });
    }

    static QString secretState(SecretStore::Status status)
    {
        using Status = SecretStore::Status;
        switch (status) {
        case Status::Ok: return u"in keychain"_s;
        case Status::NotFound: return u"missing"_s;
        case Status::Unavailable: return u"no keychain"_s;
        case Status::Locked: return u"keychain locked"_s;
        default: return u"keychain error"_s;
        }
    }

    static void print(const QList<Profile> &profiles, const QStringList &states,
        const QString &current, bool jsonl)
    {
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
            const QString auth = p.usesApiKey() ? u"api-key "_s + p.apiKeySid : u"auth-token"_s;
            const QStringList cells { p.name, p.accountSid, auth, p.region, p.edge,
                origin ? origin->toString() : problem, states.at(k),
                p.name == current ? u"yes"_s : u"no"_s };
            if (jsonl) {
                QJsonObject o;
                static const char *keys[] = { "name", "account_sid", "auth", "region", "edge",
                    "origin", "secret", "default" };
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
    }

    static int use(const QString &name)
    {
        ProfileStore store;
        if (!store.find(name)) {
            printError(tr("there is no profile named '%1' (flowscope profiles list)").arg(name));
            return NotFound;
        }
        store.setLastUsed(name);
        std::fprintf(stderr, "%s\n",
            qPrintable(tr("'%1' is now the profile the window and the commands open.").arg(name)));
        return Ok;
    }

    static int remove(const QString &name)
    {
        ProfileStore store;
        const auto profile = store.find(name);
        if (!profile) {
            printError(tr("there is no profile named '%1' (flowscope profiles list)").arg(name));
            return NotFound;
        }
        return runLoop([&](QObject &, const Finish &finish) {
            // The keychain entry first: a profile is removed only with its secret.
            KeychainSecretStore().remove(
                profile->secretKey(), [&](SecretStore::Status status, const QString &why) {
                    if (status != SecretStore::Status::Ok) {
                        printError(
                            keychainProblem(status, why) + tr("; profile '%1' was kept").arg(name));
                        finish(KeychainFailed);
                        return;
                    }
                    store.remove(name);
                    if (store.lastUsed() == name)
                        store.setLastUsed({});
                    std::fprintf(stderr, "%s\n",
                        qPrintable(tr("Removed profile '%1' and its secret.").arg(name)));
                    finish(Ok);
                });
        });
    }

    static int add(const QString &name, const Arguments &args)
    {
        ProfileStore store;
        Profile profile;
        profile.name = name.trimmed();
        profile.accountSid = canonicalSid(args.value(u"account-sid"_s).trimmed(), "AC");
        profile.apiKeySid = canonicalSid(args.value(u"api-key"_s).trimmed(), "SK");
        profile.region = args.value(u"region"_s).trimmed();
        profile.edge = args.value(u"edge"_s).trimmed();
        profile.baseUrl = args.value(u"base-url"_s).trimmed();
        if (profile.accountSid.isEmpty()) {
            printError(tr("--account-sid is required"));
            return Usage;
        }
        QString why;
        if (!profile.isValid(&why)) {
            printError(why);
            return Usage;
        }
        if (store.find(profile.name) && !args.isSet(u"force"_s)) {
            printError(
                tr("a profile named '%1' exists; give --force to replace it").arg(profile.name));
            return Usage;
        }
        const QString secret
            = readSecret(profile.usesApiKey() ? tr("Secret of API key %1").arg(profile.apiKeySid)
                                              : tr("Auth Token of %1").arg(profile.accountSid));
        if (secret.isEmpty()) {
            printError(tr("no secret was given (pipe it on standard input, or type it at the "
                          "prompt); nothing was saved"));
            return Usage;
        }
        return save(store, profile, secret);
    }

    static int save(ProfileStore &store, const Profile &profile, const QString &secret)
    {
        const auto old = store.find(profile.name);
        return runLoop([&](QObject &, const Finish &finish) {
            KeychainSecretStore().write(
                profile.secretKey(), secret, [&](SecretStore::Status status, const QString &error) {
                    if (status != SecretStore::Status::Ok) {
                        printError(keychainProblem(status, error) + tr("; nothing was saved"));
                        finish(KeychainFailed);
                        return;
                    }
                    store.save(profile);
                    if (store.lastUsed().isEmpty())
                        store.setLastUsed(profile.name); // the first profile opens by default
                    const auto done = [&] {
                        std::fprintf(stderr, "%s\n",
                            qPrintable(tr("Saved profile '%1'; its secret is in the keychain.")
                                           .arg(profile.name)));
                        finish(Ok);
                    };
                    // Replaced with another account or key: the old entry goes too.
                    if (old && old->secretKey() != profile.secretKey()) {
                        KeychainSecretStore().remove(old->secretKey(),
                            [done](SecretStore::Status, const QString &) { done(); });
                        return;
                    }
                    done();
                });
        });
    }

    // The secret: standard input's first line when it is not a terminal, else a prompt on the
    // terminal with echo off. Empty when there is none.
    static QString readSecret(const QString &what)
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

    static QString keychainProblem(SecretStore::Status status, const QString &why)
    {
        if (status == SecretStore::Status::Unavailable)
            return tr("no keychain answers (a Secret Service such as GNOME Keyring or KWallet): "
                      "%1")
                .arg(why);
        return status == SecretStore::Status::Locked ? why
                                                     : tr("the keychain refused: %1").arg(why);
    }
};

} // namespace

std::unique_ptr<Command> makeProfilesCommand()
{
    return std::make_unique<ProfilesCommand>();
}

} // namespace flowscope::cli
