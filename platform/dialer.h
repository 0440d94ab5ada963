#pragma once

#include <QString>
#include <QUrl>

namespace lots::platform {

// Hands a "tel:" or "mailto:" address to the system (the phone app, the mail app). The
// app never opens any other kind of address through it. The phone-hardware edge: tests
// put a recording implementation in its place.
class Dialer {
public:
    virtual ~Dialer() = default;

    // True for tel: with a number (digits, optional leading +) and for mailto: with an
    // address; everything else is refused before it reaches the system.
    static bool isAllowed(const QUrl &url);

    // Asks the system to open url. False when it is not allowed or the system could not
    // open it (no phone app, no mail app).
    virtual bool open(const QUrl &url) = 0;
};

// Desktop, Android and iOS: QDesktopServices::openUrl (the system's tel:/mailto: handler).
class SystemDialer : public Dialer {
public:
    bool open(const QUrl &url) override;
};

} // namespace lots::platform
