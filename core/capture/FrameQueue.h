#pragma once

#include "capture/FfmpegPtr.h"

#include <atomic>
#include <deque>
#include <mutex>

namespace hattama {

// A captured picture stamped on the part clock.
struct StampedFrame {
    ff::FramePtr frame; // YUV420P at the encoder's size
    qint64 partTimeNs = 0;
};

// Bounded queue between a camera reader and its encoder. Overflow policy: DropOldest — when
// the encoder falls behind, the oldest waiting picture is discarded and counted; the reader
// never waits.
class FrameQueue {
public:
    explicit FrameQueue(std::size_t capacity)
        : m_capacity(capacity)
    {
    }

    void push(StampedFrame frame)
    {
        std::lock_guard lock(m_mutex);
        if (m_frames.size() >= m_capacity) {
            m_frames.pop_front();
            m_dropped.fetch_add(1, std::memory_order_relaxed);
        }
        m_frames.push_back(std::move(frame));
    }

    // Removes every frame stamped before untilNs and returns the last of them (or an empty
    // frame); the others count as dropped.
    StampedFrame takeLatestBefore(qint64 untilNs)
    {
        std::lock_guard lock(m_mutex);
        StampedFrame latest;
        while (!m_frames.empty() && m_frames.front().partTimeNs < untilNs) {
            if (latest.frame)
                m_dropped.fetch_add(1, std::memory_order_relaxed);
            latest = std::move(m_frames.front());
            m_frames.pop_front();
        }
        return latest;
    }

    void clear()
    {
        std::lock_guard lock(m_mutex);
        m_frames.clear();
    }

    qint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::deque<StampedFrame> m_frames;
    std::atomic<qint64> m_dropped { 0 };
};

} // namespace hattama
