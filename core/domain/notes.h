#pragma once

#include "domain/field_records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace lots {

// Free text filed under a keyword (sökord) from the KeywordCatalogue. Protected when the
// keyword is protected or when marked so by hand.
struct NoteInput {
    QString caseId;
    QString personId; // optional: a note about one person
    QString keywordId;
    QString text;
    bool protectedByHand = false;
};

struct NoteView {
    QString noteId;
    QString caseId;
    QString personId;
    QString keywordId;
    QString keywordLabel;
    Masking mask; // when masked, text is empty
    QString text;
    bool isProtected = false;
    bool protectedByHand = false;
    int changeCount = 0;
    qint64 addedAtMsecs = 0;
    qint64 changedAtMsecs = 0;
};

// Notes: note.added / note.amended.
class Notes {
    Q_DECLARE_TR_FUNCTIONS(Notes)
public:
    static constexpr int MaxTextLength = 20000;

    explicit Notes(FieldContext &context);

    WriteResult add(const NoteInput &input, const std::optional<Position> &position = {});
    WriteResult amendText(const QString &noteId, const QString &text,
                          const std::optional<Position> &position = {});
    // Moves the note to another keyword; protection follows the keyword (or the hand mark).
    WriteResult changeKeyword(const QString &noteId, const QString &keywordId,
                              const std::optional<Position> &position = {});
    // Marks (or unmarks) a note protected by hand. A note under a protected keyword stays
    // protected.
    WriteResult setProtectedByHand(const QString &noteId, bool protectedByHand,
                                   const std::optional<Position> &position = {});

    QList<NoteView> list(const QString &caseId) const; // masked where protected
    std::optional<NoteView> get(const QString &noteId) const;
    std::optional<NoteView> reveal(const QString &noteId); // records audit.revealed
    QList<ChangeEntry> history(const QString &noteId) const;

private:
    WriteResult amend(const QString &noteId, const QJsonObject &after,
                      const std::optional<Position> &position);
    NoteView viewOf(const RecordRow &row, bool revealed) const;
    FieldContext &m_ctx;
};

} // namespace lots
