// main() for UI tests: offscreen QApplication, test-mode standard paths, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HattamaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("hattama-ui-tests"));
    QStandardPaths::setTestModeEnabled(true);
    // The computer's /etc/hattama/hattama.conf must not change what tests see.
    qputenv("HATTAMA_SYSTEM_CONFIG", "/nonexistent/hattama-tests.conf");
    return Catch::Session().run(argc, argv);
}
