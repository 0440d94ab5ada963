// Every user-visible string in the sources must be in both committed .ts files, translated
// and finished. Runs lupdate on the sources into a temporary .ts and compares.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The directories whose strings the app shows: LOTS_TRANSLATED_DIRS from the top-level
// CMakeLists.txt, the same list lots_update_translations scans, joined with ','.
QStringList scannedDirs() {
    return QStringLiteral(LOTS_TRANSLATED_DIRS).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false; // no type="unfinished"/"vanished"/"obsolete"
    bool hasTranslation = false;
};

QList<Message> readTs(const QString &path, QString *error) {
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    bool sawFormText = false;
    bool allFormsFilled = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = Message{};
                current.context = context;
                current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                sawFormText = false;
                allFormsFilled = true;
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.finished = type.isEmpty();
                if (!current.numerus)
                    current.hasTranslation = !xml.readElementText().trimmed().isEmpty();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                const bool filled = !xml.readElementText().trimmed().isEmpty();
                sawFormText = true;
                allFormsFilled = allFormsFilled && filled;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (current.numerus)
                current.hasTranslation = sawFormText && allFormsFilled;
            messages.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QString key(const Message &m) {
    return m.context + QLatin1Char('\x1f') + m.source;
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT
private slots:
    void everySourceStringIsTranslated_data() {
        QTest::addColumn<QString>("tsFile");
        QTest::newRow("sv") << QStringLiteral(LOTS_SOURCE_DIR "/translations/lots_sv.ts");
        QTest::newRow("en") << QStringLiteral(LOTS_SOURCE_DIR "/translations/lots_en.ts");
    }

    void everySourceStringIsTranslated() {
        QFETCH(QString, tsFile);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));

        QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                         QStringLiteral("none"), QStringLiteral("-extensions"),
                         QStringLiteral("cpp,h,qml")};
        const QStringList dirs = scannedDirs();
        QVERIFY2(dirs.contains(QStringLiteral("core")), "LOTS_TRANSLATED_DIRS lacks core");
        for (const QString &dir : dirs)
            args << QDir(QStringLiteral(LOTS_SOURCE_DIR)).filePath(dir);
        args << QStringLiteral("-ts") << fresh;
        QProcess lupdate;
        lupdate.start(QStringLiteral(LOTS_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> sources = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(sources.size() > 50, "lupdate found suspiciously few strings");
        const QList<Message> committed = readTs(tsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QHash<QString, Message> byKey;
        for (const Message &m : committed)
            byKey.insert(key(m), m);

        QStringList problems;
        for (const Message &m : sources) {
            const auto it = byKey.constFind(key(m));
            if (it == byKey.constEnd())
                problems << QStringLiteral("missing [%1] %2").arg(m.context, m.source);
            else if (!it->finished)
                problems << QStringLiteral("unfinished [%1] %2").arg(m.context, m.source);
            else if (!it->hasTranslation)
                problems << QStringLiteral("empty [%1] %2").arg(m.context, m.source);
        }
        // QTest cuts long failure messages, so list every problem on its own line too.
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        if (!problems.isEmpty()) {
            problems.prepend(QStringLiteral("%1 string(s) need work in %2; run "
                                            "`cmake --build <dir> --target "
                                            "lots_update_translations` and translate:")
                                 .arg(problems.size())
                                 .arg(tsFile));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
