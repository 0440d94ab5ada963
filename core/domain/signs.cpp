#include "domain/signs.h"

#include "content/indicator_catalogue.h"
#include "domain/persons.h"

using namespace Qt::StringLiterals;

namespace lots {

QString signStatusKey(SignStatus value) {
    switch (value) {
    case SignStatus::Observed:
        return u"observed"_s;
    case SignStatus::NotObserved:
        return u"not-observed"_s;
    case SignStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString signSourceKey(SignSource value) {
    switch (value) {
    case SignSource::ToldByPerson:
        return u"told-by-person"_s;
    case SignSource::ToldByOther:
        return u"told-by-other"_s;
    case SignSource::SeenByMe:
        break;
    }
    return u"seen"_s;
}

std::optional<SignStatus> signStatusFromKey(const QString &key) {
    for (SignStatus s : {SignStatus::Unknown, SignStatus::Observed, SignStatus::NotObserved}) {
        if (signStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

std::optional<SignSource> signSourceFromKey(const QString &key) {
    for (SignSource s : {SignSource::SeenByMe, SignSource::ToldByPerson, SignSource::ToldByOther}) {
        if (signSourceKey(s) == key)
            return s;
    }
    return std::nullopt;
}

Signs::Signs(FieldContext &context)
    : m_ctx(context) {}

WriteResult Signs::record(const SignInput &in, const std::optional<Position> &position) {
    const auto person = m_ctx.record(in.personId);
    if (!person || person->kind != RecordKind::Person)
        return WriteResult::refused(tr("Choose the person the sign is about."));
    const Indicator *indicator = m_ctx.indicators.find(in.indicatorId);
    if (!indicator)
        return WriteResult::refused(
            tr("This sign is not in the catalogue of signs: choose one from the list."));
    if (indicator->appliesTo == AppliesTo::Child && !person->isChild)
        return WriteResult::refused(
            tr("This sign applies only to children, and this person is not recorded as a child "
               "(under 18). Change the person's age group or estimated age first, or choose "
               "another sign."));
    if (indicator->appliesTo == AppliesTo::Adult && person->isChild)
        return WriteResult::refused(tr("This sign applies only to adults, and this person is "
                                       "recorded as a child (under 18)."));
    if (in.note.size() > 4000)
        return WriteResult::refused(tr("The note is too long: use at most 4000 characters."));

    const QString recordId = FieldRecordsProjection::signRecordId(in.personId, in.indicatorId);
    const QJsonObject full{{u"personId"_s, in.personId},
                           {u"indicatorId"_s, in.indicatorId},
                           {u"status"_s, signStatusKey(in.status)},
                           {u"note"_s, in.note.trimmed()},
                           {u"source"_s, signSourceKey(in.source)},
                           {u"protected"_s, in.isProtected}};
    NewEvent e;
    e.caseId = person->caseId;
    e.type = QLatin1String(field_events::SignRecorded);
    e.position = position;
    if (const auto existing = m_ctx.record(recordId)) {
        QJsonObject changes = changedFields(existing->data, full);
        if (changes.isEmpty())
            return WriteResult{recordId, {}, {}, {}};
        // The key fields always travel along: the event names its record by them.
        changes.insert(u"personId"_s, in.personId);
        changes.insert(u"indicatorId"_s, in.indicatorId);
        e.payload = changes;
        e.amends = m_ctx.latestEventOf(recordId);
    } else {
        e.payload = full;
    }
    const Event stored = m_ctx.append(e);
    return WriteResult{recordId, stored.eventId, {}, {}};
}

SignView Signs::viewOf(const RecordRow &row, bool revealed) const {
    SignView v;
    v.signId = row.recordId;
    v.caseId = row.caseId;
    v.personId = row.personId;
    v.mask = m_ctx.masking(row, revealed);
    v.isProtected = row.isProtected;
    v.changeCount = row.changeCount;
    v.recordedAtMsecs = row.createdHlc.wallMsecs;
    v.changedAtMsecs = row.updatedHlc.wallMsecs;
    if (v.mask.masked)
        return v;
    v.indicatorId = row.key;
    v.status =
        signStatusFromKey(row.data.value(u"status"_s).toString()).value_or(SignStatus::Unknown);
    v.note = row.data.value(u"note"_s).toString();
    v.source =
        signSourceFromKey(row.data.value(u"source"_s).toString()).value_or(SignSource::SeenByMe);
    return v;
}

QList<SignView> Signs::forPerson(const QString &personId) const {
    QList<SignView> out;
    out.reserve(128);
    const auto person = m_ctx.record(personId);
    if (!person)
        return out;
    for (const RecordRow &r : m_ctx.records(person->caseId, RecordKind::Sign, personId, false))
        out.append(viewOf(r, false));
    return out;
}

QList<SignView> Signs::forCase(const QString &caseId) const {
    QList<SignView> out;
    out.reserve(128);
    for (const RecordRow &r : m_ctx.records(caseId, RecordKind::Sign, {}, false))
        out.append(viewOf(r, false));
    return out;
}

std::optional<SignView> Signs::get(const QString &signId) const {
    const auto row = m_ctx.record(signId);
    if (!row || row->kind != RecordKind::Sign)
        return std::nullopt;
    return viewOf(*row, false);
}

std::optional<SignView> Signs::reveal(const QString &signId) {
    const auto row = m_ctx.record(signId);
    if (!row || row->kind != RecordKind::Sign)
        return std::nullopt;
    if (row->isProtected)
        m_ctx.recordReveal(row->caseId, u"item"_s, row->recordId, recordKindKey(row->kind));
    return viewOf(*row, true);
}

QList<ChangeEntry> Signs::history(const QString &signId) const {
    const auto row = m_ctx.record(signId);
    if (!row || row->kind != RecordKind::Sign)
        return {};
    return m_ctx.history(*row, false);
}

int Signs::countForCase(const QString &caseId) const {
    Statement q = m_ctx.db.prepare("SELECT count(*) FROM fd_record WHERE case_id = ? AND kind = ?");
    q.bind(1, caseId).bind(2, recordKindKey(RecordKind::Sign));
    return q.step() ? int(q.int64(0)) : 0;
}

} // namespace lots
