#include "HearingsPanel.h"

#include "hearing/DisplayNames.h"

#include "hearing/HearingModel.h"

#include <QAction>
#include <QDate>
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
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("hearingsSearch"));
    m_search->setClearButtonEnabled(true);
    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("hearingsView"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnCount(5);
    m_view->header()->setStretchLastSection(true);
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
    layout->addWidget(m_heading);
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
    connect(m_view, &QTreeWidget::currentItemChanged, this, &HearingsPanel::updateActions);

    connect(m_view, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { emit hearingActivated(item->data(0, Qt::UserRole).toString()); });
    connect(m_search, &QLineEdit::textChanged, this, &HearingsPanel::applyFilter);
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
    //: %1 is today's date in the long local form
    m_heading->setText(tr("Today's hearings — %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    m_search->setPlaceholderText(tr("Search by case number, participant or note…"));
    m_view->setHeaderLabels({ tr("Time"), tr("Case"), tr("Category"), tr("Courtroom"), tr("Status") });
    m_protocolAction->setText(tr("Protocol"));
    //: %1 keyboard shortcut
    m_protocolButton->setText(tr("Protocol (%1)").arg(m_protocolAction->shortcut().toString(QKeySequence::NativeText)));
    m_protocolButton->setToolTip(tr("Open the protocol of the selected hearing"));
    m_emptyHint->setText(tr("No hearings scheduled for today. Import one from the case system "
                            "(File → Import hearing) or create a new one."));
    if (!m_hearings.isEmpty())
        fillView();
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
        item->setText(0, locale.toString(hearing.scheduledStart.time(), QLocale::ShortFormat));
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

QString HearingsPanel::currentHearingId() const
{
    const QTreeWidgetItem *item = m_view->currentItem();
    return item && !item->isHidden() ? item->data(0, Qt::UserRole).toString() : QString();
}

void HearingsPanel::updateActions()
{
    const bool selected = !currentHearingId().isEmpty();
    m_protocolAction->setEnabled(selected);
    m_protocolButton->setEnabled(selected);
}

} // namespace hattama::ui
