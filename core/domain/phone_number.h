#pragma once

#include <QString>
#include <optional>

namespace lots {

// Phone numbers are stored in E.164 form ("+46850843726"); Swedish emergency and service
// short numbers ("112", "11414", "1177", "11313") are stored as their digits.
namespace phone_number {

// True for "+" followed by 8 to 15 digits not starting with 0, or a known short number.
bool isValidStored(const QString &stored);
bool isE164(const QString &stored);
bool isShortNumber(const QString &stored);

// Normalises user input ("08-508 437 26", "+46 8 508 437 26", "0046 8...", "112") to the
// stored form; nullopt when it is not a phone number.
std::optional<QString> toStored(const QString &input);

// Swedish display form: "+46850843726" -> "08-508 437 26", "+46761243726" -> "076-124 37 26",
// "+4620390000" -> "020-39 00 00", "112" -> "112", "11414" -> "114 14". Numbers of other
// countries are shown in E.164. Invalid input is returned unchanged.
QString toDisplay(const QString &stored);

// "tel:+46850843726", "tel:112"; empty for an invalid number.
QString telUri(const QString &stored);

} // namespace phone_number
} // namespace lots
