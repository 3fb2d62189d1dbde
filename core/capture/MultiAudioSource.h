#pragma once

#include "capture/AudioSource.h"

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace hattama {

// Several audio inputs as one: the channels of every input side by side (first input's
// channels first), on the first input's clock. Each input runs on its own crystal, so the
// others drift against the first by a few samples a minute; a merging thread keeps each
// other input's backlog (averaged over ~0.2 s, so that the devices' block sizes do not count)
// near a small target by leaving out one frame (input ahead) or saying one frame twice (input
// behind), one more frame per block for each further 160 frames off, at most 4 per 10 ms
// block (0.8 %, far beyond any real device's error), inaudible in speech. An input
// that delivers nothing is filled with silence, counted as underrun frames.
class MultiAudioSource : public AudioSource {
public:
    static constexpr std::size_t kBlockFrames = 480; // 10 ms at 48 kHz
    static constexpr qint64 kTargetBacklogFrames = 960; // 20 ms of jitter room per extra input
    static constexpr double kDeadBandFrames = 160; // no correction while the average is this close
    static constexpr qint64 kMaxCorrectionFrames = 4; // per block: up to 0.8 % apart

    MultiAudioSource(std::vector<std::unique_ptr<AudioSource>> inputs, double ringSeconds);
    ~MultiAudioSource() override;

    Status start() override;
    void stop() override;
    QString name() const override;
    QString channelSource(int channel) const override;
    int channelOnSource(int channel) const override;

    // Per extra input (index 1…): frames left out, said twice, and filled with silence.
    qint64 framesSkipped(std::size_t input) const;
    qint64 framesRepeated(std::size_t input) const;
    qint64 underrunFrames(std::size_t input) const;
    // Frames of that input waiting after the last block (kTargetBacklogFrames when in step).
    qint64 backlogFrames(std::size_t input) const;

private:
    struct Input {
        std::unique_ptr<AudioSource> source;
        int firstChannel = 0;
        std::vector<float> block;
        std::vector<float> scratch; // one frame, for leaving one out
        bool primed = false; // its backlog reached the target once
        double averageBacklog = -1; // frames waiting after each block, smoothed over ~0.2 s
        std::atomic<qint64> skipped { 0 };
        std::atomic<qint64> repeated { 0 };
        std::atomic<qint64> underrun { 0 };
        std::atomic<qint64> backlog { 0 };
    };
    void run();
    void readInput(Input &input, std::size_t frames);

    std::vector<std::unique_ptr<Input>> m_inputs;
    std::vector<float> m_merged;
    std::thread m_thread;
    std::atomic<bool> m_running { false };
};

} // namespace hattama
