#pragma once

class QWindow;

namespace lots::platform {

// Keeps a window's contents out of screenshots, screen recordings and the task switcher
// where the operating system allows it (FLAG_SECURE on Android). On desktop there is no
// such switch: apply() does nothing and returns false.
class ScreenProtection {
public:
    static bool isSupported();
    static bool apply(QWindow *window);
};

} // namespace lots::platform
