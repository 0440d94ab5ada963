#include "store/session.h"

#include "domain/case_list_projection.h"
#include "domain/case_service.h"
#include "journal/device_identity.h"
#include "journal/journal.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lots {

namespace {

struct RoleName {
    Role role;
    const char *key;
};
constexpr RoleName RoleKeys[] = {
    {Role::Police, "police"},
    {Role::HealthCare, "health-care"},
    {Role::SocialServices, "social-services"},
    {Role::Prosecutor, "prosecutor"},
    {Role::MigrationAgency, "migration-agency"},
    {Role::RegionalCoordinator, "regional-coordinator"},
    {Role::Other, "other"},
};

QString tr(const char *text) {
    return QCoreApplication::translate("lots::Session", text);
}

qint64 nowMsecs() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QString roleKey(Role role) {
    for (const RoleName &r : RoleKeys) {
        if (r.role == role)
            return QString::fromLatin1(r.key);
    }
    return u"other"_s;
}

std::optional<Role> roleFromKey(const QString &key) {
    for (const RoleName &r : RoleKeys) {
        if (key == QLatin1String(r.key))
            return r.role;
    }
    return std::nullopt;
}

QString DataDir::keyFile() const {
    return QDir(path).filePath(u"lots.key"_s);
}
QString DataDir::database() const {
    return QDir(path).filePath(u"lots.db"_s);
}

DataDirStatus DataDir::status() const {
    const bool hasKey = QFileInfo::exists(keyFile());
    const bool hasDb = QFileInfo::exists(database());
    if (!hasKey && !hasDb)
        return DataDirStatus::NeedsSetup;
    if (hasKey) {
        Vault vault(keyFile());
        if (vault.isWiped())
            return DataDirStatus::Wiped;
    }
    if (!hasKey || !hasDb)
        return DataDirStatus::Damaged;
    return DataDirStatus::Locked;
}

struct Session::Private {
    DataDir dir;
    // Declaration order = reverse destruction order: the database closes last.
    std::unique_ptr<Database> db;
    std::unique_ptr<DeviceIdentity> identity;
    CaseListProjection caseProjection;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<CaseService> cases;
    DeviceInfo info;

    void start() {
        journal = std::make_unique<Journal>(*db, *identity);
        journal->addProjection(&caseProjection);
        cases = std::make_unique<CaseService>(*db, *journal);
        info.deviceId = identity->deviceId();
        info.name = identity->name();
        info.role = roleFromKey(identity->roleKey()).value_or(Role::Other);
        info.publicKey = identity->publicKey();
    }

    ~Private() {
        // Statements must be finalized before the database closes.
        cases.reset();
        journal.reset();
    }
};

Session::Session()
    : d(std::make_unique<Private>()) {}

Session::~Session() = default;

const DeviceInfo &Session::device() const {
    return d->info;
}
Database &Session::database() {
    return *d->db;
}
Journal &Session::journal() {
    return *d->journal;
}
CaseService &Session::cases() {
    return *d->cases;
}

Session::Outcome Session::setup(const DataDir &dir, const SecureBytes &passcodeUtf8,
                                const SetupRequest &request) {
    Outcome out;
    if (dir.status() != DataDirStatus::NeedsSetup) {
        out.message = tr("This device is already set up. Unlock it with its passcode.");
        return out;
    }
    const QString policy = checkPasscodePolicy(passcodeUtf8);
    if (!policy.isEmpty()) {
        out.message = policy;
        return out;
    }
    const QString name = request.deviceName.trimmed();
    if (name.isEmpty()) {
        out.message = tr("Type a name for this device, for example the name of your unit.");
        return out;
    }
    if (!QDir().mkpath(dir.path)) {
        out.storeError = StoreError::Io;
        out.message = describe(StoreError::Io);
        return out;
    }

    // Undo only what this call created: another setup (a second app instance, lots-cli
    // init) may have created the files since the status check, and those are not ours.
    bool createdDatabase = false;
    auto removeCreatedFiles = [&dir, &createdDatabase] {
        if (createdDatabase) {
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
                QFile::remove(dir.database() + suffix);
        }
        QFile::remove(dir.keyFile()); // only reached after our vault.create() succeeded
    };

    Vault vault(dir.keyFile());
    QString error;
    SecureBytes key = vault.create(passcodeUtf8, request.kdf, &error);
    if (key.isEmpty()) {
        // Nothing of ours was written (Vault::create never overwrites an existing key file).
        out.storeError = StoreError::Io;
        out.message = error.isEmpty() ? describe(StoreError::Io) : error;
        return out;
    }

    std::unique_ptr<Session> session(new Session);
    session->d->dir = dir;
    try {
        session->d->db = Database::open(dir.database(), key, Database::Mode::Create);
        createdDatabase = true;
        key.clear();
        Database &db = *session->d->db;
        migrate(db, schemaMigrations());
        if (!vault.setDatabaseSalt(db.fileSalt(), &error))
            throw StoreException(StoreError::Io, error);
        {
            Transaction txn(db);
            session->d->identity =
                DeviceIdentity::create(db, name, roleKey(request.role), nowMsecs());
            txn.commit();
        }
        session->d->start();
        NewEvent enrolled;
        enrolled.type = u"device.enrolled"_s;
        enrolled.payload.insert(u"deviceId"_s, session->d->identity->deviceId());
        enrolled.payload.insert(u"name"_s, name);
        enrolled.payload.insert(u"role"_s, roleKey(request.role));
        enrolled.payload.insert(u"publicKey"_s,
                                QString::fromLatin1(session->d->identity->publicKey().toBase64()));
        session->journal().append(enrolled);
    } catch (const StoreException &e) {
        session.reset();
        removeCreatedFiles();
        out.storeError = e.code();
        out.message = describe(e.code());
        return out;
    }
    out.unlock.status = UnlockStatus::Unlocked;
    out.session = std::move(session);
    return out;
}

Session::Outcome Session::unlock(const DataDir &dir, const SecureBytes &passcodeUtf8) {
    Outcome out;
    switch (dir.status()) {
    case DataDirStatus::NeedsSetup:
        out.unlock.status = UnlockStatus::NoKeyFile;
        out.message = tr("This device is not set up yet.");
        return out;
    case DataDirStatus::Wiped:
        out.unlock.status = UnlockStatus::Wiped;
        out.message = tr("The data on this device was erased after too many wrong passcodes. "
                         "It cannot be recovered.");
        return out;
    case DataDirStatus::Damaged:
    case DataDirStatus::Locked:
        break; // the vault and the database say precisely what is wrong
    }

    Vault vault(dir.keyFile());
    UnlockResult result = vault.unlock(passcodeUtf8, nowMsecs());
    SecureBytes key = std::move(result.dataKey);
    out.unlock = std::move(result);
    if (out.unlock.status != UnlockStatus::Unlocked) {
        out.message = out.unlock.message;
        if (out.message.isEmpty()) {
            switch (out.unlock.status) {
            case UnlockStatus::NoKeyFile:
                out.message = tr("The key file is missing, so the data on this device cannot be "
                                 "opened. Restore the data folder from a backup, or contact "
                                 "support.");
                break;
            case UnlockStatus::KeyFileDamaged:
                out.message = tr("The key file is damaged, so the data on this device cannot be "
                                 "opened. Restore the data folder from a backup, or contact "
                                 "support.");
                break;
            case UnlockStatus::WrongPasscode:
                out.message = tr("Wrong passcode.");
                break;
            default:
                out.message = tr("The data on this device could not be opened.");
                break;
            }
        }
        return out;
    }

    std::unique_ptr<Session> session(new Session);
    session->d->dir = dir;
    try {
        session->d->db =
            Database::open(dir.database(), key, Database::Mode::OpenExisting, vault.databaseSalt());
        key.clear();
        migrate(*session->d->db, schemaMigrations());
        session->d->identity = DeviceIdentity::load(*session->d->db);
        session->d->start();
    } catch (const StoreException &e) {
        out.storeError = e.code();
        out.message = describe(e.code());
        return out;
    }
    out.session = std::move(session);
    return out;
}

UnlockResult Session::changePasscode(const SecureBytes &oldUtf8, const SecureBytes &newUtf8,
                                     const KdfParams &kdf) {
    const QString policy = checkPasscodePolicy(newUtf8);
    if (!policy.isEmpty()) {
        UnlockResult refused;
        refused.status = UnlockStatus::IoError;
        refused.message = policy;
        return refused;
    }
    Vault vault(d->dir.keyFile());
    UnlockResult result = vault.changePasscode(oldUtf8, newUtf8, kdf, nowMsecs());
    result.dataKey.clear();
    return result;
}

bool Session::verifyPasscode(const SecureBytes &passcodeUtf8, UnlockResult *result) {
    Vault vault(d->dir.keyFile());
    UnlockResult r = vault.unlock(passcodeUtf8, nowMsecs());
    r.dataKey.clear();
    const bool ok = r.status == UnlockStatus::Unlocked;
    if (result)
        *result = std::move(r);
    return ok;
}

} // namespace lots
