#pragma once

#include "crypto/secure_bytes.h"

#include <QByteArray>
#include <QString>

namespace lots {

// Argon2id cost. standard() is chosen by benchmark (docs/benchmarks.md); fastForTests()
// exists only so test suites that unlock hundreds of times stay fast. The parameters
// used are stored in the key file, so either kind opens with the same code.
struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
    static KdfParams standard();
    static KdfParams fastForTests();
};

// 6 or more digits, or a passphrase of 8 or more characters. Returns an empty string
// when acceptable, else a translated reason.
QString checkPasscodePolicy(const SecureBytes &passcodeUtf8);

enum class UnlockStatus {
    Unlocked,
    WrongPasscode, // failures/triesLeft/retryAt say what happens next
    Throttled,     // too early after the last failure; retryAt says when
    Wiped,         // the wrapped key was destroyed after MaxFailures: the data is gone
    NoKeyFile,
    KeyFileDamaged,
    IoError,
};

struct UnlockResult {
    UnlockStatus status = UnlockStatus::IoError;
    int failures = 0;            // consecutive failures so far
    int triesLeft = 0;           // before the key is destroyed
    qint64 retryAtMsecs = 0;     // epoch ms; 0 = may try now
    SecureBytes dataKey;         // 32 bytes when Unlocked
    QString message;             // translated, for the user
};

// The key file: Argon2id(passcode, salt) wraps the random 256-bit data key with
// XChaCha20-Poly1305. Also holds the failure counter, the next allowed attempt time and
// the database salt. Every write is atomic (QSaveFile).
class Vault {
public:
    static constexpr int MaxFailures = 10;
    static constexpr int WarnWhenTriesLeft = 3;
    static constexpr int DataKeySize = 32;

    explicit Vault(const QString &keyFilePath);

    bool exists() const;
    bool isWiped() const;

    // Makes a new random data key, wraps it and writes the key file. Returns the key, or
    // an empty SecureBytes with *error set.
    SecureBytes create(const SecureBytes &passcodeUtf8, const KdfParams &params, QString *error);

    UnlockResult unlock(const SecureBytes &passcodeUtf8, qint64 nowMsecs);

    // Re-wraps the same data key under a new passcode (new salt); the database is not
    // touched. A wrong old passcode counts as a failure like unlock().
    UnlockResult changePasscode(const SecureBytes &oldUtf8, const SecureBytes &newUtf8,
                                const KdfParams &params, qint64 nowMsecs);

    QByteArray databaseSalt() const;
    bool setDatabaseSalt(const QByteArray &salt, QString *error);

    // Delay before the next try after n consecutive failures, in ms.
    static qint64 delayAfterFailures(int failures);

    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace lots
