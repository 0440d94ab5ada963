#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTranslator>
#include <QVariantList>
#include <memory>

class QQmlEngine;

namespace lots {

// UI preferences: language, theme and idle lock timeout. Stored in a small
// non-sensitive JSON file in the data directory ("ui-preferences.json"); never case data.
class SettingsController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme NOTIFY themeChanged)
    Q_PROPERTY(int lockTimeoutSeconds READ lockTimeoutSeconds WRITE setLockTimeoutSeconds NOTIFY
                   lockTimeoutSecondsChanged)
    Q_PROPERTY(QVariantList languageOptions READ languageOptions NOTIFY languageChanged)
    Q_PROPERTY(QVariantList themeOptions READ themeOptions NOTIFY languageChanged)
    Q_PROPERTY(QVariantList lockTimeoutOptions READ lockTimeoutOptions NOTIFY languageChanged)

public:
    static constexpr int DefaultLockTimeoutSeconds = 120;

    explicit SettingsController(const QString &dataDirectory, QObject *parent = nullptr);
    ~SettingsController() override;

    static QString preferencesFile(const QString &dataDirectory);

    // The engine whose qsTr() bindings are re-evaluated when the language changes.
    void setEngine(QQmlEngine *engine);

    QString language() const { return m_language; } // "system", "sv", "en"
    QString effectiveLanguage() const;              // "sv" or "en"
    QString theme() const { return m_theme; }       // "system", "light", "dark"
    bool darkTheme() const;
    int lockTimeoutSeconds() const { return m_lockTimeoutSeconds; }
    // "exact", "rounded" or "off" (position precision, a privacy choice): kept here so it
    // survives a restart; the composition root applies it to the PositionService.
    QString positionPrecision() const { return m_positionPrecision; }
    QVariantList languageOptions() const;
    QVariantList themeOptions() const;
    QVariantList lockTimeoutOptions() const;

    void setLanguage(const QString &language);
    void setTheme(const QString &theme);
    void setLockTimeoutSeconds(int seconds);
    void setPositionPrecision(const QString &key); // ignores an unknown key

    // Installs the translator for the current language. Called once at start.
    void applyLanguage();

    // Follows a change of the system palette while the theme is "system".
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void languageChanged();
    void themeChanged();
    void lockTimeoutSecondsChanged();
    void positionPrecisionChanged();

private:
    void load();
    void save() const;

    QString m_file;
    QString m_language = QStringLiteral("system");
    QString m_theme = QStringLiteral("system");
    int m_lockTimeoutSeconds = DefaultLockTimeoutSeconds;
    QString m_positionPrecision = QStringLiteral("exact");
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace lots
