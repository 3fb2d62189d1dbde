#include "commands/CommandFactories.h"

#include "commands/PlaybackArguments.h"
#include "commands/SignatureOptions.h"
#include "playback/HearingTimeline.h"
#include "playback/PlaybackTime.h"
#include "protocol/DateForms.h"
#include "protocol/ProtocolVersionStore.h"
#include "protocol/RemarksAppendix.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "storage/RemarkRepository.h"
#include "util/CourtTime.h"
#include "util/ErrorText.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace hattama::cli {

namespace {

int fail(CommandContext &ctx, const Error &error)
{
    ctx.err << QCoreApplication::translate("RemarksCommand", "hattama remarks: %1").arg(ErrorText::text(error)) << '\n';
    return toInt(error.code);
}

QString courtTime(const QDateTime &utc)
{
    return CourtTime::toCourt(utc).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString decisionText(RemarkDecision decision)
{
    switch (decision) {
    case RemarkDecision::Accepted:
        return QCoreApplication::translate("RemarksCommand", "accepted");
    case RemarkDecision::Rejected:
        return QCoreApplication::translate("RemarksCommand", "rejected");
    case RemarkDecision::Pending:
        break;
    }
    return QCoreApplication::translate("RemarksCommand", "pending");
}

void printRemark(CommandContext &ctx, const Remark &remark)
{
    const QString who
        = remark.filerRole.isEmpty() ? remark.filedBy : remark.filedBy + QStringLiteral(", ") + remark.filerRole;
    ctx.out << QCoreApplication::translate("RemarksCommand", "Remark %1 — %2")
                   .arg(remark.number)
                   .arg(decisionText(remark.decision))
            << '\n'
            << "  "
            << QCoreApplication::translate("RemarksCommand", "Filed by %1 on %2, on protocol version %3")
                   .arg(who, courtTime(remark.filedAtUtc))
                   .arg(remark.protocolVersion)
            << '\n';
    if (!remark.timeCodesMs.isEmpty()) {
        QStringList codes;
        for (qint64 ms : remark.timeCodesMs)
            codes << protocol::DateForms::timeCode(ms);
        ctx.out << "  "
                << QCoreApplication::translate("RemarksCommand", "Time codes: %1").arg(codes.join(QStringLiteral(", ")))
                << '\n';
    }
    for (const QString &line : remark.text.split(QLatin1Char('\n')))
        ctx.out << "  | " << line << '\n';
    if (!remark.pending())
        ctx.out << "  "
                << QCoreApplication::translate("RemarksCommand", "Decided by %1 on %2: %3")
                       .arg(remark.decidedBy, courtTime(remark.decidedAtUtc), remark.reason)
                << '\n';
    if (remark.attachedVersion > 0)
        ctx.out << "  "
                << QCoreApplication::translate("RemarksCommand", "Attached to protocol version %1")
                       .arg(remark.attachedVersion)
                << '\n';
}

int list(CommandContext &ctx, Database &db, const QString &hearingId)
{
    auto remarks = RemarkRepository(db).list(hearingId);
    if (!remarks)
        return fail(ctx, remarks.error());
    if (remarks->isEmpty())
        ctx.out << QCoreApplication::translate("RemarksCommand", "No remarks on the protocol.") << '\n';
    for (const Remark &remark : *remarks)
        printRemark(ctx, remark);
    return toInt(ExitCode::Ok);
}

int run(CommandContext &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("DIR|ID"), QCoreApplication::translate("RemarksCommand", "Hearing folder or hearing ID."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate(
            "RemarksCommand", "Nothing (list the remarks), add, decide N (N: the remark's number) or attach."),
        QStringLiteral("[ACTION]"));
    const QCommandLineOption byOption(QStringLiteral("by"),
        QCoreApplication::translate("RemarksCommand",
            "add: who files the remark, as \"NAME, ROLE\" (the procedural role: defender, victim, …). decide: the "
            "judge's name (default: the judge of the case)."),
        QStringLiteral("WHO"));
    const QCommandLineOption textOption(QStringLiteral("text"),
        QCoreApplication::translate("RemarksCommand", "add: the text of the remark."), QStringLiteral("TEXT"));
    const QCommandLineOption textFileOption(QStringLiteral("text-file"),
        QCoreApplication::translate("RemarksCommand", "add: read the text of the remark from FILE (UTF-8)."),
        QStringLiteral("FILE"));
    const QCommandLineOption atOption(QStringLiteral("at"),
        QCoreApplication::translate("RemarksCommand",
            "add: a moment of the recording the remark concerns, as hearing time HH:MM:SS; may be repeated."),
        QStringLiteral("TIME"));
    const QCommandLineOption acceptOption(QStringLiteral("accept"),
        QCoreApplication::translate(
            "RemarksCommand", "decide: the judge accepts the remark and certifies it as correct."));
    const QCommandLineOption rejectOption(QStringLiteral("reject"),
        QCoreApplication::translate("RemarksCommand", "decide: the judge rejects the remark."));
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
        QCoreApplication::translate("RemarksCommand", "decide: the reasons of the decision (required)."),
        QStringLiteral("TEXT"));
    parser.addOptions({ byOption, textOption, textFileOption, atOption, acceptOption, rejectOption, reasonOption });
    bool helpShown = false;
    if (!parseArguments(parser, ctx, command, helpShown))
        return toInt(ExitCode::Usage);
    if (helpShown)
        return toInt(ExitCode::Ok);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return reportUsageError(
            ctx, command, QCoreApplication::translate("RemarksCommand", "give a hearing folder or hearing ID"));
    const QString action = positional.value(1);
    const QStringList known { QString(), QStringLiteral("add"), QStringLiteral("decide"), QStringLiteral("attach") };
    if (!known.contains(action))
        return reportUsageError(ctx, command,
            QCoreApplication::translate("RemarksCommand", "unknown action '%1': use add, decide or attach")
                .arg(action));
    const qsizetype expected = action == QLatin1String("decide") ? 3 : (action.isEmpty() ? 1 : 2);
    if (positional.size() != expected)
        return reportUsageError(ctx, command,
            action == QLatin1String("decide")
                ? QCoreApplication::translate("RemarksCommand", "give the number of the remark: decide N")
                : QCoreApplication::translate("RemarksCommand", "too many arguments"));

    // Options of one action are refused with another, so a typo never files or decides silently.
    const bool adding = action == QLatin1String("add");
    const bool deciding = action == QLatin1String("decide");
    for (const QCommandLineOption *option : { &textOption, &textFileOption, &atOption }) {
        if (!adding && parser.isSet(*option))
            return reportUsageError(ctx, command,
                QCoreApplication::translate("RemarksCommand", "--%1 belongs to add").arg(option->names().constFirst()));
    }
    for (const QCommandLineOption *option : { &acceptOption, &rejectOption, &reasonOption }) {
        if (!deciding && parser.isSet(*option))
            return reportUsageError(ctx, command,
                QCoreApplication::translate("RemarksCommand", "--%1 belongs to decide")
                    .arg(option->names().constFirst()));
    }
    if (!adding && !deciding && parser.isSet(byOption))
        return reportUsageError(
            ctx, command, QCoreApplication::translate("RemarksCommand", "--by belongs to add and decide"));

    Remark remark;
    int number = 0;
    RemarkDecision decision = RemarkDecision::Pending;
    if (adding) {
        const QString by = parser.value(byOption);
        const qsizetype comma = by.lastIndexOf(QLatin1Char(','));
        if (comma <= 0 || by.left(comma).trimmed().isEmpty() || by.mid(comma + 1).trimmed().isEmpty())
            return reportUsageError(ctx, command,
                QCoreApplication::translate("RemarksCommand", "give who files the remark as --by \"NAME, ROLE\""));
        remark.filedBy = by.left(comma).trimmed();
        remark.filerRole = by.mid(comma + 1).trimmed();
        if (parser.isSet(textOption) == parser.isSet(textFileOption))
            return reportUsageError(ctx, command,
                QCoreApplication::translate(
                    "RemarksCommand", "give the remark's text with --text TEXT or --text-file FILE"));
        if (parser.isSet(textFileOption)) {
            QFile file(parser.value(textFileOption));
            if (!file.open(QIODevice::ReadOnly))
                return fail(ctx, Error::of(ErrorCode::FileUnreadable, { file.fileName(), file.errorString() }));
            remark.text = QString::fromUtf8(file.readAll());
        } else {
            remark.text = parser.value(textOption);
        }
        if (remark.text.trimmed().isEmpty())
            return reportUsageError(
                ctx, command, QCoreApplication::translate("RemarksCommand", "the remark's text is empty"));
        for (const QString &at : parser.values(atOption)) {
            auto ms = hearingTimeArgument(at);
            if (!ms)
                return fail(ctx, ms.error());
            remark.timeCodesMs << *ms;
        }
    } else if (deciding) {
        bool ok = false;
        number = positional.at(2).toInt(&ok);
        if (!ok || number <= 0)
            return reportUsageError(ctx, command,
                QCoreApplication::translate("RemarksCommand", "'%1' is not a remark number").arg(positional.at(2)));
        if (parser.isSet(acceptOption) == parser.isSet(rejectOption))
            return reportUsageError(ctx, command,
                QCoreApplication::translate("RemarksCommand", "give exactly one of --accept and --reject"));
        decision = parser.isSet(acceptOption) ? RemarkDecision::Accepted : RemarkDecision::Rejected;
        if (parser.value(reasonOption).trimmed().isEmpty())
            return reportUsageError(ctx, command,
                QCoreApplication::translate("RemarksCommand", "give the reasons of the decision with --reason TEXT"));
    }

    auto target = resolveHearing(positional.first(), ctx.global);
    if (!target.ok())
        return fail(ctx, target.error());
    if (!target->database)
        return fail(ctx, Error::of(ErrorCode::RemarksNeedDatabase, { QDir::toNativeSeparators(target->folder) }));
    Database &db = *target->database;
    const QString hearingId = target->hearingId;

    if (action.isEmpty())
        return list(ctx, db, hearingId);

    if (adding) {
        const QList<int> versions = protocol::ProtocolVersionStore(target->folder).numbers();
        if (versions.isEmpty())
            return fail(ctx, Error::of(ErrorCode::ProtocolNotSaved, { QDir::toNativeSeparators(target->folder) }));
        // Moments must lie in the recording when the hearing has one.
        if (!remark.timeCodesMs.isEmpty()) {
            if (auto timeline = HearingTimeline::open(target->folder); timeline.ok()) {
                for (qint64 ms : remark.timeCodesMs) {
                    if (Status inside = checkInRecording(*timeline, ms); !inside)
                        return fail(ctx, inside.error());
                }
            }
        }
        remark.hearingId = hearingId;
        remark.protocolVersion = versions.last();
        auto filed = RemarkRepository(db).file(remark);
        if (!filed)
            return fail(ctx, filed.error());
        ctx.out << QCoreApplication::translate("RemarksCommand", "Remark %1 filed on protocol version %2.")
                       .arg(filed->number)
                       .arg(filed->protocolVersion)
                << '\n';
        return toInt(ExitCode::Ok);
    }

    if (deciding) {
        QString judge = parser.value(byOption).trimmed();
        if (judge.isEmpty()) {
            auto record = HearingRepository(db).load(hearingId);
            if (!record)
                return fail(ctx, record.error());
            judge = record->hearing.caseInfo.judge.trimmed();
            if (judge.isEmpty())
                return reportUsageError(ctx, command,
                    QCoreApplication::translate(
                        "RemarksCommand", "the case names no judge: give the judge's name with --by NAME"));
        }
        auto decided = RemarkRepository(db).decide(hearingId, number, decision, judge, parser.value(reasonOption));
        if (!decided)
            return fail(ctx, decided.error());
        ctx.out << QCoreApplication::translate("RemarksCommand", "Remark %1 %2 by %3.")
                       .arg(decided->number)
                       .arg(decisionText(decided->decision), decided->decidedBy)
                << '\n';
        return toInt(ExitCode::Ok);
    }

    auto attached = protocol::RemarksAppendix::attach(db, target->folder, hearingId);
    if (!attached)
        return fail(ctx, attached.error());
    ctx.out << QCoreApplication::translate("RemarksCommand",
        "Protocol version %1 made with the remarks as its appendix; it is not signed yet: sign it with "
        "'hattama sign'.")
                   .arg(attached->number)
            << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

Command remarksCommand()
{
    Command command;
    command.name = QStringLiteral("remarks");
    command.summary = QT_TRANSLATE_NOOP("Command",
        "Remarks on the protocol: list them, file one, record the judge's decision, attach them to the protocol as a "
        "new version.");
    command.synopsis
        = "remarks DIR|ID [add --by \"NAME, ROLE\" --text TEXT|--text-file F [--at HH:MM:SS ...] | decide N "
          "--accept|--reject --reason TEXT [--by JUDGE] | attach]";
    command.run = [command](CommandContext &ctx) -> int { return run(ctx, command); };
    return command;
}

} // namespace hattama::cli
