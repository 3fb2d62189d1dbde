#include "review/PlayerWindow.h"

#include "common/ScreenFit.h"
#include "common/ShortcutsOverlay.h"
#include "common/WindowShortcut.h"
#include "playback/CameraReader.h"
#include "playback/PlaybackEngine.h"
#include "playback/PlaybackTime.h"
#include "playback/VoiceActivityScan.h"
#include "review/PlayerCameraView.h"
#include "review/MicrophoneStrip.h"
#include "review/PlayerTimeline.h"
#include "review/SoundCardOutput.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hattama::ui {

namespace {

constexpr qint64 kJumpMs = 5000;
// Previous entry while playing: one just passed counts as "this one", not the previous.
constexpr qint64 kPreviousEntrySlackMs = 1500;
const QList<double> kSpeeds { 0.5, 0.75, 1.0, 1.25, 1.5, 2.0 };

QString speedText(double speed)
{
    return QLocale().toString(speed, 'g', 3) + QStringLiteral("×");
}

} // namespace

PlayerWindow::PlayerWindow(HearingTimeline timeline, std::unique_ptr<PlaybackOutput> output, QWidget *parent)
    : QMainWindow(parent)
    , m_timeline(std::move(timeline))
{
    setObjectName(QStringLiteral("playerWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    if (!output)
        output = SoundCardOutput::createDefault(m_timeline.sampleRateHz());
    m_engine = std::make_unique<PlaybackEngine>(m_timeline, std::move(output));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(createCameraArea(), 1);
    leftLayout->addWidget(createTransportBar());
    m_timelineView = new PlayerTimeline(left);
    m_timelineView->setTimeline(m_timeline);
    leftLayout->addWidget(m_timelineView);
    splitter->addWidget(left);
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 900, 360 });
    setCentralWidget(splitter);

    m_clockNote = new QLabel(this);
    m_clockNote->setObjectName(QStringLiteral("playerClockNote"));
    statusBar()->addPermanentWidget(m_clockNote);

    createActions();
    m_overlay = new ShortcutsOverlay(this);
    m_overlay->setActionsProvider([this] { return m_actions; });
    m_overlay->setExtraRowsProvider([] {
        return ShortcutsOverlay::ExtraRows {
            { tr("1…9"), tr("Hear only that microphone") },
            { tr("0"), tr("Hear every microphone") },
            { tr("Click on a camera"), tr("Enlarge it; click again for all cameras") },
            { tr("Click on the timeline or an entry"), tr("Go to that moment") },
        };
    });
    connect(m_helpAction, &QAction::triggered, m_overlay, &ShortcutsOverlay::toggle);

    connect(m_engine.get(), &PlaybackEngine::presented, this, &PlayerWindow::onPresented);
    connect(m_engine.get(), &PlaybackEngine::playingChanged, this, &PlayerWindow::updateTransport);
    connect(m_engine.get(), &PlaybackEngine::speedChanged, this, &PlayerWindow::updateTransport);
    connect(m_timelineView, &PlayerTimeline::seekRequested, this, &PlayerWindow::seekHearing);

    // The speech lanes fill in while the microphones are scanned in the background.
    m_activity = std::make_unique<VoiceActivityScan>(m_timeline);
    m_activityTimer = new QTimer(this);
    m_activityTimer->setInterval(500);
    connect(m_activityTimer, &QTimer::timeout, this, [this] {
        const bool done = m_activity->finished();
        const auto stretches = m_activity->stretches();
        for (int microphone = 0; microphone < stretches.size(); ++microphone)
            m_timelineView->setActivity(microphone + 1, stretches.at(microphone));
        if (done)
            m_activityTimer->stop();
    });
    m_activity->start();
    m_activityTimer->start();

    relayoutCameras();
    retranslateUi();
    resizeToFitScreen(this, QSize(1280, 740));
}

PlayerWindow::~PlayerWindow() = default;

void PlayerWindow::setCaseNumber(const QString &caseNumber)
{
    m_caseNumber = caseNumber;
    retranslateUi();
}

QWidget *PlayerWindow::createCameraArea()
{
    m_cameraArea = new QWidget(this);
    m_cameraArea->setObjectName(QStringLiteral("playerCameras"));
    m_cameraArea->setAutoFillBackground(true);
    QPalette palette = m_cameraArea->palette();
    palette.setColor(QPalette::Window, Qt::black);
    m_cameraArea->setPalette(palette);
    m_cameraGrid = new QGridLayout(m_cameraArea);
    m_cameraGrid->setContentsMargins(0, 0, 0, 0);
    m_cameraGrid->setSpacing(2);
    for (int camera = 0; camera < m_timeline.cameras().size(); ++camera) {
        auto *view = new PlayerCameraView(camera, m_cameraArea);
        // A camera the channel map does not name keeps the recorder's "Camera N": said in the
        // interface language.
        const TimelineCamera &track = m_timeline.cameras().at(camera);
        const bool unnamed = track.name.isEmpty() || track.name == QStringLiteral("Camera %1").arg(track.number);
        view->setCameraName(unnamed ? tr("Camera %1").arg(track.number) : track.name);
        connect(view, &PlayerCameraView::clicked, this, [this](int clicked) { enlargeCamera(m_enlarged == clicked ? -1 : clicked); });
        m_views << view;
        m_shownPlayMs << -1;
    }
    return m_cameraArea;
}

QWidget *PlayerWindow::createTransportBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto makeButton = [bar](const QString &name) {
        auto *button = new QToolButton(bar);
        button->setObjectName(name);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::TabFocus);
        return button;
    };
    m_previousButton = makeButton(QStringLiteral("playerPreviousEntry"));
    m_playButton = makeButton(QStringLiteral("playerPlay"));
    m_nextButton = makeButton(QStringLiteral("playerNextEntry"));
    m_goToButton = makeButton(QStringLiteral("playerGoTo"));
    m_speedLabel = new QLabel(bar);
    m_speed = new QComboBox(bar);
    m_speed->setObjectName(QStringLiteral("playerSpeed"));
    m_speed->setFocusPolicy(Qt::TabFocus);
    for (double speed : kSpeeds)
        m_speed->addItem(speedText(speed), speed);
    m_speed->setCurrentIndex(int(kSpeeds.indexOf(1.0)));
    m_speedLabel->setBuddy(m_speed);
    m_time = new QLabel(bar);
    m_time->setObjectName(QStringLiteral("playerTime"));
    QFont mono = m_time->font();
    mono.setFamily(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    m_time->setFont(mono);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_playButton);
    layout->addWidget(m_nextButton);
    layout->addSpacing(8);
    layout->addWidget(m_time);
    layout->addStretch(1);
    layout->addWidget(m_goToButton);
    layout->addSpacing(8);
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speed);

    connect(m_playButton, &QToolButton::clicked, m_engine.get(), &PlaybackEngine::togglePlay);
    connect(m_previousButton, &QToolButton::clicked, this, &PlayerWindow::previousEntry);
    connect(m_nextButton, &QToolButton::clicked, this, &PlayerWindow::nextEntry);
    connect(m_goToButton, &QToolButton::clicked, this, &PlayerWindow::askForTime);
    connect(m_speed, &QComboBox::activated, this,
        [this](int index) { m_engine->setSpeed(m_speed->itemData(index).toDouble()); });
    return bar;
}

QWidget *PlayerWindow::createSidePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    m_microphonesTitle = new QLabel(panel);
    QFont bold = m_microphonesTitle->font();
    bold.setBold(true);
    m_microphonesTitle->setFont(bold);
    layout->addWidget(m_microphonesTitle);

    auto *strips = new QWidget(panel);
    auto *stripsLayout = new QVBoxLayout(strips);
    stripsLayout->setContentsMargins(0, 0, 0, 0);
    stripsLayout->setSpacing(2);
    for (const TimelineMicrophone &microphone : m_timeline.microphones()) {
        auto *strip = new MicrophoneStrip(microphone.channel, microphone.name, strips);
        connect(strip, &MicrophoneStrip::changed, this, &PlayerWindow::applyMix);
        stripsLayout->addWidget(strip);
        m_strips << strip;
    }
    stripsLayout->addStretch(1);
    auto *scroll = new QScrollArea(panel);
    scroll->setWidget(strips);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 3);

    m_entriesTitle = new QLabel(panel);
    m_entriesTitle->setFont(bold);
    layout->addWidget(m_entriesTitle);
    m_entryList = new QListWidget(panel);
    m_entryList->setObjectName(QStringLiteral("playerEntries"));
    m_entryList->setWordWrap(true);
    m_entryList->setUniformItemSizes(false);
    for (const TimelineEntry &entry : m_timeline.entries()) {
        auto *item = new QListWidgetItem(formatHearingTime(entry.hearingTimeMs) + QStringLiteral("  ") + entry.text, m_entryList);
        item->setData(Qt::UserRole, entry.hearingTimeMs);
        // An entry after the last closed segment (or before the recording) has nothing to play yet.
        if (entry.hearingTimeMs < m_timeline.startMs() || entry.hearingTimeMs > m_timeline.endMs())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    layout->addWidget(m_entryList, 2);
    connect(m_entryList, &QListWidget::itemClicked, this, &PlayerWindow::onEntryClicked);
    connect(m_entryList, &QListWidget::itemActivated, this, &PlayerWindow::onEntryClicked);
    return panel;
}

void PlayerWindow::createActions()
{
    auto add = [this](const QString &name, const QList<QKeySequence> &keys) {
        QAction *action = addWindowShortcut(this, name, keys.first());
        action->setShortcuts(keys);
        m_actions << action;
        return action;
    };
    m_playAction = add(QStringLiteral("playerPlayPause"), { QKeySequence(Qt::Key_Space) });
    m_pauseAction = add(QStringLiteral("playerPause"), { QKeySequence(Qt::Key_K) });
    m_fasterAction = add(QStringLiteral("playerFaster"), { QKeySequence(Qt::Key_L) });
    m_slowerAction = add(QStringLiteral("playerSlower"), { QKeySequence(Qt::Key_J) });
    m_backAction = add(QStringLiteral("playerBack"), { QKeySequence(Qt::Key_Left) });
    m_forwardAction = add(QStringLiteral("playerForward"), { QKeySequence(Qt::Key_Right) });
    m_frameBackAction = add(QStringLiteral("playerFrameBack"), { QKeySequence(Qt::SHIFT | Qt::Key_Left) });
    m_frameForwardAction = add(QStringLiteral("playerFrameForward"), { QKeySequence(Qt::SHIFT | Qt::Key_Right) });
    m_previousEntryAction = add(QStringLiteral("playerPreviousEntryAction"), { QKeySequence(Qt::CTRL | Qt::Key_Left) });
    m_nextEntryAction = add(QStringLiteral("playerNextEntryAction"), { QKeySequence(Qt::CTRL | Qt::Key_Right) });
    m_goToAction = add(QStringLiteral("playerGoToAction"), { QKeySequence(Qt::CTRL | Qt::Key_G) });
    m_fullScreenAction = add(QStringLiteral("playerFullScreen"), { QKeySequence(Qt::Key_F11) });
    m_helpAction = add(QStringLiteral("playerHelp"), { QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash) });
    m_closeAction = add(QStringLiteral("playerClose"), { QKeySequence(Qt::CTRL | Qt::Key_W) });
    for (int digit = 0; digit <= 9; ++digit) {
        QAction *action = addWindowShortcut(this, QStringLiteral("playerSolo%1").arg(digit), QKeySequence(Qt::Key_0 + digit));
        connect(action, &QAction::triggered, this, [this, digit] { soloOnly(digit); });
        m_soloActions << action;
    }

    connect(m_playAction, &QAction::triggered, m_engine.get(), &PlaybackEngine::togglePlay);
    connect(m_pauseAction, &QAction::triggered, m_engine.get(), &PlaybackEngine::pause);
    connect(m_fasterAction, &QAction::triggered, this, [this] {
        // L: play; pressed again while playing, faster.
        if (!m_engine->isPlaying())
            m_engine->play();
        else
            stepSpeed(+1);
    });
    connect(m_slowerAction, &QAction::triggered, this, [this] { stepSpeed(-1); });
    connect(m_backAction, &QAction::triggered, this, [this] { seekHearing(m_engine->positionHearingMs() - kJumpMs); });
    connect(m_forwardAction, &QAction::triggered, this, [this] { seekHearing(m_engine->positionHearingMs() + kJumpMs); });
    connect(m_frameBackAction, &QAction::triggered, this, [this] { m_engine->stepFrames(-1); });
    connect(m_frameForwardAction, &QAction::triggered, this, [this] { m_engine->stepFrames(1); });
    connect(m_previousEntryAction, &QAction::triggered, this, &PlayerWindow::previousEntry);
    connect(m_nextEntryAction, &QAction::triggered, this, &PlayerWindow::nextEntry);
    connect(m_goToAction, &QAction::triggered, this, &PlayerWindow::askForTime);
    connect(m_fullScreenAction, &QAction::triggered, this, [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
}

void PlayerWindow::relayoutCameras()
{
    while (m_cameraGrid->count() > 0)
        delete m_cameraGrid->takeAt(0);
    for (int row = 0; row < 4; ++row)
        m_cameraGrid->setRowStretch(row, 0);
    for (int column = 0; column < 4; ++column)
        m_cameraGrid->setColumnStretch(column, 0);
    const int count = int(m_views.size());
    if (m_enlarged >= 0 && count > 1) {
        // The enlarged camera on the left, the others stacked small on its right.
        m_cameraGrid->addWidget(m_views.at(m_enlarged), 0, 0, count - 1, 1);
        m_cameraGrid->setColumnStretch(0, 4);
        m_cameraGrid->setColumnStretch(1, 1);
        int row = 0;
        for (int camera = 0; camera < count; ++camera)
            if (camera != m_enlarged)
                m_cameraGrid->addWidget(m_views.at(camera), row++, 1);
        return;
    }
    const int columns = count <= 1 ? 1 : (count <= 4 ? 2 : 3);
    for (int camera = 0; camera < count; ++camera) {
        m_cameraGrid->addWidget(m_views.at(camera), camera / columns, camera % columns);
        m_cameraGrid->setRowStretch(camera / columns, 1);
        m_cameraGrid->setColumnStretch(camera % columns, 1);
    }
}

void PlayerWindow::enlargeCamera(int camera)
{
    m_enlarged = (camera >= 0 && camera < m_views.size()) ? camera : -1;
    relayoutCameras();
    std::fill(m_shownPlayMs.begin(), m_shownPlayMs.end(), -1); // redraw at the new sizes
    updatePictures();
}

void PlayerWindow::seekHearing(qint64 hearingMs)
{
    m_engine->seekHearing(hearingMs);
    updateTransport();
}

bool PlayerWindow::goToTime(const QString &text)
{
    const std::optional<qint64> ms = parseHearingTime(text.trimmed());
    if (!ms) {
        statusBar()->showMessage(tr("“%1” is not a time; write it as HH:MM:SS.").arg(text), 10'000);
        return false;
    }
    if (*ms < m_timeline.startMs() || *ms > m_timeline.endMs()) {
        //: %1 the time asked for, %2 and %3 the start and end of the recording
        statusBar()->showMessage(tr("%1 is outside the recording, which runs from %2 to %3.")
                                     .arg(formatHearingTime(*ms), formatHearingTime(m_timeline.startMs()),
                                         formatHearingTime(m_timeline.endMs())),
            10'000);
        return false;
    }
    seekHearing(*ms);
    return true;
}

void PlayerWindow::askForTime()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to time"),
        //: %1 and %2 the start and end of the recording
        tr("Time on the hearing clock (%1 – %2):")
            .arg(formatHearingTime(m_timeline.startMs()), formatHearingTime(m_timeline.endMs())),
        QLineEdit::Normal, formatHearingTime(m_engine->positionHearingMs()), &ok);
    if (ok)
        goToTime(text);
}

void PlayerWindow::previousEntry()
{
    const qint64 from = m_engine->positionHearingMs() - (m_engine->isPlaying() ? kPreviousEntrySlackMs : 0);
    if (const auto entry = m_timeline.previousEntry(from))
        seekHearing(entry->hearingTimeMs);
}

void PlayerWindow::nextEntry()
{
    if (const auto entry = m_timeline.nextEntry(m_engine->positionHearingMs()))
        seekHearing(entry->hearingTimeMs);
}

void PlayerWindow::onEntryClicked(QListWidgetItem *item)
{
    if (item)
        seekHearing(item->data(Qt::UserRole).toLongLong());
}

void PlayerWindow::soloOnly(int microphone)
{
    for (MicrophoneStrip *strip : std::as_const(m_strips))
        strip->setSoloed(strip->microphone() == microphone);
    applyMix();
}

void PlayerWindow::applyMix()
{
    MixSettings mix;
    for (MicrophoneStrip *strip : std::as_const(m_strips)) {
        if (strip->isSoloed())
            mix.solo << strip->microphone();
        if (strip->isMuted())
            mix.muted << strip->microphone();
        mix.gains << strip->gain();
    }
    m_engine->setMix(mix);
}

void PlayerWindow::stepSpeed(int direction)
{
    const double now = m_engine->speed();
    double next = now;
    if (direction > 0) {
        for (double speed : kSpeeds)
            if (speed > now + 1e-6) {
                next = speed;
                break;
            }
    } else {
        for (auto it = kSpeeds.crbegin(); it != kSpeeds.crend(); ++it)
            if (*it < now - 1e-6) {
                next = *it;
                break;
            }
    }
    m_engine->setSpeed(next);
}

void PlayerWindow::onPresented()
{
    updatePictures();
    const qint64 now = m_engine->positionHearingMs();
    m_timelineView->setPosition(now);
    for (MicrophoneStrip *strip : std::as_const(m_strips))
        strip->setLevel(m_engine->level(strip->microphone()));
    updateTransport();
    if (const QString error = m_engine->lastError(); !error.isEmpty())
        statusBar()->showMessage(tr("Part of the recording cannot be played: %1").arg(error));
}

void PlayerWindow::updatePictures()
{
    for (int camera = 0; camera < m_views.size(); ++camera) {
        const CameraPicture *picture = m_engine->picture(camera);
        if (!picture || !picture->frame || m_shownPlayMs.at(camera) == picture->playMs)
            continue;
        PlayerCameraView *view = m_views.at(camera);
        const QSize native(picture->frame->width, picture->frame->height);
        const QSize size = view->pictureRect(native).size().boundedTo(native.scaled(native * 2, Qt::KeepAspectRatio));
        view->setPicture(pictureImage(picture->frame.get(), size.isEmpty() ? native : size), picture->hearingMs);
        m_shownPlayMs[camera] = picture->playMs;
    }
}

void PlayerWindow::updateTransport()
{
    const bool playing = m_engine->isPlaying();
    m_playButton->setText(playing ? tr("Pause") : tr("Play"));
    //: %1 now, %2 the end of the recording, on the hearing clock
    m_time->setText(tr("%1 / %2").arg(formatHearingTime(m_engine->positionHearingMs()), formatHearingTime(m_timeline.endMs())));
    const int index = m_speed->findData(m_engine->speed());
    if (index >= 0 && index != m_speed->currentIndex())
        m_speed->setCurrentIndex(index);
}

QString PlayerWindow::clockNote() const
{
    return m_clockNote->text();
}

void PlayerWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void PlayerWindow::closeEvent(QCloseEvent *event)
{
    m_engine->pause();
    QMainWindow::closeEvent(event);
}

void PlayerWindow::retranslateUi()
{
    if (m_caseNumber.isEmpty())
        //: window title; %1 the hearing ID (its folder's name)
        setWindowTitle(tr("Recording of the hearing %1 — Hattama").arg(m_timeline.hearingId()));
    else
        //: window title; %1 the case number
        setWindowTitle(tr("Recording of the hearing in case No. %1 — Hattama").arg(m_caseNumber));
    m_microphonesTitle->setText(tr("Microphones"));
    //: %1 number of entries
    m_entriesTitle->setText(tr("Entries (%1)").arg(m_timeline.entries().size()));
    m_previousButton->setText(tr("◀ Entry"));
    m_previousButton->setToolTip(tr("Previous entry (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Left).toString(QKeySequence::NativeText)));
    m_nextButton->setText(tr("Entry ▶"));
    m_nextButton->setToolTip(tr("Next entry (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Right).toString(QKeySequence::NativeText)));
    m_goToButton->setText(tr("Go to time…"));
    m_goToButton->setToolTip(tr("Go to a moment of the hearing (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText)));
    m_speedLabel->setText(tr("&Speed:"));
    m_speed->setToolTip(tr("Playback speed; the pitch of the voices is kept"));
    m_timelineView->setToolTip(QString());
    m_timelineView->setAccessibleName(tr("Timeline of the hearing"));
    m_entryList->setAccessibleName(tr("Entries"));
    m_clockNote->setText(m_engine->usesSystemClock()
            ? tr("No sound device: the recording plays without sound, on the computer's clock")
            : QString());
    m_playAction->setText(tr("Play or pause"));
    m_pauseAction->setText(tr("Pause"));
    m_fasterAction->setText(tr("Play; again: faster"));
    m_slowerAction->setText(tr("Slower"));
    m_backAction->setText(tr("Back 5 seconds"));
    m_forwardAction->setText(tr("Forward 5 seconds"));
    m_frameBackAction->setText(tr("One frame back (paused)"));
    m_frameForwardAction->setText(tr("One frame forward (paused)"));
    m_previousEntryAction->setText(tr("Previous entry"));
    m_nextEntryAction->setText(tr("Next entry"));
    m_goToAction->setText(tr("Go to time…"));
    m_fullScreenAction->setText(tr("Full screen"));
    m_helpAction->setText(tr("Keyboard shortcuts"));
    m_closeAction->setText(tr("Close the player"));
    updateTransport();
}

} // namespace hattama::ui
