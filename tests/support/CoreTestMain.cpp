// main() for core tests: a QCoreApplication, test-mode standard paths, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HattamaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("hattama-tests"));
    QStandardPaths::setTestModeEnabled(true);
    // The computer's /etc/hattama/hattama.conf must not change what tests see.
    qputenv("HATTAMA_SYSTEM_CONFIG", "/nonexistent/hattama-tests.conf");
    return Catch::Session().run(argc, argv);
}
