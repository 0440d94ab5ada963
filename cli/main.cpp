// lots-cli: the journal from the command line, for scripts, audits and tests.
// Built on lots_core only (no Gui). Exit codes and formats: docs/cli.md.
//
// The passcode never comes from argv: it is read from the environment variable
// LOTS_PASSCODE (removed from the environment once read) or from the first line of
// standard input, byte by byte into locked memory (no stdio buffer, no QString).
#include "crypto/secure_bytes.h"
#include "crypto/vault.h"
#include "domain/case_service.h"
#include "journal/journal.h"
#include "store/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringList>

#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <termios.h>
#include <unistd.h>

using namespace lots;
using namespace Qt::StringLiterals;

namespace {

enum Exit {
    ExitOk = 0,
    ExitUsage = 1,
    ExitLocked = 2, // wrong passcode, throttled, no passcode given
    ExitStore = 3,  // the store cannot be opened or written: damaged, missing, I/O...
    ExitVerifyFailed = 4,
    ExitBadInput = 5, // bad JSON, unknown case or event, passcode policy
    ExitState = 6,    // not set up (or, for init, already set up)
    ExitWiped = 7,    // the data was destroyed after too many wrong passcodes
};

QString tr(const char *text) {
    return QCoreApplication::translate("lots-cli", text);
}

void printJson(const QJsonObject &object) {
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(int code, const QString &message) {
    const QByteArray bytes = (u"lots-cli: "_s + message + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return code;
}

const char *const Usage = R"(Usage: lots-cli [--data-dir DIR] COMMAND

Commands:
  init --role ROLE --device-name NAME   set up a new data directory
  case new [--reference REF]            open a case; prints {"caseId": ...}
  case list [--limit N] [--offset N]    cases, newest change first
  event add                             append one event read as JSON from stdin:
                                        {"caseId", "type", "payload", "amends"?, "position"?}
  export                                all events and devices as JSON
  verify                                check every hash chain and signature
  passcode change                       new passcode from LOTS_NEW_PASSCODE or the
                                        second line of stdin

The passcode is read from LOTS_PASSCODE or the first line of stdin (for "event add"
only from LOTS_PASSCODE). DIR defaults to LOTS_DATA_DIR, else the app's data folder.
Roles: police, health-care, social-services, prosecutor, migration-agency,
regional-coordinator, other. Exit codes: see docs/cli.md.
)";

int usage(const QString &problem = {}) {
    if (!problem.isEmpty())
        fail(ExitUsage, problem);
    std::fputs(Usage, stderr);
    return ExitUsage;
}

// Turns terminal echo off while a passcode is typed (only when stdin is a terminal).
class NoEcho {
public:
    explicit NoEcho(const char *prompt) {
        if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        std::fputs(prompt, stderr);
        std::fflush(stderr);
    }
    ~NoEcho() {
        if (!m_active)
            return;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        std::fputs("\n", stderr);
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

// One line from stdin, read with read(2) one byte at a time into secure memory.
SecureBytes readSecretLine(const char *prompt = "Passcode: ") {
    NoEcho noEcho(prompt);
    constexpr std::size_t Max = 4096;
    SecureBytes buffer(Max);
    std::size_t n = 0;
    while (n < Max) {
        char c = 0;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got <= 0 || c == '\n')
            break;
        buffer.data()[n++] = static_cast<unsigned char>(c);
    }
    if (n > 0 && buffer.data()[n - 1] == '\r')
        --n;
    SecureBytes line(n);
    if (n > 0)
        std::memcpy(line.data(), buffer.data(), n);
    return line; // buffer is wiped on destruction
}

SecureBytes secretFromEnv(const char *name) {
    QByteArray value = qgetenv(name);
    qunsetenv(name);
    return SecureBytes::takeFrom(value);
}

SecureBytes readPasscode(bool allowStdin) {
    SecureBytes fromEnv = secretFromEnv("LOTS_PASSCODE");
    if (!fromEnv.isEmpty() || !allowStdin)
        return fromEnv;
    return readSecretLine();
}

QString hex(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toHex());
}

QJsonObject eventJson(const Event &e) {
    QJsonObject o;
    o.insert(u"localSeq"_s, QJsonValue(e.localSeq));
    o.insert(u"eventId"_s, e.eventId);
    o.insert(u"caseId"_s, e.caseId.isEmpty() ? QJsonValue() : QJsonValue(e.caseId));
    o.insert(u"deviceId"_s, e.deviceId);
    o.insert(u"deviceSeq"_s, QJsonValue(e.deviceSeq));
    o.insert(u"hlc"_s, QJsonValue(e.hlc.packed()));
    o.insert(u"hlcWallMsecs"_s, QJsonValue(e.hlc.wallMsecs));
    o.insert(u"hlcCounter"_s, QJsonValue(qint64(e.hlc.counter)));
    o.insert(u"type"_s, e.type);
    o.insert(u"payload"_s, e.payloadObject());
    o.insert(u"amends"_s, e.amends.isEmpty() ? QJsonValue() : QJsonValue(e.amends));
    o.insert(u"position"_s, e.position.isEmpty()
                                ? QJsonValue()
                                : QJsonValue(QJsonDocument::fromJson(e.position).object()));
    o.insert(u"prevHash"_s, hex(e.prevHash));
    o.insert(u"hash"_s, hex(e.hash));
    o.insert(u"signature"_s, e.signature.isEmpty() ? QJsonValue() : QJsonValue(hex(e.signature)));
    return o;
}

QJsonObject caseJson(const CaseSummary &c) {
    QJsonObject o;
    o.insert(u"caseId"_s, c.caseId);
    o.insert(u"reference"_s, c.reference);
    o.insert(u"openedAtMsecs"_s, QJsonValue(c.openedAtMsecs));
    o.insert(u"openedByDevice"_s, c.openedByDevice);
    o.insert(u"lastChangeMsecs"_s, QJsonValue(c.lastChangeMsecs));
    o.insert(u"eventCount"_s, c.eventCount);
    return o;
}

QJsonObject verifyJson(const VerifyReport &r) {
    QJsonObject o;
    o.insert(u"ok"_s, r.ok);
    o.insert(u"eventsChecked"_s, QJsonValue(r.eventsChecked));
    o.insert(u"signaturesChecked"_s, QJsonValue(r.signaturesChecked));
    if (!r.ok) {
        o.insert(u"firstBadEventId"_s, r.firstBadEventId);
        o.insert(u"firstBadLocalSeq"_s, QJsonValue(r.firstBadLocalSeq));
        o.insert(u"reason"_s, r.reason);
    }
    return o;
}

int exitForOutcome(const Session::Outcome &out) {
    if (out.unlock.status == UnlockStatus::Unlocked)
        return ExitStore; // the key was right; the database did not open
    switch (out.unlock.status) {
    case UnlockStatus::WrongPasscode:
    case UnlockStatus::Throttled:
        return ExitLocked;
    case UnlockStatus::Wiped:
        return ExitWiped;
    case UnlockStatus::NoKeyFile:
        return ExitState;
    default:
        return ExitStore;
    }
}

int checkUnlockable(const DataDir &dir) {
    switch (dir.status()) {
    case DataDirStatus::NeedsSetup:
        return fail(ExitState, tr("%1 is not set up. Run: lots-cli init").arg(dir.path));
    case DataDirStatus::Wiped:
        return fail(ExitWiped,
                    tr("The data in %1 was erased after too many wrong passcodes.").arg(dir.path));
    default:
        return ExitOk;
    }
}

// Unlocks the data dir with the given passcode or prints why not; *code is set on failure.
std::unique_ptr<Session> openWith(const DataDir &dir, const SecureBytes &passcode, int *code) {
    if ((*code = checkUnlockable(dir)) != ExitOk)
        return nullptr;
    if (passcode.isEmpty()) {
        *code = fail(ExitLocked, tr("No passcode: set LOTS_PASSCODE or give it on the first "
                                    "line of standard input (for \"event add\": LOTS_PASSCODE)."));
        return nullptr;
    }
    Session::Outcome out = Session::unlock(dir, passcode);
    if (!out.session) {
        *code = fail(exitForOutcome(out),
                     out.message.isEmpty() ? describe(out.storeError) : out.message);
        return nullptr;
    }
    return std::move(out.session);
}

// Reads the passcode (env, else stdin when allowed) and unlocks.
std::unique_ptr<Session> open(const DataDir &dir, bool passcodeFromStdin, int *code) {
    if ((*code = checkUnlockable(dir)) != ExitOk)
        return nullptr;
    const SecureBytes passcode = readPasscode(passcodeFromStdin);
    return openWith(dir, passcode, code);
}

// Takes "--name value" or "--name=value" from args; returns false when the option is
// present without a value.
bool takeOption(QStringList &args, const QString &name, QString *value) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == name) {
            if (i + 1 >= args.size())
                return false;
            *value = args.at(i + 1);
            args.remove(i, 2);
            return true;
        }
        if (a.startsWith(name + u'=')) {
            *value = a.mid(name.size() + 1);
            args.remove(i);
            return true;
        }
    }
    return true;
}

int cmdInit(const DataDir &dir, QStringList args) {
    QString role;
    QString name;
    if (!takeOption(args, u"--role"_s, &role) || !takeOption(args, u"--device-name"_s, &name))
        return usage(tr("An option is missing its value."));
    if (!args.isEmpty())
        return usage(tr("Unknown argument: %1").arg(args.first()));
    if (role.isEmpty() || name.isEmpty())
        return usage(tr("init needs --role and --device-name."));
    const std::optional<Role> r = roleFromKey(role);
    if (!r)
        return usage(tr("Unknown role: %1").arg(role));
    if (dir.status() != DataDirStatus::NeedsSetup)
        return fail(ExitState, tr("%1 is already set up.").arg(dir.path));
    SecureBytes passcode = readPasscode(true);
    const QString policy = checkPasscodePolicy(passcode);
    if (!policy.isEmpty())
        return fail(ExitBadInput, policy);
    SetupRequest request;
    request.role = *r;
    request.deviceName = name;
    request.kdf = KdfParams::standard();
    Session::Outcome out = Session::setup(dir, passcode, request);
    passcode.clear();
    if (!out.session)
        return fail(out.storeError == StoreError::None ? ExitBadInput : ExitStore, out.message);
    QJsonObject o;
    o.insert(u"dataDir"_s, dir.path);
    o.insert(u"deviceId"_s, out.session->device().deviceId);
    o.insert(u"deviceName"_s, out.session->device().name);
    o.insert(u"role"_s, roleKey(out.session->device().role));
    o.insert(u"publicKey"_s, hex(out.session->device().publicKey));
    printJson(o);
    return ExitOk;
}

int cmdCase(const DataDir &dir, QStringList args) {
    if (args.isEmpty())
        return usage(tr("case needs a subcommand: new or list."));
    const QString sub = args.takeFirst();
    if (sub == u"new"_s) {
        QString reference;
        if (!takeOption(args, u"--reference"_s, &reference))
            return usage(tr("An option is missing its value."));
        if (!args.isEmpty())
            return usage(tr("Unknown argument: %1").arg(args.first()));
        int code = 0;
        auto session = open(dir, true, &code);
        if (!session)
            return code;
        const QString id =
            session->cases().openCase(QDateTime::currentMSecsSinceEpoch(), reference);
        printJson(caseJson(*session->cases().get(id)));
        return ExitOk;
    }
    if (sub == u"list"_s) {
        QString limitText;
        QString offsetText;
        if (!takeOption(args, u"--limit"_s, &limitText) ||
            !takeOption(args, u"--offset"_s, &offsetText))
            return usage(tr("An option is missing its value."));
        if (!args.isEmpty())
            return usage(tr("Unknown argument: %1").arg(args.first()));
        bool ok = true;
        const int limit = limitText.isEmpty() ? -1 : limitText.toInt(&ok);
        if (!ok || limit < -1)
            return usage(tr("--limit needs a whole number."));
        const int offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&ok);
        if (!ok || offset < 0)
            return usage(tr("--offset needs a whole number."));
        int code = 0;
        auto session = open(dir, true, &code);
        if (!session)
            return code;
        QJsonArray cases;
        for (const CaseSummary &c : session->cases().list(limit, offset))
            cases.append(caseJson(c));
        QJsonObject o;
        o.insert(u"count"_s, session->cases().count());
        o.insert(u"cases"_s, cases);
        printJson(o);
        return ExitOk;
    }
    return usage(tr("Unknown case subcommand: %1").arg(sub));
}

int cmdEventAdd(const DataDir &dir, const QStringList &args) {
    if (!args.isEmpty())
        return usage(tr("Unknown argument: %1").arg(args.first()));
    int code = checkUnlockable(dir);
    if (code != ExitOk)
        return code;
    // Standard input carries the event, so the passcode comes only from the environment.
    const SecureBytes passcode = readPasscode(false);
    if (passcode.isEmpty())
        return fail(ExitLocked, tr("No passcode: set LOTS_PASSCODE."));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(ExitBadInput, tr("Cannot read standard input."));
    const QByteArray body = in.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ExitBadInput,
                    tr("Standard input is not one JSON object: %1")
                        .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                     : tr("not an object")));
    const QJsonObject o = doc.object();
    NewEvent e;
    const QJsonValue caseId = o.value(u"caseId"_s);
    const QJsonValue type = o.value(u"type"_s);
    const QJsonValue payload = o.value(u"payload"_s);
    const QJsonValue amends = o.value(u"amends"_s);
    const QJsonValue position = o.value(u"position"_s);
    if (!type.isString() || type.toString().isEmpty())
        return fail(ExitBadInput, tr("\"type\" must be a non-empty string."));
    if (!(caseId.isUndefined() || caseId.isNull() || caseId.isString()))
        return fail(ExitBadInput, tr("\"caseId\" must be a string or null."));
    if (!(payload.isUndefined() || payload.isObject()))
        return fail(ExitBadInput, tr("\"payload\" must be a JSON object."));
    if (!(amends.isUndefined() || amends.isNull() || amends.isString()))
        return fail(ExitBadInput, tr("\"amends\" must be an event id (a string)."));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        static const QStringList known = {u"caseId"_s, u"type"_s, u"payload"_s, u"amends"_s,
                                          u"position"_s};
        if (!known.contains(it.key()))
            return fail(ExitBadInput, tr("Unknown field: \"%1\".").arg(it.key()));
    }
    e.caseId = caseId.toString();
    e.type = type.toString();
    e.payload = payload.toObject();
    e.amends = amends.toString();
    if (!(position.isUndefined() || position.isNull())) {
        e.position = position.isObject() ? Position::fromJson(position.toObject()) : std::nullopt;
        if (!e.position)
            return fail(ExitBadInput,
                        tr("\"position\" needs latitude (-90..90) and longitude (-180..180)."));
    }

    auto session = openWith(dir, passcode, &code);
    if (!session)
        return code;
    if (!e.caseId.isEmpty() && e.type != u"case.opened"_s && !session->cases().get(e.caseId))
        return fail(ExitBadInput, tr("There is no case %1.").arg(e.caseId));
    if (!e.amends.isEmpty()) {
        const std::optional<Event> amended = session->journal().event(e.amends);
        if (!amended)
            return fail(ExitBadInput, tr("There is no event %1 to amend.").arg(e.amends));
        if (amended->caseId != e.caseId)
            return fail(ExitBadInput, tr("Event %1 belongs to another case.").arg(e.amends));
    }
    try {
        printJson(eventJson(session->journal().append(e)));
    } catch (const std::invalid_argument &) {
        return fail(ExitBadInput, tr("The payload holds a number that JSON cannot represent."));
    }
    return ExitOk;
}

int cmdExport(const DataDir &dir, const QStringList &args) {
    if (!args.isEmpty())
        return usage(tr("Unknown argument: %1").arg(args.first()));
    int code = 0;
    auto session = open(dir, true, &code);
    if (!session)
        return code;
    QJsonArray events;
    for (const Event &e : session->journal().allEvents())
        events.append(eventJson(e));
    QJsonObject o;
    o.insert(u"format"_s, u"lots-journal-export"_s);
    o.insert(u"formatVersion"_s, 1);
    o.insert(u"deviceId"_s, session->device().deviceId);
    o.insert(u"publicKey"_s, hex(session->device().publicKey));
    o.insert(u"events"_s, events);
    printJson(o);
    return ExitOk;
}

int cmdVerify(const DataDir &dir, const QStringList &args) {
    if (!args.isEmpty())
        return usage(tr("Unknown argument: %1").arg(args.first()));
    int code = 0;
    auto session = open(dir, true, &code);
    if (!session)
        return code;
    const VerifyReport report = session->journal().verify();
    printJson(verifyJson(report));
    if (!report.ok)
        return fail(ExitVerifyFailed, tr("Verification failed at event %1 (local sequence %2): %3")
                                          .arg(report.firstBadEventId)
                                          .arg(report.firstBadLocalSeq)
                                          .arg(report.reason));
    return ExitOk;
}

int cmdPasscode(const DataDir &dir, QStringList args) {
    if (args.isEmpty() || args.takeFirst() != u"change"_s)
        return usage(tr("passcode needs a subcommand: change."));
    if (!args.isEmpty())
        return usage(tr("Unknown argument: %1").arg(args.first()));
    int code = checkUnlockable(dir);
    if (code != ExitOk)
        return code;
    SecureBytes oldPasscode = readPasscode(true);
    SecureBytes newPasscode = secretFromEnv("LOTS_NEW_PASSCODE");
    if (newPasscode.isEmpty())
        newPasscode = readSecretLine("New passcode: ");
    if (oldPasscode.isEmpty())
        return fail(ExitLocked, tr("No passcode: set LOTS_PASSCODE or give it on the first line "
                                   "of standard input."));
    if (newPasscode.isEmpty())
        return fail(ExitBadInput, tr("No new passcode: set LOTS_NEW_PASSCODE or give it on the "
                                     "second line of standard input."));
    const QString policy = checkPasscodePolicy(newPasscode);
    if (!policy.isEmpty())
        return fail(ExitBadInput, policy);
    // Unlock with the old passcode (this also checks the database), then re-wrap.
    auto session = openWith(dir, oldPasscode, &code);
    if (!session)
        return code;
    const UnlockResult r = session->changePasscode(oldPasscode, newPasscode, KdfParams::standard());
    if (r.status != UnlockStatus::Unlocked)
        return fail(r.status == UnlockStatus::Wiped ? ExitWiped : ExitLocked, r.message);
    QJsonObject o;
    o.insert(u"passcodeChanged"_s, true);
    printJson(o);
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Lots"_s);
    QCoreApplication::setApplicationName(u"Lots"_s);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dataDir;
    if (!takeOption(args, u"--data-dir"_s, &dataDir))
        return usage(tr("--data-dir needs a directory."));
    if (args.isEmpty() || args.first() == u"--help"_s || args.first() == u"-h"_s ||
        args.first() == u"help"_s) {
        std::fputs(Usage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (dataDir.isEmpty())
        dataDir = qEnvironmentVariable("LOTS_DATA_DIR");
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const DataDir dir{QDir(dataDir).absolutePath()};

    const QString command = args.takeFirst();
    try {
        if (command == u"init"_s)
            return cmdInit(dir, args);
        if (command == u"case"_s)
            return cmdCase(dir, args);
        if (command == u"event"_s) {
            if (args.isEmpty() || args.takeFirst() != u"add"_s)
                return usage(tr("event needs a subcommand: add."));
            return cmdEventAdd(dir, args);
        }
        if (command == u"export"_s)
            return cmdExport(dir, args);
        if (command == u"verify"_s)
            return cmdVerify(dir, args);
        if (command == u"passcode"_s)
            return cmdPasscode(dir, args);
    } catch (const StoreException &e) {
        return fail(ExitStore, describe(e.code()) + u" ("_s + QString::fromUtf8(e.what()) + u')');
    }
    return usage(tr("Unknown command: %1").arg(command));
}
