#include "inspector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QQuickItem>
#include <QTimer>

namespace lots {

namespace {

bool effectivelyVisible(const QObject *object) {
    const auto *item = qobject_cast<const QQuickItem *>(object);
    return item && item->isVisible() && item->window();
}

void collect(QObject *object, const QString &name, QList<QObject *> &found) {
    if (object->objectName() == name)
        found.append(object);
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        for (QQuickItem *child : item->childItems())
            collect(child, name, found);
    }
    for (QObject *child : object->children()) {
        if (!qobject_cast<QQuickItem *>(child))
            collect(child, name, found);
    }
}

QJsonObject describeObject(QObject *object) {
    QJsonObject json;
    json.insert(QLatin1String("found"), object != nullptr);
    if (!object)
        return json;
    json.insert(QLatin1String("className"), QLatin1String(object->metaObject()->className()));
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        const QPointF topLeft = item->mapToScene(QPointF(0, 0));
        json.insert(QLatin1String("visible"), item->isVisible());
        json.insert(QLatin1String("enabled"), item->isEnabled());
        json.insert(QLatin1String("x"), topLeft.x());
        json.insert(QLatin1String("y"), topLeft.y());
        json.insert(QLatin1String("width"), item->width());
        json.insert(QLatin1String("height"), item->height());
    }
    return json;
}

// Scrolls every Flickable around the item so that its centre is inside the window, as a
// user would before tapping it.
void ensureVisible(QQuickItem *item) {
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        const QPointF inFlick = item->mapToItem(p, QPointF(0, item->height() / 2));
        const qreal contentY = p->property("contentY").toReal();
        const qreal viewHeight = p->height();
        const qreal maxY = qMax<qreal>(0, p->property("contentHeight").toReal() - viewHeight);
        if (inFlick.y() < 0 || inFlick.y() > viewHeight) {
            const qreal target = qBound<qreal>(0, contentY + inFlick.y() - viewHeight / 2, maxY);
            p->setProperty("contentY", target);
        }
    }
}

} // namespace

Inspector::Inspector(QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window) {
    connect(&m_server, &QLocalServer::newConnection, this, &Inspector::onNewConnection);
}

Inspector::~Inspector() = default;

bool Inspector::listen(const QString &name) {
    QLocalServer::removeServer(name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(name)) {
        qWarning("Inspector: cannot listen on %s", qPrintable(name));
        return false;
    }
    return true;
}

QObject *Inspector::find(const QString &objectName) const {
    if (!m_window || objectName.isEmpty())
        return nullptr;
    QList<QObject *> found;
    collect(m_window->contentItem(), objectName, found);
    for (QObject *object : found) {
        if (effectivelyVisible(object))
            return object;
    }
    return found.isEmpty() ? nullptr : found.constFirst();
}

void Inspector::onNewConnection() {
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void Inspector::onReadyRead(QLocalSocket *socket) {
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            QJsonObject response;
            response.insert(QLatin1String("ok"), false);
            response.insert(QLatin1String("error"), error.errorString());
            reply(socket, {}, response);
            continue;
        }
        handle(socket, doc.object());
    }
}

void Inspector::reply(QLocalSocket *socket, const QJsonObject &request, QJsonObject response) {
    if (request.contains(QLatin1String("id")))
        response.insert(QLatin1String("id"), request.value(QLatin1String("id")));
    if (!response.contains(QLatin1String("ok")))
        response.insert(QLatin1String("ok"), true);
    socket->write(QJsonDocument(response).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
}

bool Inspector::click(QQuickItem *item, double fx, double fy) {
    if (!m_window || !item->isVisible() || !item->isEnabled())
        return false;
    ensureVisible(item);
    const QPointF centre = item->mapToScene(QPointF(item->width() * fx, item->height() * fy));
    const QPointF global = m_window->mapToGlobal(centre.toPoint());
    QMouseEvent press(QEvent::MouseButtonPress, centre, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, centre, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &release);
    return true;
}

void Inspector::waitFor(QLocalSocket *socket, const QJsonObject &request, qint64 deadlineMsecs,
                        const QRectF &lastRect) {
    QPointer<QLocalSocket> guard(socket);
    const QString name = request.value(QLatin1String("objectName")).toString();
    const bool wantGone = request.value(QLatin1String("gone")).toBool();
    QObject *object = find(name);
    const bool present = object && effectivelyVisible(object);
    // An item that is still moving (a page transition) is not there yet: wait until it
    // stands still inside the window.
    QRectF rect;
    if (present) {
        auto *item = qobject_cast<QQuickItem *>(object);
        rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    }
    const bool settled =
        present && rect == lastRect && rect.left() >= 0 && rect.left() < m_window->width();
    if (wantGone ? !present : settled) {
        reply(socket, request, describeObject(object));
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() > deadlineMsecs) {
        QJsonObject response = describeObject(object);
        response.insert(QLatin1String("ok"), false);
        response.insert(QLatin1String("error"), QStringLiteral("timeout waiting for %1").arg(name));
        reply(socket, request, response);
        return;
    }
    QTimer::singleShot(50, this, [this, guard, request, deadlineMsecs, rect] {
        if (guard)
            waitFor(guard, request, deadlineMsecs, rect);
    });
}

void Inspector::handle(QLocalSocket *socket, const QJsonObject &request) {
    const QString cmd = request.value(QLatin1String("cmd")).toString();
    const QString name = request.value(QLatin1String("objectName")).toString();
    QJsonObject response;
    auto fail = [&](const QString &message) {
        response.insert(QLatin1String("ok"), false);
        response.insert(QLatin1String("error"), message);
        reply(socket, request, response);
    };

    if (!m_window)
        return fail(QStringLiteral("no window"));

    if (cmd == QLatin1String("waitFor")) {
        const int timeout = request.value(QLatin1String("timeoutMs")).toInt(10000);
        waitFor(socket, request, QDateTime::currentMSecsSinceEpoch() + timeout, QRectF());
        return;
    }
    if (cmd == QLatin1String("resize")) {
        m_window->resize(request.value(QLatin1String("width")).toInt(),
                         request.value(QLatin1String("height")).toInt());
        QCoreApplication::processEvents();
        return reply(socket, request, response);
    }
    if (cmd == QLatin1String("screenshot")) {
        const QString path = request.value(QLatin1String("path")).toString();
        const QImage image = m_window->grabWindow();
        if (image.isNull() || !image.save(path))
            return fail(QStringLiteral("could not write %1").arg(path));
        response.insert(QLatin1String("width"), image.width());
        response.insert(QLatin1String("height"), image.height());
        return reply(socket, request, response);
    }
    if (cmd == QLatin1String("minimize")) {
        m_window->showMinimized(); // as if the user switched to another app
        QCoreApplication::processEvents();
        return reply(socket, request, response);
    }
    if (cmd == QLatin1String("restore")) {
        m_window->showNormal();
        QCoreApplication::processEvents();
        return reply(socket, request, response);
    }
    if (cmd == QLatin1String("quit")) {
        reply(socket, request, response);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return;
    }

    QObject *object = find(name);
    if (cmd == QLatin1String("find")) {
        response = describeObject(object);
        return reply(socket, request, response);
    }
    if (!object)
        return fail(QStringLiteral("no object named %1").arg(name));

    if (cmd == QLatin1String("click")) {
        auto *item = qobject_cast<QQuickItem *>(object);
        // Optional fx, fy: where to click, as fractions of the item's size (centre: 0.5).
        const double fx = request.value(QLatin1String("fx")).toDouble(0.5);
        const double fy = request.value(QLatin1String("fy")).toDouble(0.5);
        if (!item || !click(item, fx, fy))
            return fail(QStringLiteral("%1 is not a visible, enabled item").arg(name));
        return reply(socket, request, response);
    }
    if (cmd == QLatin1String("invoke")) {
        const QByteArray method = request.value(QLatin1String("method")).toString().toUtf8();
        if (!QMetaObject::invokeMethod(object, method.constData()))
            return fail(QStringLiteral("cannot invoke %1").arg(QLatin1String(method)));
        return reply(socket, request, response);
    }
    if (cmd == QLatin1String("setText")) {
        if (!object->setProperty("text", request.value(QLatin1String("text")).toString()))
            return fail(QStringLiteral("%1 has no text property").arg(name));
        return reply(socket, request, response);
    }
    if (cmd == QLatin1String("property")) {
        const QByteArray property = request.value(QLatin1String("name")).toString().toUtf8();
        const QVariant value = object->property(property.constData());
        if (!value.isValid())
            return fail(QStringLiteral("%1 has no property %2").arg(name, QLatin1String(property)));
        response.insert(QLatin1String("value"), QJsonValue::fromVariant(value));
        return reply(socket, request, response);
    }
    if (cmd == QLatin1String("setProperty")) {
        const QByteArray property = request.value(QLatin1String("name")).toString().toUtf8();
        if (!object->setProperty(property.constData(),
                                 request.value(QLatin1String("value")).toVariant()))
            return fail(QStringLiteral("cannot set %1").arg(QLatin1String(property)));
        return reply(socket, request, response);
    }
    fail(QStringLiteral("unknown command %1").arg(cmd));
}

} // namespace lots
