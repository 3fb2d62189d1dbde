#include "capture/MultiAudioSource.h"

#include "util/Logging.h"

#include <QStringList>

#include <chrono>
#include <cmath>

namespace hattama {

namespace {
int totalChannels(const std::vector<std::unique_ptr<AudioSource>> &inputs)
{
    int total = 0;
    for (const auto &input : inputs)
        total += input->channelCount();
    return total;
}
} // namespace

MultiAudioSource::MultiAudioSource(std::vector<std::unique_ptr<AudioSource>> inputs, double ringSeconds)
    : AudioSource(totalChannels(inputs), inputs.front()->sampleRateHz(), ringSeconds)
{
    int first = 0;
    for (auto &source : inputs) {
        auto input = std::make_unique<Input>();
        input->firstChannel = first;
        first += source->channelCount();
        input->scratch.assign(std::size_t(source->channelCount()), 0.0f);
        input->source = std::move(source);
        m_inputs.push_back(std::move(input));
    }
    m_inputs.front()->primed = true; // the first input is the clock
}

MultiAudioSource::~MultiAudioSource()
{
    stop();
}

QString MultiAudioSource::name() const
{
    QStringList names;
    for (const auto &input : m_inputs)
        names << input->source->name();
    return names.join(QStringLiteral(" + "));
}

QString MultiAudioSource::channelSource(int channel) const
{
    for (const auto &input : m_inputs)
        if (channel >= input->firstChannel && channel < input->firstChannel + input->source->channelCount())
            return input->source->name();
    return name();
}

int MultiAudioSource::channelOnSource(int channel) const
{
    for (const auto &input : m_inputs)
        if (channel >= input->firstChannel && channel < input->firstChannel + input->source->channelCount())
            return input->source->channelOnSource(channel - input->firstChannel);
    return channel;
}

qint64 MultiAudioSource::framesSkipped(std::size_t input) const
{
    return input < m_inputs.size() ? m_inputs[input]->skipped.load() : 0;
}

qint64 MultiAudioSource::framesRepeated(std::size_t input) const
{
    return input < m_inputs.size() ? m_inputs[input]->repeated.load() : 0;
}

qint64 MultiAudioSource::backlogFrames(std::size_t input) const
{
    return input < m_inputs.size() ? m_inputs[input]->backlog.load() : 0;
}

qint64 MultiAudioSource::underrunFrames(std::size_t input) const
{
    return input < m_inputs.size() ? m_inputs[input]->underrun.load() : 0;
}

Status MultiAudioSource::start()
{
    if (m_running.load())
        return {};
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
        Status started = m_inputs[i]->source->start();
        if (!started) {
            for (std::size_t j = 0; j < i; ++j)
                m_inputs[j]->source->stop();
            return started;
        }
    }
    m_running.store(true);
    m_thread = std::thread([this] { run(); });
    return {};
}

void MultiAudioSource::stop()
{
    m_running.store(false);
    if (m_thread.joinable())
        m_thread.join();
    for (auto &input : m_inputs)
        input->source->stop();
}

void MultiAudioSource::readInput(Input &input, std::size_t frames)
{
    SpscRing<float> &ring = input.source->ring();
    const std::size_t channels = std::size_t(input.source->channelCount());
    input.block.assign(frames * channels, 0.0f);
    const qint64 available = qint64(ring.readable() / channels);
    if (!input.primed) {
        // Until its backlog first reaches the target it is not heard (a device starting late).
        if (available < kTargetBacklogFrames + qint64(frames)) {
            input.underrun.fetch_add(qint64(frames), std::memory_order_relaxed);
            return;
        }
        input.primed = true;
        // Start exactly at the target: what came before it is dropped unheard.
        for (qint64 extra = available - qint64(frames) - kTargetBacklogFrames; extra > 0; --extra)
            ring.read(input.scratch.data(), channels);
        input.averageBacklog = double(kTargetBacklogFrames);
        const std::size_t got = ring.read(input.block.data(), frames * channels) / channels;
        input.underrun.fetch_add(qint64(frames - got), std::memory_order_relaxed);
        return;
    }
    const double backlogAfter = double(available - qint64(frames));
    input.averageBacklog
        = input.averageBacklog < 0 ? backlogAfter : input.averageBacklog * 0.95 + backlogAfter * 0.05;
    input.backlog.store(qint64(backlogAfter), std::memory_order_relaxed);
    // The further the average is off, the more frames (one at a time, at most a few per block).
    const double off = input.averageBacklog - double(kTargetBacklogFrames);
    const qint64 correction = std::min<qint64>(kMaxCorrectionFrames, qint64(std::abs(off) / kDeadBandFrames));
    std::size_t take = frames;
    if (off > 0 && correction > 0 && available > qint64(frames) + correction) {
        // Ahead of the first input: leave frames out.
        for (qint64 i = 0; i < correction; ++i)
            ring.read(input.scratch.data(), channels);
        input.skipped.fetch_add(correction, std::memory_order_relaxed);
    } else if (off < 0 && correction > 0 && available >= qint64(frames)) {
        // Behind: say the last frame of this block again.
        take = frames - std::size_t(correction);
        input.repeated.fetch_add(correction, std::memory_order_relaxed);
    }
    const std::size_t got = ring.read(input.block.data(), take * channels) / channels;
    if (got > 0 && take < frames && got == take) {
        for (std::size_t f = got; f < frames; ++f)
            std::copy_n(input.block.data() + (got - 1) * channels, channels, input.block.data() + f * channels);
    } else if (got < take)
        input.underrun.fetch_add(qint64(take - got), std::memory_order_relaxed); // the rest stays silent
    // Drop runs of the input were already counted by it; their events are not needed here.
    DropEvent drops[16];
    while (input.source->drops().read(drops, 16) > 0) {
    }
}

void MultiAudioSource::run()
{
    Input &clock = *m_inputs.front();
    const std::size_t clockChannels = std::size_t(clock.source->channelCount());
    std::vector<std::pair<Input *, std::size_t>> channelMap;
    for (auto &input : m_inputs)
        for (int c = 0; c < input->source->channelCount(); ++c)
            channelMap.emplace_back(input.get(), std::size_t(c));
    while (m_running.load(std::memory_order_acquire)) {
        if (clock.source->ring().readable() < kBlockFrames * clockChannels) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            continue;
        }
        clock.block.resize(kBlockFrames * clockChannels);
        clock.source->ring().read(clock.block.data(), kBlockFrames * clockChannels);
        DropEvent drops[16];
        while (clock.source->drops().read(drops, 16) > 0) {
        }
        for (std::size_t i = 1; i < m_inputs.size(); ++i)
            readInput(*m_inputs[i], kBlockFrames);
        pushFrames(kBlockFrames, [&channelMap](std::size_t frame, std::size_t channel) {
            const auto &[input, local] = channelMap[channel];
            const std::size_t channels = input->scratch.size();
            return input->block[frame * channels + local];
        });
        qint64 overflows = 0;
        for (const auto &input : m_inputs)
            overflows += input->source->deviceOverflows() + input->source->overruns();
        m_deviceOverflows.store(overflows, std::memory_order_release);
    }
}

} // namespace hattama
