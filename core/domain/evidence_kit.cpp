#include "domain/evidence_kit.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lots {

namespace {

constexpr qint64 DayMsecs = 24LL * 60 * 60 * 1000;

std::optional<HandoverConfirmation> confirmationFrom(const QJsonValue &v) {
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    HandoverConfirmation c;
    c.name = o.value(u"name"_s).toString();
    c.receivingOfficer = o.value(u"receivingOfficer"_s).toString();
    c.handedOverAtMsecs = qint64(o.value(u"handedOverAt"_s).toDouble());
    c.deviceId = o.value(u"deviceId"_s).toString();
    c.confirmedAtMsecs = qint64(o.value(u"confirmedAt"_s).toDouble());
    return c;
}

} // namespace

QJsonObject EvidenceKitDetails::toJson() const {
    QJsonArray s;
    for (const EvidenceSample &x : samples) {
        s.append(
            QJsonObject{{u"type"_s, x.type}, {u"sampleId"_s, x.sampleId}, {u"taken"_s, x.taken}});
    }
    return QJsonObject{{u"kitId"_s, kitId},
                       {u"samples"_s, s},
                       {u"consentGiven"_s, consentGiven},
                       {u"consentAt"_s, QJsonValue(consentAtMsecs)},
                       {u"assaultAt"_s, QJsonValue(assaultAtMsecs)},
                       {u"examinedAt"_s, QJsonValue(examinedAtMsecs)},
                       {u"note"_s, note},
                       {u"protected"_s, isProtected}};
}

EvidenceKitDetails EvidenceKitDetails::fromJson(const QJsonObject &j) {
    EvidenceKitDetails d;
    d.kitId = j.value(u"kitId"_s).toString();
    for (const QJsonValue &v : j.value(u"samples"_s).toArray()) {
        const QJsonObject o = v.toObject();
        d.samples.append(EvidenceSample{o.value(u"type"_s).toString(),
                                        o.value(u"sampleId"_s).toString(),
                                        o.value(u"taken"_s).toBool()});
    }
    d.consentGiven = j.value(u"consentGiven"_s).toBool();
    d.consentAtMsecs = qint64(j.value(u"consentAt"_s).toDouble());
    d.assaultAtMsecs = qint64(j.value(u"assaultAt"_s).toDouble());
    d.examinedAtMsecs = qint64(j.value(u"examinedAt"_s).toDouble());
    d.note = j.value(u"note"_s).toString();
    d.isProtected = j.value(u"protected"_s).toBool(true);
    return d;
}

EvidenceKits::EvidenceKits(FieldContext &context)
    : m_ctx(context) {}

QStringList EvidenceKits::standardSampleTypes() {
    return {u"blood"_s,           u"urine"_s,     u"swab-oral"_s,   u"swab-vaginal"_s,
            u"swab-cervical"_s,   u"swab-anal"_s, u"swab-penile"_s, u"swab-skin"_s,
            u"fingernails"_s,     u"hair"_s,      u"clothing"_s,    u"sanitary-pad"_s,
            u"reference-sample"_s};
}

KitTiming EvidenceKits::assessTiming(qint64 assaultAtMsecs, qint64 examinedAtMsecs) {
    KitTiming t;
    if (assaultAtMsecs <= 0) {
        t.warning = tr("The time of the assault is not known: take the full set of samples.");
        return t;
    }
    const qint64 examined =
        examinedAtMsecs > 0 ? examinedAtMsecs : QDateTime::currentMSecsSinceEpoch();
    t.known = true;
    t.msecsSinceAssault = examined - assaultAtMsecs;
    t.daysSinceAssault = double(t.msecsSinceAssault) / double(DayMsecs);
    if (t.msecsSinceAssault < 0) {
        t.fullCollectionIndicated = true;
        t.warning = tr("The assault is recorded after the examination: check both times.");
        return t;
    }
    t.fullCollectionIndicated = t.msecsSinceAssault < FullCollectionDays * DayMsecs;
    if (!t.fullCollectionIndicated)
        t.warning = tr("More than %1 days since the assault: a full evidence collection is no "
                       "longer indicated. Document injuries and take only the samples that "
                       "can still be useful.")
                        .arg(FullCollectionDays);
    return t;
}

QString EvidenceKits::validate(const EvidenceKitDetails &d) {
    if (d.kitId.trimmed().isEmpty())
        return tr("Type the identifier printed on the kit.");
    bool anyTaken = false;
    for (const EvidenceSample &s : d.samples) {
        if (s.type.trimmed().isEmpty())
            return tr("Every sample needs a type.");
        if (s.taken) {
            anyTaken = true;
            if (s.sampleId.trimmed().isEmpty())
                return tr("Type the identifier of every sample taken.");
        }
    }
    if (anyTaken && !d.consentGiven)
        return tr("Record the person's consent before samples are taken.");
    if (d.consentGiven && d.consentAtMsecs <= 0)
        return tr("Record when consent was given.");
    if (d.assaultAtMsecs > 0 && d.examinedAtMsecs > 0 && d.assaultAtMsecs > d.examinedAtMsecs)
        return tr("The assault is recorded after the examination: check both times.");
    return {};
}

WriteResult EvidenceKits::record(const QString &personId, const EvidenceKitDetails &details,
                                 const std::optional<Position> &position) {
    const auto person = m_ctx.record(personId);
    if (!person || person->kind != RecordKind::Person)
        return WriteResult::refused(tr("Choose the person the samples are from."));
    const QString error = validate(details);
    if (!error.isEmpty())
        return WriteResult::refused(error);
    NewEvent e;
    e.caseId = person->caseId;
    e.type = QLatin1String(field_events::KitRecorded);
    e.payload = details.toJson();
    e.payload.insert(u"personId"_s, personId);
    e.position = position;
    const Event stored = m_ctx.append(e);
    WriteResult r{stored.eventId, stored.eventId, {}, {}};
    const KitTiming t = assessTiming(details.assaultAtMsecs, details.examinedAtMsecs);
    r.warning = t.warning;
    return r;
}

WriteResult EvidenceKits::amend(const QString &kitRecordId, const EvidenceKitDetails &details,
                                const std::optional<Position> &position) {
    const auto row = m_ctx.record(kitRecordId);
    if (!row || row->kind != RecordKind::EvidenceKit)
        return WriteResult::refused(tr("This evidence kit record no longer exists."));
    const QString error = validate(details);
    if (!error.isEmpty())
        return WriteResult::refused(error);
    const QJsonObject changes =
        changedFields(EvidenceKitDetails::fromJson(row->data).toJson(), details.toJson());
    if (changes.isEmpty())
        return WriteResult{kitRecordId, {}, {}, {}};
    NewEvent e;
    e.caseId = row->caseId;
    e.type = QLatin1String(field_events::KitAmended);
    e.payload = changes;
    e.amends = m_ctx.latestEventOf(kitRecordId);
    e.position = position;
    const Event stored = m_ctx.append(e);
    WriteResult r{kitRecordId, stored.eventId, {}, {}};
    r.warning = assessTiming(details.assaultAtMsecs, details.examinedAtMsecs).warning;
    return r;
}

WriteResult EvidenceKits::confirmHandover(const QString &kitRecordId, HandoverParty party,
                                          const QString &name, const QString &receivingOfficer,
                                          qint64 handedOverAtMsecs,
                                          const std::optional<Position> &position) {
    const auto row = m_ctx.record(kitRecordId);
    if (!row || row->kind != RecordKind::EvidenceKit)
        return WriteResult::refused(tr("This evidence kit record no longer exists."));
    if (name.trimmed().isEmpty())
        return WriteResult::refused(tr("Type the name of the person confirming the handover."));
    if (receivingOfficer.trimmed().isEmpty())
        return WriteResult::refused(tr("Type the name or service number of the receiving "
                                       "police officer."));
    if (handedOverAtMsecs <= 0)
        return WriteResult::refused(tr("Record when the kit was handed over."));
    const QString field =
        party == HandoverParty::Clinician ? u"handoverClinician"_s : u"handoverOfficer"_s;
    if (row->data.contains(field))
        return WriteResult::refused(party == HandoverParty::Clinician
                                        ? tr("The examining clinician has already confirmed "
                                             "the handover.")
                                        : tr("The receiving officer has already confirmed the "
                                             "handover."));
    NewEvent e;
    e.caseId = row->caseId;
    e.type = QLatin1String(field_events::KitHandoverConfirmed);
    e.payload =
        QJsonObject{{u"party"_s, party == HandoverParty::Clinician ? u"clinician"_s : u"officer"_s},
                    {u"name"_s, name.trimmed()},
                    {u"receivingOfficer"_s, receivingOfficer.trimmed()},
                    {u"handedOverAt"_s, QJsonValue(handedOverAtMsecs)}};
    e.amends = m_ctx.latestEventOf(kitRecordId);
    e.position = position;
    const Event stored = m_ctx.append(e);
    WriteResult r{kitRecordId, stored.eventId, {}, {}};
    if (const auto v = get(kitRecordId); v && !v->handoverComplete)
        r.warning = v->handoverProblem;
    return r;
}

EvidenceKitView EvidenceKits::viewOf(const RecordRow &row, bool revealed) const {
    EvidenceKitView v;
    v.kitRecordId = row.recordId;
    v.caseId = row.caseId;
    v.personId = row.personId;
    v.mask = m_ctx.masking(row, revealed);
    v.changeCount = row.changeCount;
    v.recordedAtMsecs = row.createdHlc.wallMsecs;
    v.clinicianConfirmation = confirmationFrom(row.data.value(u"handoverClinician"_s));
    v.officerConfirmation = confirmationFrom(row.data.value(u"handoverOfficer"_s));
    if (!v.clinicianConfirmation && !v.officerConfirmation) {
        v.handoverProblem = tr("Not handed over to the police yet.");
    } else if (!v.clinicianConfirmation) {
        v.handoverProblem = tr("Waiting for the examining clinician to confirm the handover.");
    } else if (!v.officerConfirmation) {
        v.handoverProblem = tr("Waiting for the receiving officer to confirm the handover.");
    } else if (v.clinicianConfirmation->receivingOfficer.compare(
                   v.officerConfirmation->receivingOfficer, Qt::CaseInsensitive) != 0) {
        v.handoverProblem = tr("The two confirmations name different receiving officers: "
                               "check with both and confirm again.");
    } else {
        v.handoverComplete = true;
    }
    const EvidenceKitDetails d = EvidenceKitDetails::fromJson(row.data);
    v.timing = assessTiming(d.assaultAtMsecs,
                            d.examinedAtMsecs > 0 ? d.examinedAtMsecs : row.createdHlc.wallMsecs);
    if (v.mask.masked) {
        v.details.isProtected = true;
        // The confirmations name people; only the fact that they exist shows when masked.
        if (v.clinicianConfirmation)
            v.clinicianConfirmation =
                HandoverConfirmation{{},
                                     {},
                                     0,
                                     v.clinicianConfirmation->deviceId,
                                     v.clinicianConfirmation->confirmedAtMsecs};
        if (v.officerConfirmation)
            v.officerConfirmation = HandoverConfirmation{{},
                                                         {},
                                                         0,
                                                         v.officerConfirmation->deviceId,
                                                         v.officerConfirmation->confirmedAtMsecs};
        v.timing = KitTiming{};
        return v;
    }
    v.details = d;
    return v;
}

QList<EvidenceKitView> EvidenceKits::forCase(const QString &caseId) const {
    QList<EvidenceKitView> out;
    for (const RecordRow &r : m_ctx.records(caseId, RecordKind::EvidenceKit))
        out.append(viewOf(r, false));
    return out;
}

std::optional<EvidenceKitView> EvidenceKits::get(const QString &kitRecordId) const {
    const auto row = m_ctx.record(kitRecordId);
    if (!row || row->kind != RecordKind::EvidenceKit)
        return std::nullopt;
    return viewOf(*row, false);
}

std::optional<EvidenceKitView> EvidenceKits::reveal(const QString &kitRecordId) {
    const auto row = m_ctx.record(kitRecordId);
    if (!row || row->kind != RecordKind::EvidenceKit)
        return std::nullopt;
    if (row->isProtected)
        m_ctx.recordReveal(row->caseId, u"item"_s, row->recordId, recordKindKey(row->kind));
    return viewOf(*row, true);
}

QList<ChangeEntry> EvidenceKits::history(const QString &kitRecordId) const {
    const auto row = m_ctx.record(kitRecordId);
    if (!row || row->kind != RecordKind::EvidenceKit)
        return {};
    return m_ctx.history(*row, false);
}

} // namespace lots
