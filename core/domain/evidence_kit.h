#pragma once

#include "domain/field_records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lots {

// One sample of the NCK evidence collection kit (spårsäkringssats).
struct EvidenceSample {
    QString type;     // a key from EvidenceKits::standardSampleTypes(), or free text
    QString sampleId; // the label on the tube / envelope
    bool taken = false;
    friend bool operator==(const EvidenceSample &, const EvidenceSample &) = default;
};

struct EvidenceKitDetails {
    QString kitId; // the identifier printed on the kit
    QList<EvidenceSample> samples;
    bool consentGiven = false;
    qint64 consentAtMsecs = 0;
    qint64 assaultAtMsecs = 0;  // estimated time of the assault; 0 = unknown
    qint64 examinedAtMsecs = 0; // when the samples were taken; 0 = now
    QString note;
    bool isProtected = true;

    QJsonObject toJson() const;
    static EvidenceKitDetails fromJson(const QJsonObject &json);
    friend bool operator==(const EvidenceKitDetails &, const EvidenceKitDetails &) = default;
};

// Time since the assault: full collection is indicated under 10 days.
struct KitTiming {
    bool known = false;
    qint64 msecsSinceAssault = 0;
    double daysSinceAssault = 0;
    bool fullCollectionIndicated = true; // unknown counts as indicated (do not skip samples)
    QString warning;                     // translated; empty when nothing to say
};

enum class HandoverParty { Clinician, Officer };

struct HandoverConfirmation {
    QString name;             // who confirms (the examining clinician or the receiving officer)
    QString receivingOfficer; // name and/or service number of the officer receiving the kit
    qint64 handedOverAtMsecs = 0;
    QString deviceId; // the device the confirmation was made on
    qint64 confirmedAtMsecs = 0;
};

struct EvidenceKitView {
    QString kitRecordId;
    QString caseId;
    QString personId;
    Masking mask; // when masked: ids, times, counts and the handover state only
    EvidenceKitDetails details;
    KitTiming timing;
    std::optional<HandoverConfirmation> clinicianConfirmation;
    std::optional<HandoverConfirmation> officerConfirmation;
    bool handoverComplete = false; // only with both confirmations, naming the same officer
    QString handoverProblem;       // translated; why it is not complete
    int changeCount = 0;
    qint64 recordedAtMsecs = 0;
};

// Evidence collection kit: kit.recorded / kit.amended / kit.handover_confirmed.
class EvidenceKits {
    Q_DECLARE_TR_FUNCTIONS(EvidenceKits)
public:
    static constexpr int FullCollectionDays = 10;

    explicit EvidenceKits(FieldContext &context);

    static QStringList standardSampleTypes();
    static KitTiming assessTiming(qint64 assaultAtMsecs, qint64 examinedAtMsecs);
    static QString validate(const EvidenceKitDetails &details);

    // Saved also when the 10-day window has passed; WriteResult::warning then says so.
    WriteResult record(const QString &personId, const EvidenceKitDetails &details,
                       const std::optional<Position> &position = {});
    WriteResult amend(const QString &kitRecordId, const EvidenceKitDetails &details,
                      const std::optional<Position> &position = {});
    // One of the two confirmations of the handover to the police.
    WriteResult confirmHandover(const QString &kitRecordId, HandoverParty party,
                                const QString &name, const QString &receivingOfficer,
                                qint64 handedOverAtMsecs,
                                const std::optional<Position> &position = {});

    QList<EvidenceKitView> forCase(const QString &caseId) const; // masked where protected
    std::optional<EvidenceKitView> get(const QString &kitRecordId) const;
    std::optional<EvidenceKitView> reveal(const QString &kitRecordId); // records audit
    QList<ChangeEntry> history(const QString &kitRecordId) const;

private:
    EvidenceKitView viewOf(const RecordRow &row, bool revealed) const;
    FieldContext &m_ctx;
};

} // namespace lots
