#pragma once

#include "playback/HearingTimeline.h"
#include "playback/MixSettings.h"

#include <QImage>
#include <QList>

#include <vector>

namespace hattama {

// What to render: a stretch of the play clock starting at a hearing moment, at a speed, with
// a mix of the microphones.
struct RenderRequest {
    qint64 fromHearingMs = 0; // in a recess: from the start of what follows it
    qint64 playDurationMs = 0; // of recording (play clock); output lasts this / speed
    double speed = 1.0; // 0.5 to 2, pitch kept
    MixSettings mix;
    QList<int> cameras; // 1-based; empty: every camera
    bool pictures = false; // also convert each presented picture to an image
    QSize pictureSize; // for the images; invalid: as recorded
};

// One camera picture as the player presents it.
struct PresentedFrame {
    qint64 outputUs = 0; // when it is shown, on the output clock (0 = first output sample)
    qint64 playMs = 0;
    qint64 hearingMs = 0;
    double meanLuma = 0.0; // brightness 0–255, for checks
    QImage picture; // when asked for
};

struct RenderResult {
    int sampleRateHz = 48'000;
    qint64 startPlayMs = 0;
    qint64 endPlayMs = 0;
    std::vector<float> audio; // the mix, mono, on the output clock
    std::vector<std::vector<PresentedFrame>> cameras; // per requested camera, in order
};

// Renders without an audio device and without waiting on any clock: the mixed sound and
// which picture of every camera is presented when, through the same readers, mixer and
// tempo filter as the player. Cameras are decoded on worker threads (one each) while the
// sound is decoded on the calling thread. What the tests, `clip` and `frame` drive.
class OfflineRenderer {
public:
    explicit OfflineRenderer(HearingTimeline timeline);

    Result<RenderResult> render(const RenderRequest &request) const;
    // The picture of one camera (0-based) presented at a hearing moment.
    Result<PresentedFrame> pictureAt(qint64 hearingMs, int camera, QSize size = {}) const;

    const HearingTimeline &timeline() const { return m_timeline; }

private:
    HearingTimeline m_timeline;
};

} // namespace hattama
