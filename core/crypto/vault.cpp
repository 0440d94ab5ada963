#include "crypto/vault.h"

#include "crypto/sodium_init.h"
#include "store/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <algorithm>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace lots {

namespace {

constexpr int FormatVersion = 1;
constexpr char KdfName[] = "argon2id13";
constexpr qint64 MaxKeyFileSize = 64 * 1024;
constexpr quint64 MaxMemLimit = quint64(4) << 30; // refuse absurd values from a damaged file

// Translation context "lots::Vault" (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct VaultText {
    Q_DECLARE_TR_FUNCTIONS(lots::Vault)
};

// Everything the key file holds. Nothing in it is secret in clear.
struct KeyFileState {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray salt;       // crypto_pwhash_SALTBYTES
    QByteArray nonce;      // XChaCha20 nonce
    QByteArray wrappedKey; // data key + Poly1305 tag
    int failures = 0;
    qint64 notBefore = 0;
    bool wiped = false;
    QByteArray databaseSalt;
};

enum class ReadStatus { Ok, Missing, Unreadable, Damaged };

// The associated data binds the format version and the KDF parameters to the ciphertext,
// so an edited file (weaker parameters, another version) fails to unwrap.
QByteArray associatedData(const KeyFileState &s) {
    return QByteArrayLiteral("lots.key|v") + QByteArray::number(FormatVersion) + '|' + KdfName +
           "|ops=" + QByteArray::number(s.opsLimit) + "|mem=" + QByteArray::number(s.memLimit) +
           "|salt=" + s.salt.toBase64();
}

bool decodeBase64(const QJsonValue &value, QByteArray *out) {
    if (!value.isString())
        return false;
    auto result = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = *result;
    return true;
}

bool validParams(quint64 ops, quint64 mem) {
    return ops >= crypto_pwhash_OPSLIMIT_MIN && ops <= crypto_pwhash_OPSLIMIT_MAX &&
           mem >= crypto_pwhash_MEMLIMIT_MIN && mem <= MaxMemLimit;
}

ReadStatus readKeyFile(const QString &path, KeyFileState *state, QString *detail) {
    QFile file(path);
    if (!file.exists())
        return ReadStatus::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *detail = file.errorString();
        return ReadStatus::Unreadable;
    }
    if (file.size() > MaxKeyFileSize) {
        *detail = QStringLiteral("key file too large");
        return ReadStatus::Damaged;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull() || !doc.isObject()) {
        *detail = error.errorString();
        return ReadStatus::Damaged;
    }
    const QJsonObject o = doc.object();
    auto fail = [&](const char *what) {
        *detail =
            QStringLiteral("key file field %1 is missing or invalid").arg(QLatin1String(what));
        return ReadStatus::Damaged;
    };
    if (o.value(QLatin1String("format")).toInteger(-1) != FormatVersion)
        return fail("format");
    if (o.value(QLatin1String("kdf")).toString() != QLatin1String(KdfName))
        return fail("kdf");
    const QJsonValue wiped = o.value(QLatin1String("wiped"));
    if (!wiped.isBool())
        return fail("wiped");
    state->wiped = wiped.toBool();
    const qint64 failures = o.value(QLatin1String("failures")).toInteger(-1);
    if (failures < 0 || failures > Vault::MaxFailures)
        return fail("failures");
    state->failures = int(failures);
    const qint64 notBefore = o.value(QLatin1String("notBefore")).toInteger(-1);
    if (notBefore < 0)
        return fail("notBefore");
    state->notBefore = notBefore;
    if (o.contains(QLatin1String("databaseSalt"))) {
        if (!decodeBase64(o.value(QLatin1String("databaseSalt")), &state->databaseSalt))
            return fail("databaseSalt");
    }
    if (state->wiped)
        return ReadStatus::Ok; // nothing else is left to read
    const qint64 ops = o.value(QLatin1String("opslimit")).toInteger(-1);
    const qint64 mem = o.value(QLatin1String("memlimit")).toInteger(-1);
    if (ops < 0 || mem < 0 || !validParams(quint64(ops), quint64(mem)))
        return fail("opslimit/memlimit");
    state->opsLimit = quint64(ops);
    state->memLimit = quint64(mem);
    if (!decodeBase64(o.value(QLatin1String("salt")), &state->salt) ||
        state->salt.size() != crypto_pwhash_SALTBYTES)
        return fail("salt");
    if (!decodeBase64(o.value(QLatin1String("nonce")), &state->nonce) ||
        state->nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        return fail("nonce");
    if (!decodeBase64(o.value(QLatin1String("wrappedKey")), &state->wrappedKey) ||
        state->wrappedKey.size() != Vault::DataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return fail("wrappedKey");
    return ReadStatus::Ok;
}

bool writeKeyFile(const QString &path, const KeyFileState &s, QString *error) {
    QJsonObject o;
    o.insert(QLatin1String("format"), FormatVersion);
    o.insert(QLatin1String("kdf"), QLatin1String(KdfName));
    o.insert(QLatin1String("wiped"), s.wiped);
    o.insert(QLatin1String("failures"), s.failures);
    o.insert(QLatin1String("notBefore"), s.notBefore);
    if (!s.wiped) {
        o.insert(QLatin1String("opslimit"), qint64(s.opsLimit));
        o.insert(QLatin1String("memlimit"), qint64(s.memLimit));
        o.insert(QLatin1String("salt"), QString::fromLatin1(s.salt.toBase64()));
        o.insert(QLatin1String("nonce"), QString::fromLatin1(s.nonce.toBase64()));
        o.insert(QLatin1String("wrappedKey"), QString::fromLatin1(s.wrappedKey.toBase64()));
    }
    if (!s.databaseSalt.isEmpty())
        o.insert(QLatin1String("databaseSalt"), QString::fromLatin1(s.databaseSalt.toBase64()));
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);

    return writeFileAtomically(path, bytes, QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                               error);
}

// Best effort: overwrite the bytes of the current key file in place before it is replaced,
// so the old wrapped key does not linger in the freed blocks of a rename.
void overwriteInPlace(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return;
    const QByteArray zeros(file.size(), '\0');
    file.write(zeros);
    file.flush();
#ifdef Q_OS_UNIX
    ::fsync(file.handle());
#endif
}

// Argon2id13(passcode, salt) -> 32 bytes in secure memory; empty on failure (out of memory).
SecureBytes deriveKey(const SecureBytes &passcode, const QByteArray &salt, quint64 ops,
                      quint64 mem) {
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    static const char empty = 0;
    const char *pw = passcode.isEmpty() ? &empty : reinterpret_cast<const char *>(passcode.data());
    if (crypto_pwhash(key.data(), key.size(), pw, passcode.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops,
                      std::size_t(mem), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return SecureBytes();
    }
    return key;
}

// Wraps dataKey under a freshly salted passcode-derived key into *state.
bool wrap(const SecureBytes &passcode, const SecureBytes &dataKey, const KdfParams &params,
          KeyFileState *state) {
    state->opsLimit = params.opsLimit;
    state->memLimit = params.memLimitBytes;
    state->salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(state->salt.data(), std::size_t(state->salt.size()));
    state->nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(state->nonce.data(), std::size_t(state->nonce.size()));
    const SecureBytes kek = deriveKey(passcode, state->salt, params.opsLimit, params.memLimitBytes);
    if (kek.isEmpty())
        return false;
    const QByteArray ad = associatedData(*state);
    state->wrappedKey.resize(qsizetype(dataKey.size()) + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(state->wrappedKey.data()), &len, dataKey.data(),
        dataKey.size(), reinterpret_cast<const unsigned char *>(ad.constData()),
        std::size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(state->nonce.constData()), kek.data());
    return len == std::size_t(state->wrappedKey.size());
}

enum class UnwrapStatus { Ok, WrongPasscode, OutOfMemory };

UnwrapStatus unwrap(const SecureBytes &passcode, const KeyFileState &state, SecureBytes *dataKey) {
    const SecureBytes kek = deriveKey(passcode, state.salt, state.opsLimit, state.memLimit);
    if (kek.isEmpty())
        return UnwrapStatus::OutOfMemory;
    const QByteArray ad = associatedData(state);
    SecureBytes key(Vault::DataKeySize);
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &len, nullptr,
            reinterpret_cast<const unsigned char *>(state.wrappedKey.constData()),
            std::size_t(state.wrappedKey.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()),
            reinterpret_cast<const unsigned char *>(state.nonce.constData()), kek.data()) != 0 ||
        len != Vault::DataKeySize) {
        return UnwrapStatus::WrongPasscode;
    }
    *dataKey = std::move(key);
    return UnwrapStatus::Ok;
}

// "30 seconds", "2 minutes", "1 hour": rounded up so the user never retries too early.
QString formatWait(qint64 ms) {
    const qint64 seconds = std::max<qint64>(1, (ms + 999) / 1000);
    if (seconds < 60)
        return seconds == 1 ? VaultText::tr("1 second")
                            : VaultText::tr("%n seconds", nullptr, int(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return minutes == 1 ? VaultText::tr("1 minute")
                            : VaultText::tr("%n minutes", nullptr, int(minutes));
    const qint64 hours = (minutes + 59) / 60;
    return hours == 1 ? VaultText::tr("1 hour") : VaultText::tr("%n hours", nullptr, int(hours));
}

QString wrongPasscodeMessage(int triesLeft, qint64 waitMs) {
    QString text;
    if (triesLeft <= Vault::WarnWhenTriesLeft) {
        text = triesLeft == 1
                   ? VaultText::tr(
                         "Wrong passcode. 1 try left before the data on this device is erased.")
                   : VaultText::tr(
                         "Wrong passcode. %n tries left before the data on this device is erased.",
                         nullptr, triesLeft);
    } else {
        text = VaultText::tr("Wrong passcode. %n tries left.", nullptr, triesLeft);
    }
    if (waitMs > 0)
        text +=
            QLatin1Char(' ') + VaultText::tr("You can try again in %1.").arg(formatWait(waitMs));
    return text;
}

QString wipedNowMessage() {
    return VaultText::tr(
        "Wrong passcode too many times. The data on this device has been erased and "
        "cannot be recovered. Set up Lots again to continue.");
}

QString alreadyWipedMessage() {
    return VaultText::tr(
        "The data on this device was erased after too many wrong passcodes and cannot be "
        "recovered. Set up Lots again to continue.");
}

QString damagedMessage() {
    return VaultText::tr(
        "The key file of Lots is damaged, so the data cannot be unlocked. Nothing was "
        "changed. Restore the data folder from a backup, or contact support.");
}

QString ioMessage() {
    return VaultText::tr(
        "Lots could not read or write its key file. Check that the device has free storage, "
        "then try again.");
}

// Destroys the wrapped key: overwrites the file in place, then writes the wiped state.
void wipe(const QString &path, KeyFileState state, UnlockResult *result) {
    overwriteInPlace(path);
    state.wiped = true;
    state.salt.fill('\0');
    state.nonce.fill('\0');
    state.wrappedKey.fill('\0');
    state.salt.clear();
    state.nonce.clear();
    state.wrappedKey.clear();
    state.opsLimit = 0;
    state.memLimit = 0;
    state.notBefore = 0;
    state.failures = Vault::MaxFailures;
    QString error;
    // Even if this write failed, the in-place overwrite already destroyed the key.
    writeKeyFile(path, state, &error);
    result->status = UnlockStatus::Wiped;
    result->failures = Vault::MaxFailures;
    result->triesLeft = 0;
    result->retryAtMsecs = 0;
    result->dataKey.clear();
    result->message = wipedNowMessage();
}

// The common start of unlock() and changePasscode(): read the file and apply the wipe and
// throttle rules. Returns true when a passcode may be tried now.
bool prepareAttempt(const QString &path, qint64 nowMsecs, KeyFileState *state,
                    UnlockResult *result) {
    QString detail;
    switch (readKeyFile(path, state, &detail)) {
    case ReadStatus::Missing:
        result->status = UnlockStatus::NoKeyFile;
        result->message = VaultText::tr("Lots has not been set up on this device yet.");
        return false;
    case ReadStatus::Unreadable:
        result->status = UnlockStatus::IoError;
        result->message = ioMessage();
        return false;
    case ReadStatus::Damaged:
        result->status = UnlockStatus::KeyFileDamaged;
        result->message = damagedMessage();
        return false;
    case ReadStatus::Ok:
        break;
    }
    result->failures = state->failures;
    result->triesLeft = state->wiped ? 0 : Vault::MaxFailures - state->failures;
    if (state->wiped) {
        result->status = UnlockStatus::Wiped;
        result->message = alreadyWipedMessage();
        return false;
    }
    if (state->failures >= Vault::MaxFailures) {
        // The last allowed attempt was counted but never finished (the app was stopped while
        // checking it): it counts as wrong.
        wipe(path, *state, result);
        return false;
    }
    // A clock set back must not lock the user out for longer than the rule allows.
    const qint64 retryAt =
        std::min(state->notBefore, nowMsecs + Vault::delayAfterFailures(state->failures));
    if (nowMsecs < retryAt) {
        result->status = UnlockStatus::Throttled;
        result->retryAtMsecs = retryAt;
        result->message = VaultText::tr("Too many wrong passcodes. Try again in %1.")
                              .arg(formatWait(retryAt - nowMsecs));
        return false;
    }
    return true;
}

// Stores the attempt as a failure (with its delay) BEFORE the passcode is checked, so that
// stopping the app during the check, or a disk too full to store the count, never gives a
// free try: if the count cannot be stored, the passcode is not checked at all.
bool countAttempt(const QString &path, const KeyFileState &state, qint64 nowMsecs,
                  KeyFileState *counted, UnlockResult *result) {
    *counted = state;
    counted->failures = state.failures + 1;
    const qint64 delay = Vault::delayAfterFailures(counted->failures);
    counted->notBefore = delay > 0 ? nowMsecs + delay : 0;
    QString error;
    if (!writeKeyFile(path, *counted, &error)) {
        result->status = UnlockStatus::IoError;
        result->message = ioMessage();
        return false;
    }
    return true;
}

// A wrong passcode: the failure is already stored by countAttempt(); wipe at the last one.
void reportWrong(const QString &path, const KeyFileState &counted, qint64 nowMsecs,
                 UnlockResult *result) {
    if (counted.failures >= Vault::MaxFailures) {
        wipe(path, counted, result);
        return;
    }
    result->status = UnlockStatus::WrongPasscode;
    result->failures = counted.failures;
    result->triesLeft = Vault::MaxFailures - counted.failures;
    result->retryAtMsecs = counted.notBefore;
    result->message = wrongPasscodeMessage(
        result->triesLeft, counted.notBefore > 0 ? counted.notBefore - nowMsecs : 0);
}

QString outOfMemoryMessage() {
    return VaultText::tr("There is not enough free memory to check the passcode. Close other "
                         "apps and try again.");
}

// Walks UTF-8: counts code points; false if malformed.
bool countUtf8(const unsigned char *p, std::size_t n, int *codePoints, bool *allDigits) {
    *codePoints = 0;
    *allDigits = true;
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            extra = 0;
            if (c < '0' || c > '9')
                *allDigits = false;
        } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            extra = 1;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (extra > 0)
            *allDigits = false;
        if (extra > 0 && i + std::size_t(extra) >= n)
            return false; // sequence cut off at the end
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + std::size_t(k)] & 0xC0) != 0x80)
                return false;
        }
        i += std::size_t(extra) + 1;
        ++*codePoints;
    }
    return true;
}

} // namespace

KdfParams KdfParams::standard() {
    // Chosen with bench/bench_unlock (docs/benchmarks.md, "Unlock (Argon2id)").
    return KdfParams{4, quint64(128) << 20};
}

KdfParams KdfParams::fastForTests() {
    return KdfParams{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QString checkPasscodePolicy(const SecureBytes &passcodeUtf8) {
    if (passcodeUtf8.isEmpty())
        return VaultText::tr("Enter a passcode.");
    int codePoints = 0;
    bool allDigits = true;
    if (!countUtf8(passcodeUtf8.data(), passcodeUtf8.size(), &codePoints, &allDigits))
        return VaultText::tr(
            "The passcode contains characters that cannot be read. Type it again.");
    if (allDigits) {
        if (codePoints < 6)
            return VaultText::tr("A passcode made of digits needs at least 6 digits.");
        return QString();
    }
    if (codePoints < 8)
        return VaultText::tr(
            "A passphrase needs at least 8 characters (or use a code of at least 6 digits).");
    return QString();
}

Vault::Vault(const QString &keyFilePath)
    : m_path(keyFilePath) {}

bool Vault::exists() const {
    return QFile::exists(m_path);
}

bool Vault::isWiped() const {
    KeyFileState state;
    QString detail;
    return readKeyFile(m_path, &state, &detail) == ReadStatus::Ok && state.wiped;
}

SecureBytes Vault::create(const SecureBytes &passcodeUtf8, const KdfParams &params,
                          QString *error) {
    ensureSodium();
    QString detail;
    if (QFile::exists(m_path)) {
        KeyFileState old;
        if (readKeyFile(m_path, &old, &detail) != ReadStatus::Ok || !old.wiped) {
            if (error)
                *error = VaultText::tr("A key file already exists; it was not replaced.");
            return SecureBytes();
        }
    }
    if (!validParams(params.opsLimit, params.memLimitBytes)) {
        if (error)
            *error = VaultText::tr("Internal error: invalid key derivation settings.");
        return SecureBytes();
    }
    SecureBytes dataKey = SecureBytes::random(DataKeySize);
    KeyFileState state;
    if (!wrap(passcodeUtf8, dataKey, params, &state)) {
        if (error)
            *error = VaultText::tr(
                "There is not enough free memory to protect the passcode. Close other "
                "apps and try again.");
        return SecureBytes();
    }
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()) || !writeKeyFile(m_path, state, &detail)) {
        if (error)
            *error = ioMessage();
        return SecureBytes();
    }
    return dataKey;
}

UnlockResult Vault::unlock(const SecureBytes &passcodeUtf8, qint64 nowMsecs) {
    ensureSodium();
    UnlockResult result;
    KeyFileState state;
    if (!prepareAttempt(m_path, nowMsecs, &state, &result))
        return result;
    KeyFileState counted;
    if (!countAttempt(m_path, state, nowMsecs, &counted, &result))
        return result;
    QString error;
    switch (unwrap(passcodeUtf8, state, &result.dataKey)) {
    case UnwrapStatus::OutOfMemory:
        writeKeyFile(m_path, state, &error); // not the user's mistake: take the count back
        result.status = UnlockStatus::IoError;
        result.message = outOfMemoryMessage();
        return result;
    case UnwrapStatus::WrongPasscode:
        reportWrong(m_path, counted, nowMsecs, &result);
        return result;
    case UnwrapStatus::Ok:
        break;
    }
    state.failures = 0;
    state.notBefore = 0;
    // If this write fails the count stays raised; the right passcode still unlocks.
    writeKeyFile(m_path, state, &error);
    result.status = UnlockStatus::Unlocked;
    result.failures = 0;
    result.triesLeft = MaxFailures;
    result.retryAtMsecs = 0;
    return result;
}

UnlockResult Vault::changePasscode(const SecureBytes &oldUtf8, const SecureBytes &newUtf8,
                                   const KdfParams &params, qint64 nowMsecs) {
    ensureSodium();
    UnlockResult result;
    if (!validParams(params.opsLimit, params.memLimitBytes)) {
        result.status = UnlockStatus::IoError;
        result.message = VaultText::tr("Internal error: invalid key derivation settings.");
        return result;
    }
    KeyFileState state;
    if (!prepareAttempt(m_path, nowMsecs, &state, &result))
        return result;
    KeyFileState counted;
    if (!countAttempt(m_path, state, nowMsecs, &counted, &result))
        return result;
    QString error;
    SecureBytes dataKey;
    switch (unwrap(oldUtf8, state, &dataKey)) {
    case UnwrapStatus::OutOfMemory:
        writeKeyFile(m_path, state, &error);
        result.status = UnlockStatus::IoError;
        result.message = outOfMemoryMessage();
        return result;
    case UnwrapStatus::WrongPasscode:
        reportWrong(m_path, counted, nowMsecs, &result);
        return result;
    case UnwrapStatus::Ok:
        break;
    }
    state.failures = 0;
    state.notBefore = 0;
    KeyFileState next = state;
    if (!wrap(newUtf8, dataKey, params, &next)) {
        writeKeyFile(m_path, state, &error); // the old passcode stays valid
        result.status = UnlockStatus::IoError;
        result.message =
            VaultText::tr("There is not enough free memory to protect the passcode. Close other "
                          "apps and try again.");
        return result;
    }
    if (!writeKeyFile(m_path, next, &error)) {
        writeKeyFile(m_path, state, &error); // best effort: the old passcode stays valid
        result.status = UnlockStatus::IoError;
        result.message = ioMessage();
        return result;
    }
    result.status = UnlockStatus::Unlocked;
    result.failures = 0;
    result.triesLeft = MaxFailures;
    result.retryAtMsecs = 0;
    result.dataKey = std::move(dataKey);
    return result;
}

QByteArray Vault::databaseSalt() const {
    KeyFileState state;
    QString detail;
    if (readKeyFile(m_path, &state, &detail) != ReadStatus::Ok)
        return {};
    return state.databaseSalt;
}

bool Vault::setDatabaseSalt(const QByteArray &salt, QString *error) {
    KeyFileState state;
    QString detail;
    switch (readKeyFile(m_path, &state, &detail)) {
    case ReadStatus::Ok:
        break;
    case ReadStatus::Damaged:
        if (error)
            *error = damagedMessage();
        return false;
    case ReadStatus::Missing:
    case ReadStatus::Unreadable:
        if (error)
            *error = ioMessage();
        return false;
    }
    state.databaseSalt = salt;
    if (!writeKeyFile(m_path, state, &detail)) {
        if (error)
            *error = ioMessage();
        return false;
    }
    return true;
}

qint64 Vault::delayAfterFailures(int failures) {
    constexpr qint64 second = 1000;
    constexpr qint64 minute = 60 * second;
    switch (failures) {
    case 0:
    case 1:
    case 2:
    case 3:
        return 0;
    case 4:
        return 30 * second;
    case 5:
        return 1 * minute;
    case 6:
        return 2 * minute;
    case 7:
        return 5 * minute;
    case 8:
        return 15 * minute;
    default:
        return failures < 0 ? 0 : 60 * minute;
    }
}

} // namespace lots
