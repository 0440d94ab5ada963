#pragma once

// The shared part of field documentation (persons, signs, notes, injuries, evidence kits,
// protection, search): event type names, the one read model all of them are projected
// into, and the context the services share.
//
// Every record is created by one event and changed only by later events that name the
// event they amend (Event::amends = the latest event of the record the writer saw). The
// read model merges fields last-writer-wins per field by (HLC, event id), so the result
// does not depend on the order events arrive in (local writes, rebuilds, later sync).
// See docs/data-model.md, "Field documentation".

#include "journal/event.h"
#include "journal/journal.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lots {

class IndicatorCatalogue;
class KeywordCatalogue;

namespace field_events {
inline constexpr const char *PersonAdded = "person.added";
inline constexpr const char *PersonAmended = "person.amended";
inline constexpr const char *SignRecorded = "sign.recorded";
inline constexpr const char *NoteAdded = "note.added";
inline constexpr const char *NoteAmended = "note.amended";
inline constexpr const char *InjuryRecorded = "injury.recorded";
inline constexpr const char *InjuryAmended = "injury.amended";
inline constexpr const char *KitRecorded = "kit.recorded";
inline constexpr const char *KitAmended = "kit.amended";
inline constexpr const char *KitHandoverConfirmed = "kit.handover_confirmed";
inline constexpr const char *AuditRevealed = "audit.revealed";
inline constexpr const char *AuditSearchedProtected = "audit.searched_protected";
} // namespace field_events

enum class RecordKind { Person, Sign, Note, Injury, EvidenceKit };
QString recordKindKey(RecordKind kind); // "person", "sign", "note", "injury", "kit"
std::optional<RecordKind> recordKindFromKey(const QString &key);

// Keywords under which protected items that have no keyword of their own are shown.
namespace default_keywords {
inline constexpr const char *Sign = "human-trafficking";
inline constexpr const char *Injury = "violence";
inline constexpr const char *EvidenceKit = "sexual-violence";
} // namespace default_keywords

// Outcome of a write. On refusal nothing was written and error says why (translated).
struct WriteResult {
    QString recordId; // the record created or changed
    QString eventId;  // the event appended
    QString error;    // translated; empty on success
    QString warning;  // translated; saved, but the user should know (e.g. 10-day rule)
    bool ok() const { return error.isEmpty(); }
    static WriteResult refused(const QString &message) {
        WriteResult r;
        r.error = message;
        return r;
    }
};

// How a protected item is shown until it is revealed: a lock, the keyword, nothing else.
struct Masking {
    bool masked = false;
    QString keywordId;
    QString keywordLabel;
};

// One change in a record's history: who (device), when (HLC), what (field names, and
// the values unless the record is protected and not revealed), where (when known).
struct ChangeEntry {
    QString eventId;
    QString type;
    QString deviceId;
    QString deviceName; // from the devices table; empty when unknown
    QString deviceRole; // role key ("police", "health-care"...); empty when unknown
    Hlc hlc;
    qint64 atMsecs = 0;
    QStringList fields;
    bool masked = false;
    QJsonObject values; // empty when masked
    std::optional<Position> position;
};

// One row of the field read model (fd_record).
struct RecordRow {
    QString recordId;
    QString caseId;
    RecordKind kind = RecordKind::Person;
    QString personId;
    QString key; // sign: indicator id; others empty
    QString keywordId;
    bool isProtected = false;
    bool isChild = false; // persons only
    QJsonObject data;     // current values
    Hlc createdHlc;
    QString createdDevice;
    Hlc updatedHlc;
    QString updatedDevice;
    int changeCount = 0; // events after the first
};

// The read model of all field documentation: tables fd_record, fd_history, fd_audit and
// the full-text index fd_fts (non-protected text only). Created by schema migration 2.
class FieldRecordsProjection : public Projection {
public:
    static const char *createTablesSql();
    static const char *dropTablesSql();
    // The deterministic record id of a person's sign for one indicator: re-recording the
    // same sign (on any device) changes the same record.
    static QString signRecordId(const QString &personId, const QString &indicatorId);
    // The text of a record that goes into the search index when it is not protected (and
    // that the in-memory protected search looks at).
    static QString searchableText(RecordKind kind, const QJsonObject &data);
    static bool childFromPersonData(const QJsonObject &data);

    QString name() const override;
    void reset(Database &db) override;
    void apply(Database &db, const Event &event) override;
};

// What the field services share: the database, the journal, the content packs and who
// is writing. Not owned by the services; FieldDocumentation owns one.
class FieldContext {
    Q_DECLARE_TR_FUNCTIONS(FieldContext)
public:
    FieldContext(Database &database, Journal &journalRef, const IndicatorCatalogue &indicatorCat,
                 const KeywordCatalogue &keywordCat, QString deviceIdentifier, QString role);

    Database &db;
    Journal &journal;
    const IndicatorCatalogue &indicators;
    const KeywordCatalogue &keywords;
    QString deviceId;
    QString roleKey;
    QString language = QStringLiteral("sv"); // for keyword labels in masked rows

    std::optional<RecordRow> record(const QString &recordId) const;
    // Records of a case (or of one person when personId is set), oldest first. With
    // withProtectedData false, the data of protected rows is not parsed (left empty): for
    // masked lists, which never show it.
    QList<RecordRow> records(const QString &caseId, RecordKind kind, const QString &personId = {},
                             bool withProtectedData = true) const;
    QList<RecordRow> protectedRecords(const QString &caseId) const; // empty caseId: all
    QString latestEventOf(const QString &recordId) const;
    QList<ChangeEntry> history(const RecordRow &row, bool revealed) const;

    QString keywordLabel(const QString &keywordId) const;
    Masking masking(const RecordRow &row, bool revealed) const;
    // The keyword a protected row is shown under.
    QString maskKeyword(const RecordRow &row) const;

    // Appends and returns the stored event.
    Event append(NewEvent event);
    // Appends audit.revealed for one item ("item") or a whole case ("case").
    void recordReveal(const QString &caseId, const QString &scope, const QString &itemId,
                      const QString &itemKind);

    static QString newId();

private:
    mutable QHash<QString, QString> m_labelCache; // keyword id -> label in m_labelLanguage
    mutable QString m_labelLanguage;
};

// Reads a JSON value as an optional int (null/missing -> nullopt).
std::optional<int> optionalInt(const QJsonValue &value);
QJsonValue fromOptionalInt(const std::optional<int> &value);
// Fields of `after` that differ from `before` (for amendments).
QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after);

} // namespace lots
