#pragma once

#include "domain/field_records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace lots {

// A protected item in clear, after a reveal.
struct RevealedItem {
    QString itemId;
    QString caseId;
    RecordKind kind = RecordKind::Note;
    QString personId;
    QString keywordId;
    QString keywordLabel;
    QJsonObject content;        // the record's current values
    QList<ChangeEntry> history; // with values
};

// One entry of the audit log: someone saw protected content or searched it.
struct AuditEntry {
    QString eventId;
    QString caseId; // empty for a search over all cases
    QString deviceId;
    QString role; // role key of the device at the time ("health-care", ...)
    Hlc hlc;
    qint64 atMsecs = 0;
    QString action; // "revealed" or "searched_protected"
    QString scope;  // "item", "case", "history" / "case", "all"
    QString itemId;
    QString itemKind;
    std::optional<int> queryLength; // searches: the length of the query, never its text
    std::optional<int> hits;
};

// Protected items are masked in every list; revealing one (or a whole case) returns the
// clear content and records audit.revealed. The passcode check is the caller's (through
// the Session); how long the content stays revealed is UI state (until the page is left
// or the app locks), not kept here.
class Protection {
    Q_DECLARE_TR_FUNCTIONS(Protection)
public:
    explicit Protection(FieldContext &context);

    bool isProtected(const QString &itemId) const;
    int protectedCount(const QString &caseId) const;

    // nullopt when the item does not exist. Records audit.revealed (scope "item") when the
    // item is protected.
    std::optional<RevealedItem> reveal(const QString &itemId);
    // Every protected item of the case; records one audit.revealed (scope "case").
    QList<RevealedItem> revealCase(const QString &caseId);

    // Newest first. Empty caseId: every entry on this device.
    QList<AuditEntry> auditLog(const QString &caseId = {}) const;

private:
    RevealedItem revealedOf(const RecordRow &row) const;
    FieldContext &m_ctx;
};

} // namespace lots
