#include "commands/CommandFactories.h"

#include "commands/PasswordPrompt.h"
#include "commands/SignatureOptions.h"
#include "session/HearingSigning.h"
#include "storage/Database.h"
#include "signature/ProtocolSigning.h"
#include "util/ErrorText.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace hattama::cli {

namespace {

using namespace hattama::signature;

int fail(CommandContext &ctx, const Error &error)
{
    ctx.err << QCoreApplication::translate("SignCommand", "hattama sign: %1").arg(ErrorText::text(error)) << '\n';
    return toInt(error.code);
}

void printCertificate(CommandContext &ctx, const CertificateInfo &certificate)
{
    ctx.out << QCoreApplication::translate("SignCommand", "Signer: %1").arg(certificate.commonName) << '\n';
    if (!certificate.iin.isEmpty())
        ctx.out << QCoreApplication::translate("SignCommand", "IIN: %1").arg(certificate.iin) << '\n';
    ctx.out << QCoreApplication::translate("SignCommand", "Issued by: %1").arg(certificate.issuer) << '\n'
            << QCoreApplication::translate("SignCommand", "Valid: %1 to %2")
                   .arg(certificate.notBeforeUtc.toString(Qt::ISODate), certificate.notAfterUtc.toString(Qt::ISODate))
            << '\n';
}

QString roleText(SigningRole role)
{
    return role == SigningRole::Judge ? QCoreApplication::translate("SignCommand", "judge")
                                      : QCoreApplication::translate("SignCommand", "secretary");
}

int run(CommandContext &ctx, const Command &command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("DIR|ID"), QCoreApplication::translate("SignCommand", "Hearing folder or hearing ID."));
    const QCommandLineOption keyOption(QStringLiteral("key"),
        QCoreApplication::translate("SignCommand", "The PKCS#12 key file (.p12) of the person signing."),
        QStringLiteral("FILE"));
    const QCommandLineOption passwordOption(QStringLiteral("password-file"),
        QCoreApplication::translate(
            "SignCommand", "Read the key's password from the first line of FILE (else it is asked on the terminal)."),
        QStringLiteral("FILE"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
        QCoreApplication::translate(
            "SignCommand", "secretary or judge (default: the next one: the secretary signs first)."),
        QStringLiteral("ROLE"));
    const QCommandLineOption tsaOption(QStringLiteral("tsa"),
        QCoreApplication::translate(
            "SignCommand", "Add an RFC 3161 timestamp from this timestamp authority (http URL)."),
        QStringLiteral("URL"));
    parser.addOptions({ keyOption, passwordOption, roleOption, tsaOption });
    addTrustOptions(parser);
    bool helpShown = false;
    if (!parseArguments(parser, ctx, command, helpShown))
        return toInt(ExitCode::Usage);
    if (helpShown)
        return toInt(ExitCode::Ok);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return reportUsageError(
            ctx, command, QCoreApplication::translate("SignCommand", "give exactly one hearing folder or hearing ID"));
    const QString keyFile = parser.value(keyOption);
    if (keyFile.isEmpty())
        return reportUsageError(
            ctx, command, QCoreApplication::translate("SignCommand", "give the key file with --key FILE.p12"));
    SigningOptions options;
    if (parser.isSet(roleOption)) {
        options.role = signingRoleFromId(parser.value(roleOption));
        if (!options.role)
            return reportUsageError(
                ctx, command, QCoreApplication::translate("SignCommand", "--role must be secretary or judge"));
    }
    options.tsaUrl = parser.value(tsaOption);
    options.trustDir = trustFolder(parser, ctx.global);
    options.ocspUrl = ocspUrl(parser);

    auto target = resolveHearing(positional.first(), ctx.global);
    if (!target.ok())
        return fail(ctx, target.error());
    HearingSigning signing(target->folder, options, target->database.get(), target->hearingId);
    auto plan = signing.plan();
    if (!plan.ok())
        return fail(ctx, plan.error());

    auto password = readPassword(parser.value(passwordOption), keyFile);
    if (!password.ok())
        return fail(ctx, password.error());
    auto signer = signing.openKey(keyFile, *password);
    password->fill('\0');
    if (!signer.ok())
        return fail(ctx, signer.error());
    printCertificate(ctx, (*signer)->certificate());
    ctx.out << QCoreApplication::translate("SignCommand", "Signing protocol version %1 as the %2")
                   .arg(plan->version)
                   .arg(roleText(plan->role))
            << '\n';
    auto result = signing.sign(**signer, keyFile);
    if (!result.ok())
        return fail(ctx, result.error());
    ctx.out << QCoreApplication::translate("SignCommand", "Revocation: %1").arg(revocationText(result->revocation))
            << '\n';
    if (result->timestampUtc)
        ctx.out << QCoreApplication::translate("SignCommand", "Timestamp: %1")
                       .arg(result->timestampUtc->toString(Qt::ISODate))
                << '\n';
    ctx.out << QCoreApplication::translate("SignCommand", "Signed: %1").arg(QDir::toNativeSeparators(result->folder))
            << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

Command signCommand()
{
    Command command;
    command.name = QStringLiteral("sign");
    command.summary = QT_TRANSLATE_NOOP(
        "Command", "Sign the hearing's latest protocol version with an electronic signature (secretary, then judge).");
    command.synopsis = "sign DIR|ID --key FILE.p12 [--password-file F] [--role secretary|judge] [--tsa URL] [--trust "
                       "DIR] [--ocsp URL]";
    command.needsGui = true; // the protocol PDF (fonts)
    command.run = [command](CommandContext &ctx) -> int { return run(ctx, command); };
    return command;
}

} // namespace hattama::cli
