#include "domain/field_records.h"

#include "content/indicator_catalogue.h"
#include "content/keyword_catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lots {

namespace {

const char *const CreateSql = R"sql(
CREATE TABLE fd_record (
    row_id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL UNIQUE,
    case_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    person_id TEXT,
    record_key TEXT,
    keyword_id TEXT,
    protected INTEGER NOT NULL DEFAULT 0,
    is_child INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    field_stamps TEXT NOT NULL,
    created_hlc INTEGER NOT NULL,
    created_event TEXT NOT NULL,
    created_device TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL,
    updated_device TEXT NOT NULL,
    change_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX fd_record_by_case ON fd_record(case_id, kind, created_hlc, record_id);
CREATE INDEX fd_record_by_person ON fd_record(person_id, kind, created_hlc, record_id);
CREATE INDEX fd_record_protected ON fd_record(protected, case_id);
CREATE TABLE fd_history (
    event_id TEXT PRIMARY KEY NOT NULL,
    record_id TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    type TEXT NOT NULL,
    fields TEXT NOT NULL
);
CREATE INDEX fd_history_by_record ON fd_history(record_id, hlc);
CREATE TABLE fd_audit (
    event_id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT,
    hlc INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    scope TEXT NOT NULL,
    item_id TEXT,
    item_kind TEXT,
    query_length INTEGER,
    hits INTEGER
);
CREATE INDEX fd_audit_by_case ON fd_audit(case_id, hlc);
CREATE VIRTUAL TABLE fd_fts USING fts4(body, tokenize=unicode61 "remove_diacritics=0");
)sql";

const char *const DropSql = R"sql(
DROP TABLE IF EXISTS fd_record;
DROP TABLE IF EXISTS fd_history;
DROP TABLE IF EXISTS fd_audit;
DROP TABLE IF EXISTS fd_fts;
)sql";

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &utf8) {
    return QJsonDocument::fromJson(utf8).object();
}

// A stamp that orders lexicographically like (hlc, event id).
QString stamp(const Event &e) {
    return u"%1:%2"_s.arg(e.hlc.packed(), 20, 10, QLatin1Char('0')).arg(e.eventId);
}

std::optional<RecordKind> kindOfType(const QString &type) {
    const QString prefix = type.section(u'.', 0, 0);
    return recordKindFromKey(prefix);
}

bool isCreation(const QString &type) {
    return type == QLatin1String(field_events::PersonAdded) ||
           type == QLatin1String(field_events::NoteAdded) ||
           type == QLatin1String(field_events::InjuryRecorded) ||
           type == QLatin1String(field_events::KitRecorded);
}

bool defaultProtected(RecordKind kind) {
    return kind == RecordKind::Sign || kind == RecordKind::Injury ||
           kind == RecordKind::EvidenceKit;
}

RecordRow readRow(const Statement &q, bool withProtectedData = true) {
    RecordRow r;
    r.recordId = q.text(0);
    r.caseId = q.text(1);
    r.kind = recordKindFromKey(q.text(2)).value_or(RecordKind::Person);
    r.personId = q.isNull(3) ? QString() : q.text(3);
    r.key = q.isNull(4) ? QString() : q.text(4);
    r.keywordId = q.isNull(5) ? QString() : q.text(5);
    r.isProtected = q.int64(6) != 0;
    r.isChild = q.int64(7) != 0;
    if (withProtectedData || !r.isProtected)
        r.data = parseObject(q.textUtf8(8));
    r.createdHlc = Hlc::unpack(q.int64(9));
    r.createdDevice = q.text(10);
    r.updatedHlc = Hlc::unpack(q.int64(11));
    r.updatedDevice = q.text(12);
    r.changeCount = int(q.int64(13));
    return r;
}

#define LOTS_FD_COLUMNS                                                                            \
    "record_id, case_id, kind, person_id, record_key, keyword_id, protected, is_child, data, "     \
    "created_hlc, created_device, updated_hlc, updated_device, change_count"

QString joinStrings(const QJsonValue &v) {
    QStringList parts;
    for (const QJsonValue &x : v.toArray())
        parts << x.toString();
    return parts.join(u' ');
}

void reindex(Database &db, qint64 rowId, bool isProtected, RecordKind kind,
             const QJsonObject &data) {
    db.prepare("DELETE FROM fd_fts WHERE docid = ?").bind(1, rowId).run();
    if (isProtected)
        return;
    const QString body = FieldRecordsProjection::searchableText(kind, data);
    if (body.trimmed().isEmpty())
        return;
    db.prepare("INSERT INTO fd_fts(docid, body) VALUES (?, ?)").bind(1, rowId).bind(2, body).run();
}

} // namespace

QString recordKindKey(RecordKind kind) {
    switch (kind) {
    case RecordKind::Person:
        return u"person"_s;
    case RecordKind::Sign:
        return u"sign"_s;
    case RecordKind::Note:
        return u"note"_s;
    case RecordKind::Injury:
        return u"injury"_s;
    case RecordKind::EvidenceKit:
        return u"kit"_s;
    }
    return {};
}

std::optional<RecordKind> recordKindFromKey(const QString &key) {
    // Called for every row read: compare without building strings.
    if (key == QLatin1String("person"))
        return RecordKind::Person;
    if (key == QLatin1String("sign"))
        return RecordKind::Sign;
    if (key == QLatin1String("note"))
        return RecordKind::Note;
    if (key == QLatin1String("injury"))
        return RecordKind::Injury;
    if (key == QLatin1String("kit"))
        return RecordKind::EvidenceKit;
    return std::nullopt;
}

std::optional<int> optionalInt(const QJsonValue &value) {
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

QJsonValue fromOptionalInt(const std::optional<int> &value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject changedFields(const QJsonObject &before, const QJsonObject &after) {
    QJsonObject out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value())
            out.insert(it.key(), it.value());
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Projection

const char *FieldRecordsProjection::createTablesSql() {
    return CreateSql;
}
const char *FieldRecordsProjection::dropTablesSql() {
    return DropSql;
}

QString FieldRecordsProjection::signRecordId(const QString &personId, const QString &indicatorId) {
    return u"sign:%1:%2"_s.arg(personId, indicatorId);
}

QString FieldRecordsProjection::searchableText(RecordKind kind, const QJsonObject &d) {
    QStringList parts;
    auto add = [&parts](const QString &s) {
        if (!s.trimmed().isEmpty())
            parts << s.trimmed();
    };
    switch (kind) {
    case RecordKind::Person:
        add(d.value(u"label"_s).toString());
        add(joinStrings(d.value(u"languages"_s)));
        add(d.value(u"country"_s).toString());
        break;
    case RecordKind::Sign:
        add(d.value(u"note"_s).toString());
        break;
    case RecordKind::Note:
        add(d.value(u"text"_s).toString());
        break;
    case RecordKind::Injury:
        add(d.value(u"shape"_s).toString());
        add(d.value(u"colour"_s).toString());
        add(d.value(u"estimatedAge"_s).toString());
        add(d.value(u"statedCause"_s).toString());
        add(d.value(u"text"_s).toString());
        break;
    case RecordKind::EvidenceKit:
        add(d.value(u"kitId"_s).toString());
        add(d.value(u"note"_s).toString());
        for (const QJsonValue &s : d.value(u"samples"_s).toArray())
            add(s.toObject().value(u"sampleId"_s).toString());
        break;
    }
    return parts.join(u'\n');
}

bool FieldRecordsProjection::childFromPersonData(const QJsonObject &d) {
    if (d.value(u"ageGroup"_s).toString() == u"child"_s)
        return true;
    const auto age = optionalInt(d.value(u"estimatedAge"_s));
    return age && *age < 18;
}

QString FieldRecordsProjection::name() const {
    return u"field-records"_s;
}

void FieldRecordsProjection::reset(Database &db) {
    db.exec(DropSql);
    db.exec(CreateSql);
}

void FieldRecordsProjection::apply(Database &db, const Event &e) {
    if (e.type.startsWith(u"audit."_s)) {
        const QJsonObject p = e.payloadObject();
        const auto ql = p.value(u"queryLength"_s);
        const auto hits = p.value(u"hits"_s);
        Statement q = db.prepare(
            "INSERT OR IGNORE INTO fd_audit(event_id, case_id, hlc, device_id, role, action, "
            "scope, item_id, item_kind, query_length, hits) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        q.bind(1, e.eventId)
            .bind(2, e.caseId.isEmpty() ? QString() : e.caseId)
            .bind(3, e.hlc.packed())
            .bind(4, e.deviceId)
            .bind(5, p.value(u"role"_s).toString(u""_s))
            .bind(6, e.type.mid(6))
            .bind(7, p.value(u"scope"_s).toString(u""_s))
            .bind(8, p.value(u"itemId"_s).toString())
            .bind(9, p.value(u"itemKind"_s).toString());
        if (ql.isDouble())
            q.bind(10, qint64(ql.toDouble()));
        else
            q.bindNull(10);
        if (hits.isDouble())
            q.bind(11, qint64(hits.toDouble()));
        else
            q.bindNull(11);
        q.run();
        return;
    }
    const auto kind = kindOfType(e.type);
    if (!kind)
        return;
    QJsonObject payload = e.payloadObject();

    // Which record does the event write to?
    QString recordId;
    if (isCreation(e.type)) {
        recordId = e.eventId;
    } else if (e.type == QLatin1String(field_events::SignRecorded)) {
        recordId = signRecordId(payload.value(u"personId"_s).toString(),
                                payload.value(u"indicatorId"_s).toString());
    } else if (!e.amends.isEmpty()) {
        Statement q = db.prepare("SELECT record_id FROM fd_history WHERE event_id = ?");
        q.bind(1, e.amends);
        if (q.step())
            recordId = q.text(0);
    }
    // An event the read model cannot place (an amendment of a record it does not have,
    // e.g. after a partial sync) is noted with an empty record id, so that it counts as
    // seen; nothing is shown for it.
    auto noteOrphan = [&db, &e]() {
        db.prepare("INSERT OR IGNORE INTO fd_history(event_id, record_id, hlc, device_id, type, "
                   "fields) VALUES (?, '', ?, ?, ?, '')")
            .bind(1, e.eventId)
            .bind(2, e.hlc.packed())
            .bind(3, e.deviceId)
            .bind(4, e.type)
            .run();
    };
    if (recordId.isEmpty())
        return noteOrphan();

    // Handover confirmations become one field per party.
    if (e.type == QLatin1String(field_events::KitHandoverConfirmed)) {
        const QString party = payload.value(u"party"_s).toString();
        if (party != u"clinician"_s && party != u"officer"_s)
            return noteOrphan();
        QJsonObject conf = payload;
        conf.remove(u"party"_s);
        conf.insert(u"deviceId"_s, e.deviceId);
        conf.insert(u"confirmedAt"_s, QJsonValue(e.hlc.wallMsecs));
        payload = QJsonObject{
            {party == u"clinician"_s ? u"handoverClinician"_s : u"handoverOfficer"_s, conf}};
    }

    const QString st = stamp(e);
    std::optional<qint64> rowId;
    QJsonObject data;
    QJsonObject stamps;
    bool isProtected = false;
    QString keywordId;
    {
        Statement q = db.prepare("SELECT row_id, data, field_stamps, protected, keyword_id, kind "
                                 "FROM fd_record WHERE record_id = ?");
        q.bind(1, recordId);
        if (q.step()) {
            if (q.text(5) != recordKindKey(*kind))
                return noteOrphan(); // names a record of another kind
            rowId = q.int64(0);
            data = parseObject(q.textUtf8(1));
            stamps = parseObject(q.textUtf8(2));
            isProtected = q.int64(3) != 0;
            keywordId = q.isNull(4) ? QString() : q.text(4);
        }
    }

    QStringList fields;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        fields << it.key();
        const QString old = stamps.value(it.key()).toString();
        if (old.isEmpty() || old < st) {
            data.insert(it.key(), it.value());
            stamps.insert(it.key(), st);
        }
    }
    fields.sort();

    if (data.contains(u"protected"_s))
        isProtected = data.value(u"protected"_s).toBool();
    else if (!rowId)
        isProtected = defaultProtected(*kind);
    if (data.contains(u"keywordId"_s))
        keywordId = data.value(u"keywordId"_s).toString();
    const bool isChild = *kind == RecordKind::Person && childFromPersonData(data);

    if (!rowId) {
        Statement q = db.prepare(
            "INSERT INTO fd_record(record_id, case_id, kind, person_id, record_key, keyword_id, "
            "protected, is_child, data, field_stamps, created_hlc, created_event, created_device, "
            "updated_hlc, updated_device, change_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
        const QString personId =
            *kind == RecordKind::Person ? QString() : data.value(u"personId"_s).toString();
        const QString key =
            *kind == RecordKind::Sign ? data.value(u"indicatorId"_s).toString() : QString();
        q.bind(1, recordId)
            .bind(2, e.caseId)
            .bind(3, recordKindKey(*kind))
            .bind(4, personId.isEmpty() ? QString() : personId)
            .bind(5, key.isEmpty() ? QString() : key)
            .bind(6, keywordId.isEmpty() ? QString() : keywordId)
            .bind(7, qint64(isProtected ? 1 : 0))
            .bind(8, qint64(isChild ? 1 : 0))
            .bindText(9, compact(data))
            .bindText(10, compact(stamps))
            .bind(11, e.hlc.packed())
            .bind(12, e.eventId)
            .bind(13, e.deviceId)
            .bind(14, e.hlc.packed())
            .bind(15, e.deviceId);
        q.run();
        rowId = db.lastInsertRowId();
    } else {
        // The creation stamp is the earliest event; the update stamp the latest.
        Statement q = db.prepare(
            "UPDATE fd_record SET data = ?, field_stamps = ?, protected = ?, keyword_id = ?, "
            "is_child = ?, change_count = change_count + 1, "
            "updated_device = CASE WHEN ? > updated_hlc THEN ? ELSE updated_device END, "
            "updated_hlc = max(updated_hlc, ?), "
            "created_device = CASE WHEN ? < created_hlc THEN ? ELSE created_device END, "
            "created_event = CASE WHEN ? < created_hlc THEN ? ELSE created_event END, "
            "created_hlc = min(created_hlc, ?) WHERE row_id = ?");
        const qint64 h = e.hlc.packed();
        q.bindText(1, compact(data))
            .bindText(2, compact(stamps))
            .bind(3, qint64(isProtected ? 1 : 0))
            .bind(4, keywordId.isEmpty() ? QString() : keywordId)
            .bind(5, qint64(isChild ? 1 : 0))
            .bind(6, h)
            .bind(7, e.deviceId)
            .bind(8, h)
            .bind(9, h)
            .bind(10, e.deviceId)
            .bind(11, h)
            .bind(12, e.eventId)
            .bind(13, h)
            .bind(14, *rowId);
        q.run();
    }

    db.prepare("INSERT OR IGNORE INTO fd_history(event_id, record_id, hlc, device_id, type, "
               "fields) VALUES (?,?,?,?,?,?)")
        .bind(1, e.eventId)
        .bind(2, recordId)
        .bind(3, e.hlc.packed())
        .bind(4, e.deviceId)
        .bind(5, e.type)
        .bind(6, fields.join(u','))
        .run();

    reindex(db, *rowId, isProtected, *kind, data);
}

// ---------------------------------------------------------------------------------------
// Context

FieldContext::FieldContext(Database &database, Journal &journalRef,
                           const IndicatorCatalogue &indicatorCat,
                           const KeywordCatalogue &keywordCat, QString deviceIdentifier,
                           QString role)
    : db(database)
    , journal(journalRef)
    , indicators(indicatorCat)
    , keywords(keywordCat)
    , deviceId(std::move(deviceIdentifier))
    , roleKey(std::move(role)) {}

std::optional<RecordRow> FieldContext::record(const QString &recordId) const {
    Statement q = db.prepare("SELECT " LOTS_FD_COLUMNS " FROM fd_record WHERE record_id = ?");
    q.bind(1, recordId);
    if (!q.step())
        return std::nullopt;
    return readRow(q);
}

QList<RecordRow> FieldContext::records(const QString &caseId, RecordKind kind,
                                       const QString &personId, bool withProtectedData) const {
    QList<RecordRow> out;
    out.reserve(256);
    if (personId.isEmpty()) {
        Statement q = db.prepare("SELECT " LOTS_FD_COLUMNS " FROM fd_record "
                                 "WHERE case_id = ? AND kind = ? ORDER BY created_hlc, record_id");
        q.bind(1, caseId).bind(2, recordKindKey(kind));
        while (q.step())
            out.append(readRow(q, withProtectedData));
    } else {
        Statement q =
            db.prepare("SELECT " LOTS_FD_COLUMNS " FROM fd_record "
                       "WHERE person_id = ? AND kind = ? ORDER BY created_hlc, record_id");
        q.bind(1, personId).bind(2, recordKindKey(kind));
        while (q.step())
            out.append(readRow(q, withProtectedData));
    }
    return out;
}

QList<RecordRow> FieldContext::protectedRecords(const QString &caseId) const {
    QList<RecordRow> out;
    Statement q =
        caseId.isEmpty()
            ? db.prepare("SELECT " LOTS_FD_COLUMNS " FROM fd_record WHERE protected = 1 "
                         "ORDER BY case_id, created_hlc, record_id")
            : db.prepare("SELECT " LOTS_FD_COLUMNS " FROM fd_record WHERE protected = 1 AND "
                         "case_id = ? ORDER BY created_hlc, record_id");
    if (!caseId.isEmpty())
        q.bind(1, caseId);
    while (q.step())
        out.append(readRow(q));
    return out;
}

QString FieldContext::latestEventOf(const QString &recordId) const {
    Statement q = db.prepare("SELECT event_id FROM fd_history WHERE record_id = ? "
                             "ORDER BY hlc DESC, event_id DESC LIMIT 1");
    q.bind(1, recordId);
    return q.step() ? q.text(0) : QString();
}

QList<ChangeEntry> FieldContext::history(const RecordRow &row, bool revealed) const {
    QList<ChangeEntry> out;
    Statement q = db.prepare("SELECT h.event_id, h.type, h.device_id, h.hlc, h.fields, d.name, "
                             "d.role FROM fd_history h LEFT JOIN devices d "
                             "ON d.device_id = h.device_id "
                             "WHERE h.record_id = ? ORDER BY h.hlc, h.event_id");
    q.bind(1, row.recordId);
    const bool masked = row.isProtected && !revealed;
    while (q.step()) {
        ChangeEntry c;
        c.eventId = q.text(0);
        c.type = q.text(1);
        c.deviceId = q.text(2);
        c.hlc = Hlc::unpack(q.int64(3));
        c.atMsecs = c.hlc.wallMsecs;
        const QString f = q.text(4);
        c.fields = f.isEmpty() ? QStringList() : f.split(u',');
        c.deviceName = q.isNull(5) ? QString() : q.text(5);
        c.deviceRole = q.isNull(6) ? QString() : q.text(6);
        c.masked = masked;
        if (const auto ev = journal.event(c.eventId)) {
            c.position = ev->positionValue();
            if (!masked)
                c.values = ev->payloadObject();
        }
        out.append(c);
    }
    return out;
}

QString FieldContext::keywordLabel(const QString &keywordId) const {
    if (language != m_labelLanguage) {
        m_labelCache.clear();
        m_labelLanguage = language;
    }
    const auto cached = m_labelCache.constFind(keywordId);
    if (cached != m_labelCache.cend())
        return *cached;
    const Keyword *k = keywords.find(keywordId);
    const QString label = k ? k->label.text(language) : tr("Protected");
    m_labelCache.insert(keywordId, label);
    return label;
}

QString FieldContext::maskKeyword(const RecordRow &row) const {
    if (!row.keywordId.isEmpty())
        return row.keywordId;
    switch (row.kind) {
    case RecordKind::Sign:
        return QLatin1String(default_keywords::Sign);
    case RecordKind::Injury:
        return QLatin1String(default_keywords::Injury);
    case RecordKind::EvidenceKit:
        return QLatin1String(default_keywords::EvidenceKit);
    case RecordKind::Person:
    case RecordKind::Note:
        break;
    }
    return {};
}

Masking FieldContext::masking(const RecordRow &row, bool revealed) const {
    Masking m;
    m.keywordId = maskKeyword(row);
    m.keywordLabel = m.keywordId.isEmpty() ? QString() : keywordLabel(m.keywordId);
    m.masked = row.isProtected && !revealed;
    return m;
}

Event FieldContext::append(NewEvent event) {
    return journal.append(event);
}

void FieldContext::recordReveal(const QString &caseId, const QString &scope, const QString &itemId,
                                const QString &itemKind) {
    NewEvent e;
    e.caseId = caseId;
    e.type = QLatin1String(field_events::AuditRevealed);
    e.payload.insert(u"scope"_s, scope);
    e.payload.insert(u"role"_s, roleKey);
    if (!itemId.isEmpty())
        e.payload.insert(u"itemId"_s, itemId);
    if (!itemKind.isEmpty())
        e.payload.insert(u"itemKind"_s, itemKind);
    journal.append(e);
}

QString FieldContext::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

} // namespace lots
