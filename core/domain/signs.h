#pragma once

#include "domain/field_records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace lots {

enum class SignStatus { Unknown, Observed, NotObserved };
enum class SignSource { SeenByMe, ToldByPerson, ToldByOther };

QString signStatusKey(SignStatus value); // "unknown", "observed", "not-observed"
QString signSourceKey(SignSource value); // "seen", "told-by-person", "told-by-other"
std::optional<SignStatus> signStatusFromKey(const QString &key);
std::optional<SignSource> signSourceFromKey(const QString &key);

// A sign (indicator from the IndicatorCatalogue) for one person.
struct SignInput {
    QString personId;
    QString indicatorId;
    SignStatus status = SignStatus::Observed;
    QString note;
    SignSource source = SignSource::SeenByMe;
    bool isProtected = true; // signs of a person are protected by default
};

struct SignView {
    QString signId;
    QString caseId;
    QString personId;
    Masking mask; // when masked, only the ids, times and counts below are filled
    QString indicatorId;
    SignStatus status = SignStatus::Unknown;
    QString note;
    SignSource source = SignSource::SeenByMe;
    bool isProtected = true;
    int changeCount = 0;
    qint64 recordedAtMsecs = 0;
    qint64 changedAtMsecs = 0;
};

// Signs: "sign.recorded". Recording the same indicator for the same person again changes
// the same record (its history keeps every version).
class Signs {
    Q_DECLARE_TR_FUNCTIONS(Signs)
public:
    explicit Signs(FieldContext &context);

    WriteResult record(const SignInput &input, const std::optional<Position> &position = {});

    // Masked where protected.
    QList<SignView> forPerson(const QString &personId) const;
    QList<SignView> forCase(const QString &caseId) const;
    std::optional<SignView> get(const QString &signId) const;
    // The clear sign; records audit.revealed. The caller has checked the passcode.
    std::optional<SignView> reveal(const QString &signId);
    QList<ChangeEntry> history(const QString &signId) const; // values masked if protected
    int countForCase(const QString &caseId) const;

private:
    SignView viewOf(const RecordRow &row, bool revealed) const;
    FieldContext &m_ctx;
};

} // namespace lots
