#include "domain/persons.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lots {

namespace {

template <typename E>
E fromKey(const QString &key, std::initializer_list<E> values, QString (*toKey)(E), E fallback) {
    for (E v : values) {
        if (toKey(v) == key)
            return v;
    }
    return fallback;
}

AgeGroup ageGroupFromKey(const QString &k) {
    return fromKey(k, {AgeGroup::Unknown, AgeGroup::Child, AgeGroup::Adult}, &ageGroupKey,
                   AgeGroup::Unknown);
}
Gender genderFromKey(const QString &k) {
    return fromKey(k, {Gender::Unknown, Gender::Female, Gender::Male, Gender::Other}, &genderKey,
                   Gender::Unknown);
}
TriState triStateFromKey(const QString &k) {
    return fromKey(k, {TriState::Unknown, TriState::Yes, TriState::No}, &triStateKey,
                   TriState::Unknown);
}
AtAddress atAddressFromKey(const QString &k) {
    return fromKey(k, {AtAddress::Unknown, AtAddress::No, AtAddress::FullTime, AtAddress::PartTime},
                   &atAddressKey, AtAddress::Unknown);
}

PersonView viewOf(const RecordRow &row) {
    PersonView v;
    v.personId = row.recordId;
    v.caseId = row.caseId;
    v.details = PersonDetails::fromJson(row.data);
    v.isChild = row.isChild;
    v.changeCount = row.changeCount;
    v.addedAtMsecs = row.createdHlc.wallMsecs;
    v.changedAtMsecs = row.updatedHlc.wallMsecs;
    v.addedByDevice = row.createdDevice;
    return v;
}

} // namespace

QString ageGroupKey(AgeGroup value) {
    switch (value) {
    case AgeGroup::Child:
        return u"child"_s;
    case AgeGroup::Adult:
        return u"adult"_s;
    case AgeGroup::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString genderKey(Gender value) {
    switch (value) {
    case Gender::Female:
        return u"female"_s;
    case Gender::Male:
        return u"male"_s;
    case Gender::Other:
        return u"other"_s;
    case Gender::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString triStateKey(TriState value) {
    switch (value) {
    case TriState::Yes:
        return u"yes"_s;
    case TriState::No:
        return u"no"_s;
    case TriState::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString atAddressKey(AtAddress value) {
    switch (value) {
    case AtAddress::No:
        return u"no"_s;
    case AtAddress::FullTime:
        return u"full-time"_s;
    case AtAddress::PartTime:
        return u"part-time"_s;
    case AtAddress::Unknown:
        break;
    }
    return u"unknown"_s;
}

QJsonObject PersonDetails::toJson() const {
    QJsonArray langs;
    for (const QString &l : languages)
        langs.append(l);
    QJsonArray kids;
    for (const ChildInPicture &c : children) {
        kids.append(QJsonObject{{u"own"_s, c.own},
                                {u"atAddress"_s, atAddressKey(c.atAddress)},
                                {u"estimatedAge"_s, fromOptionalInt(c.estimatedAge)}});
    }
    return QJsonObject{{u"label"_s, label},
                       {u"ageGroup"_s, ageGroupKey(ageGroup)},
                       {u"estimatedAge"_s, fromOptionalInt(estimatedAge)},
                       {u"gender"_s, genderKey(gender)},
                       {u"languages"_s, langs},
                       {u"interpreterNeeded"_s, interpreterNeeded},
                       {u"pregnant"_s, triStateKey(pregnant)},
                       {u"children"_s, kids},
                       {u"livesInAnotherCountry"_s, triStateKey(livesInAnotherCountry)},
                       {u"country"_s, country}};
}

PersonDetails PersonDetails::fromJson(const QJsonObject &j) {
    PersonDetails d;
    d.label = j.value(u"label"_s).toString();
    d.ageGroup = ageGroupFromKey(j.value(u"ageGroup"_s).toString());
    d.estimatedAge = optionalInt(j.value(u"estimatedAge"_s));
    d.gender = genderFromKey(j.value(u"gender"_s).toString());
    for (const QJsonValue &l : j.value(u"languages"_s).toArray())
        d.languages << l.toString();
    d.interpreterNeeded = j.value(u"interpreterNeeded"_s).toBool();
    d.pregnant = triStateFromKey(j.value(u"pregnant"_s).toString());
    for (const QJsonValue &v : j.value(u"children"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ChildInPicture c;
        c.own = o.value(u"own"_s).toBool(true);
        c.atAddress = atAddressFromKey(o.value(u"atAddress"_s).toString());
        c.estimatedAge = optionalInt(o.value(u"estimatedAge"_s));
        d.children.append(c);
    }
    d.livesInAnotherCountry = triStateFromKey(j.value(u"livesInAnotherCountry"_s).toString());
    d.country = j.value(u"country"_s).toString();
    return d;
}

bool PersonDetails::isChild() const {
    return FieldRecordsProjection::childFromPersonData(toJson());
}

Persons::Persons(FieldContext &context)
    : m_ctx(context) {}

QString Persons::validate(const PersonDetails &d) {
    if (d.label.trimmed().isEmpty())
        return tr("Give the person a label, for example \"Woman A\". A name or identity number "
                  "is not needed.");
    if (d.label.size() > 80)
        return tr("The label is too long: use at most 80 characters.");
    if (d.estimatedAge && (*d.estimatedAge < 0 || *d.estimatedAge > 120))
        return tr("The estimated age must be between 0 and 120 years.");
    if (d.ageGroup == AgeGroup::Adult && d.estimatedAge && *d.estimatedAge < 18)
        return tr("The estimated age is under 18: choose the age group \"child\" or "
                  "\"unknown\".");
    if (d.ageGroup == AgeGroup::Child && d.estimatedAge && *d.estimatedAge >= 18)
        return tr("The age group is \"child\" but the estimated age is 18 or over: correct "
                  "one of them.");
    for (const ChildInPicture &c : d.children) {
        if (c.estimatedAge && (*c.estimatedAge < 0 || *c.estimatedAge > 17))
            return tr("A child in the picture must have an estimated age between 0 and 17.");
    }
    for (const QString &l : d.languages) {
        if (l.trimmed().isEmpty())
            return tr("A language is empty: remove it or type its name.");
    }
    if (d.livesInAnotherCountry != TriState::Yes && !d.country.trimmed().isEmpty())
        return tr("A country is given but \"lives in another country\" is not \"yes\".");
    return {};
}

WriteResult Persons::add(const QString &caseId, const PersonDetails &details,
                         const std::optional<Position> &position) {
    if (caseId.isEmpty())
        return WriteResult::refused(tr("Open a case before adding a person."));
    const QString error = validate(details);
    if (!error.isEmpty())
        return WriteResult::refused(error);
    PersonDetails clean = details;
    clean.label = clean.label.trimmed();
    NewEvent e;
    e.caseId = caseId;
    e.type = QLatin1String(field_events::PersonAdded);
    e.payload = clean.toJson();
    e.position = position;
    const Event stored = m_ctx.append(e);
    return WriteResult{stored.eventId, stored.eventId, {}, {}};
}

WriteResult Persons::amend(const QString &personId, const PersonDetails &details,
                           const std::optional<Position> &position) {
    const auto row = m_ctx.record(personId);
    if (!row || row->kind != RecordKind::Person)
        return WriteResult::refused(tr("This person is not in the case any more."));
    const QString error = validate(details);
    if (!error.isEmpty())
        return WriteResult::refused(error);
    PersonDetails clean = details;
    clean.label = clean.label.trimmed();
    const QJsonObject changes =
        changedFields(PersonDetails::fromJson(row->data).toJson(), clean.toJson());
    if (changes.isEmpty())
        return WriteResult{personId, {}, {}, {}};
    NewEvent e;
    e.caseId = row->caseId;
    e.type = QLatin1String(field_events::PersonAmended);
    e.payload = changes;
    e.amends = m_ctx.latestEventOf(personId);
    e.position = position;
    const Event stored = m_ctx.append(e);
    return WriteResult{personId, stored.eventId, {}, {}};
}

std::optional<PersonView> Persons::get(const QString &personId) const {
    const auto row = m_ctx.record(personId);
    if (!row || row->kind != RecordKind::Person)
        return std::nullopt;
    return viewOf(*row);
}

QList<PersonView> Persons::list(const QString &caseId) const {
    QList<PersonView> out;
    out.reserve(128);
    for (const RecordRow &r : m_ctx.records(caseId, RecordKind::Person))
        out.append(viewOf(r));
    return out;
}

QList<ChangeEntry> Persons::history(const QString &personId) const {
    const auto row = m_ctx.record(personId);
    if (!row || row->kind != RecordKind::Person)
        return {};
    return m_ctx.history(*row, false);
}

} // namespace lots
