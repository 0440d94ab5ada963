#include "field_controller.h"

#include "app_controller.h"
#include "case_controller.h"
#include "display_format.h"
#include "field_services.h"
#include "position_service.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace lots {

namespace {

SecureBytes toSecure(const QString &text) {
    QByteArray utf8 = text.toUtf8();
    return SecureBytes::takeFrom(utf8);
}

QString timeOfDay(qint64 msecs) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs).time(),
                              QStringLiteral("HH:mm"));
}

} // namespace

FieldController::FieldController(AppController *app, CaseController *cases, FieldServices *services,
                                 QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_cases(cases)
    , m_services(services)
    , m_persons(new RowListModel({u"personId"_s, u"label"_s, u"isChild"_s, u"ageText"_s,
                                  u"summary"_s, u"changeCount"_s, u"changesText"_s,
                                  u"positionText"_s, u"signsText"_s, u"injuriesText"_s},
                                 this))
    , m_signs(new RowListModel({u"indicatorId"_s, u"signId"_s, u"groupId"_s, u"groupTitle"_s,
                                u"text"_s, u"hasHelp"_s, u"recorded"_s, u"masked"_s, u"status"_s,
                                u"statusText"_s, u"note"_s, u"source"_s, u"changeCount"_s,
                                u"changesText"_s, u"positionText"_s},
                               this))
    , m_notes(new RowListModel({u"noteId"_s, u"keywordId"_s, u"keywordLabel"_s, u"masked"_s,
                                u"isProtected"_s, u"protectedByHand"_s, u"title"_s, u"text"_s,
                                u"personLabel"_s, u"whenText"_s, u"changeCount"_s, u"changesText"_s,
                                u"positionText"_s},
                               this))
    , m_injuries(
          new RowListModel({u"injuryId"_s, u"number"_s, u"masked"_s, u"markerView"_s,
                            u"markerFigure"_s, u"markerX"_s, u"markerY"_s, u"title"_s, u"summary"_s,
                            u"changeCount"_s, u"changesText"_s, u"positionText"_s},
                           this))
    , m_kits(new RowListModel({u"kitRecordId"_s, u"masked"_s, u"title"_s, u"summary"_s,
                               u"handoverText"_s, u"handoverComplete"_s, u"changesText"_s,
                               u"positionText"_s},
                              this))
    , m_search(new RowListModel(
          {u"caseId"_s, u"caseTitle"_s, u"itemId"_s, u"kindText"_s, u"snippet"_s, u"isProtected"_s},
          this))
    , m_audit(new RowListModel({u"eventId"_s, u"whenText"_s, u"whoText"_s, u"whatText"_s}, this)) {
    connect(app, &AppController::sessionEnding, this, &FieldController::forget);
    connect(services, &FieldServices::started, this, &FieldController::refresh);
    if (PositionService *ps = services->position()) {
        connect(ps, &PositionService::statusChanged, this,
                &FieldController::positionSettingsChanged);
        connect(ps, &PositionService::settingsChanged, this,
                &FieldController::positionSettingsChanged);
    }
    connect(cases, &CaseController::currentChanged, this, [this] {
        if (!m_cases || !m_cases->hasCase()) {
            m_personId.clear();
            m_revealed.clear();
        }
        refresh();
    });
}

FieldController::~FieldController() = default;

bool FieldController::ready() const {
    return m_services->docs() != nullptr && !caseId().isEmpty();
}

QString FieldController::caseId() const {
    return m_cases ? m_cases->caseId() : QString();
}

QString FieldController::language() const {
    return m_language;
}

void FieldController::setLanguage(const QString &language) {
    if (m_language == language)
        return;
    m_language = language;
    if (FieldDocumentation *docs = m_services->docs())
        docs->context().language = language;
    refresh();
}

QString FieldController::disclaimer() const {
    return m_services->indicators().disclaimer().text(language());
}

QVariantList FieldController::keywordOptions() const {
    QVariantList out;
    for (const Keyword &k : m_services->keywords().keywords())
        out << QVariantMap{{u"key"_s, k.id},
                           {u"name"_s, k.label.text(language())},
                           {u"isProtected"_s, k.isProtected},
                           {u"help"_s, k.help.text(language())}};
    return out;
}

QVariantList FieldController::injuryTypeOptions() const {
    const QList<std::pair<InjuryType, QString>> types = {
        {InjuryType::Bruise, tr("Bruise")},
        {InjuryType::Abrasion, tr("Abrasion (graze)")},
        {InjuryType::Laceration, tr("Laceration (cut or tear)")},
        {InjuryType::Burn, tr("Burn")},
        {InjuryType::Bite, tr("Bite")},
        {InjuryType::StrangulationOrPressureMark, tr("Strangulation or pressure mark")},
        {InjuryType::SuspectedFracture, tr("Suspected fracture")},
        {InjuryType::Other, tr("Other")},
    };
    QVariantList out;
    for (const auto &[type, name] : types)
        out << QVariantMap{{u"key"_s, injuryTypeKey(type)}, {u"name"_s, name}};
    return out;
}

QVariantList FieldController::sampleTypeOptions() const {
    const QHash<QString, QString> names = {
        {u"blood"_s, tr("Blood")},
        {u"urine"_s, tr("Urine")},
        {u"swab-oral"_s, tr("Swab, mouth")},
        {u"swab-vaginal"_s, tr("Swab, vagina")},
        {u"swab-cervical"_s, tr("Swab, cervix")},
        {u"swab-anal"_s, tr("Swab, anus")},
        {u"swab-penile"_s, tr("Swab, penis")},
        {u"swab-skin"_s, tr("Swab, skin")},
        {u"fingernails"_s, tr("Fingernails")},
        {u"hair"_s, tr("Hair")},
        {u"clothing"_s, tr("Clothing")},
        {u"sanitary-pad"_s, tr("Sanitary pad")},
        {u"reference-sample"_s, tr("Reference sample (DNA)")},
    };
    QVariantList out;
    for (const QString &key : EvidenceKits::standardSampleTypes())
        out << QVariantMap{{u"key"_s, key}, {u"name"_s, names.value(key, key)}};
    return out;
}

QString FieldController::positionPrecision() const {
    PositionService *ps = m_services->position();
    return ps ? ps->precisionKey() : u"off"_s;
}

void FieldController::setPositionPrecision(const QString &key) {
    PositionService *ps = m_services->position();
    if (!ps || ps->precisionKey() == key)
        return;
    ps->setPrecisionKey(key);
    emit positionSettingsChanged();
}

QString FieldController::positionStatus() const {
    PositionService *ps = m_services->position();
    if (!ps)
        return tr("Position not available on this device; records are saved without");
    return ps->statusText();
}

// --- words ------------------------------------------------------------------------

QString FieldController::positionWords(const std::optional<Position> &p) const {
    if (!p) {
        PositionService *ps = m_services->position();
        if (ps && ps->precision() == PositionPrecision::Off)
            return tr("Position is off; saved without");
        return tr("No position; saved without");
    }
    if (p->source == u"manual"_s || (p->latitude == 0 && p->longitude == 0))
        return tr("No position; place typed by hand: %1").arg(p->manualPlace);
    const QString when = p->fixTimeMsecs > 0 ? timeOfDay(p->fixTimeMsecs) : QString();
    QString words =
        p->horizontalAccuracyM >= 0
            ? tr("Position \u00b1%1 m, %2").arg(qRound(p->horizontalAccuracyM)).arg(when)
            : tr("Position (accuracy unknown), %1").arg(when);
    if (!p->manualPlace.isEmpty())
        words += u" \u00b7 "_s + p->manualPlace;
    return words;
}

QString FieldController::latestPositionWords(const RecordRow &row) const {
    FieldDocumentation *docs = m_services->docs();
    if (!docs)
        return {};
    const QList<ChangeEntry> entries = docs->context().history(row, false);
    if (entries.isEmpty())
        return {};
    return positionWords(entries.constLast().position);
}

QString FieldController::changesText(int changeCount) const {
    return changeCount > 0 ? tr("%n change(s)", nullptr, changeCount) : QString();
}

QJsonObject FieldController::contentOf(const QString &itemId) const {
    return m_revealed.value(itemId);
}

// --- refresh ----------------------------------------------------------------------

void FieldController::refresh() {
    if (FieldDocumentation *docs = m_services->docs())
        docs->context().language = language();
    if (!ready()) {
        m_persons->clear();
        m_signs->clear();
        m_notes->clear();
        m_injuries->clear();
        m_kits->clear();
        m_hasChild = false;
        m_ovPersons.clear();
        m_ovSigns.clear();
        m_ovInjuries.clear();
        m_ovNotes.clear();
        m_ovProtected.clear();
        m_ovLastChange.clear();
        m_ovMissing.clear();
        emit changed();
        return;
    }
    refreshPersons();
    refreshSigns();
    refreshNotes();
    refreshInjuries();
    refreshKits();
    refreshOverview();
    emit changed();
}

void FieldController::refreshOverview() {
    FieldDocumentation *docs = m_services->docs();
    const CaseOverview ov = docs->overview().overview(caseId());
    m_hasChild = ov.hasChild;
    QStringList names;
    for (const OverviewPerson &p : ov.persons)
        names << (p.isChild ? tr("%1 (CHILD)").arg(p.label) : p.label);
    m_ovPersons =
        ov.persons.isEmpty()
            ? tr("No persons recorded yet")
            : tr("%n person(s): %1", nullptr, int(ov.persons.size())).arg(names.join(u", "_s));
    m_ovSigns = tr("%n sign(s) recorded", nullptr, ov.signsRecorded);
    m_ovInjuries = tr("%n injury(ies) recorded", nullptr, ov.injuries);
    m_ovNotes = tr("%n note(s)", nullptr, ov.notes);
    m_ovProtected = tr("%n protected item(s), hidden until revealed", nullptr, ov.protectedItems);
    m_ovLastChange = ov.lastChangeMsecs > 0
                         ? tr("Last change %1").arg(formatMoment(ov.lastChangeMsecs))
                         : tr("Nothing recorded yet");
    m_ovMissing.clear();
    for (const MissingItem &m : ov.missing)
        m_ovMissing << m.text;
}

void FieldController::refreshPersons() {
    FieldDocumentation *docs = m_services->docs();
    const QList<RecordRow> rows = docs->context().records(caseId(), RecordKind::Person);
    const QList<InjuryView> injuries = docs->injuries().forCase(caseId());
    const QList<SignView> signs = docs->signs().forCase(caseId());
    QList<QVariantMap> out;
    bool selectedFound = false;
    for (const RecordRow &row : rows) {
        const PersonDetails d = PersonDetails::fromJson(row.data);
        QString age;
        switch (d.ageGroup) {
        case AgeGroup::Child:
            age = tr("Child under 18");
            break;
        case AgeGroup::Adult:
            age = tr("Adult");
            break;
        case AgeGroup::Unknown:
            age = tr("Age unknown");
            break;
        }
        if (d.estimatedAge)
            age += u", "_s + tr("about %n year(s)", nullptr, *d.estimatedAge);
        QStringList parts;
        if (!d.languages.isEmpty())
            parts << d.languages.join(u", "_s);
        if (d.interpreterNeeded)
            parts << tr("needs an interpreter");
        if (d.pregnant == TriState::Yes)
            parts << tr("pregnant");
        if (!d.children.isEmpty())
            parts << tr("%n child(ren) in the picture", nullptr, int(d.children.size()));
        if (d.livesInAnotherCountry == TriState::Yes)
            parts << (d.country.isEmpty() ? tr("lives in another country")
                                          : tr("lives in %1").arg(d.country));
        int nSigns = 0, nInjuries = 0;
        for (const SignView &s : signs)
            nSigns += s.personId == row.recordId ? 1 : 0;
        for (const InjuryView &i : injuries)
            nInjuries += i.personId == row.recordId ? 1 : 0;
        out << QVariantMap{{u"personId"_s, row.recordId},
                           {u"label"_s, d.label},
                           {u"isChild"_s, row.isChild},
                           {u"ageText"_s, age},
                           {u"summary"_s, parts.join(u" \u00b7 "_s)},
                           {u"changeCount"_s, row.changeCount},
                           {u"changesText"_s, changesText(row.changeCount)},
                           {u"positionText"_s, latestPositionWords(row)},
                           {u"signsText"_s, tr("Signs: %n recorded", nullptr, nSigns)},
                           {u"injuriesText"_s, tr("Body map: %n injury(ies)", nullptr, nInjuries)}};
        if (row.recordId == m_personId) {
            selectedFound = true;
            const bool child = row.isChild;
            if (m_personLabel != d.label || m_personIsChild != child) {
                m_personLabel = d.label;
                m_personIsChild = child;
                emit personChanged();
            }
        }
    }
    if (!selectedFound && !m_personId.isEmpty()) {
        m_personId.clear();
        m_personLabel.clear();
        m_personIsChild = false;
        emit personChanged();
    }
    m_persons->setRows(out);
}

QString FieldController::indicatorHelp(const QString &indicatorId) const {
    const Indicator *ind = m_services->indicators().find(indicatorId);
    return ind ? ind->help.text(language()) : QString();
}

void FieldController::refreshSigns() {
    FieldDocumentation *docs = m_services->docs();
    if (m_personId.isEmpty()) {
        m_signs->clear();
        return;
    }
    QHash<QString, SignView> byIndicator;
    for (const SignView &s : docs->signs().forPerson(m_personId)) {
        // A masked view carries no indicator id; the sign id is deterministic.
        QString ind = s.indicatorId;
        const QString prefix = u"sign:"_s + m_personId + u":"_s;
        if (ind.isEmpty() && s.signId.startsWith(prefix))
            ind = s.signId.mid(prefix.size());
        byIndicator.insert(ind, s);
    }
    const IndicatorCatalogue &cat = m_services->indicators();
    QList<QVariantMap> out;
    for (const IndicatorGroup &g : cat.groups()) {
        for (const Indicator &ind : cat.inGroup(g.id)) {
            if (m_personIsChild ? !ind.appliesToChild() : ind.appliesTo == AppliesTo::Child)
                continue;
            QVariantMap row{{u"indicatorId"_s, ind.id},
                            {u"groupId"_s, g.id},
                            {u"groupTitle"_s, g.title.text(language())},
                            {u"text"_s, ind.text.text(language())},
                            {u"hasHelp"_s, !ind.help.text(language()).isEmpty()},
                            {u"recorded"_s, false},
                            {u"masked"_s, false},
                            {u"status"_s, QString()},
                            {u"statusText"_s, tr("Not recorded")},
                            {u"note"_s, QString()},
                            {u"source"_s, u"seen"_s},
                            {u"signId"_s, FieldRecordsProjection::signRecordId(m_personId, ind.id)},
                            {u"changeCount"_s, 0},
                            {u"changesText"_s, QString()},
                            {u"positionText"_s, QString()}};
            const auto it = byIndicator.constFind(ind.id);
            if (it != byIndicator.constEnd()) {
                const SignView &s = *it;
                row[u"recorded"_s] = true;
                row[u"changeCount"_s] = s.changeCount;
                row[u"changesText"_s] = changesText(s.changeCount);
                if (auto rec = docs->context().record(s.signId))
                    row[u"positionText"_s] = latestPositionWords(*rec);
                QJsonObject content;
                if (!s.mask.masked) {
                    content = QJsonObject{{u"status"_s, signStatusKey(s.status)},
                                          {u"note"_s, s.note},
                                          {u"source"_s, signSourceKey(s.source)}};
                } else if (m_revealed.contains(s.signId)) {
                    content = contentOf(s.signId);
                }
                if (content.isEmpty()) {
                    row[u"masked"_s] = true;
                    row[u"statusText"_s] = tr("Recorded \u00b7 protected");
                } else {
                    const QString status = content.value(u"status"_s).toString();
                    row[u"status"_s] = status;
                    row[u"statusText"_s] = status == u"observed"_s       ? tr("Observed")
                                           : status == u"not-observed"_s ? tr("Not observed")
                                                                         : tr("Unknown");
                    row[u"note"_s] = content.value(u"note"_s).toString();
                    row[u"source"_s] = content.value(u"source"_s).toString(u"seen"_s);
                }
            }
            out << row;
        }
    }
    m_signs->setRows(out);
}

void FieldController::refreshNotes() {
    FieldDocumentation *docs = m_services->docs();
    QHash<QString, QString> labels;
    for (const QVariantMap &p : m_persons->rows())
        labels.insert(p.value(u"personId"_s).toString(), p.value(u"label"_s).toString());
    QList<QVariantMap> out;
    for (const NoteView &n : docs->notes().list(caseId())) {
        const QString kwLabel = n.mask.masked ? n.mask.keywordLabel : n.keywordLabel;
        QString text = n.text;
        bool masked = n.mask.masked;
        if (masked && m_revealed.contains(n.noteId)) {
            text = contentOf(n.noteId).value(u"text"_s).toString();
            masked = false;
        }
        QString keywordLabel = kwLabel;
        if (!n.mask.masked || masked)
            keywordLabel = kwLabel;
        else
            keywordLabel =
                docs->context().keywordLabel(contentOf(n.noteId).value(u"keywordId"_s).toString());
        out << QVariantMap{
            {u"noteId"_s, n.noteId},
            {u"keywordId"_s, n.mask.masked ? n.mask.keywordId : n.keywordId},
            {u"keywordLabel"_s, keywordLabel},
            {u"masked"_s, masked},
            {u"isProtected"_s, n.isProtected || n.mask.masked},
            {u"protectedByHand"_s, n.protectedByHand},
            {u"title"_s, masked ? tr("Protected note: %1").arg(keywordLabel) : keywordLabel},
            {u"text"_s, masked ? QString() : text},
            {u"personLabel"_s, labels.value(n.personId)},
            {u"whenText"_s, formatMoment(n.changedAtMsecs)},
            {u"changeCount"_s, n.changeCount},
            {u"changesText"_s, changesText(n.changeCount)},
            {u"positionText"_s, [&] {
                 auto rec = docs->context().record(n.noteId);
                 return rec ? latestPositionWords(*rec) : QString();
             }()}};
    }
    m_notes->setRows(out);
}

void FieldController::refreshInjuries() {
    FieldDocumentation *docs = m_services->docs();
    if (m_personId.isEmpty()) {
        m_injuries->clear();
        return;
    }
    const QVariantList types = injuryTypeOptions();
    auto typeName = [&types](const QString &key) {
        for (const QVariant &t : types)
            if (t.toMap().value(u"key"_s).toString() == key)
                return t.toMap().value(u"name"_s).toString();
        return key;
    };
    QList<QVariantMap> out;
    for (const InjuryView &v : docs->injuries().forPerson(m_personId)) {
        std::optional<InjuryDetails> d;
        if (!v.mask.masked)
            d = v.details;
        else if (m_revealed.contains(v.injuryId))
            d = InjuryDetails::fromJson(contentOf(v.injuryId));
        QVariantMap row{{u"injuryId"_s, v.injuryId},
                        {u"number"_s, v.number},
                        {u"masked"_s, !d.has_value()},
                        {u"markerView"_s, QString()},
                        {u"markerFigure"_s, QString()},
                        {u"markerX"_s, 0.0},
                        {u"markerY"_s, 0.0},
                        {u"changeCount"_s, v.changeCount},
                        {u"changesText"_s, changesText(v.changeCount)}};
        if (auto rec = docs->context().record(v.injuryId))
            row[u"positionText"_s] = latestPositionWords(*rec);
        if (!d) {
            row[u"title"_s] =
                tr("Protected injury %1: %2").arg(QString::number(v.number), v.mask.keywordLabel);
            row[u"summary"_s] = QString();
        } else {
            row[u"markerView"_s] = bodyViewKey(d->marker.view);
            row[u"markerFigure"_s] = bodyFigureKey(d->marker.figure);
            row[u"markerX"_s] = d->marker.x;
            row[u"markerY"_s] = d->marker.y;
            const QString side = d->marker.side == BodySide::Left    ? tr("person's left")
                                 : d->marker.side == BodySide::Right ? tr("person's right")
                                                                     : tr("midline");
            const QString view = d->marker.view == BodyView::Front ? tr("front") : tr("back");
            row[u"title"_s] =
                u"%1. %2"_s.arg(QString::number(v.number), typeName(injuryTypeKey(d->type)));
            QStringList parts{view + u", "_s + side};
            if (d->lengthMm || d->widthMm)
                parts << tr("%1 \u00d7 %2 mm")
                             .arg(d->lengthMm ? QString::number(*d->lengthMm) : u"?"_s,
                                  d->widthMm ? QString::number(*d->widthMm) : u"?"_s);
            if (!d->colour.isEmpty())
                parts << d->colour;
            if (d->redocumentOn.isValid())
                parts << tr("document again on %1")
                             .arg(QLocale().toString(d->redocumentOn, QLocale::ShortFormat));
            row[u"summary"_s] = parts.join(u" \u00b7 "_s);
        }
        out << row;
    }
    m_injuries->setRows(out);
}

void FieldController::refreshKits() {
    FieldDocumentation *docs = m_services->docs();
    QList<QVariantMap> out;
    for (const EvidenceKitView &k : docs->evidenceKits().forCase(caseId())) {
        const bool masked = k.mask.masked && !m_revealed.contains(k.kitRecordId);
        EvidenceKitDetails d = k.details;
        if (k.mask.masked && !masked)
            d = EvidenceKitDetails::fromJson(contentOf(k.kitRecordId));
        QString handover = k.handoverComplete ? tr("Handed over to the police: both confirmed")
                                              : k.handoverProblem;
        if (handover.isEmpty())
            handover = tr("Not handed over yet");
        QVariantMap row{{u"kitRecordId"_s, k.kitRecordId},
                        {u"masked"_s, masked},
                        {u"handoverText"_s, handover},
                        {u"handoverComplete"_s, k.handoverComplete},
                        {u"changesText"_s, changesText(k.changeCount)}};
        if (auto rec = docs->context().record(k.kitRecordId))
            row[u"positionText"_s] = latestPositionWords(*rec);
        if (masked) {
            row[u"title"_s] = tr("Protected evidence kit: %1").arg(k.mask.keywordLabel);
        } else {
            int taken = 0;
            for (const EvidenceSample &s : d.samples)
                taken += s.taken ? 1 : 0;
            row[u"title"_s] = tr("Evidence kit %1").arg(d.kitId);
            row[u"summary"_s] = tr("%n sample(s) taken", nullptr, taken);
        }
        out << row;
    }
    m_kits->setRows(out);
}

// --- writes -----------------------------------------------------------------------

void FieldController::setMessage(const QString &message, const QString &warning) {
    m_message = message;
    m_warning = warning;
    emit messageChanged();
}

void FieldController::clearMessage() {
    setMessage({});
}

bool FieldController::finishWrite(const WriteResult &result,
                                  const std::optional<Position> &position) {
    if (!result.ok()) {
        m_positionText.clear();
        setMessage(result.error);
        return false;
    }
    m_positionText = positionWords(position);
    setMessage({}, result.warning);
    if (m_cases && m_cases->cases())
        m_cases->cases()->refresh();
    refresh();
    return true;
}

QString FieldController::addPerson(const QVariantMap &details) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready()) {
        setMessage(tr("Open a case first."));
        return {};
    }
    const auto pos = m_services->positionNow();
    const WriteResult r = docs->persons().add(
        caseId(), PersonDetails::fromJson(QJsonObject::fromVariantMap(details)), pos);
    return finishWrite(r, pos) ? r.recordId : QString();
}

bool FieldController::amendPerson(const QString &personId, const QVariantMap &details) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready())
        return false;
    const auto pos = m_services->positionNow();
    return finishWrite(
        docs->persons().amend(personId,
                              PersonDetails::fromJson(QJsonObject::fromVariantMap(details)), pos),
        pos);
}

QVariantMap FieldController::personDetails(const QString &personId) const {
    FieldDocumentation *docs = m_services->docs();
    if (!docs)
        return {};
    const auto p = docs->persons().get(personId);
    return p ? p->details.toJson().toVariantMap() : QVariantMap();
}

bool FieldController::caseHasChild(const QString &id) const {
    FieldDocumentation *docs = m_services->docs();
    return docs && docs->overview().childFlags({id}).value(id, false);
}

bool FieldController::selectPerson(const QString &personId) {
    FieldDocumentation *docs = m_services->docs();
    if (!docs)
        return false;
    const auto p = docs->persons().get(personId);
    if (!p || p->caseId != caseId())
        return false;
    m_personId = personId;
    m_personLabel = p->details.label;
    m_personIsChild = p->isChild;
    emit personChanged();
    refreshSigns();
    refreshInjuries();
    emit changed();
    return true;
}

bool FieldController::recordSign(const QString &indicatorId, const QString &statusKey) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready() || m_personId.isEmpty())
        return false;
    const auto status = signStatusFromKey(statusKey);
    if (!status) {
        setMessage(tr("Choose observed, not observed or unknown."));
        return false;
    }
    SignInput in;
    in.personId = m_personId;
    in.indicatorId = indicatorId;
    in.status = *status;
    const QString signId = FieldRecordsProjection::signRecordId(m_personId, indicatorId);
    // Keep what was typed before (note, source) when only the status changes.
    QJsonObject before = m_revealed.value(signId);
    if (before.isEmpty()) {
        if (auto s = docs->signs().get(signId); s && !s->mask.masked)
            before = {{u"note"_s, s->note}, {u"source"_s, signSourceKey(s->source)}};
    }
    in.note = before.value(u"note"_s).toString();
    in.source =
        signSourceFromKey(before.value(u"source"_s).toString()).value_or(SignSource::SeenByMe);
    const auto pos = m_services->positionNow();
    const WriteResult r = docs->signs().record(in, pos);
    if (r.ok())
        m_revealed.insert(signId, {{u"status"_s, statusKey},
                                   {u"note"_s, in.note},
                                   {u"source"_s, signSourceKey(in.source)}});
    return finishWrite(r, pos);
}

bool FieldController::setSignDetails(const QString &indicatorId, const QString &note,
                                     const QString &sourceKey) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready() || m_personId.isEmpty())
        return false;
    const QString signId = FieldRecordsProjection::signRecordId(m_personId, indicatorId);
    QJsonObject content = m_revealed.value(signId);
    if (content.isEmpty()) {
        const auto s = docs->signs().get(signId);
        if (!s || s->mask.masked) {
            setMessage(tr("Show the protected signs first."));
            return false;
        }
        content = {{u"status"_s, signStatusKey(s->status)}};
    }
    SignInput in;
    in.personId = m_personId;
    in.indicatorId = indicatorId;
    in.status =
        signStatusFromKey(content.value(u"status"_s).toString()).value_or(SignStatus::Observed);
    in.note = note;
    in.source = signSourceFromKey(sourceKey).value_or(SignSource::SeenByMe);
    const auto pos = m_services->positionNow();
    const WriteResult r = docs->signs().record(in, pos);
    if (r.ok())
        m_revealed.insert(signId, {{u"status"_s, signStatusKey(in.status)},
                                   {u"note"_s, note},
                                   {u"source"_s, signSourceKey(in.source)}});
    return finishWrite(r, pos);
}

QString FieldController::addNote(const QString &keywordId, const QString &text,
                                 bool protectedByHand, const QString &personId) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready()) {
        setMessage(tr("Open a case first."));
        return {};
    }
    NoteInput in;
    in.caseId = caseId();
    in.personId = personId;
    in.keywordId = keywordId;
    in.text = text;
    in.protectedByHand = protectedByHand;
    const auto pos = m_services->positionNow();
    const WriteResult r = docs->notes().add(in, pos);
    return finishWrite(r, pos) ? r.recordId : QString();
}

bool FieldController::amendNoteText(const QString &noteId, const QString &text) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready())
        return false;
    const auto pos = m_services->positionNow();
    const WriteResult r = docs->notes().amendText(noteId, text, pos);
    if (r.ok() && m_revealed.contains(noteId))
        m_revealed[noteId].insert(u"text"_s, text);
    return finishWrite(r, pos);
}

bool FieldController::setNoteProtected(const QString &noteId, bool protectedByHand) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready())
        return false;
    const auto pos = m_services->positionNow();
    return finishWrite(docs->notes().setProtectedByHand(noteId, protectedByHand, pos), pos);
}

bool FieldController::keywordIsProtected(const QString &keywordId) const {
    return m_services->keywords().isProtected(keywordId);
}

QString FieldController::figureFor(const QString &personId) const {
    FieldDocumentation *docs = m_services->docs();
    const auto p = docs ? docs->persons().get(personId) : std::nullopt;
    return p && p->isChild ? u"child"_s : u"adult"_s;
}

QString FieldController::placeInjury(const QString &view, const QString &figure, double x,
                                     double y) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready() || m_personId.isEmpty())
        return {};
    InjuryDetails d;
    d.marker.view = view == u"back"_s ? BodyView::Back : BodyView::Front;
    d.marker.figure = figure == u"child"_s ? BodyFigure::Child : BodyFigure::Adult;
    d.marker.x = x;
    d.marker.y = y;
    d.marker.side = Injuries::sideFromTap(d.marker.view, x);
    const auto pos = m_services->positionNow();
    const WriteResult r = docs->injuries().record(m_personId, d, pos);
    if (r.ok())
        m_revealed.insert(r.recordId, d.toJson());
    return finishWrite(r, pos) ? r.recordId : QString();
}

bool FieldController::amendInjury(const QString &injuryId, const QVariantMap &details) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready())
        return false;
    QJsonObject json = QJsonObject::fromVariantMap(details);
    // "Document again in N days": the date is computed here, never typed.
    if (json.contains(u"redocumentInDays"_s)) {
        const int days = json.take(u"redocumentInDays"_s).toInt();
        json.insert(u"redocumentOn"_s,
                    days > 0 ? QDate::currentDate().addDays(days).toString(Qt::ISODate)
                             : QString());
    }
    // The marker stays where it was placed unless the form sends one.
    const QJsonObject current = injuryDetails(injuryId).isEmpty()
                                    ? QJsonObject()
                                    : QJsonObject::fromVariantMap(injuryDetails(injuryId));
    if (!json.contains(u"marker"_s))
        json.insert(u"marker"_s, current.value(u"marker"_s));
    if (!json.contains(u"protected"_s))
        json.insert(u"protected"_s, current.value(u"protected"_s).toBool(true));
    const InjuryDetails d = InjuryDetails::fromJson(json);
    const auto pos = m_services->positionNow();
    const WriteResult r = docs->injuries().amend(injuryId, d, pos);
    if (r.ok())
        m_revealed.insert(injuryId, d.toJson());
    return finishWrite(r, pos);
}

QVariantMap FieldController::injuryDetails(const QString &injuryId) const {
    FieldDocumentation *docs = m_services->docs();
    if (!docs)
        return {};
    const auto v = docs->injuries().get(injuryId);
    if (!v)
        return {};
    if (!v->mask.masked)
        return v->details.toJson().toVariantMap();
    if (m_revealed.contains(injuryId))
        return contentOf(injuryId).toVariantMap();
    return {};
}

QString FieldController::recordKit(const QVariantMap &details) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready() || m_personId.isEmpty()) {
        setMessage(tr("Choose a person first."));
        return {};
    }
    QJsonObject json = QJsonObject::fromVariantMap(details);
    // Times are computed here: now, and the assault "n days ago" (negative: unknown).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double daysAgo = json.take(u"assaultDaysAgo"_s).toDouble(-1);
    json.insert(u"assaultAt"_s,
                daysAgo >= 0 ? QJsonValue(now - qint64(daysAgo * 86400000.0)) : QJsonValue(0));
    json.insert(u"examinedAt"_s, QJsonValue(now));
    if (json.value(u"consentGiven"_s).toBool())
        json.insert(u"consentAt"_s, QJsonValue(now));
    const EvidenceKitDetails d = EvidenceKitDetails::fromJson(json);
    const auto pos = m_services->positionNow();
    const WriteResult r = docs->evidenceKits().record(m_personId, d, pos);
    if (r.ok())
        m_revealed.insert(r.recordId, d.toJson());
    return finishWrite(r, pos) ? r.recordId : QString();
}

bool FieldController::amendKit(const QString &kitRecordId, const QVariantMap &details) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready())
        return false;
    const EvidenceKitDetails d = EvidenceKitDetails::fromJson(QJsonObject::fromVariantMap(details));
    const auto pos = m_services->positionNow();
    const WriteResult r = docs->evidenceKits().amend(kitRecordId, d, pos);
    if (r.ok())
        m_revealed.insert(kitRecordId, d.toJson());
    return finishWrite(r, pos);
}

QVariantMap FieldController::kitDetails(const QString &kitRecordId) const {
    FieldDocumentation *docs = m_services->docs();
    if (!docs)
        return {};
    const auto v = docs->evidenceKits().get(kitRecordId);
    if (!v)
        return {};
    QVariantMap out;
    if (!v->mask.masked)
        out = v->details.toJson().toVariantMap();
    else if (m_revealed.contains(kitRecordId))
        out = contentOf(kitRecordId).toVariantMap();
    out.insert(u"handoverText"_s, v->handoverComplete
                                      ? tr("Handed over to the police: both confirmed")
                                      : v->handoverProblem);
    out.insert(u"clinicianConfirmed"_s, v->clinicianConfirmation.has_value());
    out.insert(u"officerConfirmed"_s, v->officerConfirmation.has_value());
    return out;
}

bool FieldController::confirmHandover(const QString &kitRecordId, const QString &party,
                                      const QString &name, const QString &receivingOfficer) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready())
        return false;
    const auto pos = m_services->positionNow();
    return finishWrite(
        docs->evidenceKits().confirmHandover(
            kitRecordId, party == u"officer"_s ? HandoverParty::Officer : HandoverParty::Clinician,
            name, receivingOfficer, QDateTime::currentMSecsSinceEpoch(), pos),
        pos);
}

QString FieldController::kitTimingText(double daysAgo) const {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const KitTiming t =
        EvidenceKits::assessTiming(daysAgo >= 0 ? now - qint64(daysAgo * 86400000.0) : 0, now);
    return t.warning;
}

// --- protection -------------------------------------------------------------------

bool FieldController::verify(const QString &passcode) {
    Session *session = m_app ? m_app->session() : nullptr;
    if (!session)
        return false;
    UnlockResult result;
    if (session->verifyPasscode(toSecure(passcode), &result)) {
        setMessage({});
        return true;
    }
    setMessage(result.message.isEmpty() ? tr("Wrong passcode.") : result.message);
    return false;
}

bool FieldController::reveal(const QString &itemId, const QString &passcode) {
    FieldDocumentation *docs = m_services->docs();
    if (!ready() || !verify(passcode))
        return false;
    if (itemId.startsWith(u"person:"_s)) {
        const QString personId = itemId.mid(7);
        for (const RecordRow &row : docs->context().protectedRecords(caseId())) {
            if (row.personId != personId)
                continue;
            if (auto item = docs->protection().reveal(row.recordId))
                m_revealed.insert(row.recordId, item->content);
        }
    } else {
        const auto item = docs->protection().reveal(itemId);
        if (!item) {
            setMessage(tr("This item is not on this device."));
            return false;
        }
        m_revealed.insert(itemId, item->content);
    }
    emit revealChanged();
    refresh();
    return true;
}

bool FieldController::isRevealed(const QString &itemId) const {
    return m_revealed.contains(itemId);
}

void FieldController::concealAll() {
    if (m_revealed.isEmpty())
        return;
    m_revealed.clear();
    emit revealChanged();
    refresh();
}

void FieldController::refreshAudit() {
    FieldDocumentation *docs = m_services->docs();
    if (!docs) {
        m_audit->clear();
        return;
    }
    const QString own = m_services->deviceId();
    QList<QVariantMap> out;
    // The case's entries, and searches over every case (which have no case).
    for (const AuditEntry &e : docs->protection().auditLog()) {
        if (!e.caseId.isEmpty() && e.caseId != caseId())
            continue;
        const auto role = roleFromKey(e.role);
        const QString roleName = role ? AppController::roleLabel(*role) : e.role;
        const QString who = e.deviceId == own
                                ? tr("This device (%1)").arg(roleName)
                                : tr("Device %1 (%2)").arg(e.deviceId.left(8), roleName);
        QString what;
        if (e.action == u"searched_protected"_s) {
            what = tr("Searched protected text (%n hit(s))", nullptr, e.hits.value_or(0));
        } else if (e.scope == u"case"_s) {
            what = tr("Revealed every protected item of the case");
        } else {
            QString kind = e.itemKind;
            if (const auto k = recordKindFromKey(e.itemKind)) {
                switch (*k) {
                case RecordKind::Note:
                    kind = tr("note");
                    break;
                case RecordKind::Sign:
                    kind = tr("sign");
                    break;
                case RecordKind::Injury:
                    kind = tr("injury");
                    break;
                case RecordKind::EvidenceKit:
                    kind = tr("evidence kit");
                    break;
                case RecordKind::Person:
                    kind = tr("person");
                    break;
                }
            }
            QString label;
            QString person;
            if (auto rec = docs->context().record(e.itemId)) {
                label = docs->context().maskKeyword(*rec);
                if (const auto p = docs->persons().get(rec->personId))
                    person = p->details.label;
            }
            what =
                tr("Revealed a protected %1 (%2)").arg(kind, docs->context().keywordLabel(label));
            if (!person.isEmpty())
                what += u" \u00b7 "_s + person;
        }
        out << QVariantMap{{u"eventId"_s, e.eventId},
                           {u"whenText"_s, formatMoment(e.atMsecs)},
                           {u"whoText"_s, who},
                           {u"whatText"_s, what}};
    }
    m_audit->setRows(out);
}

// --- search -----------------------------------------------------------------------

namespace {
QString kindWords(RecordKind kind) {
    switch (kind) {
    case RecordKind::Person:
        return FieldController::tr("Person");
    case RecordKind::Sign:
        return FieldController::tr("Sign");
    case RecordKind::Note:
        return FieldController::tr("Note");
    case RecordKind::Injury:
        return FieldController::tr("Injury");
    case RecordKind::EvidenceKit:
        return FieldController::tr("Evidence kit");
    }
    return {};
}
} // namespace

void FieldController::search(const QString &query) {
    FieldDocumentation *docs = m_services->docs();
    Session *session = m_app ? m_app->session() : nullptr;
    if (!docs || !session) {
        m_search->clear();
        return;
    }
    QList<QVariantMap> out;
    for (const SearchHit &h : docs->search().search(query)) {
        const auto summary = session->cases().get(h.caseId);
        out << QVariantMap{
            {u"caseId"_s, h.caseId},
            {u"caseTitle"_s, summary ? CaseListModel::titleFor(*summary) : QString()},
            {u"itemId"_s, h.itemId},
            {u"kindText"_s, kindWords(h.kind)},
            {u"snippet"_s, h.snippet},
            {u"isProtected"_s, false}};
    }
    m_search->setRows(out);
}

bool FieldController::searchProtected(const QString &query, const QString &passcode) {
    FieldDocumentation *docs = m_services->docs();
    Session *session = m_app ? m_app->session() : nullptr;
    if (!docs || !session || !verify(passcode))
        return false;
    search(query);
    QList<QVariantMap> out = m_search->rows();
    for (const SearchHit &h : docs->search().searchProtected(query)) {
        const auto summary = session->cases().get(h.caseId);
        out << QVariantMap{
            {u"caseId"_s, h.caseId},
            {u"caseTitle"_s, summary ? CaseListModel::titleFor(*summary) : QString()},
            {u"itemId"_s, h.itemId},
            {u"kindText"_s, kindWords(h.kind)},
            {u"snippet"_s, h.snippet},
            {u"isProtected"_s, true}};
    }
    m_search->setRows(out);
    emit revealChanged();
    return true;
}

// --- history ----------------------------------------------------------------------

QVariantList FieldController::history(const QString &recordId) const {
    FieldDocumentation *docs = m_services->docs();
    if (!docs)
        return {};
    const auto row = docs->context().record(recordId);
    if (!row)
        return {};
    const bool revealed = !row->isProtected || m_revealed.contains(recordId);
    const QString own = m_services->deviceId();
    QVariantList out;
    for (const ChangeEntry &e : docs->context().history(*row, revealed)) {
        QString what;
        if (e.masked) {
            what = tr("Changed: %1 (values protected)").arg(e.fields.join(u", "_s));
        } else {
            QStringList parts;
            for (const QString &f : e.fields) {
                const QJsonValue v = e.values.value(f);
                QString value;
                if (v.isString())
                    value = v.toString();
                else if (v.isDouble())
                    value = QString::number(v.toDouble());
                else if (v.isBool())
                    value = v.toBool() ? tr("yes") : tr("no");
                else if (v.isNull())
                    value = tr("(empty)");
                else
                    value = tr("(changed)");
                parts << f + u": "_s + value;
            }
            what = parts.join(u"; "_s);
        }
        out << QVariantMap{{u"when"_s, formatMoment(e.atMsecs)},
                           {u"who"_s, e.deviceId == own ? tr("this device")
                                                        : tr("device %1").arg(e.deviceId.left(8))},
                           {u"what"_s, what},
                           {u"where"_s, positionWords(e.position)}};
    }
    return out;
}

void FieldController::forget() {
    m_revealed.clear();
    m_personId.clear();
    m_personLabel.clear();
    m_personIsChild = false;
    m_positionText.clear();
    m_search->clear();
    m_audit->clear();
    setMessage({});
    m_persons->clear();
    m_signs->clear();
    m_notes->clear();
    m_injuries->clear();
    m_kits->clear();
    m_hasChild = false;
    m_ovPersons.clear();
    m_ovSigns.clear();
    m_ovInjuries.clear();
    m_ovNotes.clear();
    m_ovProtected.clear();
    m_ovLastChange.clear();
    m_ovMissing.clear();
    emit personChanged();
    emit revealChanged();
    emit changed();
}

} // namespace lots
