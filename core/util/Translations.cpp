#include "util/Translations.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace hattama {

namespace {
const auto kSettingsKey = QStringLiteral("ui/language");
}

Translations::Translations(QObject *parent) : QObject(parent) {}

Translations::~Translations()
{
    removeTranslators();
}

QStringList Translations::codes()
{
    return {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")};
}

bool Translations::isSupported(const QString &code)
{
    return codes().contains(code);
}

QString Translations::nativeName(const QString &code)
{
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("kk"))
        return QStringLiteral("Қазақша");
    return QStringLiteral("English");
}

QString Translations::systemLanguage(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Russian: return QStringLiteral("ru");
    case QLocale::Kazakh: return QStringLiteral("kk");
    default: return QStringLiteral("en");
    }
}

QString Translations::storedLanguage()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return isSupported(code) ? code : QString();
}

void Translations::storeLanguage(const QString &code)
{
    QSettings settings;
    settings.setValue(kSettingsKey, code);
    settings.sync();
}

QString Translations::startupLanguage(const QString &override)
{
    if (isSupported(override))
        return override;
    const QString stored = storedLanguage();
    return stored.isEmpty() ? systemLanguage() : stored;
}

void Translations::removeTranslators()
{
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    if (m_qtExtraTranslator) {
        QCoreApplication::removeTranslator(m_qtExtraTranslator.get());
        m_qtExtraTranslator.reset();
    }
}

bool Translations::setLanguage(const QString &code)
{
    if (!isSupported(code)) {
        qCWarning(lcApp) << "unsupported language" << code;
        return false;
    }
    if (m_applied && code == m_language)
        return true;

    auto app = std::make_unique<QTranslator>();
    auto qt = std::make_unique<QTranslator>();
    auto qtExtra = std::make_unique<QTranslator>();
    bool ok = true;
    if (code != QLatin1String("en")) {
        ok = app->load(QStringLiteral(":/i18n/hattama_%1.qm").arg(code));
        if (!ok)
            qCWarning(lcApp) << "embedded catalogue for" << code << "is missing";
        // Qt's own strings (standard buttons, file dialogs): the system catalogue when Qt
        // ships one, else Hattama's embedded one (Qt has no Kazakh catalogue).
        if (!qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && !qt->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code)))
            qCInfo(lcApp) << "no Qt catalogue for" << code;
        // What Qt's catalogue lacks (e.g. the file dialog's «Folder» in Russian).
        (void)qtExtra->load(QStringLiteral(":/i18n/qtbase_extra_%1.qm").arg(code));
    }
    if (!ok)
        return false;

    removeTranslators();
    QLocale::setDefault(QLocale(code == QLatin1String("kk") ? QLocale::Kazakh
                                : code == QLatin1String("ru") ? QLocale::Russian
                                                               : QLocale::English,
                                code == QLatin1String("kk") ? QLocale::Kazakhstan
                                : code == QLatin1String("ru") ? QLocale::Russia
                                                               : QLocale::UnitedStates));
    if (code != QLatin1String("en")) {
        if (!qt->isEmpty()) {
            QCoreApplication::installTranslator(qt.get());
            m_qtTranslator = std::move(qt);
        }
        if (!qtExtra->isEmpty()) {
            QCoreApplication::installTranslator(qtExtra.get());
            m_qtExtraTranslator = std::move(qtExtra);
        }
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }
    // Widgets retranslate now, not at the next turn of the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_language = code;
    m_applied = true;
    qCInfo(lcApp) << "language set to" << code;
    emit languageChanged(code);
    return true;
}

} // namespace hattama
