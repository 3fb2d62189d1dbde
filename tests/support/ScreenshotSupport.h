#pragma once

// Shared by the programs that render docs/screenshots (not tests): an offscreen application
// with test-mode standard paths and settings in a temporary folder, and saving a widget.

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QWidget>

namespace hattama::test {

class ScreenshotApp {
public:
    // Call before anything else in main(); argv[1] is the output folder (docs/screenshots).
    ScreenshotApp(int &argc, char **argv)
        : m_app((setOffscreen(), argc), argv)
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HattamaScreenshots"));
        QStandardPaths::setTestModeEnabled(true);
        m_outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
        QDir().mkpath(m_outDir);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }
    QString outDir() const { return m_outDir; }
    // A temporary folder that lives as long as the application (archives, hearing files).
    QString workDir() const { return m_settings.path(); }

private:
    static void setOffscreen()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication m_app;
    QTemporaryDir m_settings;
    QString m_outDir;
};

// Saves what widget shows as a PNG and says so on stdout. compact: 256 colours and the
// strongest compression (text stays crisp, the file a fraction of the size).
inline bool saveScreenshot(QWidget *widget, const QString &path, bool compact = false)
{
    QCoreApplication::processEvents();
    QImage image = widget->grab().toImage();
    if (compact)
        image = image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    const bool ok = image.save(path, "PNG", compact ? 0 : -1);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

} // namespace hattama::test
