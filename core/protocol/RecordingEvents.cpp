#include "protocol/RecordingEvents.h"

#include <array>
#include <utility>

namespace hattama::protocol {

namespace {

bool isKk(const QString &lang)
{
    return lang == QLatin1String("kk");
}

// The sentence without its full stop.
QString sentence(EntryKind kind, bool kk)
{
    switch (kind) {
    case EntryKind::RecordingStarted:
        return kk ? QStringLiteral("Сот отырысының аудио-, бейнежазбасы басталды")
                  : QStringLiteral("Начата аудио-, видеозапись судебного заседания");
    case EntryKind::RecordingStopped:
        return kk ? QStringLiteral("Сот отырысының аудио-, бейнежазбасы тоқтатылды")
                  : QStringLiteral("Аудио-, видеозапись судебного заседания остановлена");
    case EntryKind::SoundLost:
        return kk ? QStringLiteral("Дыбыс жазу үзілді: микрофондардан дыбыс келмейді, бейнежазба жалғасуда")
                  : QStringLiteral("Запись звука прервана: звук с микрофонов не поступает, видеозапись продолжается");
    case EntryKind::SoundRestored:
        return kk ? QStringLiteral("Дыбыс жазу қалпына келтірілді") : QStringLiteral("Запись звука восстановлена");
    case EntryKind::RecessStart:
        return kk ? QStringLiteral("Үзіліс жарияланды") : QStringLiteral("Объявлен перерыв");
    case EntryKind::RecessEnd:
        return kk ? QStringLiteral("Сот отырысы үзілістен кейін жалғастырылды")
                  : QStringLiteral("Судебное заседание продолжено после перерыва");
    default:
        return {};
    }
}

QString normalized(QString text)
{
    text = text.simplified();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

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
