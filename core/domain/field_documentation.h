#pragma once

#include "domain/case_overview.h"
#include "domain/evidence_kit.h"
#include "domain/field_records.h"
#include "domain/injuries.h"
#include "domain/notes.h"
#include "domain/persons.h"
#include "domain/protection.h"
#include "domain/search.h"
#include "domain/signs.h"

#include <memory>

namespace lots {

class Session;

// Field documentation of one unlocked installation: persons, signs, notes, injuries,
// evidence kits, protection (masking, reveal, audit), search and the case overview.
//
// Registers its projection with the journal. The journal keeps a plain pointer to it, so
// this object must outlive every later append on that journal (destroy it just before the
// session). On construction it brings the read model up to date if the journal holds field
// events it has not seen (e.g. a database that was written before migration 2).
class FieldDocumentation {
public:
    FieldDocumentation(Database &db, Journal &journal, const IndicatorCatalogue &indicators,
                       const KeywordCatalogue &keywords, const QString &deviceId,
                       const QString &roleKey);
    FieldDocumentation(Session &session, const IndicatorCatalogue &indicators,
                       const KeywordCatalogue &keywords);
    ~FieldDocumentation();
    FieldDocumentation(const FieldDocumentation &) = delete;
    FieldDocumentation &operator=(const FieldDocumentation &) = delete;

    FieldContext &context() { return m_ctx; }
    FieldRecordsProjection &projection() { return m_projection; }
    Persons &persons() { return m_persons; }
    Signs &signs() { return m_signs; }
    Notes &notes() { return m_notes; }
    Injuries &injuries() { return m_injuries; }
    EvidenceKits &evidenceKits() { return m_kits; }
    Protection &protection() { return m_protection; }
    Search &search() { return m_search; }
    CaseOverviewService &overview() { return m_overview; }

    // Rebuilds this read model alone from the journal (reset + apply every event).
    void rebuild();
    // True when the newest field event in the journal is in the read model.
    bool isUpToDate() const;

private:
    FieldContext m_ctx;
    FieldRecordsProjection m_projection;
    Persons m_persons;
    Signs m_signs;
    Notes m_notes;
    Injuries m_injuries;
    EvidenceKits m_kits;
    Protection m_protection;
    Search m_search;
    CaseOverviewService m_overview;
};

} // namespace lots
