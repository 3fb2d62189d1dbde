// hattama devices: the JSON shape, the demo sources, and a real PortAudio device through the
// ALSA file plugin (a 6-channel virtual input).
#include "IntegrityFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace hattama;
using namespace hattama::test;

namespace {

QJsonObject devicesJson(const QProcessEnvironment &env)
{
    const auto result = runHattama({ QStringLiteral("devices"), QStringLiteral("--json") }, env);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QJsonObject findByName(const QJsonArray &array, const QString &name)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("devices: the JSON lists the demo microphones and demo cameras")
{
    QTemporaryDir tmp;
    const QJsonObject json = devicesJson(isolatedEnvironment(tmp.path()));
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("hattama-devices"));
    CHECK(json.value(QStringLiteral("version")).toInt() == 1);
    const QJsonObject mics
        = findByName(json.value(QStringLiteral("audioInputs")).toArray(), QStringLiteral("demo microphones"));
    REQUIRE_FALSE(mics.isEmpty());
    CHECK(mics.value(QStringLiteral("id")).toString() == QStringLiteral("demo"));
    CHECK(mics.value(QStringLiteral("demo")).toBool());
    CHECK(mics.value(QStringLiteral("maxInputChannels")).toInt() == 16);
    CHECK(mics.value(QStringLiteral("portAudioIndex")).isNull());
    const QJsonArray cameras = json.value(QStringLiteral("cameras")).toArray();
    for (int k = 1; k <= 4; ++k) {
        const QJsonObject camera = findByName(cameras, QStringLiteral("demo camera %1").arg(k));
        INFO("demo camera " << k);
        REQUIRE_FALSE(camera.isEmpty());
        CHECK(camera.value(QStringLiteral("id")).toString() == QStringLiteral("demo:%1").arg(k));
        const QJsonObject size = camera.value(QStringLiteral("formats"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("sizes"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        CHECK(size.value(QStringLiteral("width")).toInt() == 1280);
        CHECK(size.value(QStringLiteral("height")).toInt() == 720);
    }
    // Every real camera entry (none on a build machine, some on a PC) has the documented keys.
    for (const QJsonValue &value : cameras) {
        const QJsonObject camera = value.toObject();
        for (const char *key : { "id", "name", "backend", "driver", "busInfo", "formats", "demo" })
            CHECK(camera.contains(QLatin1String(key)));
    }

    const auto table = runHattama({ QStringLiteral("devices") }, isolatedEnvironment(tmp.path()));
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QLatin1String("Audio inputs:")));
    CHECK(table.out.contains(QLatin1String("demo microphones")));
    CHECK(table.out.contains(QLatin1String("demo:4")));
    const auto bad
        = runHattama({ QStringLiteral("devices"), QStringLiteral("extra") }, isolatedEnvironment(tmp.path()));
    CHECK(bad.exitCode == 2);
}

TEST_CASE("devices: a 6-channel ALSA file-plugin device is listed through PortAudio")
{
    QTemporaryDir tmp;
    const QString raw = tmp.path() + QStringLiteral("/in6.raw");
    // One second of 6-channel S16LE silence-free signal; the listing opens the device only.
    QByteArray samples(48000 * 6 * 2, '\0');
    for (qsizetype i = 0; i < samples.size(); i += 2)
        samples[i] = static_cast<char>(i % 97);
    writeAll(raw, samples);
    const QString conf = tmp.path() + QStringLiteral("/virt6.conf");
    // The multi slave pins the channel count to 6 (null alone accepts any count); defined inline
    // so that PortAudio lists only virt6 (each listed multi device costs seconds to probe).
    writeAll(conf,
        QStringLiteral(R"(pcm.virt6 {
    type file
    slave.pcm {
        type multi
        slaves.a.pcm { type null }
        slaves.a.channels 6
        bindings.0 { slave a channel 0 }
        bindings.1 { slave a channel 1 }
        bindings.2 { slave a channel 2 }
        bindings.3 { slave a channel 3 }
        bindings.4 { slave a channel 4 }
        bindings.5 { slave a channel 5 }
    }
    file "/dev/null"
    infile "%1"
    format "raw"
    perm 0644
}
)")
            .arg(raw)
            .toUtf8());
    QProcessEnvironment env = isolatedEnvironment(tmp.path() + QStringLiteral("/home"));
    env.insert(QStringLiteral("ALSA_CONFIG_PATH"), QStringLiteral("/usr/share/alsa/alsa.conf:") + conf);
    const QJsonObject json = devicesJson(env);
    const QJsonObject virt6 = findByName(json.value(QStringLiteral("audioInputs")).toArray(), QStringLiteral("virt6"));
    INFO(QJsonDocument(json).toJson().toStdString());
    REQUIRE_FALSE(virt6.isEmpty());
    CHECK(virt6.value(QStringLiteral("hostApi")).toString() == QStringLiteral("ALSA"));
    CHECK(virt6.value(QStringLiteral("maxInputChannels")).toInt() == 6);
    CHECK(virt6.value(QStringLiteral("id")).toString().startsWith(QLatin1String("pa:")));
    CHECK(virt6.value(QStringLiteral("portAudioIndex")).toInt() >= 0);
    CHECK(virt6.value(QStringLiteral("supportedSampleRatesHz")).toArray().contains(48000));
    CHECK_FALSE(virt6.value(QStringLiteral("demo")).toBool());

    // Without the configuration the device is not there.
    const QJsonObject plain = devicesJson(isolatedEnvironment(tmp.path() + QStringLiteral("/home")));
    CHECK(findByName(plain.value(QStringLiteral("audioInputs")).toArray(), QStringLiteral("virt6")).isEmpty());
}
