#include "protocol/RemarksAppendix.h"

#include "protocol/DateForms.h"
#include "protocol/ProtocolVersionStore.h"
#include "storage/Database.h"
#include "storage/RemarkRepository.h"
#include "util/CourtTime.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>

namespace hattama::protocol {

namespace {

// The appendix's wording; kk as in the codes' Kazakh texts (GLOSSARY.md).
struct Wording {
    const char *annex;
    const char *title;
    const char *remark; // %1 number
    const char *filedBy; // %1 name and role
    const char *filedAt; // %1 date and time
    const char *version; // %1 version
    const char *moments; // %1 time codes
    const char *text; // %1 text
    const char *accepted;
    const char *rejected;
    const char *pending;
    const char *reason; // %1 reason
    const char *judge; // %1 name, %2 date
};

const Wording kRussian {
    "Приложение к протоколу судебного заседания",
    "Замечания на протокол судебного заседания",
    "Замечание № %1",
    "Кем подано: %1",
    "Дата подачи: %1",
    "Подано на версию протокола № %1",
    "Моменты аудио-, видеозаписи: %1",
    "Содержание замечания: %1",
    "Решение: замечание принято, его правильность удостоверена.",
    "Решение: замечание отклонено.",
    "Решение: ещё не вынесено.",
    "Мотивы решения: %1",
    "Судья: %1, %2",
};

const Wording kKazakh {
    "Сот отырысының хаттамасына қосымша",
    "Сот отырысының хаттамасына ескертулер",
    "№ %1 ескерту",
    "Ескертуді берген: %1",
    "Берілген күні: %1",
    "Хаттаманың № %1 нұсқасына берілген",
    "Аудио-, бейнежазбадағы уақыт белгілері: %1",
    "Ескертудің мазмұны: %1",
    "Шешім: ескерту қабылданды, оның дұрыстығы куәландырылды.",
    "Шешім: ескерту қабылданбады.",
    "Шешім: әлі шығарылған жоқ.",
    "Шешімнің уәждері: %1",
    "Судья: %1, %2",
};

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QString dateTime(const QDateTime &utc, const QString &language)
{
    const QDateTime court = CourtTime::toCourt(utc);
    return DateForms::longDate(court.date(), language) + QStringLiteral(", ") + DateForms::clock(court.time());
}

ProtocolBlock block(const QString &key, const QString &style, const QString &text)
{
    ProtocolBlock made;
    made.key = key;
    made.style = style;
    made.text = text;
    // No generated text: the appendix is not rebuilt from the hearing data, so regenerating the
    // protocol keeps it as it keeps manual blocks.
    return made;
}

} // namespace

QList<ProtocolBlock> RemarksAppendix::blocks(const QList<Remark> &remarks, const QString &language)
{
    QList<ProtocolBlock> list;
    if (remarks.isEmpty())
        return list;
    const Wording &w = language == QLatin1String("kk") ? kKazakh : kRussian;
    const QString prefix = keyPrefix();
    list << block(prefix + QStringLiteral("annex"), QStringLiteral("right"), u(w.annex));
    list << block(prefix + QStringLiteral("title"), QStringLiteral("title"), u(w.title));
    for (const Remark &remark : remarks) {
        const QString key = prefix + QString::number(remark.number) + QLatin1Char('/');
        list << block(key + QStringLiteral("heading"), QStringLiteral("heading"), u(w.remark).arg(remark.number));
        const QString who
            = remark.filerRole.isEmpty() ? remark.filedBy : remark.filedBy + QStringLiteral(", ") + remark.filerRole;
        list << block(key + QStringLiteral("by"), QStringLiteral("field"), u(w.filedBy).arg(who));
        list << block(key + QStringLiteral("at"), QStringLiteral("field"),
            u(w.filedAt).arg(dateTime(remark.filedAtUtc, language)));
        if (remark.protocolVersion > 0)
            list << block(
                key + QStringLiteral("version"), QStringLiteral("field"), u(w.version).arg(remark.protocolVersion));
        if (!remark.timeCodesMs.isEmpty()) {
            QStringList codes;
            for (qint64 ms : remark.timeCodesMs)
                codes << DateForms::timeCode(ms);
            list << block(key + QStringLiteral("moments"), QStringLiteral("field"),
                u(w.moments).arg(codes.join(QStringLiteral(", "))));
        }
        list << block(key + QStringLiteral("text"), QStringLiteral("para"), u(w.text).arg(remark.text));
        const char *decision = remark.decision == RemarkDecision::Accepted ? w.accepted
            : remark.decision == RemarkDecision::Rejected                  ? w.rejected
                                                                           : w.pending;
        list << block(key + QStringLiteral("decision"), QStringLiteral("field"), u(decision));
        if (!remark.pending()) {
            list << block(key + QStringLiteral("reason"), QStringLiteral("para"), u(w.reason).arg(remark.reason));
            list << block(key + QStringLiteral("judge"), QStringLiteral("field"),
                u(w.judge).arg(
                    remark.decidedBy, DateForms::longDate(CourtTime::toCourt(remark.decidedAtUtc).date(), language)));
        }
    }
    return list;
}

ProtocolDocument RemarksAppendix::withAppendix(ProtocolDocument document, const QList<Remark> &remarks)
{
    const QString prefix = keyPrefix();
    document.blocks.removeIf([&prefix](const ProtocolBlock &block) { return block.key.startsWith(prefix); });
    document.blocks << blocks(remarks, document.language);
    return document;
}

Result<ProtocolVersion> RemarksAppendix::attach(Database &db, const QString &hearingDir, const QString &hearingId)
{
    ProtocolVersionStore store(hearingDir);
    const QList<int> numbers = store.numbers();
    if (numbers.isEmpty())
        return Error::of(ErrorCode::ProtocolNotSaved, { QDir::toNativeSeparators(hearingDir) });
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    RemarkRepository repository(db);
    auto remarks = repository.list(hearingId);
    if (!remarks)
        return remarks.error();
    QStringList pending;
    QList<int> fresh;
    for (const Remark &remark : *remarks) {
        if (remark.pending())
            pending << QString::number(remark.number);
        if (remark.attachedVersion == 0)
            fresh << remark.number;
    }
    if (!pending.isEmpty())
        return Error::of(ErrorCode::RemarksPending, { pending.join(QStringLiteral(", ")) });
    if (fresh.isEmpty())
        return Error::of(ErrorCode::RemarksNothingToAttach, { hearingId });

    auto latest = store.load(numbers.last());
    if (!latest)
        return latest.error();
    ProtocolVersion next = *latest;
    next.document = withAppendix(latest->document, *remarks);
    QStringList attached;
    for (int number : fresh)
        attached << QString::number(number);
    next.comment = QStringLiteral("remarks on the protocol attached (%1) to version %2")
                       .arg(attached.join(QStringLiteral(", ")))
                       .arg(latest->number);
    next.warnings.clear();
    // The version number is known only once saved; the database change waits in the open
    // transaction and is rolled back if saving fails.
    const int expected = numbers.last() + 1;
    if (Status marked = repository.markAttached(hearingId, fresh, expected); !marked)
        return marked.error();
    auto saved = store.save(next);
    if (!saved)
        return saved.error();
    if (saved->number != expected) {
        QFile::remove(store.pathOf(saved->number));
        return failure(QStringLiteral("protocol version %1 was saved while the remarks were attached").arg(expected));
    }
    if (Status committed = tx.commit(); !committed) {
        QFile::remove(store.pathOf(saved->number));
        return committed.error();
    }
    qCInfo(lcProtocol) << "remarks" << attached << "attached to protocol version" << saved->number;
    return *saved;
}

} // namespace hattama::protocol
