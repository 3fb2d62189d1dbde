#pragma once

#include "capture/CameraSpec.h"
#include "capture/FrameQueue.h"
#include "util/Result.h"

#include <atomic>
#include <memory>
#include <thread>

struct SwsContext;

namespace hattama {

class HearingClock;
class PreviewSlot;

// Health of one camera as last published.
struct CameraHealth {
    QString name;
    qint64 framesCaptured = 0; // pictures delivered by the device
    qint64 framesEncoded = 0; // frames written (one per slot of the constant frame rate)
    qint64 framesDropped = 0; // pictures discarded (queue overflow, late, or two in one slot)
    qint64 framesDuplicated = 0; // slots filled by repeating the last picture
    qint64 framesNoSignal = 0; // slots filled with the "no signal" picture
    qint64 reconnects = 0;
    bool connected = false;
    bool frozen = false; // the same picture for more than two seconds
};

// Reads one camera through libavdevice on its own thread, converts to YUV420P at the encoder's
// size, stamps every picture on the part clock and puts it into a FrameQueue. A lost device is
// reported and reopened every second; the reader never blocks anyone else. Demo (synthetic)
// sources are paced so that picture n appears at n/rate on the part clock and are stamped so.
class CameraSource {
public:
    CameraSource(CameraSpec spec, const HearingClock &clock, FrameQueue &queue);
    ~CameraSource();
    CameraSource(const CameraSource &) = delete;
    CameraSource &operator=(const CameraSource &) = delete;

    // Opens the device once (so a missing camera is an error at start), then starts reading.
    Status start();
    void stop();

    // Publishes low-rate preview pictures there (set before start(); the slot must outlive
    // this source). Null: no previews.
    void setPreview(PreviewSlot *preview) { m_preview = preview; }

    const CameraSpec &spec() const { return m_spec; }
    bool connected() const { return m_connected.load(std::memory_order_relaxed); }
    bool frozen() const { return m_frozen.load(std::memory_order_relaxed); }
    qint64 framesCaptured() const { return m_captured.load(std::memory_order_relaxed); }
    qint64 reconnects() const { return m_reconnects.load(std::memory_order_relaxed); }
    // Part-clock stamp of the last picture delivered (-1: none yet).
    qint64 lastStampNs() const { return m_lastStampNs.load(std::memory_order_relaxed); }

private:
    struct Device;
    Status open();
    void close();
    void run();
    bool readOne(); // false on a device error
    void deliver(AVFrame *decoded);
    static int interruptCallback(void *opaque);

    CameraSpec m_spec;
    const HearingClock &m_clock;
    FrameQueue &m_queue;
    PreviewSlot *m_preview = nullptr;
    std::unique_ptr<Device> m_device;
    std::thread m_thread;
    std::atomic<bool> m_running { false };
    std::atomic<qint64> m_deadlineNs { 0 };
    std::atomic<bool> m_connected { false };
    std::atomic<bool> m_frozen { false };
    std::atomic<qint64> m_captured { 0 };
    std::atomic<qint64> m_reconnects { 0 };
    std::atomic<qint64> m_lastStampNs { -1 };
    quint64 m_lastChecksum = 0;
    qint64 m_sameSinceNs = -1;
};

} // namespace hattama
