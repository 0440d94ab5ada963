#include "settings_controller.h"

#include "store/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPalette>
#include <QQmlEngine>
#include <QVariantMap>

namespace lots {

namespace {

const int TimeoutChoices[] = {30, 60, 120, 300, 600};

QVariantMap option(const QString &key, const QString &name) {
    return {{QStringLiteral("key"), key}, {QStringLiteral("name"), name}};
}

} // namespace

SettingsController::SettingsController(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_file(preferencesFile(dataDirectory)) {
    load();
    if (qGuiApp)
        qGuiApp->installEventFilter(this);
}

SettingsController::~SettingsController() {
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
}

QString SettingsController::preferencesFile(const QString &dataDirectory) {
    return QDir(dataDirectory).filePath(QStringLiteral("ui-preferences.json"));
}

void SettingsController::setEngine(QQmlEngine *engine) {
    m_engine = engine;
}

QString SettingsController::effectiveLanguage() const {
    if (m_language == QLatin1String("sv") || m_language == QLatin1String("en"))
        return m_language;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &name : ui) {
        if (name.startsWith(QLatin1String("sv")))
            return QStringLiteral("sv");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("sv"); // Swedish first
}

bool SettingsController::darkTheme() const {
    if (m_theme == QLatin1String("dark"))
        return true;
    if (m_theme == QLatin1String("light"))
        return false;
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QVariantList SettingsController::languageOptions() const {
    return {option(QStringLiteral("system"), tr("Same as the device")),
            option(QStringLiteral("sv"), QStringLiteral("Svenska")),
            option(QStringLiteral("en"), QStringLiteral("English"))};
}

QVariantList SettingsController::themeOptions() const {
    return {option(QStringLiteral("system"), tr("Same as the device")),
            option(QStringLiteral("light"), tr("Light")),
            option(QStringLiteral("dark"), tr("Dark"))};
}

QVariantList SettingsController::lockTimeoutOptions() const {
    QVariantList options;
    for (int seconds : TimeoutChoices) {
        QVariantMap entry;
        entry.insert(QStringLiteral("seconds"), seconds);
        entry.insert(QStringLiteral("name"), seconds < 60
                                                 ? tr("%n seconds", nullptr, seconds)
                                                 : tr("%n minutes", nullptr, seconds / 60));
        options.append(entry);
    }
    return options;
}

void SettingsController::setLanguage(const QString &language) {
    const QString value = (language == QLatin1String("sv") || language == QLatin1String("en"))
                              ? language
                              : QStringLiteral("system");
    if (value == m_language)
        return;
    m_language = value;
    save();
    applyLanguage();
}

void SettingsController::setTheme(const QString &theme) {
    const QString value = (theme == QLatin1String("light") || theme == QLatin1String("dark"))
                              ? theme
                              : QStringLiteral("system");
    if (value == m_theme)
        return;
    m_theme = value;
    save();
    emit themeChanged();
}

void SettingsController::setLockTimeoutSeconds(int seconds) {
    int value = DefaultLockTimeoutSeconds;
    for (int choice : TimeoutChoices) {
        if (choice == seconds)
            value = seconds;
    }
    if (value == m_lockTimeoutSeconds)
        return;
    m_lockTimeoutSeconds = value;
    save();
    emit lockTimeoutSecondsChanged();
}

namespace {
bool isPrecisionKey(const QString &key) {
    return key == QLatin1String("exact") || key == QLatin1String("rounded") ||
           key == QLatin1String("off");
}
} // namespace

void SettingsController::setPositionPrecision(const QString &key) {
    if (!isPrecisionKey(key) || key == m_positionPrecision)
        return;
    m_positionPrecision = key;
    save();
    emit positionPrecisionChanged();
}

void SettingsController::applyLanguage() {
    const QString lang = effectiveLanguage();
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/lots_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else {
        m_translator.reset();
    }
    QLocale::setDefault(
        QLocale(lang == QLatin1String("sv") ? QLocale::Swedish : QLocale::English,
                lang == QLatin1String("sv") ? QLocale::Sweden : QLocale::UnitedKingdom));
    if (m_engine) {
        m_engine->setUiLanguage(lang);
        m_engine->retranslate();
    }
    emit languageChanged();
}

bool SettingsController::eventFilter(QObject *watched, QEvent *event) {
    if (watched == qGuiApp && event->type() == QEvent::ApplicationPaletteChange &&
        m_theme == QLatin1String("system"))
        emit themeChanged();
    return QObject::eventFilter(watched, event);
}

void SettingsController::load() {
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QString language = json.value(QLatin1String("language")).toString();
    if (language == QLatin1String("sv") || language == QLatin1String("en"))
        m_language = language;
    const QString theme = json.value(QLatin1String("theme")).toString();
    if (theme == QLatin1String("light") || theme == QLatin1String("dark"))
        m_theme = theme;
    const QString precision = json.value(QLatin1String("positionPrecision")).toString();
    if (isPrecisionKey(precision))
        m_positionPrecision = precision;
    const int timeout = json.value(QLatin1String("lockTimeoutSeconds")).toInt();
    for (int choice : TimeoutChoices) {
        if (choice == timeout)
            m_lockTimeoutSeconds = timeout;
    }
}

void SettingsController::save() const {
    QJsonObject json;
    json.insert(QLatin1String("language"), m_language);
    json.insert(QLatin1String("theme"), m_theme);
    json.insert(QLatin1String("lockTimeoutSeconds"), m_lockTimeoutSeconds);
    json.insert(QLatin1String("positionPrecision"), m_positionPrecision);
    // Preferences are a convenience: failing to store them is not an error, but a failed
    // write must never leave a cut file behind.
    QString error;
    writeFileAtomically(m_file, QJsonDocument(json).toJson(QJsonDocument::Indented),
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner, &error);
}

} // namespace lots
