#include "commands/CommandFactories.h"

#include "capture/DeviceList.h"
#include "util/ExitCode.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace hattama::cli {

namespace {

QString ratesText(const QList<int> &rates)
{
    QStringList parts;
    for (const int rate : rates)
        parts << QString::number(rate);
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

QString formatsText(const CameraDevice &camera)
{
    QStringList parts;
    for (const CameraFormat &format : camera.formats) {
        QStringList sizes;
        for (const CameraFrameSize &size : format.sizes) {
            QString text = QStringLiteral("%1x%2").arg(size.width).arg(size.height);
            if (!size.frameRates.isEmpty())
                text += QStringLiteral("@%1").arg(size.frameRates.constFirst());
            sizes << text;
        }
        parts << QStringLiteral("%1 %2").arg(format.pixelFormat, sizes.join(QLatin1Char(' ')));
    }
    return parts.join(QStringLiteral("; "));
}

void printTable(QTextStream &out, const DeviceInventory &inventory)
{
    out << QCoreApplication::translate("Devices", "Audio inputs:") << '\n';
    out << QStringLiteral("  %1 %2 %3 %4 %5")
               .arg(QCoreApplication::translate("Devices", "ID"), -8)
               .arg(QCoreApplication::translate("Devices", "Name"), -40)
               .arg(QCoreApplication::translate("Devices", "Host API"), -28)
               .arg(QCoreApplication::translate("Devices", "Channels"), 8)
               .arg(QCoreApplication::translate("Devices", "Rates (Hz)"))
        << '\n';
    for (const AudioInputDevice &device : inventory.audioInputs) {
        QString name = device.name;
        if (device.isDefault)
            name += QLatin1Char(' ') + QCoreApplication::translate("Devices", "(default)");
        out << QStringLiteral("  %1 %2 %3 %4 %5")
                   .arg(device.id, -8)
                   .arg(name, -40)
                   .arg(device.hostApi, -28)
                   .arg(device.maxInputChannels, 8)
                   .arg(ratesText(device.supportedSampleRatesHz))
            << '\n';
    }
    out << '\n' << QCoreApplication::translate("Devices", "Cameras:") << '\n';
    bool anyReal = false;
    for (const CameraDevice &camera : inventory.cameras) {
        anyReal = anyReal || !camera.demo;
        out << QStringLiteral("  %1 %2 %3 %4")
                   .arg(camera.id, -14)
                   .arg(camera.name, -28)
                   .arg(camera.backend, -6)
                   .arg(formatsText(camera))
            << '\n';
    }
    if (!anyReal)
        out << "  " << QCoreApplication::translate("Devices", "(no camera found; the demo cameras are always there)")
            << '\n';
    for (const QString &problem : inventory.problems)
        out << QCoreApplication::translate("Devices", "problem: %1").arg(problem) << '\n';
}

} // namespace

Command devicesCommand()
{
    Command command;
    command.name = QStringLiteral("devices");
    command.summary
        = QT_TRANSLATE_NOOP("Command", "List audio inputs (with channel counts), cameras and demo sources.");
    command.synopsis = "devices [--json]";
    command.run = [command](CommandContext &ctx) -> int {
        QCommandLineParser parser;
        const QCommandLineOption json(
            QStringLiteral("json"), QCoreApplication::translate("Devices", "Print JSON (shape in docs/devices.md)."));
        parser.addOption(json);
        bool helpShown = false;
        if (!parseArguments(parser, ctx, command, helpShown))
            return toInt(ExitCode::Usage);
        if (helpShown)
            return toInt(ExitCode::Ok);
        if (!parser.positionalArguments().isEmpty()) {
            ctx.err
                << QCoreApplication::translate("Devices", "hattama devices: unexpected argument '%1'")
                       .arg(parser.positionalArguments().constFirst())
                << '\n'
                << QCoreApplication::translate("Command", "Usage: hattama %1").arg(QString::fromUtf8(command.synopsis))
                << '\n';
            return toInt(ExitCode::Usage);
        }
        const DeviceInventory inventory = DeviceList::enumerate();
        if (parser.isSet(json))
            ctx.out << QString::fromUtf8(QJsonDocument(DeviceList::toJson(inventory)).toJson(QJsonDocument::Indented));
        else
            printTable(ctx.out, inventory);
        return toInt(ExitCode::Ok);
    };
    return command;
}

} // namespace hattama::cli
