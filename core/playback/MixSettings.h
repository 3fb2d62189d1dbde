#pragma once

#include <QList>

#include <vector>

namespace hattama {

// What the listener hears: microphones (1-based numbers) soloed or muted and each one's gain.
// With any microphone soloed only the soloed ones are heard; else every one not muted.
struct MixSettings {
    QList<int> solo;
    QList<int> muted;
    QList<double> gains; // linear, per microphone in order; missing: 1.0

    bool audible(int microphone) const;
    double gain(int microphone) const;
    // Sums the audible microphones (each scaled by its gain) into mono, limited to [-1, 1].
    void mix(const std::vector<std::vector<float>> &perMicrophone, std::vector<float> &out) const;
};

} // namespace hattama
