#pragma once

// Test inspector: compiled only with -DLOTS_ENABLE_INSPECTOR=ON and started only when the
// environment variable LOTS_INSPECTOR names a local socket. Never part of a release build.
// Protocol: see docs/testing.md.

#include <QJsonObject>
#include <QLocalServer>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>

class QLocalSocket;
class QQuickItem;

namespace lots {

class Inspector : public QObject {
    Q_OBJECT
public:
    explicit Inspector(QQuickWindow *window, QObject *parent = nullptr);
    ~Inspector() override;

    bool listen(const QString &name);

    // Depth-first search of the window's item tree (and QObject children such as popups)
    // for an object with this objectName. Visible items win over invisible ones.
    QObject *find(const QString &objectName) const;

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    void handle(QLocalSocket *socket, const QJsonObject &request);
    void reply(QLocalSocket *socket, const QJsonObject &request, QJsonObject response);
    void waitFor(QLocalSocket *socket, const QJsonObject &request, qint64 deadlineMsecs,
                 const QRectF &lastRect);
    bool click(QQuickItem *item, double fx = 0.5, double fy = 0.5);

    QPointer<QQuickWindow> m_window;
    QLocalServer m_server;
};

} // namespace lots
