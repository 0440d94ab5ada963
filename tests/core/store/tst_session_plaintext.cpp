// Nothing in plaintext on disk: distinctive markers written through Session, CaseService
// and the journal must not appear in any file of the data directory, in UTF-8 or UTF-16,
// neither while the session is open (WAL not checkpointed) nor after it is closed.
#include "session_test_util.h"

#include "domain/case_service.h"
#include "journal/journal.h"
#include "store/session.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTest>

using namespace lots;
using namespace lots::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray utf16(const QString &s, bool bigEndian) {
    QByteArray out;
    for (QChar c : s) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xff);
        if (bigEndian)
            out.append(hi).append(lo);
        else
            out.append(lo).append(hi);
    }
    return out;
}

struct Hit {
    QString file;
    QString marker;
    QString encoding;
};

QList<Hit> scan(const QString &dir, const QStringList &markers, int *filesScanned) {
    QList<Hit> hits;
    *filesScanned = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits.append({path, QString(), u"unreadable"_s});
            continue;
        }
        const QByteArray bytes = f.readAll();
        ++*filesScanned;
        for (const QString &m : markers) {
            const QList<std::pair<QString, QByteArray>> forms = {
                {u"UTF-8"_s, m.toUtf8()},
                {u"UTF-16LE"_s, utf16(m, false)},
                {u"UTF-16BE"_s, utf16(m, true)},
            };
            for (const auto &[name, needle] : forms) {
                if (bytes.contains(needle))
                    hits.append({QFileInfo(path).fileName(), m, name});
            }
        }
    }
    return hits;
}

QString describeHits(const QList<Hit> &hits) {
    QStringList lines;
    for (const Hit &h : hits)
        lines << u"%1 holds %2 (%3)"_s.arg(h.file, h.marker, h.encoding);
    return lines.join(u"; "_s);
}

} // namespace

class TestSessionPlaintext : public QObject {
    Q_OBJECT

private slots:
    void noMarkerOnDisk() {
        const DataDir dir{sessionScratch(u"plaintext"_s)};
        // Markers: long and distinctive, with non-ASCII so UTF-16 differs from Latin-1.
        const QStringList markers = {
            u"QZXDEVICE7f3aNamé"_s,         u"QZXREFERENCE91c2Åke"_s,   u"QZXAMENDED44d0Öst"_s,
            u"QZXPAYLOAD0be1 Trafficked"_s, u"QZXPLACE55aa Götgatan"_s, u"QZXSECOND8e8eRef"_s,
        };
        const char *passcodeText = "QZXPASS6602";

        SetupRequest request;
        request.role = Role::SocialServices;
        request.deviceName = markers.at(0);
        request.kdf = KdfParams::fastForTests();
        Session::Outcome out = Session::setup(dir, passcode(passcodeText), request);
        QVERIFY2(out.session, qPrintable(out.message));
        Session &s = *out.session;

        Position place;
        place.latitude = 59.31;
        place.longitude = 18.07;
        place.source = u"manual"_s;
        place.manualPlace = markers.at(4);
        const QString caseId = s.cases().openCase(1'700'000'000'000, markers.at(1), place);
        s.cases().amendReference(caseId, markers.at(2));
        NewEvent note;
        note.caseId = caseId;
        note.type = u"note.added"_s;
        note.payload.insert(u"text"_s, markers.at(3));
        note.payload.insert(u"nested"_s, QJsonObject{{u"again"_s, markers.at(3)}});
        s.journal().append(note);
        s.cases().openCase(1'700'000'100'000, markers.at(5));
        // Many copies, so pages spill to the WAL beyond the first few.
        QList<NewEvent> many;
        for (int i = 0; i < 200; ++i) {
            NewEvent e = note;
            e.payload.insert(u"i"_s, i);
            many << e;
        }
        s.journal().append(many);

        // Open, no checkpoint: the WAL holds the recent pages.
        QVERIFY(QFileInfo(dir.database() + u"-wal"_s).size() > 0);
        QStringList all = markers;
        all << QString::fromLatin1(passcodeText);
        int files = 0;
        QList<Hit> hits = scan(dir.path, all, &files);
        QVERIFY2(hits.isEmpty(), qPrintable(describeHits(hits)));
        QVERIFY(files >= 3); // key, db, wal (and shm)

        // Sanity: the scanner does find a marker that is on disk in plaintext.
        {
            QFile probe(dir.path + u"/probe.txt"_s);
            QVERIFY(probe.open(QIODevice::WriteOnly));
            probe.write(utf16(markers.at(1), true));
            probe.close();
            QCOMPARE(scan(dir.path, all, &files).size(), 1);
            QVERIFY(probe.remove());
        }

        out.session.reset(); // close
        hits = scan(dir.path, all, &files);
        QVERIFY2(hits.isEmpty(), qPrintable(describeHits(hits)));
        QVERIFY(files >= 2);

        // And once more after an unlock that reads everything back.
        Session::Outcome again = Session::unlock(dir, passcode(passcodeText));
        QVERIFY2(again.session, qPrintable(again.message));
        QCOMPARE(again.session->cases().get(caseId)->reference, markers.at(2));
        QCOMPARE(again.session->device().name, markers.at(0));
        QVERIFY(again.session->journal().verify().ok);
        hits = scan(dir.path, all, &files);
        QVERIFY2(hits.isEmpty(), qPrintable(describeHits(hits)));
        again.session.reset();
        hits = scan(dir.path, all, &files);
        QVERIFY2(hits.isEmpty(), qPrintable(describeHits(hits)));
    }
};

QTEST_GUILESS_MAIN(TestSessionPlaintext)
#include "tst_session_plaintext.moc"
