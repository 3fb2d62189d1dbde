#include "commands/CommandFactories.h"

#include "copy/CopyIssuance.h"
#include "hearing/DisplayNames.h"
#include "hearing/HearingJson.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "util/ErrorText.h"

#include <QCommandLineParser>

namespace hattama::cli {

namespace {

int report(CommandContext &ctx, const Error &error)
{
    ctx.err << QCoreApplication::translate("HearingCommand", "hattama hearing: %1").arg(ErrorText::text(error)) << '\n';
    return toInt(error.code);
}

QString timeCode(qint64 ms)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString dateTime(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            + (time.timeSpec() == Qt::UTC ? QStringLiteral(" UTC") : QString())
                          : QStringLiteral("—");
}

int runImport(CommandContext &ctx, Database &db, const QString &path)
{
    // A device, pipe or folder, or a file over the size limit, is refused before it is read;
    // whatever keeps the file from being read is the caller's to fix: exit 2.
    const auto bytes = HearingJson::readFile(path);
    if (!bytes) {
        ctx.err << QCoreApplication::translate("HearingCommand", "hattama hearing: %1").arg(ErrorText::text(bytes.error()))
                << '\n';
        return toInt(ExitCode::Usage);
    }
    auto record = HearingJson::parse(*bytes);
    if (!record) {
        ctx.err << QCoreApplication::translate("HearingCommand", "hattama hearing: %1 is not a valid hearing file: %2")
                       .arg(path, ErrorText::text(record.error()))
                << '\n';
        return toInt(record.error().code);
    }
    auto saved = HearingRepository(db).save(*record);
    if (!saved)
        return report(ctx, saved.error());
    if (saved->created)
        ctx.out << QCoreApplication::translate(
            "HearingCommand", "Imported hearing %1 (%n timeline entries).", nullptr, saved->entriesAdded)
                       .arg(saved->hearingId)
                << '\n';
    else
        ctx.out << QCoreApplication::translate("HearingCommand",
            "Updated hearing %1 (already imported; %n new timeline entries).", nullptr, saved->entriesAdded)
                       .arg(saved->hearingId)
                << '\n';
    return toInt(ExitCode::Ok);
}

int runList(CommandContext &ctx, Database &db, const HearingFilter &filter)
{
    auto hearings = HearingRepository(db).list(filter);
    if (!hearings)
        return report(ctx, hearings.error());
    for (const HearingSummary &hearing : *hearings) {
        ctx.out << hearing.id << "  " << dateTime(hearing.scheduledStart) << "  " << hearing.caseNumber << "  "
                << statusDisplayName(hearing.status) << "  " << hearing.courtroom << '\n';
    }
    return toInt(ExitCode::Ok);
}

int runShow(CommandContext &ctx, Database &db, const QString &id, bool json)
{
    auto record = HearingRepository(db).load(id);
    if (!record)
        return report(ctx, record.error());
    if (json) {
        ctx.out << QString::fromUtf8(HearingJson::write(*record));
        return toInt(ExitCode::Ok);
    }
    const QString lang = ctx.global.language;
    const Hearing &hearing = record->hearing;
    const QString courtName
        = lang == QLatin1String("kk") && !hearing.court.nameKk.isEmpty() ? hearing.court.nameKk : hearing.court.nameRu;
    ctx.out << QCoreApplication::translate("HearingCommand", "Hearing %1").arg(hearing.id) << '\n'
            << QCoreApplication::translate("HearingCommand", "Case: %1 (%2) %3")
                   .arg(hearing.caseInfo.number, categoryDisplayName(hearing.caseInfo.category), hearing.caseInfo.subject)
            << '\n'
            << QCoreApplication::translate("HearingCommand", "Judge: %1").arg(hearing.caseInfo.judge) << '\n'
            << QCoreApplication::translate("HearingCommand", "Court: %1, %2; courtroom: %3")
                   .arg(courtName, hearing.court.city, hearing.courtroom)
            << '\n'
            << QCoreApplication::translate("HearingCommand", "Scheduled: %1; started: %2; ended: %3")
                   .arg(dateTime(hearing.scheduledStart), dateTime(hearing.actualStart), dateTime(hearing.actualEnd))
            << '\n'
            << QCoreApplication::translate("HearingCommand", "Status: %1; protocol language: %2; %3")
                   .arg(statusDisplayName(hearing.status), hearing.language,
                       hearing.closedSession ? QCoreApplication::translate("HearingCommand", "closed session")
                                             : QCoreApplication::translate("HearingCommand", "open session"))
            << '\n'
            << QCoreApplication::translate("HearingCommand", "Participants:") << '\n';
    for (const Participant &participant : record->participants) {
        ctx.out << "  " << participant.position << ". " << participant.fullName << " — "
                << roleName(participant.role, lang)
                << (participant.present
                           ? QString()
                           : QStringLiteral(" (%1)").arg(QCoreApplication::translate("HearingCommand", "absent")))
                << (participant.note.isEmpty() ? QString() : QStringLiteral("; ") + participant.note) << '\n';
    }
    if (!record->audioChannels.isEmpty() || !record->cameras.isEmpty())
        ctx.out << QCoreApplication::translate("HearingCommand", "Channels:") << '\n';
    for (const AudioChannel &channel : record->audioChannels) {
        const Participant *participant = record->participant(channel.participantId);
        ctx.out << "  "
                << QCoreApplication::translate("HearingCommand", "microphone %1: %2")
                       .arg(channel.channel)
                       .arg(participant ? participant->fullName : channel.label)
                << '\n';
    }
    for (const CameraView &camera : record->cameras)
        ctx.out
            << "  "
            << QCoreApplication::translate("HearingCommand", "camera %1: %2").arg(camera.camera).arg(camera.viewName)
            << '\n';
    // (lupdate does not see a translate() call whose arguments hold a template cast.)
    const int entryCount = int(record->entries.size());
    ctx.out << QCoreApplication::translate("HearingCommand", "Timeline (%n entries):", nullptr, entryCount) << '\n';
    for (const TimelineEntry &entry : record->entries) {
        const Participant *speaker = record->participant(entry.speakerParticipantId);
        ctx.out << "  " << timeCode(entry.hearingTimeMs) << "  " << entryKindId(entry.kind) << "  "
                << (speaker ? speaker->fullName + QStringLiteral(": ") : QString()) << entry.text << '\n';
    }
    // The issuance log: every copy handed out (docs/party-copy.md).
    auto copies = CopyIssuance::list(db, hearing.id);
    if (!copies)
        return report(ctx, copies.error());
    const int copyCount = int(copies->size());
    ctx.out << QCoreApplication::translate("HearingCommand", "Copies issued (%n):", nullptr, copyCount) << '\n';
    for (const IssuedCopy &copy : *copies)
        ctx.out << "  " << copy.at << "  " << copy.recipient << "  " << copy.medium << "/" << copy.profile
                << (copy.sealedIncluded ? QStringLiteral(" (%1)").arg(QCoreApplication::translate("HearingCommand", "with closed-session passages")) : QString())
                << "  " << QCoreApplication::translate("HearingCommand", "issued by %1").arg(copy.by)
                << "  SHA256SUMS " << copy.sumsSha256 << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

Command hearingCommand()
{
    Command command;
    command.name = QStringLiteral("hearing");
    command.summary = QT_TRANSLATE_NOOP("Command", "Import, list and show hearings.");
    command.synopsis
        = "hearing import FILE.json | list [--date YYYY-MM-DD] [--case N] [--search TEXT] | show ID [--json]";
    command.run = [command](CommandContext &ctx) -> int {
        QCommandLineParser parser;
        const QCommandLineOption dateOption(QStringLiteral("date"),
            QCoreApplication::translate("HearingCommand", "list: hearings scheduled on this day."),
            QStringLiteral("YYYY-MM-DD"));
        const QCommandLineOption caseOption(QStringLiteral("case"),
            QCoreApplication::translate("HearingCommand", "list: hearings whose case number contains N."),
            QStringLiteral("N"));
        const QCommandLineOption searchOption(QStringLiteral("search"),
            QCoreApplication::translate(
                "HearingCommand", "list: hearings whose notes, participants or case number contain TEXT."),
            QStringLiteral("TEXT"));
        const QCommandLineOption jsonOption(QStringLiteral("json"),
            QCoreApplication::translate("HearingCommand", "show: write the hearing as JSON (the import format)."));
        parser.addOptions({ dateOption, caseOption, searchOption, jsonOption });
        parser.addPositionalArgument(
            QStringLiteral("action"), QCoreApplication::translate("HearingCommand", "import, list or show."));
        parser.addPositionalArgument(QStringLiteral("argument"),
            QCoreApplication::translate("HearingCommand", "FILE.json for import, ID for show."));
        bool helpShown = false;
        if (!parseArguments(parser, ctx, command, helpShown))
            return toInt(ExitCode::Usage);
        if (helpShown)
            return toInt(ExitCode::Ok);

        const QStringList positional = parser.positionalArguments();
        const QString action = positional.value(0);
        const auto usage = [&](const QString &problem) {
            ctx.err
                << QCoreApplication::translate("HearingCommand", "hattama hearing: %1").arg(problem) << '\n'
                << QCoreApplication::translate("Command", "Usage: hattama %1").arg(QString::fromUtf8(command.synopsis))
                << '\n';
            return toInt(ExitCode::Usage);
        };
        const qsizetype expected = action == QLatin1String("list") ? 1 : 2;
        if (action != QLatin1String("import") && action != QLatin1String("list") && action != QLatin1String("show"))
            return usage(action.isEmpty()
                    ? QCoreApplication::translate("HearingCommand", "say import, list or show.")
                    : QCoreApplication::translate("HearingCommand", "unknown action \"%1\".").arg(action));
        if (positional.size() != expected)
            return usage(expected == 1
                    ? QCoreApplication::translate("HearingCommand", "list takes no arguments besides its options.")
                    : QCoreApplication::translate("HearingCommand", "%1 needs exactly one argument.").arg(action));

        HearingFilter filter;
        if (parser.isSet(dateOption)) {
            filter.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
            if (!filter.date.isValid())
                return usage(QCoreApplication::translate("HearingCommand", "--date %1 is not a date like 2026-11-23.")
                                 .arg(parser.value(dateOption)));
        }
        filter.caseNumber = parser.value(caseOption);
        filter.text = parser.value(searchOption);

        auto db = Database::open(ctx.global.databaseUrl, ctx.global.archiveDir);
        if (!db)
            return report(ctx, db.error());
        if (action == QLatin1String("import"))
            return runImport(ctx, **db, positional.at(1));
        if (action == QLatin1String("list"))
            return runList(ctx, **db, filter);
        return runShow(ctx, **db, positional.at(1), parser.isSet(jsonOption));
    };
    return command;
}

} // namespace hattama::cli
