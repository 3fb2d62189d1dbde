#include "hearings/HearingsPanel.h"

#include "protocol/SignatureStatus.h"
#include "signature/SignedProtocol.h"

#include "util/CourtTime.h"

#include "hearing/DisplayNames.h"

#include "hearing/HearingModel.h"

#include <QAction>
#include <QDir>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QLocale>
#include <QStackedWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace hattama::ui {

HearingsPanel::HearingsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hearingsPanel"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("hearingsHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    // The day: previous, a calendar, next, and back to today.
    m_previousDay = new QPushButton(this);
    m_previousDay->setObjectName(QStringLiteral("hearingsPreviousDay"));
    m_date = new QDateEdit(CourtTime::today(), this);
    m_date->setObjectName(QStringLiteral("hearingsDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_nextDay = new QPushButton(this);
    m_nextDay->setObjectName(QStringLiteral("hearingsNextDay"));
    m_today = new QPushButton(this);
    m_today->setObjectName(QStringLiteral("hearingsToday"));
    auto *dayBar = new QHBoxLayout;
    dayBar->addWidget(m_heading, 1);
    dayBar->addWidget(m_previousDay);
    dayBar->addWidget(m_date);
    dayBar->addWidget(m_nextDay);
    dayBar->addWidget(m_today);
    // The keys work anywhere in the panel, as the Protocol key does.
    const auto dayAction = [this](const QKeySequence &keys, QPushButton *button, auto move) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, move);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        return action;
    };
    m_previousDayAction = dayAction(QKeySequence(Qt::ALT | Qt::Key_Left), m_previousDay, [this] { setDate(date().addDays(-1)); });
    m_nextDayAction = dayAction(QKeySequence(Qt::ALT | Qt::Key_Right), m_nextDay, [this] { setDate(date().addDays(1)); });
    m_todayAction = dayAction(QKeySequence(Qt::ALT | Qt::Key_Home), m_today, [this] { setDate(CourtTime::today()); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        retranslateUi();
        emit dateChanged(day);
    });
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("hearingsSearch"));
    m_search->setClearButtonEnabled(true);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("hearingsView"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnCount(6);
    m_view->header()->setStretchLastSection(true);
    // Time, case, category, room and status as wide as their text (a day's list is short); the
    // signatures take the rest. Stretching only the last one cut the status to «тағайындал…».
    for (int column = 0; column < kSignatureColumn; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("hearingsEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(48);
    QFont hintFont = m_emptyHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.2);
    m_emptyHint->setFont(hintFont);
    m_emptyHint->setAutoFillBackground(true);
    m_emptyHint->setBackgroundRole(QPalette::Base);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyHint);
    layout->addLayout(dayBar);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);

    // The selected hearing's protocol: a button under the list, the list's context menu and a
    // shortcut (the same one opens it from the workspace).
    m_protocolAction = new QAction(this);
    m_protocolAction->setObjectName(QStringLiteral("hearingsProtocolAction"));
    m_protocolAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_protocolAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_protocolAction);
    m_view->addAction(m_protocolAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_protocolButton = new QPushButton(this);
    m_protocolButton->setObjectName(QStringLiteral("hearingsProtocolButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_protocolButton);
    layout->addLayout(buttons);
    connect(m_protocolButton, &QPushButton::clicked, m_protocolAction, &QAction::trigger);
    connect(m_protocolAction, &QAction::triggered, this, [this] {
        const QString id = currentHearingId();
        if (!id.isEmpty())
            emit protocolRequested(id);
    });
    // The selected hearing's recording in the player: a button beside Protocol and the menu.
    m_playAction = new QAction(this);
    m_playAction->setObjectName(QStringLiteral("hearingsPlayAction"));
    m_playAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_playAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_playAction);
    m_view->addAction(m_playAction);
    m_playButton = new QPushButton(this);
    m_playButton->setObjectName(QStringLiteral("hearingsPlayButton"));
    buttons->insertWidget(buttons->indexOf(m_protocolButton), m_playButton);
    connect(m_playButton, &QPushButton::clicked, m_playAction, &QAction::trigger);
    connect(m_playAction, &QAction::triggered, this, [this] {
        const QString id = currentHearingId();
        if (!id.isEmpty())
            emit playRequested(id);
    });
    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("hearingsCopyAction"));
    m_view->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const QString id = currentHearingId();
        if (!id.isEmpty())
            emit copyRequested(id);
    });
    connect(m_view, &QTreeWidget::currentItemChanged, this, &HearingsPanel::updateActions);

    connect(m_view, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { emit hearingActivated(item->data(0, Qt::UserRole).toString()); });
    connect(m_search, &QLineEdit::textChanged, this, &HearingsPanel::applyFilter);
    // Tab order: the list (Enter opens a hearing), search, Play, Protocol, the day.
    setTabOrder(m_view, m_search);
    setTabOrder(m_search, m_playButton);
    setTabOrder(m_playButton, m_protocolButton);
    setTabOrder(m_protocolButton, m_previousDay);
    setTabOrder(m_previousDay, m_date);
    setTabOrder(m_date, m_nextDay);
    setTabOrder(m_nextDay, m_today);
    retranslateUi();
    updateEmptyState();
    updateActions();
}

void HearingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HearingsPanel::retranslateUi()
{
    const QString day = QLocale().toString(date(), QLocale::LongFormat);
    const bool today = date() == CourtTime::today();
    //: %1 is today's date in the long local form
    m_heading->setText(today ? tr("Today's hearings — %1").arg(day)
                             //: %1 is a date in the long local form
                             : tr("Hearings of %1").arg(day));
    const auto keys = [](const QAction *action) { return action->shortcut().toString(QKeySequence::NativeText); };
    m_previousDay->setText(QStringLiteral("◀"));
    m_previousDay->setToolTip(tr("The day before (%1)").arg(keys(m_previousDayAction)));
    m_nextDay->setText(QStringLiteral("▶"));
    m_nextDay->setToolTip(tr("The day after (%1)").arg(keys(m_nextDayAction)));
    m_today->setText(tr("Today"));
    m_today->setToolTip(keys(m_todayAction));
    m_today->setEnabled(!today);
    m_search->setPlaceholderText(tr("Search by case number, participant or note…"));
    m_view->setHeaderLabels({ tr("Time"), tr("Case"), tr("Category"), tr("Courtroom"), tr("Status"),
        //: column of the hearings list: the protocol's electronic signatures
        tr("Signatures") });
    m_protocolAction->setText(tr("Protocol"));
    m_copyAction->setText(tr("Issue copy…"));
    //: %1 keyboard shortcut
    m_protocolButton->setText(tr("Protocol (%1)").arg(m_protocolAction->shortcut().toString(QKeySequence::NativeText)));
    m_protocolButton->setToolTip(tr("Open the protocol of the selected hearing"));
    m_playAction->setText(tr("Play the recording"));
    //: %1 keyboard shortcut
    m_playButton->setText(tr("Play (%1)").arg(m_playAction->shortcut().toString(QKeySequence::NativeText)));
    m_playButton->setToolTip(tr("Play the recording of the selected hearing: cameras, microphones, entries"));
    m_emptyHint->setText(today ? tr("No hearings scheduled for today. Import one from the case system "
                                    "(File → Import hearing) or create a new one.")
                               //: %1 is a date in the long local form
                               : tr("No hearings on %1.").arg(day));
    if (!m_hearings.isEmpty())
        fillView();
}

void HearingsPanel::focusList()
{
    // The list when it has hearings, else the search field (the list is hidden then).
    if (m_stack->currentWidget() == m_view)
        m_view->setFocus(Qt::OtherFocusReason);
    else
        m_search->setFocus(Qt::OtherFocusReason);
}

QDate HearingsPanel::date() const
{
    return m_date->date();
}

void HearingsPanel::setDate(const QDate &day)
{
    if (day.isValid())
        m_date->setDate(day); // emits dateChanged when it is another day
}

void HearingsPanel::setHearings(const QList<HearingSummary> &hearings)
{
    m_hearings = hearings;
    fillView();
}

void HearingsPanel::fillView()
{
    const QString current = m_view->currentItem() ? m_view->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_view->clear();
    const QLocale locale;
    for (const HearingSummary &hearing : m_hearings) {
        const QString category = categoryDisplayName(hearing.category);
        const QString status = statusDisplayName(hearing.status);
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(0, locale.toString(CourtTime::toCourt(hearing.scheduledStart).time(), QLocale::ShortFormat));
        item->setText(1, hearing.caseNumber);
        item->setText(2, category);
        item->setText(3, hearing.courtroom);
        item->setText(4, status);
        item->setData(0, Qt::UserRole, hearing.id);
        if (hearing.id == current)
            m_view->setCurrentItem(item);
    }
    if (!m_view->currentItem() && m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
    applyFilter();
    updateEmptyState();
    updateActions();
    checkSignatures();
}

void HearingsPanel::checkSignatures()
{
    const int check = ++m_signatureCheck;
    m_signaturesPending = 0;
    if (m_archiveDir.isEmpty())
        return;
    for (const HearingSummary &hearing : m_hearings) {
        const QString dir = QDir(m_archiveDir).filePath(hearing.id);
        if (signature::SignedProtocol::signedVersions(dir).isEmpty())
            continue;
        ++m_signaturesPending;
        SignatureStatus::Request request;
        request.hearingDir = dir;
        request.archiveDir = m_archiveDir;
        SignatureStatus::check(this, request, [this, check, id = hearing.id](const signature::SignatureReport &report) {
            if (check != m_signatureCheck)
                return;
            const auto badge = SignatureStatus::badgeOf(report);
            for (int i = 0; badge && i < m_view->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_view->topLevelItem(i);
                if (item->data(0, Qt::UserRole).toString() != id)
                    continue;
                item->setText(kSignatureColumn, SignatureStatus::shortText(*badge));
                item->setToolTip(kSignatureColumn, SignatureStatus::text(*badge));
                item->setForeground(kSignatureColumn, badge->valid ? QColor(0x1d, 0x6b, 0x2a) : QColor(0xa0, 0x18, 0x18));
            }
            if (--m_signaturesPending == 0)
                emit signaturesChecked();
        });
    }
}

void HearingsPanel::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_view->topLevelItem(i);
        bool match = needle.isEmpty();
        for (int c = 0; !match && c < m_view->columnCount(); ++c)
            match = item->text(c).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
    updateActions();
}

void HearingsPanel::updateEmptyState()
{
    m_stack->setCurrentWidget(m_view->topLevelItemCount() == 0 ? static_cast<QWidget *>(m_emptyHint) : m_view);
}

void HearingsPanel::selectHearing(const QString &hearingId)
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (m_view->topLevelItem(i)->data(0, Qt::UserRole).toString() == hearingId)
            m_view->setCurrentItem(m_view->topLevelItem(i));
}

QString HearingsPanel::currentHearingId() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    return item && !item->isHidden() ? item->data(0, Qt::UserRole).toString() : QString();
}

void HearingsPanel::updateActions()
{
    const bool selected = !currentHearingId().isEmpty();
    m_protocolAction->setEnabled(selected);
    m_copyAction->setEnabled(selected);
    m_protocolButton->setEnabled(selected);
    m_playAction->setEnabled(selected);
    m_playButton->setEnabled(selected);
}

} // namespace hattama::ui
