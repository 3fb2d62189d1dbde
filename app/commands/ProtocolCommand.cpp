#include "commands/CommandFactories.h"

#include "protocol/HearingToProtocol.h"
#include "protocol/ProtocolBuilder.h"
#include "protocol/ProtocolDraft.h"
#include "protocol/ProtocolInput.h"
#include "protocol/ProtocolVersionStore.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "util/ExitCode.h"
#include "util/Logging.h"
#include "util/Result.h"
#include "util/ErrorText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace hattama::cli {

namespace {

using namespace hattama::protocol;

int fail(CommandContext &ctx, const Error &error)
{
    ctx.err << QCoreApplication::translate("ProtocolCommand", "hattama protocol: %1").arg(ErrorText::text(error))
            << '\n';
    return toInt(error.code);
}

Result<ProtocolInput> readInput(const QString &folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("hearing.json")));
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::FileUnreadable, { file.fileName(), file.errorString() });
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Error::of(ErrorCode::HearingDataNotJson, { file.fileName(), error.errorString() });
    return ProtocolInput::fromJson(json.object());
}

struct LoadedHearing {
    QString folder; // where protocol drafts are kept
    ProtocolInput input;
};

// DIR: a hearing folder with hearing.json (docs/protocol.md). Anything else is a hearing ID:
// <archive>/<ID>/hearing.json when present, else the hearing in the database (--db or the
// archive's SQLite), whose drafts go to <archive>/<ID>/protocol/.
Result<LoadedHearing> loadHearing(const QString &target, const GlobalOptions &global)
{
    const QFileInfo info(target);
    if (info.isDir()) {
        if (!QFileInfo::exists(QDir(target).filePath(QStringLiteral("hearing.json"))))
            return Error::of(ErrorCode::FolderHoldsNoHearing, { target });
        auto input = readInput(info.absoluteFilePath());
        if (!input.ok())
            return input.error();
        return LoadedHearing { info.absoluteFilePath(), *input };
    }
    const QString inArchive = QDir(global.archiveDir).filePath(target);
    if (target.contains(QLatin1Char('/')) || target.isEmpty())
        return Error::of(ErrorCode::HearingFolderNotFound, { target });
    if (QFileInfo::exists(QDir(inArchive).filePath(QStringLiteral("hearing.json")))) {
        auto input = readInput(inArchive);
        if (!input.ok())
            return input.error();
        return LoadedHearing { QFileInfo(inArchive).absoluteFilePath(), *input };
    }
    auto db = Database::open(global.databaseUrl, global.archiveDir);
    if (!db.ok())
        return db.error();
    auto record = HearingRepository(**db).load(target);
    if (!record.ok())
        return Error::of(ErrorCode::HearingNotFoundAnywhere, { target, global.archiveDir });
    const QString folder = QFileInfo(inArchive).absoluteFilePath();
    return LoadedHearing { folder, protocolInputFromHearing(*record, RecordingSummary::read(folder)) };
}

int run(CommandContext &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR|ID"),
        QCoreApplication::translate("ProtocolCommand", "Hearing folder (with hearing.json) or hearing ID."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("ProtocolCommand", "Output format: pdf, odt or html."), QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("ProtocolCommand", "Output file (written whole or not at all)."),
        QStringLiteral("FILE"));
    //: «полный протокол» / «толық хаттама»; its contents: CPC art. 347 (criminal), civil procedure code art. 282
    const QCommandLineOption fullOption(QStringLiteral("full"),
        QCoreApplication::translate("ProtocolCommand",
            "Full protocol (criminal cases: CPC art. 347; civil and administrative cases: civil procedure code "
            "art. 282). The default when the hearing was not recorded."));
    //: «краткий протокол» / «қысқаша хаттама»: lawful only with an audio and video recording
    const QCommandLineOption briefOption(QStringLiteral("brief"),
        QCoreApplication::translate("ProtocolCommand",
            "Brief protocol, which accompanies the recording. The default when the hearing was recorded; "
            "refused when it was not."));
    const QCommandLineOption saveOption(QStringLiteral("save-version"),
        QCoreApplication::translate(
            "ProtocolCommand", "Also keep the result as the next draft version in the hearing folder."));
    parser.addOptions({ formatOption, outputOption, fullOption, briefOption, saveOption });
    bool helpShown = false;
    if (!parseArguments(parser, ctx, command, helpShown))
        return toInt(ExitCode::Usage);
    if (helpShown) {
        ctx.out << QCoreApplication::translate(
            "ProtocolCommand", "The protocol language is the --lang option (ru or kk).")
                << '\n';
        return toInt(ExitCode::Ok);
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return reportUsageError(ctx, command,
            QCoreApplication::translate("ProtocolCommand", "give exactly one hearing folder or hearing ID"));
    const QString language = ctx.global.language;
    if (language != QLatin1String("ru") && language != QLatin1String("kk"))
        return reportUsageError(ctx, command,
            QCoreApplication::translate(
                "ProtocolCommand", "the protocol language must be ru or kk: add --lang ru or --lang kk"));
    const std::optional<ProtocolFormat> format = protocolFormatFromId(parser.value(formatOption));
    if (!format)
        return reportUsageError(
            ctx, command, QCoreApplication::translate("ProtocolCommand", "--format must be pdf, odt or html"));
    if (parser.isSet(fullOption) && parser.isSet(briefOption))
        return reportUsageError(
            ctx, command, QCoreApplication::translate("ProtocolCommand", "give either --full or --brief, not both"));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return reportUsageError(
            ctx, command, QCoreApplication::translate("ProtocolCommand", "give the output file with -o FILE"));

    auto loaded = loadHearing(positional.first(), ctx.global);
    if (!loaded.ok())
        return fail(ctx, loaded.error());
    const QString &folder = loaded->folder;
    const ProtocolInput &input = loaded->input;

    ProtocolBuilder::Options options;
    options.language = language;
    // The law's choice unless one is asked for: brief with a recording, full without
    // (ProtocolBuilder refuses a brief protocol of a hearing that was not recorded).
    options.kind = parser.isSet(fullOption) ? ProtocolBuilder::Kind::Full
        : parser.isSet(briefOption)         ? ProtocolBuilder::Kind::Brief
                                            : ProtocolBuilder::lawfulKind(input);
    options.archiveDir = ctx.global.archiveDir;
    // Manual edits of the latest draft in this language and kind are carried over, never dropped.
    auto draft = buildProtocolDraft(input, folder, options);
    if (!draft.ok())
        return fail(ctx, draft.error());
    const ProtocolDocument &result = draft->document;
    if (const QStringList other = ProtocolBuilder::entriesInOtherLanguage(input, language); !other.isEmpty())
        ctx.err << QCoreApplication::translate("ProtocolCommand",
            "warning: %n entries are typed in another language than the protocol (%1): %2", "", int(other.size()))
                       .arg(language, other.join(QStringLiteral(", ")))
                << '\n';
    if (draft->previous) {
        const RegenerationResult &merged = draft->merge;
        if (merged.dataChanged)
            ctx.err << QCoreApplication::translate("ProtocolCommand",
                "warning: the hearing data changed since draft version %1; %2 edited block(s) kept, %3 to check")
                           .arg(draft->previous->number)
                           .arg(merged.keptEdits)
                           .arg(merged.conflicts)
                    << '\n';
        for (const QString &warning : merged.warnings)
            qCWarning(lcProtocol).noquote() << warning;
    }

    if (Status status = writeProtocolFile(result, *format, output); !status.ok())
        return fail(ctx, status.error());
    if (parser.isSet(saveOption)) {
        ProtocolVersionStore store(folder);
        ProtocolVersion version;
        version.inputHash = draft->inputHash;
        version.document = result;
        auto saved = store.save(version);
        if (!saved.ok())
            return fail(ctx, saved.error());
        ctx.out << QCoreApplication::translate("ProtocolCommand", "Draft version %1 saved: %2")
                       .arg(saved->number)
                       .arg(store.pathOf(saved->number))
                << '\n';
    }
    ctx.out << QCoreApplication::translate("ProtocolCommand", "Protocol written: %1")
                   .arg(QFileInfo(output).absoluteFilePath())
            << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

Command protocolCommand()
{
    Command command;
    command.name = QStringLiteral("protocol");
    command.summary
        = QT_TRANSLATE_NOOP("Command", "Build the hearing protocol in Russian or Kazakh as PDF, ODT or HTML.");
    command.synopsis = "protocol DIR|ID --lang ru|kk --format pdf|odt|html -o FILE [--full|--brief] [--save-version]";
    command.needsGui = true; // PDF fonts
    command.run = [command](CommandContext &ctx) -> int { return run(ctx, command); };
    return command;
}

} // namespace hattama::cli
