#pragma once

// Drives the real `lots` executable through its test inspector (LOTS_INSPECTOR, compiled in
// with LOTS_ENABLE_INSPECTOR; protocol in docs/testing.md): start it offscreen on a data
// folder, send JSON-line commands by objectName, take screenshots into
// <build>/screenshots/. The real-app tests derive from this class.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace lots::test {

class AppDriver : public QObject {
protected:
    static constexpr int PhoneWidth = 390;
    static constexpr int PhoneHeight = 844;
    static constexpr int TabletWidth = 1280;
    static constexpr int TabletHeight = 800;

    QJsonObject call(QJsonObject request, int timeoutMs = 30000) {
        request.insert(QLatin1String("id"), ++m_nextId);
        m_socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        m_socket.flush();
        QElapsedTimer timer;
        timer.start();
        while (!m_socket.canReadLine()) {
            if (timer.elapsed() > timeoutMs || m_socket.state() != QLocalSocket::ConnectedState)
                return {{QLatin1String("ok"), false},
                        {QLatin1String("error"), QStringLiteral("no answer")}};
            m_socket.waitForReadyRead(100);
        }
        return QJsonDocument::fromJson(m_socket.readLine()).object();
    }

    QJsonObject cmd(const QString &name, const QString &objectName = {}, QJsonObject extra = {},
                    int timeoutMs = 30000) {
        extra.insert(QLatin1String("cmd"), name);
        if (!objectName.isEmpty())
            extra.insert(QLatin1String("objectName"), objectName);
        return call(extra, timeoutMs);
    }

    bool ok(const QJsonObject &response) {
        if (!response.value(QLatin1String("ok")).toBool())
            qWarning() << "inspector:" << response;
        return response.value(QLatin1String("ok")).toBool();
    }

    bool waitFor(const QString &objectName, int timeoutMs = 15000) {
        return ok(cmd(QStringLiteral("waitFor"), objectName,
                      {{QLatin1String("timeoutMs"), timeoutMs}}, timeoutMs + 5000));
    }
    bool exists(const QString &objectName) {
        return cmd(QStringLiteral("find"), objectName).value(QLatin1String("found")).toBool();
    }
    bool click(const QString &objectName) { return ok(cmd(QStringLiteral("click"), objectName)); }
    bool setText(const QString &objectName, const QString &text) {
        return ok(cmd(QStringLiteral("setText"), objectName, {{QLatin1String("text"), text}}));
    }
    QString text(const QString &objectName) {
        return cmd(QStringLiteral("property"), objectName,
                   {{QLatin1String("name"), QStringLiteral("text")}})
            .value(QLatin1String("value"))
            .toString();
    }
    bool resize(int width, int height) {
        return ok(cmd(QStringLiteral("resize"), {},
                      {{QLatin1String("width"), width}, {QLatin1String("height"), height}}));
    }
    bool screenshot(const QString &name) {
        const QString path = m_shots.filePath(name + QStringLiteral(".png"));
        QFile::remove(path);
        return ok(cmd(QStringLiteral("screenshot"), {}, {{QLatin1String("path"), path}})) &&
               QFile::exists(path);
    }
    // Phone shot, then the same screen at tablet size (waiting for `settle`), then back.
    void shootBoth(const QString &name, const QString &settle) {
        QVERIFY(waitFor(settle));
        QVERIFY(screenshot(QStringLiteral("phone-") + name));
        QVERIFY(resize(TabletWidth, TabletHeight));
        QVERIFY(waitFor(settle));
        QVERIFY(screenshot(QStringLiteral("tablet-") + name));
        QVERIFY(resize(PhoneWidth, PhoneHeight));
        QVERIFY(waitFor(settle));
    }

    QTemporaryDir m_data;
    QProcess m_app;
    QLocalSocket m_socket;
    QDir m_shots;
    int m_nextId = 0;

    bool startApp(const QString &dataDir) {
        const QString server =
            QStringLiteral("lots-test-") + QUuid::createUuid().toString(QUuid::Id128);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LOTS_DATA_DIR"), dataDir);
        env.insert(QStringLiteral("LOTS_INSPECTOR"), server);
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        m_app.setProcessEnvironment(env);
        m_app.setProcessChannelMode(QProcess::ForwardedChannels);
        m_app.start(QStringLiteral(LOTS_APP_PATH), {});
        if (!m_app.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            m_socket.connectToServer(server);
            if (m_socket.waitForConnected(200))
                break;
            QTest::qWait(100);
        }
        return m_socket.state() == QLocalSocket::ConnectedState && resize(PhoneWidth, PhoneHeight);
    }

    void stopApp() {
        if (m_socket.state() == QLocalSocket::ConnectedState)
            cmd(QStringLiteral("quit"));
        m_socket.disconnectFromServer();
        if (!m_app.waitForFinished(10000))
            m_app.kill();
    }
};

} // namespace lots::test
