#include "protocol/ProtocolBuilder.h"

#include "protocol/DateForms.h"

#include "hearing/EventCatalogue.h"
#include "protocol/LegalTerms.h"
#include "protocol/ProtocolTemplate.h"
#include "protocol/RecordingEvents.h"
#include "protocol/RecordingSummary.h"
#include "protocol/TextLanguage.h"
#include "util/Logging.h"

#include <QHash>
#include <QSet>
#include <QVariantList>

namespace hattama::protocol {

namespace {

bool isCourt(const ProtocolParticipant &participant)
{
    // The judge and the secretary are the court's composition, stated once in the header.
    return participant.role == QLatin1String("judge") || participant.role == QLatin1String("secretary");
}

QVariantMap participantMap(const ProtocolParticipant &participant, const QString &lang, const QString &category)
{
    return QVariantMap { { QStringLiteral("name"), participant.name }, { QStringLiteral("role"), participant.role },
        { QStringLiteral("role_name"), LegalTerms::roleName(participant.role, lang, category) },
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

// «Оспанов Қ.Ә. (свидетель)»
QString speakerLabel(const ProtocolEntry &entry, const QString &lang, const QString &category)
{
    if (entry.speakerName.isEmpty())
        return {};
    if (entry.speakerRole.isEmpty())
        return entry.speakerName;
    return QStringLiteral("%1 (%2)").arg(entry.speakerName, LegalTerms::roleName(entry.speakerRole, lang, category));
}

QString withStop(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(QLatin1Char('.')) || trimmed.endsWith(QLatin1Char('?'))
        || trimmed.endsWith(QLatin1Char('!')))
        return trimmed;
    return trimmed + QLatin1Char('.');
}

// The entries that reach the protocol, in order: off-the-record passages (boundaries too) and
// the secretary's private markers never do.
QList<ProtocolEntry> printedEntries(const ProtocolInput &input)
{
    QList<ProtocolEntry> printed;
    bool offRecord = false;
    for (const ProtocolEntry &entry : input.entries) {
        if (entry.kind == EntryKind::OffRecordStart) {
            offRecord = true;
            continue;
        }
        if (entry.kind == EntryKind::OffRecordEnd) {
            offRecord = false;
            continue;
        }
        if (offRecord || entry.kind == EntryKind::Marker)
            continue;
        printed << entry;
    }
    return printed;
}

QString entryKey(const ProtocolEntry &entry, QHash<QString, int> &seen)
{
    if (!entry.id.isEmpty())
        return entry.id;
    const QString base = QStringLiteral("%1-%2").arg(entry.hearingTimeMs).arg(entryKindId(entry.kind));
    return QStringLiteral("%1-%2").arg(base).arg(++seen[base]);
}

// The sections of the full protocol filled from the timeline: the notes of each speaker by
// what the code asks for (testimony, explanations, questions and answers, closing
// arguments …), the motions, rulings, examined evidence and the verdict or decision from their
// events with what the secretary typed. keysUsed receives the keys of the notes a section
// holds (the course of the session then leaves them out).
class SectionFiller {
public:
    SectionFiller(const QString &lang, const QString &category, const EventCatalogue &catalogue)
        : m_lang(lang)
        , m_category(category)
        , m_catalogue(catalogue)
        , m_kind(categoryFromId(category).value_or(CaseCategory::Civil))
    {
    }

    QHash<QString, QString> fill(const QList<ProtocolEntry> &entries, QSet<QString> *keysUsed)
    {
        QHash<QString, int> seen;
        QString phase; // the last stage event: closing_arguments, last_word, or empty
        bool sealed = false;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ProtocolEntry &entry = entries.at(i);
            const QString key = entryKey(entry, seen);
            // A closed passage stays whole in the course of the session, marked as such.
            if (entry.kind == EntryKind::SealedStart || entry.kind == EntryKind::SealedEnd)
                sealed = entry.kind == EntryKind::SealedStart;
            if (sealed)
                continue;
            if (entry.kind == EntryKind::ProceduralEvent) {
                onEvent(entry, &phase);
                continue;
            }
            if (entry.kind != EntryKind::Note && entry.kind != EntryKind::SpeakerChange)
                continue;
            if (entry.speakerName.isEmpty() || entry.text.trimmed().isEmpty())
                continue;
            // A question and the next note, by someone else, that answers it.
            if (entry.text.trimmed().endsWith(QLatin1Char('?')) && i + 1 < entries.size()) {
                const ProtocolEntry &next = entries.at(i + 1);
                const bool answer = (next.kind == EntryKind::Note || next.kind == EntryKind::SpeakerChange)
                    && !next.speakerName.isEmpty() && next.speakerName != entry.speakerName;
                if (answer) {
                    const QString section = next.speakerRole == QLatin1String("expert") && isCriminal()
                        ? QStringLiteral("expert_questions")
                        : QStringLiteral("questions");
                    const bool kk = m_lang == QLatin1String("kk");
                    appendLine(section,
                        QStringLiteral("%1 — %2: %3 %4 — %5: %6")
                            .arg(speakerLabel(entry, m_lang, m_category),
                                kk ? QStringLiteral("сұрақ") : QStringLiteral("вопрос"), entry.text.trimmed(),
                                speakerLabel(next, m_lang, m_category),
                                kk ? QStringLiteral("жауап") : QStringLiteral("ответ"), withStop(next.text)));
                    keysUsed->insert(key);
                    ++i;
                    keysUsed->insert(entryKey(next, seen));
                    continue;
                }
            }
            const QString section = sectionForNote(entry, phase);
            if (section.isEmpty())
                continue;
            appendBySpeaker(section, entry);
            keysUsed->insert(key);
        }
        QHash<QString, QString> texts;
        for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
            texts.insert(it.key(), it.value().join(QLatin1Char('\n')));
        return texts;
    }

private:
    bool isCriminal() const { return m_category == QLatin1String("criminal"); }

    void onEvent(const ProtocolEntry &entry, QString *phase)
    {
        const QString &id = entry.event;
        if (id == QLatin1String("closing_arguments") || id == QLatin1String("last_word"))
            *phase = id;
        else if (id == QLatin1String("deliberation_started") || id == QLatin1String("verdict_announced")
            || id == QLatin1String("decision_announced") || id == QLatin1String("merits_started")
            || id == QLatin1String("testimony"))
            phase->clear();
        static const QHash<QString, QString> sectionOf {
            { QStringLiteral("motion_filed"), QStringLiteral("motions") },
            { QStringLiteral("ruling_in_court"), QStringLiteral("rulings") },
            { QStringLiteral("evidence_examined"), QStringLiteral("evidence") },
            { QStringLiteral("verdict_announced"), QStringLiteral("verdict") },
            { QStringLiteral("decision_announced"), QStringLiteral("decision") },
            { QStringLiteral("appeal_explained"), QString() }, // follows the verdict or decision
        };
        if (!sectionOf.contains(id))
            return;
        QString section = sectionOf.value(id);
        if (section.isEmpty())
            section = isCriminal() ? QStringLiteral("verdict") : QStringLiteral("decision");
        const EventTemplate *event = m_catalogue.find(id);
        const QString wording = event ? event->text(m_lang, m_kind) : QString();
        const bool standard = event && (entry.text.trimmed().isEmpty() || event->isStandardText(entry.text));
        QString line = withStop(wording.isEmpty() ? entry.text : wording);
        if (!wording.isEmpty() && !standard)
            line += QLatin1Char(' ') + withStop(entry.text);
        // The court's own acts need no name; a party's motion names who made it.
        const QString speaker
            = entry.speakerRole == QLatin1String("judge") ? QString() : speakerLabel(entry, m_lang, m_category);
        appendLine(section, speaker.isEmpty() ? line : speaker + QStringLiteral(": ") + line);
    }

    QString sectionForNote(const ProtocolEntry &entry, const QString &phase) const
    {
        const QString &role = entry.speakerRole;
        if (phase == QLatin1String("closing_arguments"))
            return QStringLiteral("closing_arguments");
        if (phase == QLatin1String("last_word"))
            return role == QLatin1String("defendant") ? QStringLiteral("last_word") : QString();
        if (role == QLatin1String("judge") || role == QLatin1String("secretary") || role == QLatin1String("bailiff")
            || role == QLatin1String("interpreter"))
            return {};
        if (role == QLatin1String("expert") || role == QLatin1String("specialist"))
            return QStringLiteral("expert_questions");
        if (isCriminal()) {
            static const QStringList heard { QStringLiteral("defendant"), QStringLiteral("victim"),
                QStringLiteral("witness"), QStringLiteral("plaintiff"), QStringLiteral("respondent") };
            return heard.contains(role) ? QStringLiteral("testimony") : QStringLiteral("motions");
        }
        if (role == QLatin1String("witness"))
            return QStringLiteral("testimony");
        return QStringLiteral("explanations");
    }

    // Notes of one speaker in a section are one paragraph line: «Name (role): text text».
    void appendBySpeaker(const QString &section, const ProtocolEntry &entry)
    {
        const QString speaker = speakerLabel(entry, m_lang, m_category);
        QStringList &lines = m_lines[section];
        const QString prefix = speaker + QStringLiteral(": ");
        if (m_lastSpeaker.value(section) == speaker && !lines.isEmpty()) {
            lines.last() += QLatin1Char(' ') + withStop(entry.text);
            return;
        }
        m_lastSpeaker.insert(section, speaker);
        lines << prefix + withStop(entry.text);
    }

    void appendLine(const QString &section, const QString &line)
    {
        m_lines[section] << line;
        m_lastSpeaker.remove(section);
    }

    QString m_lang;
    QString m_category;
    const EventCatalogue &m_catalogue;
    CaseCategory m_kind;
    QHash<QString, QStringList> m_lines;
    QHash<QString, QString> m_lastSpeaker;
};

QVariantList entryList(const QList<ProtocolEntry> &entries, const QString &lang, const QString &category,
    const EventCatalogue &catalogue, const QSet<QString> &inSections)
{
    using Kind = EntryKind;
    const CaseCategory kind = categoryFromId(category).value_or(CaseCategory::Civil);
    QVariantList list;
    QHash<QString, int> seen;
    bool sealed = false;
    for (const ProtocolEntry &entry : entries) {
        if (entry.kind == Kind::SealedStart)
            sealed = true;
        const QString key = entryKey(entry, seen);
        // A note the full protocol's sections hold is not repeated in the course of the session.
        const bool plain = (entry.kind == Kind::Note || entry.kind == Kind::SpeakerChange) && !inSections.contains(key);
        // An event entry is worded from the catalogue by its event id, for the kind of
        // proceeding; its text follows only when it says more than the standard wording (in
        // either language).
        const EventTemplate *event = entry.kind == Kind::ProceduralEvent ? catalogue.find(entry.event) : nullptr;
        const QString wording = event ? event->text(lang, kind) : QString();
        const bool standardText = event && (entry.text.trimmed().isEmpty() || event->isStandardText(entry.text));
        QString speaker = entry.speakerName;
        QString eventText = wording.isEmpty() ? entry.text : wording + QLatin1Char('.');
        // «Начат допрос: Оспанов Қ.Ә. (свидетель).» — the person the event is about follows it.
        if (event && event->speakerAfter && !speaker.isEmpty()) {
            eventText = wording + QStringLiteral(": ") + withStop(speakerLabel(entry, lang, category));
            speaker.clear();
        }
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
            { QStringLiteral("event_text"), eventText },
            { QStringLiteral("event_detail"), wording.isEmpty() || standardText ? QString() : entry.text },
            // Recess and sealed-passage lines: the text unless it only says what the line says.
            { QStringLiteral("marker_detail"), LegalTerms::isStandardMarkerText(entry.text) ? QString() : entry.text },
            { QStringLiteral("speaker"), speaker },
            { QStringLiteral("speaker_role"),
                entry.speakerRole.isEmpty() ? QString() : LegalTerms::roleName(entry.speakerRole, lang, category) },
            { QStringLiteral("sealed"), sealed && entry.kind != Kind::SealedStart },
            { QStringLiteral("is_recess_start"), entry.kind == Kind::RecessStart },
            { QStringLiteral("is_recess_end"), entry.kind == Kind::RecessEnd },
            { QStringLiteral("is_sealed_start"), entry.kind == Kind::SealedStart },
            { QStringLiteral("is_sealed_end"), entry.kind == Kind::SealedEnd },
            { QStringLiteral("is_event"), entry.kind == Kind::ProceduralEvent },
            { QStringLiteral("is_speaker_change"), entry.kind == Kind::SpeakerChange },
            { QStringLiteral("is_note"), entry.kind == Kind::Note },
            // Recording events (session/HearingWorkflow); recording_detail: e.g. a stop's reason.
            { QStringLiteral("is_recording_started"), entry.kind == Kind::RecordingStarted },
            { QStringLiteral("is_recording_stopped"), entry.kind == Kind::RecordingStopped },
            { QStringLiteral("is_sound_lost"), entry.kind == Kind::SoundLost },
            { QStringLiteral("is_sound_restored"), entry.kind == Kind::SoundRestored },
            { QStringLiteral("recording_detail"), RecordingEvents::detail(entryKindId(entry.kind), entry.text) },
            // Notes and speaker changes: the plain course of the session (markers never reach it).
            { QStringLiteral("is_plain"), plain },
        };
        if (entry.kind == Kind::SealedEnd)
            sealed = false;
        // A note moved into a section leaves no line behind.
        if (!plain && (entry.kind == Kind::Note || entry.kind == Kind::SpeakerChange))
            continue;
        list << map;
    }
    return list;
}

} // namespace

ProtocolBuilder::Kind ProtocolBuilder::lawfulKind(const ProtocolInput &input)
{
    return input.hasRecording ? Kind::Brief : Kind::Full;
}

QStringList ProtocolBuilder::entriesInOtherLanguage(const ProtocolInput &input, const QString &lang)
{
    static const EventCatalogue catalogue = eventCatalogue(QString());
    QStringList found;
    for (const ProtocolEntry &entry : printedEntries(input)) {
        // What the protocol prints as typed: notes, and what an event's text says beyond the
        // standard wording (which is printed in the protocol's language).
        const EventTemplate *event = catalogue.find(entry.event);
        if (event && event->isStandardText(entry.text))
            continue;
        if (LegalTerms::isStandardMarkerText(entry.text) || !RecordingEvents::eventId(entry.kind).isEmpty())
            continue;
        const QString guessed = TextLanguage::guess(entry.text);
        if (!guessed.isEmpty() && guessed != lang)
            found << DateForms::timeCode(entry.hearingTimeMs);
    }
    return found;
}

QString ProtocolBuilder::kindId(Kind kind)
{
    return kind == Kind::Full ? QStringLiteral("full") : QStringLiteral("brief");
}

QVariantMap ProtocolBuilder::context(const ProtocolInput &input, const Options &options)
{
    const QString lang = options.language;
    const bool kk = lang == QLatin1String("kk");
    const QString &category = input.category;
    const bool full = options.kind == Kind::Full;
    QVariantList present;
    QVariantList absent;
    for (const ProtocolParticipant &participant : input.participants) {
        if (!isCourt(participant))
            (participant.present ? present : absent) << participantMap(participant, lang, category);
    }

    const EventCatalogue catalogue = eventCatalogue(options.archiveDir);
    const QList<ProtocolEntry> printed = printedEntries(input);
    // The full protocol: every section its code requires, in its order, with the text given
    // for it in the hearing data, else what the timeline holds for it, else «—».
    QSet<QString> inSections;
    QHash<QString, QString> filled;
    if (full)
        filled = SectionFiller(lang, category, catalogue).fill(printed, &inSections);
    QHash<QString, QString> given;
    for (const ProtocolSection &section : input.sections) {
        if (!section.text.trimmed().isEmpty())
            given[section.id] += (given.contains(section.id) ? QStringLiteral("\n") : QString()) + section.text;
    }
    QVariantList sectionsBefore;
    QVariantList sections;
    const auto addSection = [&](const QString &id, const QString &title, const QString &text, const QString &key) {
        const QVariantMap map { { QStringLiteral("key"), key }, { QStringLiteral("id"), id },
            { QStringLiteral("title"), title },
            { QStringLiteral("text"), text.trimmed().isEmpty() ? QStringLiteral("—") : text },
            { QStringLiteral("empty"), text.trimmed().isEmpty() } };
        (id == QLatin1String("defendant_identity") ? sectionsBefore : sections) << map;
    };
    const QStringList required = full ? LegalTerms::sectionIds(category) : QStringList();
    for (const QString &id : required) {
        const QString text = given.contains(id) ? given.value(id) : filled.value(id);
        addSection(id, LegalTerms::sectionTitle(id, lang, category), text, QStringLiteral("s:") + id);
    }
    // Sections the hearing data gives beyond those (any protocol), in their order.
    for (qsizetype i = 0; i < input.sections.size(); ++i) {
        const ProtocolSection &section = input.sections.at(i);
        if (required.contains(section.id) || section.text.trimmed().isEmpty())
            continue;
        const QString title
            = section.title.isEmpty() ? LegalTerms::sectionTitle(section.id, lang, category) : section.title;
        addSection(section.id, title, section.text, QStringLiteral("s:%1-%2").arg(section.id).arg(i + 1));
    }

    const QVariantList entries = entryList(printed, lang, category, catalogue, inSections);
    const QDateTime start = input.actualStart.isValid() ? input.actualStart : input.scheduledStart;
    QVariantMap context {
        { QStringLiteral("lang"), lang },
        { QStringLiteral("kind"), kindId(options.kind) },
        { QStringLiteral("full"), full },
        { QStringLiteral("brief"), options.kind == Kind::Brief },
        { QStringLiteral("hearing_id"), input.hearingId },
        { QStringLiteral("court_name"), kk ? input.courtNameKk : input.courtNameRu },
        { QStringLiteral("city"), kk ? input.cityKk : input.cityRu },
        { QStringLiteral("courtroom"), input.courtroom },
        // A room is a number: «зал судебных заседаний № 3» / «№ 3 сот отырыстары залы».
        { QStringLiteral("courtroom_number"), LegalTerms::courtroomNumber(input.courtroom) },
        { QStringLiteral("courtroom_phrase"), LegalTerms::courtroomPhrase(input.courtroom, lang) },
        { QStringLiteral("case_number"), input.caseNumber },
        { QStringLiteral("category"), input.category },
        { QStringLiteral("category_name"), LegalTerms::categoryName(input.category, lang) },
        { QStringLiteral("category_phrase"), LegalTerms::categoryPhrase(input.category, lang) },
        { QStringLiteral("legal_basis"), LegalTerms::legalBasis(input.category, lang) },
        { QStringLiteral("subject"), input.subject },
        { QStringLiteral("judge"), input.judge },
        { QStringLiteral("secretary"), input.secretary },
        { QStringLiteral("composition"), input.composition },
        { QStringLiteral("criminal"), category == QLatin1String("criminal") },
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
    // The brief protocol only accompanies a recording (CPC art. 347, civil procedure code
    // art. 281): without one the full protocol is the protocol.
    if (options.kind == Kind::Brief && !input.hasRecording)
        return Error::of(ErrorCode::ProtocolBriefNeedsRecording, { input.hearingId });
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
