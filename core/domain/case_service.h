#pragma once

#include "journal/event.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace lots {

class Journal;
class Database;

struct CaseSummary {
    QString caseId;
    QString reference;     // optional reference number; may be empty
    qint64 openedAtMsecs = 0;
    QString openedByDevice;
    qint64 lastChangeMsecs = 0;
    int eventCount = 0;
    friend bool operator==(const CaseSummary &, const CaseSummary &) = default;
};

// Cases as events ("case.opened", "case.amended") and their read model.
class CaseService {
public:
    CaseService(Database &db, Journal &journal);
    ~CaseService();

    QString openCase(qint64 openedAtMsecs, const QString &reference,
                     const std::optional<Position> &position = {});
    // A correction: a new event naming the event it amends.
    void amendReference(const QString &caseId, const QString &reference);

    QList<CaseSummary> list(int limit = -1, int offset = 0) const; // newest change first
    std::optional<CaseSummary> get(const QString &caseId) const;
    int count() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lots
