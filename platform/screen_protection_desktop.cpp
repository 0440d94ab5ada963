#include "screen_protection.h"

#include <QtGlobal>

namespace lots::platform {

#if defined(Q_OS_ANDROID)
// TODO(android): set WindowManager.LayoutParams.FLAG_SECURE on the activity window via
// QJniObject (QNativeInterface::QAndroidApplication::runOnAndroidMainThread).
bool ScreenProtection::isSupported() {
    return false;
}
bool ScreenProtection::apply(QWindow *) {
    return false;
}
#elif defined(Q_OS_IOS)
// TODO(ios): cover the window on UIApplicationWillResignActive and blank the snapshot.
bool ScreenProtection::isSupported() {
    return false;
}
bool ScreenProtection::apply(QWindow *) {
    return false;
}
#else
// Desktop: no OS facility. The app still locks when minimised (see AppLifecycle).
bool ScreenProtection::isSupported() {
    return false;
}
bool ScreenProtection::apply(QWindow *) {
    return false;
}
#endif

} // namespace lots::platform
