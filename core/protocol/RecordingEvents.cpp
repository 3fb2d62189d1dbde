#include "protocol/RecordingEvents.h"

#include "hearing/EventCatalogue.h"
#include "util/Logging.h"

#include <array>
#include <utility>

namespace hattama::protocol {

namespace {

bool isKk(const QString &lang)
{
    return lang == QLatin1String("kk");
}

// The shipped event catalogue: the recording events' sentences are its entries, as the
// procedural events' are (one wording, resources/templates/events.json).
const EventCatalogue &catalogue()
{
    static const EventCatalogue shipped = [] {
        auto loaded = EventCatalogue::shipped();
        if (!loaded)
            qCWarning(lcProtocol) << "event catalogue unavailable:" << loaded.error().message;
        return loaded ? *loaded : EventCatalogue();
    }();
    return shipped;
}

// The sentence without its full stop.
QString sentence(EntryKind kind, bool kk)
{
    const QString id = RecordingEvents::eventId(kind);
    if (id.isEmpty())
        return {};
    // The recording events are worded alike in every kind of proceeding.
    QString text = catalogue().wording(id, kk ? QStringLiteral("kk") : QStringLiteral("ru"), CaseCategory::Criminal);
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString normalized(QString text)
{
    text = text.simplified();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

QString RecordingEvents::eventId(EntryKind kind)
{
    switch (kind) {
    case EntryKind::RecordingStarted:
        return QStringLiteral("recording_started");
    case EntryKind::RecordingStopped:
        return QStringLiteral("recording_stopped");
    case EntryKind::SoundLost:
        return QStringLiteral("sound_lost");
    case EntryKind::SoundRestored:
        return QStringLiteral("sound_restored");
    case EntryKind::RecessStart:
        return QStringLiteral("recess_started");
    case EntryKind::RecessEnd:
        return QStringLiteral("recess_ended");
    default:
        return {};
    }
}

QString RecordingEvents::text(EntryKind kind, const QString &lang)
{
    const QString line = sentence(kind, isKk(lang));
    return line.isEmpty() ? line : line + QLatin1Char('.');
}

QString RecordingEvents::reasonText(RecordingStopReason reason, const QString &lang)
{
    const bool kk = isKk(lang);
    switch (reason) {
    case RecordingStopReason::None:
    case RecordingStopReason::Requested:
    case RecordingStopReason::PartLimit: // the length asked for was reached: an ordinary stop
        return {};
    case RecordingStopReason::DiskFull:
        return kk ? QStringLiteral("дискіде бос орын таусылып барады")
                  : QStringLiteral("на диске заканчивается свободное место");
    case RecordingStopReason::Failed:
        return kk ? QStringLiteral("жазу жабдығының ақауы") : QStringLiteral("сбой записывающего оборудования");
    case RecordingStopReason::CutOff:
        return kk ? QStringLiteral("бағдарлама немесе компьютер жұмысын тоқтатты")
                  : QStringLiteral("программа или компьютер прекратили работу");
    }
    return {};
}

QString RecordingEvents::stopText(RecordingStopReason reason, const QString &lang)
{
    const QString reasonLine = reasonText(reason, lang);
    const QString line = sentence(EntryKind::RecordingStopped, isKk(lang));
    return reasonLine.isEmpty() ? line + QLatin1Char('.') : QStringLiteral("%1: %2.").arg(line, reasonLine);
}

QString RecordingEvents::detail(const QString &kindId, const QString &text)
{
    const auto kind = hattama::entryKindFromId(kindId);
    const QString given = normalized(text);
    if (!kind || given.isEmpty())
        return given;
    for (bool kk : { false, true }) {
        const QString standard = sentence(*kind, kk);
        if (standard.isEmpty())
            return given;
        if (given.compare(standard, Qt::CaseInsensitive) == 0)
            return {};
        if (given.startsWith(standard + QLatin1Char(':'), Qt::CaseInsensitive))
            return given.mid(standard.size() + 1).trimmed();
    }
    return given;
}

} // namespace hattama::protocol
