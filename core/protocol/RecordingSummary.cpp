#include "protocol/RecordingSummary.h"

#include "media/SegmentManifest.h"
#include "protocol/DateForms.h"
#include "protocol/ProtocolInput.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace hattama::protocol {

RecordingSummary RecordingSummary::read(const QString &hearingDir)
{
    RecordingSummary summary;
    const QString path = QDir(hearingDir).filePath(SegmentManifest::fileName());
    if (hearingDir.isEmpty() || !QFileInfo::exists(path))
        return summary;
    const auto contents = SegmentManifest::read(path);
    if (!contents.ok())
        return summary;
    QSet<int> parts;
    for (const ManifestEntry &entry : contents->entries) {
        if (!entry.parsed)
            continue;
        summary.manifestHeadHash = QString::fromLatin1(entry.entryHex);
        if (entry.type != ManifestEntry::Type::Segment)
            continue;
        ++summary.segments;
        summary.durationMs += entry.durationMs;
        summary.endMs = std::max(summary.endMs, entry.startMs + entry.durationMs);
        parts.insert(entry.part);
    }
    summary.parts = int(parts.size());
    if (summary.segments == 0)
        summary.manifestHeadHash.clear(); // a header alone: recording started, nothing kept
    return summary;
}

QString RecordingSummary::partsPhrase(int parts, const QString &lang)
{
    if (lang == QLatin1String("kk"))
        return QStringLiteral("%1 бөлік").arg(parts);
    const int lastTwo = parts % 100;
    const int last = parts % 10;
    QString noun;
    if (last == 1 && lastTwo != 11)
        noun = QStringLiteral("часть");
    else if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14))
        noun = QStringLiteral("части");
    else
        noun = QStringLiteral("частей");
    return QStringLiteral("%1 %2").arg(parts).arg(noun);
}

QVariantMap RecordingSummary::templateContext(const ProtocolInput &input, const QString &lang)
{
    const bool counted = input.hasRecording && input.recordingParts > 0;
    return QVariantMap {
        { QStringLiteral("has_recording"), input.hasRecording },
        { QStringLiteral("manifest_hash"), input.manifestHeadHash },
        { QStringLiteral("recording_parts"), counted ? input.recordingParts : 0 },
        { QStringLiteral("recording_parts_phrase"), counted ? partsPhrase(input.recordingParts, lang) : QString() },
        { QStringLiteral("recording_duration"),
            counted ? DateForms::duration(input.recordedDurationMs, lang) : QString() },
    };
}

} // namespace hattama::protocol
