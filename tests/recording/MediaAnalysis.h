#pragma once

#include <QString>

#include <vector>

// Reading recordings back in tests: packets, decoded audio and picture brightness.
namespace hattama::test {

struct StreamSpan {
    bool video = false;
    double startSec = 0.0;
    double endSec = 0.0; // last pts + duration
    int packets = 0;
};

// Per stream of a media file; empty if the file cannot be opened.
std::vector<StreamSpan> streamSpans(const QString &path);

struct DecodedAudio {
    double startSec = 0.0; // time of the first decoded sample
    int sampleRateHz = 0;
    std::vector<float> samples; // mono
};
DecodedAudio decodeAudio(const QString &path, int streamIndex);

struct PictureLevel {
    double ptsSec = 0.0;
    double meanLuma = 0.0;
};
std::vector<PictureLevel> pictureLevels(const QString &path, int streamIndex);

// Times (s) at which a 1 kHz burst starts.
std::vector<double> beepOnsets(const DecodedAudio &audio);
// Times (s) of pictures much brighter than the ones around them (the demo's white frames).
std::vector<double> flashTimes(const std::vector<PictureLevel> &levels);
// The frequency (Hz) with the most energy between minHz and maxHz (1 Hz steps, Goertzel).
double dominantFrequency(const std::vector<float> &samples, int sampleRateHz, double minHz, double maxHz);

// Writes an ALSA configuration (into dir) with a capture device "virt6" that reads raw
// interleaved 16-bit audio from inFile; pass it in ALSA_CONFIG_PATH after alsa.conf.
QString writeAlsaConfig(const QString &dir, const QString &inFile);

} // namespace hattama::test
