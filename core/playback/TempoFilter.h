#pragma once

#include "util/Result.h"

#include <memory>
#include <vector>

struct AVFilterGraph;
struct AVFilterContext;

namespace hattama {

// Changes the speed of mono float audio keeping its pitch (libavfilter atempo), 0.5× to 2×.
// At 1× the samples pass through unchanged.
class TempoFilter {
public:
    TempoFilter(int sampleRateHz, double speed);
    ~TempoFilter();
    TempoFilter(const TempoFilter &) = delete;
    TempoFilter &operator=(const TempoFilter &) = delete;

    Status open();
    // Feeds input samples and appends what comes out to out.
    Status process(const std::vector<float> &in, std::vector<float> &out);
    // At the end of the input: appends what the filter still holds.
    Status finish(std::vector<float> &out);
    double speed() const { return m_speed; }

private:
    Status drain(std::vector<float> &out);

    int m_rateHz;
    double m_speed;
    qint64 m_fedSamples = 0;
    AVFilterGraph *m_graph = nullptr;
    AVFilterContext *m_source = nullptr;
    AVFilterContext *m_sink = nullptr;
};

} // namespace hattama
