#pragma once

#include "media/SegmentManifest.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hattama::test {

// Writes a real, self-contained Matroska segment with the ffmpeg CLI: one H.264 video track
// ("camera 1", 160x120 25 fps) and two Opus tracks ("mic 1", "mic 2"), durationS seconds,
// timestamps starting at offsetS. Returns false (and fails the test) when ffmpeg fails.
bool makeSegment(const QString &path, int durationS, int offsetS);

// A closed hearing as the recorder leaves it: recording.json, manifest.jsonl with a close
// line, and the given number of 2-second segments per part (e.g. {2, 1}: two parts).
struct FixtureHearing {
    QString dir;
    QStringList segments; // relative paths in order
};
FixtureHearing makeClosedHearing(const QString &dir, const QList<int> &segmentsPerPart);

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &data);
QList<QByteArray> manifestLines(const QString &hearingDir);
void writeManifestLines(const QString &hearingDir, const QList<QByteArray> &lines);

} // namespace hattama::test
