#include "domain/notes.h"

#include "content/keyword_catalogue.h"

using namespace Qt::StringLiterals;

namespace lots {

Notes::Notes(FieldContext &context)
    : m_ctx(context) {}

WriteResult Notes::add(const NoteInput &in, const std::optional<Position> &position) {
    if (in.caseId.isEmpty())
        return WriteResult::refused(tr("Open a case before writing a note."));
    const Keyword *keyword = m_ctx.keywords.find(in.keywordId);
    if (!keyword)
        return WriteResult::refused(tr("Choose a keyword for the note from the list."));
    const QString text = in.text.trimmed();
    if (text.isEmpty())
        return WriteResult::refused(tr("The note is empty: write something or go back."));
    if (text.size() > MaxTextLength)
        return WriteResult::refused(tr("The note is too long: split it into several notes."));
    if (!in.personId.isEmpty()) {
        const auto person = m_ctx.record(in.personId);
        if (!person || person->kind != RecordKind::Person || person->caseId != in.caseId)
            return WriteResult::refused(tr("The person the note is about is not in this case."));
    }
    NewEvent e;
    e.caseId = in.caseId;
    e.type = QLatin1String(field_events::NoteAdded);
    e.payload = QJsonObject{{u"keywordId"_s, keyword->id},
                            {u"text"_s, text},
                            {u"protectedByHand"_s, in.protectedByHand},
                            {u"protected"_s, keyword->isProtected || in.protectedByHand}};
    if (!in.personId.isEmpty())
        e.payload.insert(u"personId"_s, in.personId);
    e.position = position;
    const Event stored = m_ctx.append(e);
    return WriteResult{stored.eventId, stored.eventId, {}, {}};
}

WriteResult Notes::amend(const QString &noteId, const QJsonObject &after,
                         const std::optional<Position> &position) {
    const auto row = m_ctx.record(noteId);
    if (!row || row->kind != RecordKind::Note)
        return WriteResult::refused(tr("This note no longer exists."));
    QJsonObject merged = row->data;
    for (auto it = after.begin(); it != after.end(); ++it)
        merged.insert(it.key(), it.value());
    const QString keywordId = merged.value(u"keywordId"_s).toString();
    const bool byHand = merged.value(u"protectedByHand"_s).toBool();
    merged.insert(u"protected"_s, m_ctx.keywords.isProtected(keywordId) || byHand);
    const QJsonObject changes = changedFields(row->data, merged);
    if (changes.isEmpty())
        return WriteResult{noteId, {}, {}, {}};
    NewEvent e;
    e.caseId = row->caseId;
    e.type = QLatin1String(field_events::NoteAmended);
    e.payload = changes;
    e.amends = m_ctx.latestEventOf(noteId);
    e.position = position;
    const Event stored = m_ctx.append(e);
    return WriteResult{noteId, stored.eventId, {}, {}};
}

WriteResult Notes::amendText(const QString &noteId, const QString &text,
                             const std::optional<Position> &position) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return WriteResult::refused(tr("The note is empty: write something or go back."));
    if (t.size() > MaxTextLength)
        return WriteResult::refused(tr("The note is too long: split it into several notes."));
    return amend(noteId, QJsonObject{{u"text"_s, t}}, position);
}

WriteResult Notes::changeKeyword(const QString &noteId, const QString &keywordId,
                                 const std::optional<Position> &position) {
    if (!m_ctx.keywords.find(keywordId))
        return WriteResult::refused(tr("Choose a keyword for the note from the list."));
    return amend(noteId, QJsonObject{{u"keywordId"_s, keywordId}}, position);
}

WriteResult Notes::setProtectedByHand(const QString &noteId, bool protectedByHand,
                                      const std::optional<Position> &position) {
    const auto row = m_ctx.record(noteId);
    if (row && row->kind == RecordKind::Note && !protectedByHand &&
        m_ctx.keywords.isProtected(row->keywordId))
        return WriteResult::refused(tr("Notes under a protected keyword are always protected. "
                                       "Move the note to another keyword first."));
    return amend(noteId, QJsonObject{{u"protectedByHand"_s, protectedByHand}}, position);
}

NoteView Notes::viewOf(const RecordRow &row, bool revealed) const {
    NoteView v;
    v.noteId = row.recordId;
    v.caseId = row.caseId;
    v.personId = row.personId;
    v.keywordId = row.keywordId;
    v.keywordLabel = m_ctx.keywordLabel(row.keywordId);
    v.mask = m_ctx.masking(row, revealed);
    v.isProtected = row.isProtected;
    // A masked row in a list is read without its data: then the hand mark follows from the
    // keyword (protected without a protected keyword = marked by hand).
    v.protectedByHand = row.data.contains(u"protectedByHand"_s)
                            ? row.data.value(u"protectedByHand"_s).toBool()
                            : row.isProtected && !m_ctx.keywords.isProtected(row.keywordId);
    v.changeCount = row.changeCount;
    v.addedAtMsecs = row.createdHlc.wallMsecs;
    v.changedAtMsecs = row.updatedHlc.wallMsecs;
    if (!v.mask.masked)
        v.text = row.data.value(u"text"_s).toString();
    return v;
}

QList<NoteView> Notes::list(const QString &caseId) const {
    QList<NoteView> out;
    out.reserve(128);
    for (const RecordRow &r : m_ctx.records(caseId, RecordKind::Note, {}, false))
        out.append(viewOf(r, false));
    return out;
}

std::optional<NoteView> Notes::get(const QString &noteId) const {
    const auto row = m_ctx.record(noteId);
    if (!row || row->kind != RecordKind::Note)
        return std::nullopt;
    return viewOf(*row, false);
}

std::optional<NoteView> Notes::reveal(const QString &noteId) {
    const auto row = m_ctx.record(noteId);
    if (!row || row->kind != RecordKind::Note)
        return std::nullopt;
    if (row->isProtected)
        m_ctx.recordReveal(row->caseId, u"item"_s, row->recordId, recordKindKey(row->kind));
    return viewOf(*row, true);
}

QList<ChangeEntry> Notes::history(const QString &noteId) const {
    const auto row = m_ctx.record(noteId);
    if (!row || row->kind != RecordKind::Note)
        return {};
    return m_ctx.history(*row, false);
}

} // namespace lots
