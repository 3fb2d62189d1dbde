#include "commands/CommandFactories.h"
#include "commands/PlaybackArguments.h"
#include "commands/SignatureOptions.h"

#include "copy/CopyBuilder.h"
#include "copy/CopyIssuance.h"
#include "playback/PlaybackTime.h"
#include "signature/Pkcs12Signer.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace hattama::cli {

namespace {

std::atomic_bool g_cancel { false };

extern "C" void onCancelSignal(int)
{
    g_cancel.store(true);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) != 0;
#else
    return false;
#endif
}

// The court's own archive copy keeps the closed-session passages: asked once more on a terminal.
bool confirmSealed(CommandContext &ctx)
{
    if (!stdinIsTerminal())
        return false;
    ctx.err << QCoreApplication::translate("CopyCommand", "This copy keeps the closed-session and off-record passages. It is for the court's own archive "
                  "only and is logged. Type yes to make it: ")
            << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("yes") || answer == QStringLiteral("да") || answer == QStringLiteral("иә");
}

int run(CommandContext &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR|ID"), QCoreApplication::translate("CopyCommand", "Hearing folder (with recording.json) or hearing ID."));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("CopyCommand", "The copy: a new folder (e.g. on a USB stick), or an ISO image FILE.iso."), QStringLiteral("DIR|FILE.iso"));
    const QCommandLineOption burnOption(QStringLiteral("burn"),
        QCoreApplication::translate("CopyCommand", "Write the copy onto a blank disc in this drive (e.g. /dev/sr0) and read it back."), QStringLiteral("DEVICE"));
    const QCommandLineOption recipientOption(QStringLiteral("recipient"),
        QCoreApplication::translate("CopyCommand", "Who receives the copy: \"NAME, ROLE\"."), QStringLiteral("NAME, ROLE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate("CopyCommand", "full: every camera as recorded (default); compact: one program video that follows the speaker."),
        QStringLiteral("full|compact"));
    const QCommandLineOption sealedOption(QStringLiteral("include-sealed"),
        QCoreApplication::translate("CopyCommand", "Keep the closed-session and off-record passages: only for the court's own archive copy (asks, and is "
           "logged)."));
    const QCommandLineOption yesOption(QStringLiteral("yes"), QCoreApplication::translate("CopyCommand", "Confirm --include-sealed without asking."));
    const QCommandLineOption keyOption(QStringLiteral("key"),
        QCoreApplication::translate("CopyCommand", "The issuing secretary's key file: copy.json is signed with it (copy.json.p7s)."), QStringLiteral("FILE.p12"));
    const QCommandLineOption passwordOption(QStringLiteral("password-file"),
        QCoreApplication::translate("CopyCommand", "Read the key's password from the first line of FILE (else it is asked on the terminal)."),
        QStringLiteral("FILE"));
    const QCommandLineOption issuedByOption(QStringLiteral("issued-by"),
        QCoreApplication::translate("CopyCommand", "Who issues the copy: \"NAME, ROLE\" (default: the key's owner, else the user)."), QStringLiteral("NAME, ROLE"));
    parser.addOptions({ outOption, burnOption, recipientOption, profileOption, sealedOption, yesOption,
        keyOption, passwordOption, issuedByOption });
    bool helpShown = false;
    if (!parseArguments(parser, ctx, command, helpShown))
        return toInt(ExitCode::Usage);
    if (helpShown)
        return toInt(ExitCode::Ok);
    if (parser.positionalArguments().size() != 1)
        return reportUsageError(ctx, command, QCoreApplication::translate("CopyCommand", "give exactly one hearing folder or hearing ID"));
    if (parser.value(outOption).isEmpty() == parser.value(burnOption).isEmpty())
        return reportUsageError(ctx, command, QCoreApplication::translate("CopyCommand", "give either --out DIR|FILE.iso or --burn DEVICE"));
    if (parser.value(recipientOption).trimmed().isEmpty())
        return reportUsageError(ctx, command, QCoreApplication::translate("CopyCommand", "give who receives the copy with --recipient \"NAME, ROLE\""));
    const QString profile = parser.isSet(profileOption) ? parser.value(profileOption) : QStringLiteral("full");
    if (profile != QLatin1String("full") && profile != QLatin1String("compact"))
        return reportUsageError(ctx, command, QCoreApplication::translate("CopyCommand", "--profile must be full or compact"));
    if (parser.isSet(passwordOption) && !parser.isSet(keyOption))
        return reportUsageError(ctx, command, QCoreApplication::translate("CopyCommand", "--password-file goes with --key"));

    auto hearing = resolveHearing(parser.positionalArguments().first(), ctx.global);
    if (!hearing)
        return reportError(ctx, command, hearing.error());

    CopyRequest request;
    request.hearingDir = hearing->folder;
    if (hearing->database) {
        auto record = HearingRepository(*hearing->database).load(hearing->hearingId);
        if (record)
            request.record = *record;
    }
    // The copy's language: --lang (a global option) when it is ru or kk, else the hearing's.
    const QString language = ctx.global.language;
    request.language = language == QLatin1String("ru") || language == QLatin1String("kk") ? language
        : request.record ? request.record->hearing.language
                         : QStringLiteral("ru");
    request.recipient = parser.value(recipientOption).trimmed();
    request.profile = profile == QLatin1String("compact") ? CopyProfile::Compact : CopyProfile::Full;
    if (parser.isSet(burnOption)) {
        request.medium = CopyMedium::Disc;
        request.target = parser.value(burnOption);
    } else {
        request.target = QFileInfo(parser.value(outOption)).absoluteFilePath();
        request.medium = request.target.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive) ? CopyMedium::Iso
                                                                                           : CopyMedium::Folder;
    }

    std::unique_ptr<signature::Pkcs12Signer> signer;
    if (parser.isSet(keyOption)) {
        auto password = readPassword(parser.value(passwordOption), parser.value(keyOption));
        if (!password)
            return reportError(ctx, command, password.error());
        auto opened = signature::Pkcs12Signer::open(parser.value(keyOption), *password);
        password->fill('\0');
        if (!opened)
            return reportError(ctx, command, opened.error());
        signer = std::move(*opened);
        request.sign = [&signer](const QByteArray &content) { return signer->signDetached(content); };
    }
    request.issuedBy = parser.value(issuedByOption).trimmed();
    if (request.issuedBy.isEmpty())
        request.issuedBy = signer ? signer->certificate().commonName : qEnvironmentVariable("USER");

    if (parser.isSet(sealedOption)) {
        request.includeSealed = true;
        if (!parser.isSet(yesOption) && !confirmSealed(ctx))
            return reportError(ctx, command, Error::of(ErrorCode::CopySealedNotConfirmed));
    }

    CopyBuilder builder(request);
    g_cancel.store(false);
    std::signal(SIGINT, onCancelSignal);
    std::signal(SIGTERM, onCancelSignal);
    int shown = -1;
    auto built = builder.build(
        [&ctx, &shown](double fraction, const QString &) {
            const int percent = int(fraction * 100);
            if (percent / 10 != shown / 10) {
                shown = percent;
                ctx.err << QCoreApplication::translate("CopyCommand", "copy: %1 %").arg(percent) << '\n' << Qt::flush;
            }
        },
        &g_cancel);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!built)
        return reportError(ctx, command, built.error());

    if (hearing->database) {
        IssuedCopy issued;
        issued.by = request.issuedBy;
        issued.recipient = request.recipient;
        issued.medium = copyMediumId(request.medium);
        issued.profile = copyProfileId(request.profile);
        issued.target = request.target;
        issued.sumsSha256 = QString::fromLatin1(built->sumsSha256Hex);
        issued.sealedIncluded = request.includeSealed;
        if (Status logged = CopyIssuance::record(*hearing->database, hearing->hearingId, issued); !logged)
            return reportError(ctx, command, logged.error());
    }
    ctx.out << QCoreApplication::translate("CopyCommand", "Copy written: %1 (%2 files, %3 MB)")
                   .arg(QDir::toNativeSeparators(built->target))
                   .arg(built->files)
                   .arg((built->bytes + 512 * 1024) / (1024 * 1024))
            << '\n';
    for (const CopyPassage &passage : built->plan.excluded)
        ctx.out << QCoreApplication::translate("CopyCommand", "Left out: %1 – %2 (%3)")
                       .arg(hattama::formatHearingTime(passage.startMs), hattama::formatHearingTime(passage.endMs),
                           passage.kind == QLatin1String("sealed") ? QCoreApplication::translate("CopyCommand", "closed session") : QCoreApplication::translate("CopyCommand", "off the record"))
                << '\n';
    ctx.out << QCoreApplication::translate("CopyCommand", "SHA-256 of SHA256SUMS: %1").arg(QString::fromLatin1(built->sumsSha256Hex)) << '\n';
    if (!built->signedManifest)
        ctx.out << QCoreApplication::translate("CopyCommand", "copy.json is not signed (no --key)") << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

Command copyCommand()
{
    Command command;
    command.name = QStringLiteral("copy");
    command.summary = QT_TRANSLATE_NOOP("Command", "Make a party's copy of a hearing: a folder, an ISO image or a disc that plays in a browser.");
    command.synopsis = "copy DIR|ID --out DIR|FILE.iso|--burn DEVICE --recipient \"NAME, ROLE\" [--lang ru|kk] "
                       "[--profile full|compact] [--include-sealed [--yes]] [--key FILE.p12 [--password-file F]]";
    command.needsGui = true;
    command.run = [command](CommandContext &ctx) { return run(ctx, command); };
    return command;
}

} // namespace hattama::cli
