#pragma once

#include "util/Result.h"

#include <QString>

namespace hattama {

// What to open for one camera, and how to encode it.
struct CameraSpec {
    QString name; // stream title, e.g. "Camera 1" or "Judge"
    QString inputFormat; // libavdevice input: "lavfi", "v4l2", "dshow"
    QString url; // e.g. "/dev/video0" or a lavfi graph
    bool demo = false; // synthetic source paced on the hearing clock
    int widthPx = 1280;
    int heightPx = 720;
    int frameRate = 25;

    // Demo camera k (1-based): moving test pattern, name and hearing time burned in, one white
    // frame at every whole second of the part clock. hearingOffsetMs: hearing time at part start.
    static CameraSpec demoCamera(int index1Based, int widthPx, int heightPx, int frameRate, qint64 hearingOffsetMs = 0,
        const QString &name = {});
    // "[NAME=]v4l2:/dev/video0", "[NAME=]lavfi:GRAPH", "[NAME=]demo", or a bare device path.
    static Result<CameraSpec> parse(const QString &text, int index1Based, int widthPx, int heightPx, int frameRate);
    // The platform's camera input format ("v4l2" on Linux, "dshow" on Windows).
    static QString platformInputFormat();
    // Font used for burned-in demo text (empty if none is known on this platform).
    static QString platformFontFile();
};

} // namespace hattama
