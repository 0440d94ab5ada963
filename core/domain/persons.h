#pragma once

#include "domain/field_records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lots {

enum class AgeGroup { Unknown, Child, Adult };
enum class Gender { Unknown, Female, Male, Other };
enum class TriState { Unknown, Yes, No };
enum class AtAddress { Unknown, No, FullTime, PartTime };

QString ageGroupKey(AgeGroup value);   // "unknown", "child", "adult"
QString genderKey(Gender value);       // "unknown", "female", "male", "other"
QString triStateKey(TriState value);   // "unknown", "yes", "no"
QString atAddressKey(AtAddress value); // "unknown", "no", "full-time", "part-time"

// A child in the picture: the person's own or not, living at the address full or part
// time. Any child in the picture means a report of concern must be made.
struct ChildInPicture {
    bool own = true;
    AtAddress atAddress = AtAddress::Unknown;
    std::optional<int> estimatedAge;
    friend bool operator==(const ChildInPicture &, const ChildInPicture &) = default;
};

// What is recorded about a person. No national identity number: a pseudonymous label.
struct PersonDetails {
    QString label; // "Woman A", "Person in the kitchen"
    AgeGroup ageGroup = AgeGroup::Unknown;
    std::optional<int> estimatedAge;
    Gender gender = Gender::Unknown;
    QStringList languages; // as spoken, e.g. "Romanian"
    bool interpreterNeeded = false;
    TriState pregnant = TriState::Unknown;
    QList<ChildInPicture> children;
    TriState livesInAnotherCountry = TriState::Unknown;
    QString country; // where, when another country

    QJsonObject toJson() const;
    static PersonDetails fromJson(const QJsonObject &json);
    // Under 18: age group child, or an estimated age below 18.
    bool isChild() const;
    friend bool operator==(const PersonDetails &, const PersonDetails &) = default;
};

struct PersonView {
    QString personId;
    QString caseId;
    PersonDetails details;
    bool isChild = false; // every list marks it
    int changeCount = 0;  // "2 changes"
    qint64 addedAtMsecs = 0;
    qint64 changedAtMsecs = 0;
    QString addedByDevice;
};

// Persons in a case: person.added / person.amended.
class Persons {
    Q_DECLARE_TR_FUNCTIONS(Persons)
public:
    explicit Persons(FieldContext &context);

    // Empty when acceptable, else a translated reason.
    static QString validate(const PersonDetails &details);

    WriteResult add(const QString &caseId, const PersonDetails &details,
                    const std::optional<Position> &position = {});
    // Stores only the fields that differ from the current values.
    WriteResult amend(const QString &personId, const PersonDetails &details,
                      const std::optional<Position> &position = {});

    std::optional<PersonView> get(const QString &personId) const;
    QList<PersonView> list(const QString &caseId) const; // in the order they were added
    QList<ChangeEntry> history(const QString &personId) const;

private:
    FieldContext &m_ctx;
};

} // namespace lots
