#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <vector>

namespace hattama {

// Lock-free single-producer/single-consumer ring of T (capacity rounded up to a power of two).
// The producer (an audio callback) writes into slots and commits; it never allocates or locks.
template<typename T> class SpscRing {
public:
    explicit SpscRing(std::size_t minCapacity)
    {
        std::size_t capacity = 1;
        while (capacity < minCapacity)
            capacity <<= 1;
        m_buffer.assign(capacity, T {});
        m_mask = capacity - 1;
    }

    std::size_t capacity() const { return m_buffer.size(); }

    // Producer side.
    std::size_t writable() const
    {
        return capacity() - (m_write.load(std::memory_order_relaxed) - m_read.load(std::memory_order_acquire));
    }
    T &slot(std::size_t offset) { return m_buffer[(m_write.load(std::memory_order_relaxed) + offset) & m_mask]; }
    void commit(std::size_t count)
    {
        m_write.store(m_write.load(std::memory_order_relaxed) + count, std::memory_order_release);
    }

    // Consumer side.
    std::size_t readable() const
    {
        return m_write.load(std::memory_order_acquire) - m_read.load(std::memory_order_relaxed);
    }
    std::size_t read(T *out, std::size_t count)
    {
        const std::size_t n = std::min(count, readable());
        const std::size_t start = m_read.load(std::memory_order_relaxed);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = m_buffer[(start + i) & m_mask];
        m_read.store(start + n, std::memory_order_release);
        return n;
    }

private:
    std::vector<T> m_buffer;
    std::size_t m_mask = 0;
    alignas(64) std::atomic<std::size_t> m_write { 0 };
    alignas(64) std::atomic<std::size_t> m_read { 0 };
};

} // namespace hattama
