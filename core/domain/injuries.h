#pragma once

#include "domain/field_records.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lots {

enum class BodyView { Front, Back };
enum class BodyFigure { Adult, Child };
// Always as seen from the person (the person's own left), never the viewer's.
enum class BodySide { Left, Right, Midline };
enum class InjuryType {
    Bruise,
    Abrasion,
    Laceration,
    Burn,
    Bite,
    StrangulationOrPressureMark,
    SuspectedFracture,
    Other
};

QString bodyViewKey(BodyView v);     // "front", "back"
QString bodyFigureKey(BodyFigure v); // "adult", "child"
QString bodySideKey(BodySide v);     // "left", "right", "midline"
QString injuryTypeKey(InjuryType v); // "bruise", ..., "strangulation-or-pressure-mark", ...
std::optional<InjuryType> injuryTypeFromKey(const QString &key);

// A marker on the body map. x and y are normalised to the figure's box: 0..1, x from the
// viewer's left, y from the top.
struct BodyMarker {
    BodyView view = BodyView::Front;
    BodyFigure figure = BodyFigure::Adult;
    double x = 0.5;
    double y = 0.5;
    BodySide side = BodySide::Midline;
    friend bool operator==(const BodyMarker &, const BodyMarker &) = default;
};

struct InjuryDetails {
    BodyMarker marker;
    InjuryType type = InjuryType::Other;
    std::optional<int> lengthMm;
    std::optional<int> widthMm;
    QString shape;
    QString colour;
    QString estimatedAge;    // "fresh", "1-3 days", as the examiner judges
    std::optional<int> pain; // 0..10
    QString statedCause;     // what the person says caused it
    QString text;
    QDate redocumentOn;    // "re-document in a few days" reminder; invalid = none
    QStringList photoRefs; // filled by the photo feature later
    bool isProtected = true;

    QJsonObject toJson() const;
    static InjuryDetails fromJson(const QJsonObject &json);
    friend bool operator==(const InjuryDetails &, const InjuryDetails &) = default;
};

struct InjuryView {
    QString injuryId;
    QString caseId;
    QString personId;
    int number = 0; // 1, 2, 3... per person, in the order recorded
    Masking mask;   // when masked, details are left at their defaults
    InjuryDetails details;
    int changeCount = 0;
    qint64 recordedAtMsecs = 0;
    qint64 changedAtMsecs = 0;
};

// Injuries on the body map: injury.recorded / injury.amended.
class Injuries {
    Q_DECLARE_TR_FUNCTIONS(Injuries)
public:
    static constexpr int MaxMeasurementMm = 2000;

    explicit Injuries(FieldContext &context);

    // Empty when acceptable, else a translated reason.
    static QString validateMarker(const BodyMarker &marker);
    static QString validate(const InjuryDetails &details);
    // The person's side for a tap at x on a view: on the front view the person's left is
    // on the viewer's right.
    static BodySide sideFromTap(BodyView view, double x, double midlineBand = 0.04);

    WriteResult record(const QString &personId, const InjuryDetails &details,
                       const std::optional<Position> &position = {});
    // Stores only the fields that differ.
    WriteResult amend(const QString &injuryId, const InjuryDetails &details,
                      const std::optional<Position> &position = {});

    QList<InjuryView> forPerson(const QString &personId) const; // numbered, masked
    QList<InjuryView> forCase(const QString &caseId) const;
    std::optional<InjuryView> get(const QString &injuryId) const;
    std::optional<InjuryView> reveal(const QString &injuryId); // records audit.revealed
    QList<ChangeEntry> history(const QString &injuryId) const;
    // Injuries whose re-documentation date is on or before `day` (masked where protected:
    // the reminder itself shows only the number and the date).
    QList<InjuryView> dueForRedocumentation(const QString &caseId, const QDate &day) const;
    int countForCase(const QString &caseId) const;

private:
    QList<InjuryView> numbered(const QList<RecordRow> &rows) const;
    InjuryView viewOf(const RecordRow &row, int number, bool revealed) const;
    FieldContext &m_ctx;
};

} // namespace lots
