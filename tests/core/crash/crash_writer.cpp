// Child process of the crash-safety test: unlocks the data directory given as argv[1]
// (passcode from LOTS_PASSCODE) and appends events forever, in transactions of 1..20
// events, printing "C <event id>" for every event of a transaction once its commit has
// returned. The parent kills it with SIGKILL at random moments.
#include "domain/case_service.h"
#include "journal/journal.h"
#include "store/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <cstdio>

using namespace lots;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 1;
    QByteArray pass = qgetenv("LOTS_PASSCODE");
    const SecureBytes passcode = SecureBytes::takeFrom(pass);
    auto outcome = Session::unlock(DataDir{QString::fromLocal8Bit(argv[1])}, passcode);
    if (!outcome.session) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(outcome.message));
        return 2;
    }
    Session &session = *outcome.session;
    const QString caseId =
        session.cases().openCase(QDateTime::currentMSecsSinceEpoch(), QStringLiteral("crash-test"));
    std::printf("C %s\n", qPrintable(session.journal().allEvents().constLast().eventId));
    std::fflush(stdout);
    auto *rng = QRandomGenerator::global();
    for (qint64 n = 0;; ++n) {
        const int size = rng->bounded(1, 21);
        QList<NewEvent> batch;
        for (int i = 0; i < size; ++i) {
            QJsonObject payload{
                {QStringLiteral("n"), n},
                {QStringLiteral("i"), i},
                {QStringLiteral("text"), QStringLiteral("crash payload %1").arg(n)}};
            batch.append(NewEvent{caseId, QStringLiteral("test.crash"), payload, {}, {}});
        }
        const QList<Event> written = session.journal().append(batch);
        QByteArray lines;
        for (const Event &e : written)
            lines += "C " + e.eventId.toLatin1() + '\n';
        std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
        std::fflush(stdout);
    }
}
