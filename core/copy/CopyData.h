#pragma once

#include "copy/CopyBuilder.h"
#include "copy/CopyManifest.h"
#include "copy/CopyReadme.h"

#include <QMap>

namespace hattama {

// The files a copy was given, by the keys of data.js.
struct CopyDataFiles {
    struct Part {
        QMap<QString, QString> cameras; // "cam1" (or "program") → relative path
        QMap<QString, QString> microphones; // "mic1" → relative path
    };
    QList<Part> parts; // as CopyPlan::parts
    QMap<QString, QString> protocol; // "html", "protocol.pdf", "protocol.pdf.p7s", "seal.json", "seal.json.p7s"
    bool protocolSigned = false;
};

struct CopyDataInput {
    const HearingTimeline &timeline;
    const std::optional<HearingRecord> &record;
    const CopyPlan &plan;
    const CopyDataFiles &files;
    QString language;
    QString recipient; // "NAME, ROLE"
    QString issuedBy;
    QDateTime issuedAt;
    QString profile; // "full" | "compact"
};

// What a copy says about its hearing, in the copy's language (document text, not the
// program's): data.js for the page (docs/party-copy.md, «data.js»), copy.json's description,
// README.txt's facts, the file names.
namespace CopyData {

QString cameraFileName(int number, const QString &language); // "Камера 1"
QString programFileName(const QString &language); // "Программа.mp4"
// "Микрофон 1 Иванов Иван Иванович"
QString microphoneFileName(int channel, const QString &name, const QString &language);
// Who speaks into a microphone: the participant's full name, the channel's label, or as recorded.
QString microphoneName(const std::optional<HearingRecord> &record, const TimelineMicrophone &microphone);

QByteArray script(const CopyDataInput &input); // "window.HATTAMA_COPY = {…};\n"
QJsonObject object(const CopyDataInput &input);
CopyDescription description(const CopyDataInput &input);
ReadmeFacts readmeFacts(const CopyDataInput &input);
QString volumeId(const CopyDataInput &input); // A–Z, 0–9, _; 32 at most

} // namespace CopyData
} // namespace hattama
