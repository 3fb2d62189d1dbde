#include "workspace/EntryEditor.h"

#include "common/FlowLayout.h"
#include "common/WindowShortcut.h"

#include "workspace/EntryListModel.h"
#include "workspace/RecordingControlBar.h"

#include "hearing/DisplayNames.h"
#include "util/Logging.h"
#include "util/Translations.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace hattama::ui {

namespace {
constexpr double kActivityDecay = 0.85;
constexpr double kActivityThreshold = 0.01;
} // namespace

EntryEditor::EntryEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("entryEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Speakers and event buttons flow onto more rows when the window is narrow: however many
    // participants and events, the editor never needs more width than its widest button.
    auto *speakerRow = new QHBoxLayout;
    m_speakerLabel = new QLabel(this);
    m_speakerFlow = new FlowLayout;
    speakerRow->addWidget(m_speakerLabel, 0, Qt::AlignTop);
    speakerRow->addLayout(m_speakerFlow, 1);
    m_speakerGroup = new QButtonGroup(this);
    m_speakerGroup->setExclusive(true);

    auto *textRow = new QHBoxLayout;
    m_draftLabel = new QLabel(this);
    m_draftLabel->setObjectName(QStringLiteral("draftTimeLabel"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setBold(true);
    m_draftLabel->setFont(mono);
    m_draftLabel->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QStringLiteral("00:00:00")) + 8);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("entryText"));
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.2);
    m_text->setFont(textFont);
    m_text->setMinimumHeight(QFontMetrics(textFont).height() + 14);
    m_text->installEventFilter(this);
    connect(m_text, &QLineEdit::textEdited, this, &EntryEditor::onTextEdited);
    connect(m_text, &QLineEdit::returnPressed, this, &EntryEditor::commitDraft);
    textRow->addWidget(m_draftLabel);
    textRow->addWidget(m_text, 1);

    auto *markRow = new QHBoxLayout;
    auto makeToggle = [this](const QString &name, bool checkable) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setCheckable(checkable);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumHeight(28);
        return button;
    };
    m_offRecordButton = makeToggle(QStringLiteral("offRecordButton"), true);
    m_sealedButton = makeToggle(QStringLiteral("sealedButton"), true);
    m_markerButton = makeToggle(QStringLiteral("markerButton"), false);
    m_offRecordButton->setStyleSheet(QStringLiteral("QToolButton:checked{background:#616161;color:white}"));
    m_sealedButton->setStyleSheet(QStringLiteral("QToolButton:checked{background:#ad1457;color:white}"));

    auto makeAction
        = [this](const QString &name, const QKeySequence &keys) { return addWindowShortcut(this, name, keys); };
    m_offRecordAction = makeAction(QStringLiteral("offRecordAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_sealedAction = makeAction(QStringLiteral("sealedAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_markerAction = makeAction(QStringLiteral("markerAction"), QKeySequence(Qt::CTRL | Qt::Key_M));
    m_focusAction = makeAction(QStringLiteral("focusNoteAction"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_offRecordAction, &QAction::triggered, this, &EntryEditor::toggleOffRecord);
    connect(m_sealedAction, &QAction::triggered, this, &EntryEditor::toggleSealed);
    connect(m_markerAction, &QAction::triggered, this, &EntryEditor::insertMarker);
    connect(m_focusAction, &QAction::triggered, this, [this] { m_text->setFocus(Qt::ShortcutFocusReason); });
    connect(m_offRecordButton, &QToolButton::clicked, this, [this] { toggleOffRecord(); });
    connect(m_sealedButton, &QToolButton::clicked, this, [this] { toggleSealed(); });
    connect(m_markerButton, &QToolButton::clicked, this, &EntryEditor::insertMarker);
    markRow->addWidget(m_offRecordButton);
    markRow->addWidget(m_sealedButton);
    markRow->addWidget(m_markerButton);
    markRow->addStretch(1);

    for (int digit = 1; digit <= 9; ++digit) {
        QAction *action = makeAction(
            QStringLiteral("speakerAction_%1").arg(digit), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit)));
        connect(action, &QAction::triggered, this, [this, digit] { selectSpeakerByNumber(digit); });
        m_speakerActions.append(action);
    }

    m_eventFlow = new FlowLayout;

    layout->addLayout(speakerRow);
    layout->addLayout(textRow);
    layout->addLayout(m_eventFlow);
    layout->addLayout(markRow);

    if (auto shipped = EventCatalogue::shipped())
        setCatalogue(*shipped, m_category);
    else
        qCWarning(lcHearing) << "no event keys:" << shipped.error().text();
    setClockRunning(false);
    retranslateUi();
}

QList<QAction *> EntryEditor::shortcutActions() const
{
    QList<QAction *> list { m_focusAction, m_markerAction, m_offRecordAction, m_sealedAction };
    for (QAction *action : m_eventActions)
        list << action;
    return list;
}

void EntryEditor::setParticipants(
    const QList<Participant> &participants, const QString &language, CaseCategory category)
{
    m_participants = participants;
    m_participantLanguage = language;
    m_participantCategory = category;
    rebuildSpeakerButtons();
}

void EntryEditor::setChannelMapping(const QStringList &participantIds)
{
    m_mapping = participantIds;
    m_activity.fill(0.0, participantIds.size());
}

void EntryEditor::setLevels(const QVector<ChannelLevel> &levels)
{
    if (m_activity.size() < levels.size())
        m_activity.resize(levels.size());
    for (int i = 0; i < levels.size(); ++i) {
        const ChannelLevel &level = levels.at(i);
        const double energy = level.voiceActive && !level.noSignal ? std::pow(10.0, level.rmsDbfs / 20.0) : 0.0;
        m_activity[i] = m_activity[i] * kActivityDecay + energy * (1.0 - kActivityDecay);
    }
    // While nothing is typed and nobody chose by hand, the selection follows the voices.
    if (!m_draftActive && !m_speakerChosen) {
        const qint64 guess = mostActiveSpeaker();
        if (guess > 0 && guess != m_speakerId) {
            m_speakerId = guess;
            updateSpeakerButtons();
        }
    }
}

qint64 EntryEditor::mostActiveSpeaker() const
{
    int best = -1;
    for (int i = 0; i < m_activity.size() && i < m_mapping.size(); ++i) {
        if (m_mapping.at(i).toLongLong() <= 0 || m_activity.at(i) < kActivityThreshold * (1.0 - kActivityDecay))
            continue;
        if (best < 0 || m_activity.at(i) > m_activity.at(best))
            best = i;
    }
    return best < 0 ? 0 : m_mapping.at(best).toLongLong();
}

void EntryEditor::setCatalogue(const EventCatalogue &catalogue, CaseCategory category)
{
    m_catalogue = catalogue;
    m_category = category;
    // Buttons and keys for the events that have a key in this category, in key order.
    m_templates.clear();
    for (const EventTemplate &event : catalogue.forCategory(category)) {
        if (!event.key(category).isEmpty())
            m_templates << event;
    }
    rebuildEventButtons();
}

void EntryEditor::setProtocolLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuildEventButtons();
}

void EntryEditor::setRecordingEnded(bool ended)
{
    m_recordingEnded = ended;
    retranslateUi();
}

void EntryEditor::setClockRunning(bool running)
{
    m_clockRunning = running;
    m_text->setReadOnly(!running);
    for (QPushButton *button : m_eventButtons)
        button->setEnabled(running);
    for (QAction *action : m_eventActions)
        action->setEnabled(running);
    for (QAction *action : { m_offRecordAction, m_sealedAction, m_markerAction })
        action->setEnabled(running);
    for (QToolButton *button : { m_offRecordButton, m_sealedButton, m_markerButton })
        button->setEnabled(running);
    retranslateUi();
}

void EntryEditor::rebuildSpeakerButtons()
{
    for (QToolButton *button : m_speakerButtons)
        delete button;
    m_speakerButtons.clear();
    for (int i = 0; i < m_participants.size(); ++i) {
        const Participant &participant = m_participants.at(i);
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("speakerButton_%1").arg(participant.id));
        const QString role
            = roleName(participant.role, Translations::systemLanguage(QLocale()), m_participantCategory);
        button->setCheckable(true);
        // The name is short and tells people apart; the role is in the tooltip.
        const QString shortName = participant.fullName.isEmpty() ? role : participant.fullName;
        button->setText(i < 9 ? QStringLiteral("%1  %2").arg(i + 1).arg(shortName) : shortName);
        // Not bold when chosen: the button keeps its width and its number stays visible.
        button->setStyleSheet(QStringLiteral("QToolButton:checked{background:#1565c0;color:white}"));
        button->setFocusPolicy(Qt::NoFocus); // typing stays in the note
        m_speakerGroup->addButton(button);
        const qint64 id = participant.id;
        connect(button, &QToolButton::clicked, this, [this, id] { selectSpeaker(id); });
        m_speakerFlow->insertWidget(i, button);
        m_speakerButtons.append(button);
    }
    retranslateUi();
    updateSpeakerButtons();
}

void EntryEditor::rebuildEventButtons()
{
    for (QPushButton *button : m_eventButtons)
        delete button;
    for (QAction *action : m_eventActions)
        delete action;
    m_eventButtons.clear();
    m_eventActions.clear();
    for (int i = 0; i < m_templates.size(); ++i) {
        auto *button = new QPushButton(this);
        const EventTemplate &event = m_templates.at(i);
        button->setObjectName(QStringLiteral("eventButton_%1").arg(event.id));
        button->setFocusPolicy(Qt::NoFocus);
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        m_eventFlow->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, i] { insertEvent(i); });
        m_eventButtons.append(button);
        const QKeySequence keys = QKeySequence::fromString(event.key(m_category), QKeySequence::PortableText);
        if (!keys.isEmpty()) {
            auto *action = new QAction(this);
            action->setObjectName(QStringLiteral("eventAction_%1").arg(event.id));
            action->setShortcut(keys);
            action->setShortcutContext(Qt::WindowShortcut);
            addAction(action);
            connect(action, &QAction::triggered, this, [this, i] { insertEvent(i); });
            m_eventActions.append(action);
        }
        button->setEnabled(m_clockRunning);
    }
    for (QAction *action : m_eventActions)
        action->setEnabled(m_clockRunning);
    labelEventButtons();
}

void EntryEditor::labelEventButtons()
{
    // The secretary reads the buttons in the interface language; what they put into the
    // protocol is in the protocol language, shown in the tooltip.
    const QString interfaceLanguage = Translations::systemLanguage(QLocale());
    for (int i = 0; i < m_templates.size() && i < m_eventButtons.size(); ++i) {
        const EventTemplate &event = m_templates.at(i);
        const QKeySequence keys = QKeySequence::fromString(event.key(m_category), QKeySequence::PortableText);
        const QString key = keys.isEmpty() ? QString() : keys.toString(QKeySequence::NativeText) + QStringLiteral("  ");
        m_eventButtons[i]->setText(key + event.label(interfaceLanguage));
        m_eventButtons[i]->setToolTip(event.text(m_language, m_category));
        for (QAction *action : m_eventActions)
            if (action->objectName() == QStringLiteral("eventAction_%1").arg(event.id))
                action->setText(event.label(interfaceLanguage));
    }
}

void EntryEditor::selectSpeaker(qint64 participantId)
{
    m_speakerId = participantId;
    m_speakerChosen = true;
    updateSpeakerButtons();
}

void EntryEditor::selectSpeakerByNumber(int number)
{
    if (number >= 1 && number <= m_participants.size())
        selectSpeaker(m_participants.at(number - 1).id);
}

void EntryEditor::updateSpeakerButtons()
{
    for (int i = 0; i < m_speakerButtons.size(); ++i)
        m_speakerButtons[i]->setChecked(m_participants.at(i).id == m_speakerId);
}

void EntryEditor::onTextEdited(const QString &text)
{
    if (text.isEmpty()) {
        // Everything erased: the next keystroke starts a new note with a new time.
        m_draftActive = false;
        updateDraftLabel();
        return;
    }
    if (m_draftActive || !m_clockRunning || !m_clock)
        return;
    m_draftActive = true;
    m_draftTimeMs = m_clock();
    if (!m_speakerChosen) {
        const qint64 guess = mostActiveSpeaker();
        if (guess > 0)
            m_speakerId = guess;
        updateSpeakerButtons();
    }
    updateDraftLabel();
}

void EntryEditor::updateDraftLabel()
{
    m_draftLabel->setText(
        m_draftActive ? RecordingControlBar::formatHearingTime(m_draftTimeMs) : QStringLiteral("--:--:--"));
}

qint64 EntryEditor::commitEntry(
    EntryKind kind, const QString &eventId, const QString &text, qint64 speakerId, qint64 hearingTimeMs)
{
    if (!m_model)
        return 0;
    TimelineEntry entry;
    entry.hearingTimeMs = hearingTimeMs;
    entry.wallTime = QDateTime::currentDateTimeUtc();
    entry.kind = kind;
    entry.eventId = eventId;
    entry.text = text;
    entry.speakerParticipantId = speakerId;
    const qint64 id = m_model->commit(entry);
    if (id > 0)
        emit committed(id);
    else
        emit commitFailed();
    return id;
}

void EntryEditor::commitDraft()
{
    const QString text = m_text->text().trimmed();
    if (!m_draftActive || text.isEmpty())
        return;
    if (commitEntry(EntryKind::Note, QString(), text, m_speakerId, m_draftTimeMs) <= 0)
        return; // the text stays so nothing typed is lost
    m_text->clear();
    m_draftActive = false;
    m_speakerChosen = false;
    updateDraftLabel();
}

void EntryEditor::discardDraft()
{
    m_text->clear();
    m_draftActive = false;
    updateDraftLabel();
}

void EntryEditor::insertEvent(int templateIndex)
{
    if (!m_clockRunning || !m_clock || templateIndex < 0 || templateIndex >= m_templates.size())
        return;
    const EventTemplate &event = m_templates.at(templateIndex);
    commitEntry(event.kind, event.id, event.text(m_language, m_category), 0, m_clock());
}

qint64 EntryEditor::commitCatalogueEvent(const QString &eventId, EntryKind kind)
{
    // The kind is the editor's own; the catalogue gives the wording (an empty text without it).
    const EventTemplate *event = m_catalogue.find(eventId);
    return commitEntry(
        kind, event ? eventId : QString(), event ? event->text(m_language, m_category) : QString(), 0, m_clock());
}

void EntryEditor::toggleOffRecord()
{
    if (!m_clockRunning || !m_clock) {
        m_offRecordButton->setChecked(m_offRecord);
        return;
    }
    if (commitCatalogueEvent(m_offRecord ? QStringLiteral("off_record_ended") : QStringLiteral("off_record_started"),
            m_offRecord ? EntryKind::OffRecordEnd : EntryKind::OffRecordStart)
        > 0)
        m_offRecord = !m_offRecord;
    m_offRecordButton->setChecked(m_offRecord);
    retranslateUi();
}

void EntryEditor::toggleSealed()
{
    if (!m_clockRunning || !m_clock) {
        m_sealedButton->setChecked(m_sealed);
        return;
    }
    if (commitCatalogueEvent(m_sealed ? QStringLiteral("sealed_ended") : QStringLiteral("sealed_started"),
            m_sealed ? EntryKind::SealedEnd : EntryKind::SealedStart)
        > 0)
        m_sealed = !m_sealed;
    m_sealedButton->setChecked(m_sealed);
    retranslateUi();
}

void EntryEditor::insertMarker()
{
    if (!m_clockRunning || !m_clock)
        return;
    commitCatalogueEvent(QStringLiteral("marker"), EntryKind::Marker);
}

bool EntryEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::ShortcutOverride) {
        // With an empty note field, Ctrl+Z / Ctrl+Shift+Z undo and redo entries, not typing.
        auto *key = static_cast<QKeyEvent *>(event);
        if (m_text->text().isEmpty()
            && (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
                || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)
                || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y))) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && m_draftActive) {
            discardDraft();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntryEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EntryEditor::retranslateUi()
{
    m_speakerLabel->setText(tr("Speaker (Alt+1…9):"));
    m_text->setPlaceholderText(m_clockRunning ? tr("Type a note — its time is taken at the first key; Enter saves it")
            : m_recordingEnded
            ? tr("The recording has ended: a note has no recording time now. Add remarks to the protocol "
                 "(Ctrl+Shift+P) until it is signed.")
            : tr("Notes can be typed once the recording has started"));
    m_text->setToolTip(tr("Enter saves the note, Esc discards it"));
    m_draftLabel->setToolTip(tr("The hearing time the note being typed will carry"));
    const auto keys = [](QAction *action) { return action->shortcut().toString(QKeySequence::NativeText); };
    m_offRecordAction->setText(m_offRecord ? tr("Back on the record") : tr("Off the record"));
    m_sealedAction->setText(m_sealed ? tr("End sealed passage") : tr("Sealed passage"));
    m_markerAction->setText(tr("Marker"));
    m_focusAction->setText(tr("Go to the note field"));
    for (int digit = 0; digit < m_speakerActions.size(); ++digit)
        m_speakerActions[digit]->setText(tr("Speaker %1").arg(digit + 1));
    m_offRecordButton->setText(QStringLiteral("%1  (%2)").arg(m_offRecordAction->text(), keys(m_offRecordAction)));
    m_sealedButton->setText(QStringLiteral("%1  (%2)").arg(m_sealedAction->text(), keys(m_sealedAction)));
    m_markerButton->setText(QStringLiteral("%1  (%2)").arg(m_markerAction->text(), keys(m_markerAction)));
    m_offRecordButton->setToolTip(tr("Marks the passage that follows as not part of the protocol"));
    m_sealedButton->setToolTip(tr("Marks a closed passage: it is left out of the parties' copies"));
    m_markerButton->setToolTip(tr("Sets a marker at the present moment to come back to later"));
    labelEventButtons();
    // The speakers' roles (tooltips) in the interface language.
    for (int i = 0; i < m_speakerButtons.size() && i < m_participants.size(); ++i)
        m_speakerButtons[i]->setToolTip(participantDisplayName(
            m_participants.at(i), Translations::systemLanguage(QLocale()), m_participantCategory));
    updateDraftLabel();
}

} // namespace hattama::ui
