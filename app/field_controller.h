#pragma once

#include "row_list_model.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

namespace lots {

class AppController;
class CaseController;
class FieldServices;
struct Position;
struct RecordRow;
struct WriteResult;

// Field documentation of the open case for the pages: overview, persons, the sign
// checklist of one person, notes, injuries of one person, evidence kits, search, audit.
// The logic is in core (FieldDocumentation); this turns it into rows and words. Protected
// content is shown only after reveal(), which checks the passcode again; what is revealed
// is forgotten by concealAll() (the page was left) and when the app locks.
class FieldController : public QObject {
    Q_OBJECT
    Q_PROPERTY(lots::RowListModel *persons READ persons CONSTANT)
    Q_PROPERTY(lots::RowListModel *signs READ signs CONSTANT)
    Q_PROPERTY(lots::RowListModel *notes READ notes CONSTANT)
    Q_PROPERTY(lots::RowListModel *injuries READ injuries CONSTANT)
    Q_PROPERTY(lots::RowListModel *kits READ kits CONSTANT)
    Q_PROPERTY(lots::RowListModel *searchResults READ searchResults CONSTANT)
    Q_PROPERTY(lots::RowListModel *audit READ audit CONSTANT)

    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString personId READ personId NOTIFY personChanged)
    Q_PROPERTY(QString personLabel READ personLabel NOTIFY personChanged)
    Q_PROPERTY(bool personIsChild READ personIsChild NOTIFY personChanged)

    Q_PROPERTY(bool hasChild READ hasChild NOTIFY changed)
    Q_PROPERTY(QString overviewPersonsText READ overviewPersonsText NOTIFY changed)
    Q_PROPERTY(QString overviewSignsText READ overviewSignsText NOTIFY changed)
    Q_PROPERTY(QString overviewInjuriesText READ overviewInjuriesText NOTIFY changed)
    Q_PROPERTY(QString overviewNotesText READ overviewNotesText NOTIFY changed)
    Q_PROPERTY(QString overviewProtectedText READ overviewProtectedText NOTIFY changed)
    Q_PROPERTY(QString overviewLastChangeText READ overviewLastChangeText NOTIFY changed)
    Q_PROPERTY(QStringList overviewMissing READ overviewMissing NOTIFY changed)

    Q_PROPERTY(QString disclaimer READ disclaimer NOTIFY changed)
    Q_PROPERTY(QVariantList keywordOptions READ keywordOptions NOTIFY changed)
    Q_PROPERTY(QVariantList injuryTypeOptions READ injuryTypeOptions NOTIFY changed)
    Q_PROPERTY(QVariantList sampleTypeOptions READ sampleTypeOptions NOTIFY changed)
    Q_PROPERTY(bool anyRevealed READ anyRevealed NOTIFY revealChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString warning READ warning NOTIFY messageChanged)
    Q_PROPERTY(QString positionText READ positionText NOTIFY messageChanged)
    // "exact", "rounded" (about 1 km) or "off": how precisely positions are stored.
    Q_PROPERTY(QString positionPrecision READ positionPrecision WRITE setPositionPrecision NOTIFY
                   positionSettingsChanged)
    Q_PROPERTY(QString positionStatus READ positionStatus NOTIFY positionSettingsChanged)

public:
    FieldController(AppController *app, CaseController *cases, FieldServices *services,
                    QObject *parent = nullptr);
    ~FieldController() override;

    RowListModel *persons() const { return m_persons; }
    RowListModel *signs() const { return m_signs; }
    RowListModel *notes() const { return m_notes; }
    RowListModel *injuries() const { return m_injuries; }
    RowListModel *kits() const { return m_kits; }
    RowListModel *searchResults() const { return m_search; }
    RowListModel *audit() const { return m_audit; }

    bool ready() const;
    QString personId() const { return m_personId; }
    QString personLabel() const { return m_personLabel; }
    bool personIsChild() const { return m_personIsChild; }
    bool hasChild() const { return m_hasChild; }
    QString overviewPersonsText() const { return m_ovPersons; }
    QString overviewSignsText() const { return m_ovSigns; }
    QString overviewInjuriesText() const { return m_ovInjuries; }
    QString overviewNotesText() const { return m_ovNotes; }
    QString overviewProtectedText() const { return m_ovProtected; }
    QString overviewLastChangeText() const { return m_ovLastChange; }
    QStringList overviewMissing() const { return m_ovMissing; }
    QString disclaimer() const;
    QVariantList keywordOptions() const;
    QVariantList injuryTypeOptions() const;
    QVariantList sampleTypeOptions() const;
    bool anyRevealed() const { return !m_revealed.isEmpty(); }
    QString message() const { return m_message; }
    QString warning() const { return m_warning; }
    QString positionText() const { return m_positionText; }
    QString positionPrecision() const;
    void setPositionPrecision(const QString &key);
    QString positionStatus() const;

    // --- persons ---
    // details in the payload format of person.added (docs/data-model.md). Returns the new
    // person's id, or empty with message set.
    Q_INVOKABLE QString addPerson(const QVariantMap &details);
    Q_INVOKABLE bool amendPerson(const QString &personId, const QVariantMap &details);
    Q_INVOKABLE QVariantMap personDetails(const QString &personId) const;
    // For the case list row: whether a person under 18 is in the case.
    Q_INVOKABLE bool caseHasChild(const QString &caseId) const;
    // Chooses the person whose signs and injuries are listed.
    Q_INVOKABLE bool selectPerson(const QString &personId);

    // --- signs of the selected person ---
    Q_INVOKABLE bool recordSign(const QString &indicatorId, const QString &statusKey);
    Q_INVOKABLE bool setSignDetails(const QString &indicatorId, const QString &note,
                                    const QString &sourceKey);
    Q_INVOKABLE QString indicatorHelp(const QString &indicatorId) const;

    // --- notes ---
    Q_INVOKABLE QString addNote(const QString &keywordId, const QString &text, bool protectedByHand,
                                const QString &personId = {});
    Q_INVOKABLE bool amendNoteText(const QString &noteId, const QString &text);
    Q_INVOKABLE bool setNoteProtected(const QString &noteId, bool protectedByHand);
    Q_INVOKABLE bool keywordIsProtected(const QString &keywordId) const;

    // --- injuries of the selected person ---
    // view "front"/"back", figure "adult"/"child", x and y normalised 0..1. Returns the new
    // injury's id, or empty with message set.
    Q_INVOKABLE QString placeInjury(const QString &view, const QString &figure, double x, double y);
    Q_INVOKABLE bool amendInjury(const QString &injuryId, const QVariantMap &details);
    Q_INVOKABLE QVariantMap injuryDetails(const QString &injuryId) const;
    Q_INVOKABLE QString figureFor(const QString &personId) const; // "child" or "adult"

    // --- evidence kits ---
    // details: kit.recorded's payload, with "assaultDaysAgo" (negative: unknown) instead
    // of the times, which are computed here.
    Q_INVOKABLE QString recordKit(const QVariantMap &details);
    Q_INVOKABLE bool amendKit(const QString &kitRecordId, const QVariantMap &details);
    Q_INVOKABLE QVariantMap kitDetails(const QString &kitRecordId) const;
    Q_INVOKABLE bool confirmHandover(const QString &kitRecordId, const QString &party,
                                     const QString &name, const QString &receivingOfficer);
    // Warning for an assault daysAgo days ago (negative: unknown) before saving.
    Q_INVOKABLE QString kitTimingText(double daysAgo) const;

    // --- protection ---
    // Checks the passcode; then shows the item (or every protected item of the person
    // when itemId is "person:<id>") until concealAll(). Records the audit event.
    Q_INVOKABLE bool reveal(const QString &itemId, const QString &passcode);
    Q_INVOKABLE bool isRevealed(const QString &itemId) const;
    Q_INVOKABLE void concealAll();
    Q_INVOKABLE void refreshAudit();

    // --- search ---
    Q_INVOKABLE void search(const QString &query);
    Q_INVOKABLE bool searchProtected(const QString &query, const QString &passcode);

    // --- history ---
    // Who changed what when, oldest first: {when, who, what}.
    Q_INVOKABLE QVariantList history(const QString &recordId) const;

    Q_INVOKABLE void clearMessage();

public slots:
    void refresh();
    // "sv" or "en": the language of catalogue texts.
    void setLanguage(const QString &language);

signals:
    void changed();
    void personChanged();
    void revealChanged();
    void messageChanged();
    void positionSettingsChanged();

private:
    void forget();
    bool verify(const QString &passcode);
    bool finishWrite(const WriteResult &result, const std::optional<Position> &position);
    void setMessage(const QString &message, const QString &warning = {});
    QString caseId() const;
    QString language() const;
    QString positionWords(const std::optional<Position> &position) const;
    QString latestPositionWords(const RecordRow &row) const;
    QString changesText(int changeCount) const;
    QJsonObject contentOf(const QString &itemId) const; // revealed or typed here
    void refreshOverview();
    void refreshPersons();
    void refreshSigns();
    void refreshNotes();
    void refreshInjuries();
    void refreshKits();

    QPointer<AppController> m_app;
    QPointer<CaseController> m_cases;
    FieldServices *m_services = nullptr;
    RowListModel *m_persons;
    RowListModel *m_signs;
    RowListModel *m_notes;
    RowListModel *m_injuries;
    RowListModel *m_kits;
    RowListModel *m_search;
    RowListModel *m_audit;

    QString m_personId;
    QString m_personLabel;
    bool m_personIsChild = false;
    bool m_hasChild = false;
    QString m_ovPersons, m_ovSigns, m_ovInjuries, m_ovNotes, m_ovProtected, m_ovLastChange;
    QStringList m_ovMissing;
    // Protected content shown on this page: item id -> values (revealed with the
    // passcode, or just typed on this page). Forgotten on leaving the page and on lock.
    QHash<QString, QJsonObject> m_revealed;
    QString m_message;
    QString m_warning;
    QString m_positionText;
    QString m_language = QStringLiteral("sv");
};

} // namespace lots
