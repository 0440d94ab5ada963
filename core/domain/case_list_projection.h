#pragma once

#include "journal/journal.h"
#include "store/database.h"

namespace lots {

// The "cases" read model: one row per case, kept up to date from "case.opened" and
// "case.amended" events and counting every event that names the case.
//
// The reference is last-writer-wins by (hlc, event id), and every column is a
// commutative function of the events (min/max/count), so the table is the same whatever
// order events arrive in (local writes, rebuilds, sync). If a case has two "case.opened"
// events (possible only after a faulty sync), the earliest by (hlc, event id) wins.
class CaseListProjection : public Projection {
public:
    static constexpr const char *OpenedType = "case.opened";
    static constexpr const char *AmendedType = "case.amended";

    // The table definition; also run by schema migration 1.
    static const char *createTablesSql();

    QString name() const override;
    void reset(Database &db) override;
    void apply(Database &db, const Event &event) override;
    // One touch per case per batch instead of one per event.
    void applyBatch(Database &db, const QList<Event> &events) override;

private:
    void prepare(Database &db);
    void applyRecord(const Event &event); // opening and reference of one event
    void release();
    Database *m_preparedFor = nullptr;
    Statement m_ensure;
    Statement m_touch;
    Statement m_open;
    Statement m_reference;
};

} // namespace lots
