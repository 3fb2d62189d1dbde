// Storage benchmark: timeline entries committed per second (one transaction each, as the
// secretary's Enter does), and full-text search time over 100 000 entries, on SQLite and,
// when PostgreSQL binaries are installed, on a throwaway PostgreSQL cluster (fsync on).
//   storage_bench [ENTRIES=100000] [COMMITS=2000]
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "storage/TimelineRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace hattama;

namespace {

const QStringList kWords = QString::fromUtf8(
    "суд заседание истец ответчик ходатайство свидетель показания эксперт решение перерыв определение представитель "
    "документ договор задолженность взыскание права обязанности отвод прения последнее слово приговор подсудимый "
    "сот отырысы талапкер жауапкер өтінішхат куә айғақтар сарапшы шешім үзіліс ұйғарым өкіл құжат шарт берешек "
    "өндіріп алу құқықтары міндеттері қарсылық жарыссөздер соңғы сөз үкім сотталушы жәбірленуші қорғаушы прокурор")
                               .split(QLatin1Char(' '), Qt::SkipEmptyParts);

QString randomText(QRandomGenerator &random)
{
    QStringList words;
    const int count = 6 + random.bounded(10);
    for (int i = 0; i < count; ++i)
        words << kWords.at(random.bounded(kWords.size()));
    return words.join(QLatin1Char(' '));
}

HearingRecord benchHearing(int n)
{
    HearingRecord record;
    record.hearing.court.nameRu = QStringLiteral("Суд");
    record.hearing.caseInfo.number = QStringLiteral("2-%1/2026").arg(n);
    record.hearing.caseInfo.category = CaseCategory::Civil;
    record.hearing.scheduledStart
        = QDateTime(QDate(2026, 1, 1).addDays(n % 300), QTime(10, 0), Qt::OffsetFromUTC, 5 * 3600);
    record.participants << Participant { -1, QStringLiteral("p1"), 1, QStringLiteral("Әбілқасымова Жанар"), Role::Judge,
        true, {} };
    return record;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void run(const QString &name, const DatabaseLocation &location, int entries, int commits)
{
    auto opened = Database::open(location);
    if (!opened) {
        std::printf("%s: %s\n", qPrintable(name), qPrintable(opened.error().text()));
        return;
    }
    Database &db = **opened;
    HearingRepository hearings(db);
    TimelineRepository timeline(db);
    QRandomGenerator random(42);

    // 100 hearings to spread the entries over.
    QStringList ids;
    for (int i = 0; i < 100; ++i)
        ids << hearings.save(benchHearing(i))->hearingId;

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < commits; ++i) {
        TimelineEntry entry;
        entry.hearingId = ids.at(i % ids.size());
        entry.hearingTimeMs = i * 1000LL;
        entry.text = randomText(random);
        if (!timeline.add(entry)) {
            std::printf("%s: add failed\n", qPrintable(name));
            return;
        }
    }
    const double commitSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("%-10s single-entry commits: %d in %.2f s = %.0f entries/s (%.2f ms each)\n", qPrintable(name), commits,
        commitSeconds, commits / commitSeconds, commitSeconds * 1000 / commits);

    timer.restart();
    const int bulk = entries - commits;
    const int batch = 5000;
    for (int done = 0; done < bulk; done += batch) {
        (void)db.begin();
        for (int i = done; i < std::min(bulk, done + batch); ++i) {
            TimelineEntry entry;
            entry.hearingId = ids.at(i % ids.size());
            entry.hearingTimeMs = i * 1000LL;
            entry.text = randomText(random);
            if (i % 10'000 == 0)
                entry.text += QStringLiteral(" Құдайбергенов ӨТІНІШХАТЫН қолдады");
            (void)timeline.add(entry);
        }
        (void)db.commit();
    }
    const double bulkSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("%-10s filled to %d entries in batches of %d: %.1f s = %.0f entries/s\n", qPrintable(name), entries,
        batch, bulkSeconds, bulk / bulkSeconds);

    const QList<QPair<QString, QString>> queries {
        { QStringLiteral("rare word, Kazakh, other case"), QStringLiteral("құдайбергенов") },
        { QStringLiteral("two words"), QStringLiteral("өтінішхатын ҚОЛДАДЫ") },
        { QStringLiteral("common word, limit 200"), QStringLiteral("ходатайство") },
        { QStringLiteral("prefix"), QStringLiteral("сарап") },
        { QStringLiteral("no match"), QStringLiteral("несуществующее") },
    };
    for (const auto &[label, text] : queries) {
        QList<double> times;
        qsizetype hits = 0;
        for (int i = 0; i < 7; ++i) {
            timer.restart();
            auto result = timeline.search(text);
            times << timer.nsecsElapsed() / 1e6;
            hits = result ? result->size() : -1;
        }
        std::printf("%-10s search %-32s %6.2f ms median of 7 (%lld hits)\n", qPrintable(name), qPrintable(label),
            median(times), static_cast<long long>(hits));
    }
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        timer.restart();
        HearingFilter filter;
        filter.text = QStringLiteral("ӨТІНІШХАТЫН");
        (void)hearings.list(filter);
        times << timer.nsecsElapsed() / 1e6;
    }
    std::printf(
        "%-10s hearing list --search (entries + names)   %6.2f ms median of 7\n", qPrintable(name), median(times));
}

QString pgBinDir()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        if (QFile::exists(root.filePath(version + QStringLiteral("/bin/pg_ctl"))))
            return root.filePath(version + QStringLiteral("/bin"));
    }
    return {};
}

int pgRun(const QString &program, const QStringList &args)
{
    QStringList command { program };
    command += args;
    if (::geteuid() == 0)
        command = QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--") } + command;
    QProcess process;
    process.start(::geteuid() == 0 ? QStringLiteral("runuser") : command.takeFirst(), command);
    process.waitForFinished(120'000);
    return process.exitCode();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int entries = argc > 1 ? std::atoi(argv[1]) : 100'000;
    const int commits = argc > 2 ? std::atoi(argv[2]) : 2000;
    QTemporaryDir dir;
    run(QStringLiteral("sqlite"), DatabaseLocation::sqlite(dir.filePath(QStringLiteral("bench.sqlite"))), entries,
        commits);

    const QString bin = pgBinDir();
    if (bin.isEmpty()) {
        std::printf("postgresql: binaries not found, skipped\n");
        return 0;
    }
    const QString base = dir.filePath(QStringLiteral("pg"));
    QDir().mkpath(base);
    QFile::setPermissions(base, QFileDevice::Permissions(0x7777));
    QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFileDevice::ExeOther);
    const QString data = base + QStringLiteral("/data");
    const int port = 40000 + ::getpid() % 20000;
    if (pgRun(bin + QStringLiteral("/initdb"),
            { QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-A"),
                QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C.UTF-8") })
            != 0
        || pgRun(bin + QStringLiteral("/pg_ctl"),
               { QStringLiteral("-D"), data, QStringLiteral("-l"), base + QStringLiteral("/log"), QStringLiteral("-w"),
                   QStringLiteral("-o"),
                   QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(port).arg(base),
                   QStringLiteral("start") })
            != 0) {
        std::printf("postgresql: could not start a server, skipped\n");
        return 0;
    }
    pgRun(bin + QStringLiteral("/createdb"),
        { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
            QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("bench") });
    auto location = DatabaseLocation::resolve(QStringLiteral("postgresql://postgres@127.0.0.1:%1/bench").arg(port), {});
    run(QStringLiteral("postgresql"), *location, entries, commits);
    pgRun(bin + QStringLiteral("/pg_ctl"),
        { QStringLiteral("-D"), data, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop") });
    return 0;
}
