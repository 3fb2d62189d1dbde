// Child process of the durability test: adds timeline entries one by one and prints each
// entry's id right after its commit returned, until killed.
//   storage_entry_writer DB_URL HEARING_ID COUNT
#include "storage/Database.h"
#include "storage/TimelineRepository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: storage_entry_writer DB_URL HEARING_ID COUNT\n");
        return 2;
    }
    auto db = hattama::Database::open(args.at(1), {});
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().text()));
        return 3;
    }
    hattama::TimelineRepository timeline(**db);
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        hattama::TimelineEntry entry;
        entry.hearingId = args.at(2);
        entry.hearingTimeMs = 1000LL * i;
        entry.kind = hattama::EntryKind::Note;
        entry.text = QStringLiteral("Жазба %1: куә өз айғақтарын растады").arg(i);
        auto stored = timeline.add(entry);
        if (!stored) {
            std::fprintf(stderr, "%s\n", qPrintable(stored.error().text()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(stored->id));
        std::fflush(stdout);
    }
    return 0;
}
