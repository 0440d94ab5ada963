#pragma once

#include <QDateTime>
#include <QString>

namespace lots::platform {

// Reminders from the operating system for a deadline while the app is closed. The text is
// always generic ("A deadline in Lots is due"): a notification never carries case data.
// Only where the platform allows it; desktop has none (the case list shows what is due).
class LocalNotifications {
public:
    virtual ~LocalNotifications() = default;
    virtual bool isAvailable() const = 0;
    // Replaces every earlier reminder with one at atUtc. False when not available.
    virtual bool schedule(const QDateTime &atUtc, const QString &genericText) = 0;
    virtual void cancelAll() = 0;
};

// Desktop: not available.
// TODO(android): NotificationManager + AlarmManager via QJniObject.
// TODO(ios): UNUserNotificationCenter (asks for permission on first use).
class DesktopNotifications : public LocalNotifications {
public:
    bool isAvailable() const override { return false; }
    bool schedule(const QDateTime &, const QString &) override { return false; }
    void cancelAll() override {}
};

} // namespace lots::platform
