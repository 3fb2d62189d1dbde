#include "protocol/ProtocolBuilder.h"

#include "protocol/DateForms.h"

#include "hearing/EventCatalogue.h"
#include "protocol/LegalTerms.h"
#include "protocol/ProtocolTemplate.h"
#include "protocol/RecordingEvents.h"
#include "protocol/RecordingSummary.h"
#include "util/Logging.h"

#include <QHash>
#include <QVariantList>

namespace hattama::protocol {

namespace {

QVariantMap participantMap(const ProtocolParticipant &participant, const QString &lang)
{
    return QVariantMap { { QStringLiteral("name"), participant.name }, { QStringLiteral("role"), participant.role },
        { QStringLiteral("role_name"), LegalTerms::roleName(participant.role, lang) },
        { QStringLiteral("note"), participant.note } };
}

// The court's event catalogue (<archive>/templates/events.json over the shipped one); the
// shipped one when the court's file is unreadable; none without the resources.
EventCatalogue eventCatalogue(const QString &archiveDir)
{
    auto catalogue = EventCatalogue::load(archiveDir);
    if (catalogue)
        return *catalogue;
    qCWarning(lcProtocol) << "event catalogue:" << catalogue.error().text();
    auto shipped = EventCatalogue::shipped();
    return shipped ? *shipped : EventCatalogue {};
}

QVariantList entryList(const ProtocolInput &input, const QString &lang, const EventCatalogue &catalogue)
{
    using Kind = EntryKind;
    QVariantList list;
    QHash<QString, int> seen;
    bool offRecord = false;
    bool sealed = false;
    for (const ProtocolEntry &entry : input.entries) {
        // Off-the-record passages never reach the protocol, not even their boundaries.
        if (entry.kind == Kind::OffRecordStart) {
            offRecord = true;
            continue;
        }
        if (entry.kind == Kind::OffRecordEnd) {
            offRecord = false;
            continue;
        }
        if (offRecord)
            continue;
        if (entry.kind == Kind::SealedStart)
            sealed = true;

        QString key = entry.id;
        if (key.isEmpty()) {
            const QString base = QStringLiteral("%1-%2").arg(entry.hearingTimeMs).arg(entryKindId(entry.kind));
            key = QStringLiteral("%1-%2").arg(base).arg(++seen[base]);
        }
        // An event entry is worded from the catalogue by its event id; its text follows only
        // when it says more than the standard wording (in either language).
        const EventTemplate *event = entry.kind == Kind::ProceduralEvent ? catalogue.find(entry.event) : nullptr;
        const QString wording = event ? event->text(lang) : QString();
        const bool standardText = event
            && (entry.text.trimmed().isEmpty() || EventCatalogue::sameWording(entry.text, event->ru.text)
                || EventCatalogue::sameWording(entry.text, event->kk.text));
        QVariantMap map {
            { QStringLiteral("key"), QStringLiteral("e:") + key },
            { QStringLiteral("time_ms"), entry.hearingTimeMs },
            { QStringLiteral("time_code"), DateForms::timeCode(entry.hearingTimeMs) },
            { QStringLiteral("wall_time"),
                entry.wallTime.isValid() ? entry.wallTime.time().toString(QStringLiteral("HH:mm:ss")) : QString() },
            { QStringLiteral("kind"), entryKindId(entry.kind) },
            { QStringLiteral("event"), entry.event },
            { QStringLiteral("text"), entry.text },
            // The legal wording of an event with its full stop, or the text when it has no standard wording.
            { QStringLiteral("event_text"), wording.isEmpty() ? entry.text : wording + QLatin1Char('.') },
            { QStringLiteral("event_detail"), wording.isEmpty() || standardText ? QString() : entry.text },
            // Recess and sealed-passage lines: the text unless it only says what the line says.
            { QStringLiteral("marker_detail"), LegalTerms::isStandardMarkerText(entry.text) ? QString() : entry.text },
            { QStringLiteral("speaker"), entry.speakerName },
            { QStringLiteral("speaker_role"),
                entry.speakerRole.isEmpty() ? QString() : LegalTerms::roleName(entry.speakerRole, lang) },
            { QStringLiteral("sealed"), sealed && entry.kind != Kind::SealedStart },
            { QStringLiteral("is_recess_start"), entry.kind == Kind::RecessStart },
            { QStringLiteral("is_recess_end"), entry.kind == Kind::RecessEnd },
            { QStringLiteral("is_sealed_start"), entry.kind == Kind::SealedStart },
            { QStringLiteral("is_sealed_end"), entry.kind == Kind::SealedEnd },
            { QStringLiteral("is_event"), entry.kind == Kind::ProceduralEvent },
            { QStringLiteral("is_marker"), entry.kind == Kind::Marker },
            { QStringLiteral("is_speaker_change"), entry.kind == Kind::SpeakerChange },
            { QStringLiteral("is_note"), entry.kind == Kind::Note },
            // Recording events (session/HearingWorkflow); recording_detail: e.g. a stop's reason.
            { QStringLiteral("is_recording_started"), entry.kind == Kind::RecordingStarted },
            { QStringLiteral("is_recording_stopped"), entry.kind == Kind::RecordingStopped },
            { QStringLiteral("is_sound_lost"), entry.kind == Kind::SoundLost },
            { QStringLiteral("is_sound_restored"), entry.kind == Kind::SoundRestored },
            { QStringLiteral("recording_detail"), RecordingEvents::detail(entryKindId(entry.kind), entry.text) },
            // Notes, speaker changes and markers: the plain course of the session.
            { QStringLiteral("is_plain"),
                entry.kind == Kind::Note || entry.kind == Kind::SpeakerChange || entry.kind == Kind::Marker },
        };
        if (entry.kind == Kind::SealedEnd)
            sealed = false;
        list << map;
    }
    return list;
}

} // namespace

QString ProtocolBuilder::kindId(Kind kind)
{
    return kind == Kind::Full ? QStringLiteral("full") : QStringLiteral("brief");
}

QVariantMap ProtocolBuilder::context(const ProtocolInput &input, const Options &options)
{
    const QString lang = options.language;
    const bool kk = lang == QLatin1String("kk");
    QVariantList present;
    QVariantList absent;
    for (const ProtocolParticipant &participant : input.participants)
        (participant.present ? present : absent) << participantMap(participant, lang);

    QVariantList sectionsBefore;
    QVariantList sections;
    for (qsizetype i = 0; i < input.sections.size(); ++i) {
        const ProtocolSection &section = input.sections.at(i);
        const QString title = section.title.isEmpty() ? LegalTerms::sectionTitle(section.id, lang) : section.title;
        QVariantMap map { { QStringLiteral("key"), QStringLiteral("s:%1-%2").arg(section.id).arg(i + 1) },
            { QStringLiteral("id"), section.id }, { QStringLiteral("title"), title },
            { QStringLiteral("text"), section.text } };
        (section.id == QLatin1String("defendant_identity") ? sectionsBefore : sections) << map;
    }

    const QVariantList entries = entryList(input, lang, eventCatalogue(options.archiveDir));
    const QDateTime start = input.actualStart.isValid() ? input.actualStart : input.scheduledStart;
    QVariantMap context {
        { QStringLiteral("lang"), lang },
        { QStringLiteral("kind"), kindId(options.kind) },
        { QStringLiteral("full"), options.kind == Kind::Full },
        { QStringLiteral("brief"), options.kind == Kind::Brief },
        { QStringLiteral("hearing_id"), input.hearingId },
        { QStringLiteral("court_name"), kk ? input.courtNameKk : input.courtNameRu },
        { QStringLiteral("city"), kk ? input.cityKk : input.cityRu },
        { QStringLiteral("courtroom"), input.courtroom },
        { QStringLiteral("case_number"), input.caseNumber },
        { QStringLiteral("category"), input.category },
        { QStringLiteral("category_name"), LegalTerms::categoryName(input.category, lang) },
        { QStringLiteral("category_phrase"), LegalTerms::categoryPhrase(input.category, lang) },
        { QStringLiteral("legal_basis"), LegalTerms::legalBasis(input.category, lang) },
        { QStringLiteral("subject"), input.subject },
        { QStringLiteral("judge"), input.judge },
        { QStringLiteral("secretary"), input.secretary },
        { QStringLiteral("composition"), input.composition },
        { QStringLiteral("closed"), input.closedSession },
        { QStringLiteral("date"), DateForms::longDate(start.date(), lang) },
        { QStringLiteral("start_time"),
            input.actualStart.isValid() ? DateForms::clock(input.actualStart.time()) : QString() },
        { QStringLiteral("end_time"),
            input.actualEnd.isValid() ? DateForms::clock(input.actualEnd.time()) : QString() },
        { QStringLiteral("start_phrase"),
            input.actualStart.isValid() ? DateForms::startPhrase(input.actualStart.time(), lang) : QString() },
        { QStringLiteral("end_phrase"),
            input.actualEnd.isValid() ? DateForms::endPhrase(input.actualEnd.time(), lang) : QString() },
        // ru «12 ч 40 мин», kk «сағат 12:40-та» (for «окончено в …» / «… аяқталды»)
        { QStringLiteral("start_at"),
            input.actualStart.isValid() ? DateForms::timeAt(input.actualStart.time(), lang) : QString() },
        { QStringLiteral("end_at"),
            input.actualEnd.isValid() ? DateForms::timeAt(input.actualEnd.time(), lang) : QString() },
        { QStringLiteral("scheduled_start"),
            input.scheduledStart.isValid() ? DateForms::clock(input.scheduledStart.time()) : QString() },
        { QStringLiteral("scheduled_end"),
            input.scheduledEnd.isValid() ? DateForms::clock(input.scheduledEnd.time()) : QString() },
        { QStringLiteral("participants_present"), present },
        { QStringLiteral("participants_absent"), absent },
        { QStringLiteral("has_absent"), !absent.isEmpty() },
        { QStringLiteral("entries"), entries },
        { QStringLiteral("entry_count"), entries.size() },
        { QStringLiteral("sections_before"), sectionsBefore },
        { QStringLiteral("sections"), sections },
    };
    context.insert(RecordingSummary::templateContext(input, lang)); // has_recording, recording_parts, …
    return context;
}

Result<ProtocolDocument> ProtocolBuilder::build(const ProtocolInput &input, const Options &options)
{
    if (options.language != QLatin1String("ru") && options.language != QLatin1String("kk"))
        return Error::of(ErrorCode::ProtocolLanguageUnsupported, { options.language });
    if (LegalTerms::categoryName(input.category, options.language) == input.category)
        return Error::of(ErrorCode::CaseCategoryUnknown, { input.category });
    auto tmpl = ProtocolTemplate::load(options.archiveDir, options.language, input.category);
    if (!tmpl.ok())
        return tmpl.error();
    const bool kk = options.language == QLatin1String("kk");
    ProtocolDocument document;
    document.language = options.language;
    document.kind = kindId(options.kind);
    document.hearingId = input.hearingId;
    document.caseNumber = input.caseNumber;
    document.pageLabel = kk ? QStringLiteral("%1-бет, барлығы %2") : QStringLiteral("Страница %1 из %2");
    document.caseLabel = kk ? QStringLiteral("Іс № %1") : QStringLiteral("Дело № %1");
    if (options.kind == Kind::Full)
        document.title
            = kk ? QStringLiteral("Сот отырысының хаттамасы") : QStringLiteral("Протокол судебного заседания");
    else
        document.title = kk ? QStringLiteral("Сот отырысының қысқаша хаттамасы")
                            : QStringLiteral("Краткий протокол судебного заседания");
    document.blocks = tmpl->render(context(input, options));
    return document;
}

} // namespace hattama::protocol
