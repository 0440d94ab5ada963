#pragma once

#include "domain/field_records.h"
#include "domain/persons.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace lots {

struct OverviewPerson {
    QString personId;
    QString label;
    AgeGroup ageGroup = AgeGroup::Unknown;
    bool isChild = false;
};

// Something the case still lacks, in words.
struct MissingItem {
    QString key;      // stable, e.g. "report-of-concern", "kit-handover"
    QString personId; // when it is about one person
    QString itemId;   // when it is about one record
    QString text;     // translated
};

struct CaseOverview {
    QString caseId;
    QList<OverviewPerson> persons;
    bool hasChild = false;
    bool childrenInPicture = false; // a child in the picture of any person, or a pregnancy
    int signsRecorded = 0;
    int injuries = 0;
    int notes = 0;
    int evidenceKits = 0;
    int protectedItems = 0; // how many, never what
    qint64 lastChangeMsecs = 0;
    QList<MissingItem> missing;
};

// The summary on top of the case page. Counts and flags only: no protected content.
class CaseOverviewService {
    Q_DECLARE_TR_FUNCTIONS(CaseOverviewService)
public:
    // Whether a report of concern has been made for the case. The action-plan feature
    // installs the real check; until then none is known and the overview lists it missing.
    using ReportOfConcernCheck = std::function<bool(const QString &caseId)>;
    // Further rules (action plan): return what is missing for an overview.
    using MissingRule = std::function<QList<MissingItem>(const CaseOverview &)>;

    explicit CaseOverviewService(FieldContext &context);

    void setReportOfConcernCheck(ReportOfConcernCheck check);
    void addMissingRule(MissingRule rule);

    CaseOverview overview(const QString &caseId) const;
    // For the case list: which of these cases have a child (one query).
    QHash<QString, bool> childFlags(const QStringList &caseIds) const;

private:
    FieldContext &m_ctx;
    ReportOfConcernCheck m_reportCheck;
    QList<MissingRule> m_rules;
};

} // namespace lots
