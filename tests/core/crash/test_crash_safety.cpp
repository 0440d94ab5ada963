// Crash safety: a child process appends events and reports each commit; it is killed
// with SIGKILL at a random moment. After each kill the store must open, verify() must
// pass and every event reported committed must be there. LOTS_CRASH_ROUNDS sets the
// number of rounds (CI: 40; a long run: hundreds).
#include "journal/journal.h"
#include "store/session.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace lots;

namespace {
SecureBytes passcode() {
    QByteArray p("246813579");
    return SecureBytes::takeFrom(p);
}
} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void killAtRandomMoments() {
        const QString scratch = qEnvironmentVariable("LOTS_TEST_SCRATCH", QDir::tempPath());
        QVERIFY(QDir().mkpath(scratch));
        QTemporaryDir dir(scratch + QStringLiteral("/crash-XXXXXX"));
        QVERIFY(dir.isValid());
        const DataDir dataDir{dir.path()};
        {
            SetupRequest request;
            request.role = Role::Police;
            request.deviceName = QStringLiteral("crash device");
            request.kdf = KdfParams::fastForTests();
            auto setup = Session::setup(dataDir, passcode(), request);
            QVERIFY2(setup.session, qPrintable(setup.message));
        }

        const int rounds = qEnvironmentVariableIntValue("LOTS_CRASH_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("LOTS_CRASH_ROUNDS")
                               : 40;
        const QString writer =
            QCoreApplication::applicationDirPath() + QStringLiteral("/crash_writer");
        QSet<QString> committed;
        auto *rng = QRandomGenerator::global();
        qint64 lastCount = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LOTS_PASSCODE"), QStringLiteral("246813579"));
            child.setProcessEnvironment(env);
            child.start(writer, {dir.path()});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Wait until it has committed something, then kill it a random time later.
            QVERIFY2(child.waitForReadyRead(10000),
                     qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));
            QTest::qWait(rng->bounded(0, 120));
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            int reported = 0;
            for (const QByteArray &line : lines) {
                if (line.startsWith("C ") && line.size() == 2 + 36) { // whole lines only
                    committed.insert(QString::fromLatin1(line.mid(2)));
                    ++reported;
                }
            }
            QVERIFY2(reported > 0, "the writer reported no commit before it was killed");

            auto outcome = Session::unlock(dataDir, passcode());
            QVERIFY2(outcome.session, qPrintable(outcome.message));
            Journal &journal = outcome.session->journal();
            const VerifyReport report = journal.verify();
            QVERIFY2(report.ok, qPrintable(QStringLiteral("round %1: %2 at %3")
                                               .arg(round)
                                               .arg(report.reason, report.firstBadEventId)));
            QSet<QString> present;
            for (const Event &e : journal.allEvents())
                present.insert(e.eventId);
            for (const QString &id : std::as_const(committed))
                QVERIFY2(
                    present.contains(id),
                    qPrintable(
                        QStringLiteral("round %1: committed event %2 lost").arg(round).arg(id)));
            QVERIFY(journal.count() >= lastCount);
            lastCount = journal.count();
        }
        qInfo("%d rounds, %lld events, all committed events present", rounds, lastCount);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crash_safety.moc"
