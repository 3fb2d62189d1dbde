#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace hattama {

// The user-interface language: Russian, Kazakh or English (the source language).
// Installs Hattama's own translator and Qt's (so standard dialogs follow), at runtime;
// installing sends QEvent::LanguageChange to every widget.
class Translations : public QObject {
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    static QStringList codes();                       // "ru", "kk", "en"
    static bool isSupported(const QString &code);
    static QString nativeName(const QString &code);   // "Русский", "Қазақша", "English"
    // ru or kk when the locale's language is Russian or Kazakh, else en.
    static QString systemLanguage(const QLocale &locale = QLocale::system());

    // The remembered choice (QSettings key "ui/language"), or empty.
    static QString storedLanguage();
    static void storeLanguage(const QString &code);
    // The language to start with: override (from --lang) > stored choice > system locale.
    static QString startupLanguage(const QString &override);

    // Loads and installs the translators for code. Returns false for an unknown code or
    // when the embedded catalogue is missing (then English stays).
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_language = QStringLiteral("en");
    bool m_applied = false; // setLanguage() has run once (locale and translators set)
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    // Hattama's supplement to Qt's own catalogue (strings it lacks), when there is one.
    std::unique_ptr<QTranslator> m_qtExtraTranslator;
};

} // namespace hattama
