#include "domain/injuries.h"

#include <QHash>
#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lots {

namespace {

template <typename E>
std::optional<E> enumFromKey(const QString &key, std::initializer_list<E> all,
                             QString (*toKey)(E)) {
    for (E v : all) {
        if (toKey(v) == key)
            return v;
    }
    return std::nullopt;
}

constexpr std::initializer_list<InjuryType> AllTypes = {InjuryType::Bruise,
                                                        InjuryType::Abrasion,
                                                        InjuryType::Laceration,
                                                        InjuryType::Burn,
                                                        InjuryType::Bite,
                                                        InjuryType::StrangulationOrPressureMark,
                                                        InjuryType::SuspectedFracture,
                                                        InjuryType::Other};

} // namespace

QString bodyViewKey(BodyView v) {
    return v == BodyView::Back ? u"back"_s : u"front"_s;
}
QString bodyFigureKey(BodyFigure v) {
    return v == BodyFigure::Child ? u"child"_s : u"adult"_s;
}
QString bodySideKey(BodySide v) {
    switch (v) {
    case BodySide::Left:
        return u"left"_s;
    case BodySide::Right:
        return u"right"_s;
    case BodySide::Midline:
        break;
    }
    return u"midline"_s;
}

QString injuryTypeKey(InjuryType v) {
    switch (v) {
    case InjuryType::Bruise:
        return u"bruise"_s;
    case InjuryType::Abrasion:
        return u"abrasion"_s;
    case InjuryType::Laceration:
        return u"laceration"_s;
    case InjuryType::Burn:
        return u"burn"_s;
    case InjuryType::Bite:
        return u"bite"_s;
    case InjuryType::StrangulationOrPressureMark:
        return u"strangulation-or-pressure-mark"_s;
    case InjuryType::SuspectedFracture:
        return u"suspected-fracture"_s;
    case InjuryType::Other:
        break;
    }
    return u"other"_s;
}

std::optional<InjuryType> injuryTypeFromKey(const QString &key) {
    return enumFromKey(key, AllTypes, &injuryTypeKey);
}

QJsonObject InjuryDetails::toJson() const {
    QJsonArray photos;
    for (const QString &p : photoRefs)
        photos.append(p);
    return QJsonObject{{u"marker"_s, QJsonObject{{u"view"_s, bodyViewKey(marker.view)},
                                                 {u"figure"_s, bodyFigureKey(marker.figure)},
                                                 {u"x"_s, marker.x},
                                                 {u"y"_s, marker.y},
                                                 {u"side"_s, bodySideKey(marker.side)}}},
                       {u"type"_s, injuryTypeKey(type)},
                       {u"lengthMm"_s, fromOptionalInt(lengthMm)},
                       {u"widthMm"_s, fromOptionalInt(widthMm)},
                       {u"shape"_s, shape},
                       {u"colour"_s, colour},
                       {u"estimatedAge"_s, estimatedAge},
                       {u"pain"_s, fromOptionalInt(pain)},
                       {u"statedCause"_s, statedCause},
                       {u"text"_s, text},
                       {u"redocumentOn"_s,
                        redocumentOn.isValid() ? redocumentOn.toString(Qt::ISODate) : QString()},
                       {u"photos"_s, photos},
                       {u"protected"_s, isProtected}};
}

InjuryDetails InjuryDetails::fromJson(const QJsonObject &j) {
    InjuryDetails d;
    const QJsonObject m = j.value(u"marker"_s).toObject();
    d.marker.view = m.value(u"view"_s).toString() == u"back"_s ? BodyView::Back : BodyView::Front;
    d.marker.figure =
        m.value(u"figure"_s).toString() == u"child"_s ? BodyFigure::Child : BodyFigure::Adult;
    d.marker.x = m.value(u"x"_s).toDouble();
    d.marker.y = m.value(u"y"_s).toDouble();
    d.marker.side = enumFromKey(m.value(u"side"_s).toString(),
                                {BodySide::Left, BodySide::Right, BodySide::Midline}, &bodySideKey)
                        .value_or(BodySide::Midline);
    d.type = injuryTypeFromKey(j.value(u"type"_s).toString()).value_or(InjuryType::Other);
    d.lengthMm = optionalInt(j.value(u"lengthMm"_s));
    d.widthMm = optionalInt(j.value(u"widthMm"_s));
    d.shape = j.value(u"shape"_s).toString();
    d.colour = j.value(u"colour"_s).toString();
    d.estimatedAge = j.value(u"estimatedAge"_s).toString();
    d.pain = optionalInt(j.value(u"pain"_s));
    d.statedCause = j.value(u"statedCause"_s).toString();
    d.text = j.value(u"text"_s).toString();
    d.redocumentOn = QDate::fromString(j.value(u"redocumentOn"_s).toString(), Qt::ISODate);
    for (const QJsonValue &p : j.value(u"photos"_s).toArray())
        d.photoRefs << p.toString();
    d.isProtected = j.value(u"protected"_s).toBool(true);
    return d;
}

Injuries::Injuries(FieldContext &context)
    : m_ctx(context) {}

QString Injuries::validateMarker(const BodyMarker &m) {
    if (!std::isfinite(m.x) || !std::isfinite(m.y) || m.x < 0.0 || m.x > 1.0 || m.y < 0.0 ||
        m.y > 1.0)
        return tr("The marker is outside the body map: tap on the figure to place it.");
    return {};
}

QString Injuries::validate(const InjuryDetails &d) {
    const QString markerError = validateMarker(d.marker);
    if (!markerError.isEmpty())
        return markerError;
    for (const auto &mm : {d.lengthMm, d.widthMm}) {
        if (mm && (*mm <= 0 || *mm > MaxMeasurementMm))
            return tr("A measurement must be between 1 and %1 mm.").arg(MaxMeasurementMm);
    }
    if (d.pain && (*d.pain < 0 || *d.pain > 10))
        return tr("Pain is rated from 0 (none) to 10 (worst imaginable).");
    if (d.text.size() > 20000 || d.statedCause.size() > 4000)
        return tr("The text is too long: shorten it or add a note.");
    return {};
}

BodySide Injuries::sideFromTap(BodyView view, double x, double midlineBand) {
    if (std::abs(x - 0.5) <= midlineBand)
        return BodySide::Midline;
    const bool viewerLeft = x < 0.5;
    // Front view: the person faces the viewer, so the viewer's left is the person's right.
    if (view == BodyView::Front)
        return viewerLeft ? BodySide::Right : BodySide::Left;
    return viewerLeft ? BodySide::Left : BodySide::Right;
}

WriteResult Injuries::record(const QString &personId, const InjuryDetails &details,
                             const std::optional<Position> &position) {
    const auto person = m_ctx.record(personId);
    if (!person || person->kind != RecordKind::Person)
        return WriteResult::refused(tr("Choose the person the injury is on."));
    const QString error = validate(details);
    if (!error.isEmpty())
        return WriteResult::refused(error);
    NewEvent e;
    e.caseId = person->caseId;
    e.type = QLatin1String(field_events::InjuryRecorded);
    e.payload = details.toJson();
    e.payload.insert(u"personId"_s, personId);
    e.position = position;
    const Event stored = m_ctx.append(e);
    WriteResult r{stored.eventId, stored.eventId, {}, {}};
    if (details.marker.figure == BodyFigure::Adult && person->isChild)
        r.warning = tr("The person is a child but the marker is on the adult figure.");
    return r;
}

WriteResult Injuries::amend(const QString &injuryId, const InjuryDetails &details,
                            const std::optional<Position> &position) {
    const auto row = m_ctx.record(injuryId);
    if (!row || row->kind != RecordKind::Injury)
        return WriteResult::refused(tr("This injury record no longer exists."));
    const QString error = validate(details);
    if (!error.isEmpty())
        return WriteResult::refused(error);
    const QJsonObject changes =
        changedFields(InjuryDetails::fromJson(row->data).toJson(), details.toJson());
    if (changes.isEmpty())
        return WriteResult{injuryId, {}, {}, {}};
    NewEvent e;
    e.caseId = row->caseId;
    e.type = QLatin1String(field_events::InjuryAmended);
    e.payload = changes;
    e.amends = m_ctx.latestEventOf(injuryId);
    e.position = position;
    const Event stored = m_ctx.append(e);
    return WriteResult{injuryId, stored.eventId, {}, {}};
}

InjuryView Injuries::viewOf(const RecordRow &row, int number, bool revealed) const {
    InjuryView v;
    v.injuryId = row.recordId;
    v.caseId = row.caseId;
    v.personId = row.personId;
    v.number = number;
    v.mask = m_ctx.masking(row, revealed);
    v.changeCount = row.changeCount;
    v.recordedAtMsecs = row.createdHlc.wallMsecs;
    v.changedAtMsecs = row.updatedHlc.wallMsecs;
    if (!v.mask.masked)
        v.details = InjuryDetails::fromJson(row.data);
    v.details.isProtected = row.isProtected;
    return v;
}

QList<InjuryView> Injuries::numbered(const QList<RecordRow> &rows) const {
    // Rows come oldest first (created HLC, then id), so numbers are stable everywhere.
    QHash<QString, int> next;
    QList<InjuryView> out;
    out.reserve(rows.size());
    for (const RecordRow &r : rows)
        out.append(viewOf(r, ++next[r.personId], false));
    return out;
}

QList<InjuryView> Injuries::forPerson(const QString &personId) const {
    const auto person = m_ctx.record(personId);
    if (!person)
        return {};
    return numbered(m_ctx.records(person->caseId, RecordKind::Injury, personId, false));
}

QList<InjuryView> Injuries::forCase(const QString &caseId) const {
    return numbered(m_ctx.records(caseId, RecordKind::Injury, {}, false));
}

std::optional<InjuryView> Injuries::get(const QString &injuryId) const {
    const auto row = m_ctx.record(injuryId);
    if (!row || row->kind != RecordKind::Injury)
        return std::nullopt;
    for (const InjuryView &v : forPerson(row->personId)) {
        if (v.injuryId == injuryId)
            return v;
    }
    return std::nullopt;
}

std::optional<InjuryView> Injuries::reveal(const QString &injuryId) {
    const auto row = m_ctx.record(injuryId);
    if (!row || row->kind != RecordKind::Injury)
        return std::nullopt;
    const auto masked = get(injuryId);
    if (row->isProtected)
        m_ctx.recordReveal(row->caseId, u"item"_s, row->recordId, recordKindKey(row->kind));
    return viewOf(*row, masked ? masked->number : 0, true);
}

QList<ChangeEntry> Injuries::history(const QString &injuryId) const {
    const auto row = m_ctx.record(injuryId);
    if (!row || row->kind != RecordKind::Injury)
        return {};
    return m_ctx.history(*row, false);
}

QList<InjuryView> Injuries::dueForRedocumentation(const QString &caseId, const QDate &day) const {
    QList<InjuryView> out;
    const QList<RecordRow> rows = m_ctx.records(caseId, RecordKind::Injury);
    const QList<InjuryView> views = numbered(rows);
    for (int i = 0; i < rows.size(); ++i) {
        const QDate due =
            QDate::fromString(rows[i].data.value(u"redocumentOn"_s).toString(), Qt::ISODate);
        if (due.isValid() && due <= day) {
            InjuryView v = views[i];
            v.details.redocumentOn = due; // the date is not sensitive; the reminder needs it
            out.append(v);
        }
    }
    return out;
}

int Injuries::countForCase(const QString &caseId) const {
    Statement q = m_ctx.db.prepare("SELECT count(*) FROM fd_record WHERE case_id = ? AND kind = ?");
    q.bind(1, caseId).bind(2, recordKindKey(RecordKind::Injury));
    return q.step() ? int(q.int64(0)) : 0;
}

} // namespace lots
