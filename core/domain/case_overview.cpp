#include "domain/case_overview.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lots {

CaseOverviewService::CaseOverviewService(FieldContext &context)
    : m_ctx(context) {}

void CaseOverviewService::setReportOfConcernCheck(ReportOfConcernCheck check) {
    m_reportCheck = std::move(check);
}

void CaseOverviewService::addMissingRule(MissingRule rule) {
    m_rules.append(std::move(rule));
}

CaseOverview CaseOverviewService::overview(const QString &caseId) const {
    CaseOverview o;
    o.caseId = caseId;
    {
        Statement q = m_ctx.db.prepare(
            "SELECT kind, count(*), sum(protected), max(updated_hlc) FROM fd_record "
            "WHERE case_id = ? GROUP BY kind");
        q.bind(1, caseId);
        qint64 last = 0;
        while (q.step()) {
            const auto kind = recordKindFromKey(q.text(0));
            const int n = int(q.int64(1));
            o.protectedItems += int(q.int64(2));
            last = qMax(last, q.int64(3));
            if (!kind)
                continue;
            switch (*kind) {
            case RecordKind::Sign:
                o.signsRecorded = n;
                break;
            case RecordKind::Injury:
                o.injuries = n;
                break;
            case RecordKind::Note:
                o.notes = n;
                break;
            case RecordKind::EvidenceKit:
                o.evidenceKits = n;
                break;
            case RecordKind::Person:
                break;
            }
        }
        o.lastChangeMsecs = Hlc::unpack(last).wallMsecs;
    }
    for (const RecordRow &r : m_ctx.records(caseId, RecordKind::Person)) {
        const PersonDetails d = PersonDetails::fromJson(r.data);
        o.persons.append(OverviewPerson{r.recordId, d.label, d.ageGroup, r.isChild});
        o.hasChild = o.hasChild || r.isChild;
        o.childrenInPicture =
            o.childrenInPicture || !d.children.isEmpty() || d.pregnant == TriState::Yes;
        if (d.ageGroup == AgeGroup::Unknown && !d.estimatedAge)
            o.missing.append(
                MissingItem{u"age-group"_s,
                            r.recordId,
                            {},
                            tr("%1: age group not recorded (child or adult?)").arg(d.label)});
    }

    const bool reportMade = m_reportCheck && m_reportCheck(caseId);
    if (!reportMade) {
        if (o.hasChild)
            o.missing.prepend(MissingItem{u"report-of-concern"_s,
                                          {},
                                          {},
                                          tr("A child is in the case: a report of concern "
                                             "(orosanmälan) to social services is not "
                                             "recorded.")});
        else if (o.childrenInPicture)
            o.missing.prepend(MissingItem{u"report-of-concern"_s,
                                          {},
                                          {},
                                          tr("There are children in the picture: a report of "
                                             "concern (orosanmälan) is not recorded.")});
    }

    // Evidence kits not yet handed over with both confirmations (no content involved).
    for (const RecordRow &r : m_ctx.records(caseId, RecordKind::EvidenceKit)) {
        const bool both =
            r.data.contains(u"handoverClinician"_s) && r.data.contains(u"handoverOfficer"_s);
        if (!both)
            o.missing.append(MissingItem{u"kit-handover"_s, r.personId, r.recordId,
                                         tr("Evidence kit: handover to the police not "
                                            "confirmed by both parties.")});
    }
    // Injuries due for re-documentation (the date only). Only rows that have a date are
    // parsed (the compact JSON spells a set date as "redocumentOn":"yyyy-mm-dd").
    const QDate today = QDate::currentDate();
    Statement due = m_ctx.db.prepare(
        "SELECT record_id, person_id, data FROM fd_record WHERE case_id = ? AND kind = 'injury' "
        "AND data LIKE '%\"redocumentOn\":\"_%' ORDER BY created_hlc, record_id");
    due.bind(1, caseId);
    while (due.step()) {
        const QJsonObject data = QJsonDocument::fromJson(due.textUtf8(2)).object();
        const QDate date = QDate::fromString(data.value(u"redocumentOn"_s).toString(), Qt::ISODate);
        if (date.isValid() && date <= today)
            o.missing.append(MissingItem{u"injury-redocument"_s,
                                         due.isNull(1) ? QString() : due.text(1), due.text(0),
                                         tr("An injury is due to be documented again (%1).")
                                             .arg(date.toString(Qt::ISODate))});
    }
    for (const MissingRule &rule : m_rules)
        o.missing.append(rule(o));
    return o;
}

QHash<QString, bool> CaseOverviewService::childFlags(const QStringList &caseIds) const {
    QHash<QString, bool> out;
    for (const QString &id : caseIds)
        out.insert(id, false);
    if (caseIds.isEmpty())
        return out;
    if (caseIds.size() > 500) { // SQLite allows 999 bound parameters
        for (qsizetype from = 0; from < caseIds.size(); from += 500)
            out.insert(childFlags(caseIds.mid(from, 500)));
        return out;
    }
    // One query per page of the case list, using the (case_id, kind) index.
    QByteArray sql = "SELECT DISTINCT case_id FROM fd_record WHERE kind = 'person' AND "
                     "is_child = 1 AND case_id IN (";
    for (qsizetype i = 0; i < caseIds.size(); ++i)
        sql += i == 0 ? "?" : ",?";
    sql += ")";
    Statement q = m_ctx.db.prepare(sql.constData());
    for (qsizetype i = 0; i < caseIds.size(); ++i)
        q.bind(int(i + 1), caseIds[i]);
    while (q.step())
        out[q.text(0)] = true;
    return out;
}

} // namespace lots
