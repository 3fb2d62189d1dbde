#include "workspace/HearingWorkspace.h"

#include "workspace/CameraPreview.h"
#include "workspace/ChannelMappingPanel.h"
#include "workspace/EntryEditor.h"
#include "workspace/EntryListModel.h"
#include "workspace/MeterPanel.h"
#include "workspace/PreflightPanel.h"
#include "workspace/RecordingControlBar.h"
#include "workspace/SetupPage.h"
#include "common/ShortcutsOverlay.h"
#include "workspace/SpeakerDelegate.h"
#include "workspace/TimelineWidget.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hattama::ui {

HearingWorkspace::HearingWorkspace(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hearingWorkspace"));
    m_model = new EntryListModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_bar = new RecordingControlBar(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_setup = new SetupPage(m_tabs);
    m_hearingPage = createHearingPage();
    m_tabs->addTab(m_setup, QString());
    m_tabs->addTab(m_hearingPage, QString());
    layout->addWidget(m_bar);
    layout->addWidget(m_tabs, 1);

    connect(m_bar, &RecordingControlBar::recordRequested, this, &HearingWorkspace::recordRequested);
    connect(m_bar, &RecordingControlBar::recessRequested, this, &HearingWorkspace::recessRequested);
    connect(m_bar, &RecordingControlBar::resumeRequested, this, &HearingWorkspace::resumeRequested);
    connect(m_bar, &RecordingControlBar::stopRequested, this, &HearingWorkspace::stopRequested);
    m_bar->setPreflightCheck([this] { return runPreflight(); });

    connect(m_setup->mappingPanel(), &ChannelMappingPanel::mappingChanged, this, &HearingWorkspace::onMappingChanged);
    connect(m_setup->mappingPanel(), &ChannelMappingPanel::labelsChanged, this, [this] {
        const QStringList labels = m_setup->mappingPanel()->channelLabels();
        m_meters->setChannelLabels(labels);
        m_timeline->setChannelLabels(labels);
    });
    connect(m_setup->preflightPanel(), &PreflightPanel::recheckRequested, this, [this] { runPreflight(); });
    connect(m_setup, &SetupPage::protocolLanguageChanged, this, [this](const QString &code) {
        m_editor->setProtocolLanguage(code);
        emit protocolLanguageChanged(code);
    });

    auto makeAction = [this](const QString &name, const QList<QKeySequence> &keys) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        return action;
    };
    QUndoStack *stack = m_model->undoStack();
    m_undoAction = makeAction(QStringLiteral("undoAction"), { QKeySequence(Qt::CTRL | Qt::Key_Z) });
    m_redoAction = makeAction(QStringLiteral("redoAction"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    m_helpAction = makeAction(QStringLiteral("shortcutsHelpAction"),
        { QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::SHIFT | Qt::Key_F1) });
    m_zoomInAction = makeAction(QStringLiteral("zoomInAction"),
        { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus) });
    m_zoomOutAction = makeAction(QStringLiteral("zoomOutAction"), { QKeySequence(Qt::CTRL | Qt::Key_Minus) });
    m_setupTabAction = makeAction(QStringLiteral("setupTabAction"), { QKeySequence(Qt::CTRL | Qt::Key_1) });
    m_hearingTabAction = makeAction(QStringLiteral("hearingTabAction"), { QKeySequence(Qt::CTRL | Qt::Key_2) });
    m_protocolAction = makeAction(QStringLiteral("protocolAction"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) });
    connect(m_protocolAction, &QAction::triggered, this, &HearingWorkspace::protocolRequested);
    m_protocolButton = new QToolButton(m_tabs);
    m_protocolButton->setObjectName(QStringLiteral("protocolButton"));
    m_protocolButton->setDefaultAction(m_protocolAction);
    m_protocolButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_protocolButton->setFocusPolicy(Qt::NoFocus);
    m_tabs->setCornerWidget(m_protocolButton, Qt::TopRightCorner);
    m_deleteAction = new QAction(m_entryView);
    m_deleteAction->setObjectName(QStringLiteral("deleteEntryAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_entryView->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, &HearingWorkspace::deleteSelectedEntry);
    connect(m_zoomInAction, &QAction::triggered, m_timeline, &TimelineWidget::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_timeline, &TimelineWidget::zoomOut);
    connect(m_setupTabAction, &QAction::triggered, this, &HearingWorkspace::showSetup);
    connect(m_hearingTabAction, &QAction::triggered, this, &HearingWorkspace::showHearing);

    m_overlay = new ShortcutsOverlay(this);
    m_overlay->setActionsProvider([this] { return allActions(); });
    m_overlay->setExtraRowsProvider([] {
        return ShortcutsOverlay::ExtraRows {
            { tr("Enter"), tr("Save the note") },
            { tr("Esc"), tr("Discard the note being typed") },
            { tr("Alt+1…9"), tr("Choose the speaker") },
            { tr("Ctrl+wheel, + / -"), tr("Zoom the timeline") },
            { tr("Delete"), tr("Delete the selected entry (in the list)") },
        };
    });
    connect(m_helpAction, &QAction::triggered, m_overlay, &ShortcutsOverlay::toggle);

    setTabOrder(m_editor->textEdit(), m_entryView);
    setTabOrder(m_entryView, m_timeline);
    setHealth({});
    retranslateUi();
}

HearingWorkspace::~HearingWorkspace() = default;

QWidget *HearingWorkspace::createHearingPage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("hearingPage"));
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);

    // Left column: meters and camera previews.
    auto *leftColumn = new QWidget(page);
    leftColumn->setFixedWidth(270);
    auto *left = new QVBoxLayout(leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    m_metersTitle = new QLabel(leftColumn);
    m_meters = new MeterPanel(leftColumn);
    m_camerasTitle = new QLabel(leftColumn);
    for (QLabel *title : { m_metersTitle, m_camerasTitle }) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    m_cameraColumn = new QVBoxLayout;
    left->addWidget(m_metersTitle);
    left->addWidget(m_meters);
    left->addSpacing(6);
    left->addWidget(m_camerasTitle);
    left->addLayout(m_cameraColumn);
    left->addStretch(1);

    // Centre: timeline beside the entry list, the note editor below.
    auto *centre = new QVBoxLayout;
    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_timeline = new TimelineWidget(m_splitter);
    m_timeline->setModel(m_model);
    m_entryView = new QTableView(m_splitter);
    m_entryView->setObjectName(QStringLiteral("entryList"));
    m_entryView->setModel(m_model);
    m_entryView->setItemDelegateForColumn(EntryListModel::SpeakerColumn, new SpeakerDelegate(m_model, m_entryView));
    m_entryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entryView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_entryView->setWordWrap(true);
    m_entryView->verticalHeader()->hide();
    m_entryView->horizontalHeader()->setStretchLastSection(true);
    m_entryView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_entryView->setColumnWidth(
        EntryListModel::TimeColumn, m_entryView->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 16);
    m_entryView->setColumnWidth(EntryListModel::SpeakerColumn, 130);
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_entryView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 480, 560 });
    m_editor = new EntryEditor(page);
    m_editor->setModel(m_model);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int) { m_entryView->scrollTo(m_model->index(first, 0)); });
    connect(m_timeline, &TimelineWidget::entryClicked, this, [this](qint64 id) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            m_entryView->selectRow(row);
    });
    centre->addWidget(m_splitter, 1);
    centre->addWidget(m_editor);

    layout->addWidget(leftColumn);
    layout->addLayout(centre, 1);
    return page;
}

QList<QAction *> HearingWorkspace::allActions() const
{
    QList<QAction *> list { m_bar->recordAction(), m_bar->recessAction(), m_bar->resumeAction(), m_bar->stopAction() };
    list << m_editor->shortcutActions();
    list << m_undoAction << m_redoAction << m_zoomInAction << m_zoomOutAction << m_setupTabAction << m_hearingTabAction
         << m_protocolAction << m_helpAction;
    return list;
}

void HearingWorkspace::setParticipants(
    const QList<Participant> &participants, const QString &language, CaseCategory category)
{
    m_setup->mappingPanel()->setParticipants(participants, language, category);
    m_editor->setParticipants(participants, language, category);
    m_model->setParticipants(participants, language, category);
    onMappingChanged();
}

void HearingWorkspace::setCourtroom(const QString &courtroom)
{
    m_courtroom = courtroom;
    if (!courtroom.isEmpty())
        m_setup->mappingPanel()->restoreMapping(courtroom);
}

void HearingWorkspace::setChannelNames(const QStringList &names)
{
    m_setup->mappingPanel()->setChannelNames(names);
    m_signalSeen.fill(false, names.size());
    onMappingChanged();
}

void HearingWorkspace::setCameraNames(const QStringList &names)
{
    m_setup->setCameraNames(names);
    while (m_cameraPreviews.size() > names.size())
        delete m_cameraPreviews.takeLast();
    while (m_cameraPreviews.size() < names.size()) {
        auto *preview = new CameraPreview(m_hearingPage);
        preview->setObjectName(QStringLiteral("hearingCamera_%1").arg(m_cameraPreviews.size()));
        m_cameraColumn->addWidget(preview);
        m_cameraPreviews.append(preview);
    }
    for (int i = 0; i < names.size(); ++i)
        m_cameraPreviews[i]->setCameraName(names.at(i));
    m_cameraFrames.fill(0, names.size());
    m_camerasTitle->setVisible(!names.isEmpty());
}

void HearingWorkspace::setClock(HearingTimeSource clock)
{
    m_clock = clock;
    m_editor->setClock(std::move(clock));
}

void HearingWorkspace::setStore(EntryStore *store, const QString &hearingId)
{
    m_model->setStore(store, hearingId);
}

void HearingWorkspace::setEntries(const QList<TimelineEntry> &entries)
{
    m_model->setEntries(entries);
}

void HearingWorkspace::onMappingChanged()
{
    const ChannelMappingPanel *mapping = m_setup->mappingPanel();
    const QStringList labels = mapping->channelLabels();
    m_meters->setChannelLabels(labels);
    m_timeline->setChannelLabels(labels);
    m_editor->setChannelMapping(mapping->mapping());
    emit mappingChanged(mapping->mapping());
}

void HearingWorkspace::setLevels(const QVector<ChannelLevel> &levels)
{
    if (m_signalSeen.size() < levels.size())
        m_signalSeen.resize(levels.size());
    for (int i = 0; i < levels.size(); ++i)
        if (!levels.at(i).noSignal)
            m_signalSeen[i] = true;
    m_setup->mappingPanel()->setLevels(levels);
    m_meters->setLevels(levels);
    m_editor->setLevels(levels);
    if (m_health.state == RecorderState::Recording && m_clock)
        m_timeline->appendLevels(m_clock(), levels);
}

void HearingWorkspace::setCameraStatus(int camera, const CameraHealth &status, const QImage &frame)
{
    if (camera < 0 || camera >= m_cameraFrames.size())
        return;
    m_cameraFrames[camera] = status.framesCaptured;
    if (CameraPreview *setupPreview = m_setup->cameraPreview(camera))
        setupPreview->setStatus(status, frame);
    m_cameraPreviews[camera]->setStatus(status, frame);
}

void HearingWorkspace::setHealth(const RecordingStatus &health)
{
    const RecorderState previous = m_health.state;
    m_health = health;
    // The pre-flight check's disk line follows the monitor's figure (unknown at first).
    m_setup->preflightPanel()->setDiskHoursLeft(health.diskHoursLeft);
    m_bar->setHealth(health);
    const bool clockRunning = health.state == RecorderState::Recording || health.state == RecorderState::Recess;
    m_editor->setClockRunning(clockRunning);
    m_editor->setRecordingEnded(health.state == RecorderState::Stopped);
    if (clockRunning)
        m_timeline->setNow(health.hearingTimeMs);
    if (previous == RecorderState::Idle && health.state == RecorderState::Recording) {
        // Remember this courtroom's mapping once it was good enough to record with.
        if (!m_courtroom.isEmpty())
            m_setup->mappingPanel()->storeMapping(m_courtroom);
        showHearing();
        m_editor->textEdit()->setFocus(Qt::OtherFocusReason);
    }
}

bool HearingWorkspace::isRecording() const
{
    return m_health.state == RecorderState::Recording || m_health.state == RecorderState::Recess;
}

RecorderState HearingWorkspace::state() const
{
    return m_health.state;
}

QStringList HearingWorkspace::runPreflight()
{
    PreflightInput input;
    const ChannelMappingPanel *mapping = m_setup->mappingPanel();
    const QStringList ids = mapping->mapping();
    for (int i = 0; i < mapping->channelCount(); ++i) {
        PreflightInput::Microphone mic;
        mic.label = mapping->channelLabel(i);
        mic.mapped = !ids.value(i).isEmpty();
        mic.hasSignal = m_signalSeen.value(i);
        input.microphones.append(mic);
    }
    for (int i = 0; i < m_setup->cameraCount(); ++i)
        input.cameras.append({ m_setup->cameraPreview(i)->cameraName(), m_cameraFrames.value(i) });
    input.diskHoursLeft = m_health.diskHoursLeft;
    m_setup->preflightPanel()->setInput(input);
    return m_setup->preflightPanel()->failures();
}

void HearingWorkspace::showSetup()
{
    m_tabs->setCurrentWidget(m_setup);
}

void HearingWorkspace::showHearing()
{
    m_tabs->setCurrentWidget(m_hearingPage);
}

void HearingWorkspace::deleteSelectedEntry()
{
    const QModelIndexList rows = m_entryView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_model->remove(rows.first().data(EntryListModel::EntryIdRole).toLongLong());
}

void HearingWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HearingWorkspace::retranslateUi()
{
    m_model->retranslate();
    m_tabs->setTabText(0, tr("1. Setup"));
    m_tabs->setTabText(1, tr("2. Hearing"));
    m_metersTitle->setText(tr("Microphones"));
    m_camerasTitle->setText(tr("Cameras"));
    m_undoAction->setText(tr("Undo"));
    m_redoAction->setText(tr("Redo"));
    m_helpAction->setText(tr("Keyboard shortcuts"));
    m_zoomInAction->setText(tr("Zoom in the timeline"));
    m_zoomOutAction->setText(tr("Zoom out the timeline"));
    m_setupTabAction->setText(tr("Show setup"));
    m_hearingTabAction->setText(tr("Show the hearing"));
    m_deleteAction->setText(tr("Delete entry"));
    //: opens the protocol («протокол» / «хаттама») of this hearing in its own window
    m_protocolAction->setText(tr("Protocol"));
    m_protocolAction->setToolTip(tr("Open the protocol of this hearing (%1)")
                                     .arg(m_protocolAction->shortcut().toString(QKeySequence::NativeText)));
    m_entryView->setToolTip(tr("Double-click a note or a speaker to change it. Ctrl+Z undoes."));
}

} // namespace hattama::ui
