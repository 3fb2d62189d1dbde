#include "HearingsPanel.h"

#include <QDate>
#include <QEvent>
#include <QLocale>
#include <QStackedWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hattama::ui {

HearingsPanel::HearingsPanel(QWidget *parent) : QWidget(parent)
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
    retranslateUi();
    updateEmptyState();
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
    m_view->setHeaderLabels({tr("Time"), tr("Case"), tr("Category"), tr("Courtroom"), tr("Status")});
    m_emptyHint->setText(tr("No hearings scheduled for today. Import one from the case system "
                            "(File → Import hearing) or create a new one."));
}

void HearingsPanel::updateEmptyState()
{
    m_stack->setCurrentWidget(m_view->topLevelItemCount() == 0 ? static_cast<QWidget *>(m_emptyHint) : m_view);
}

} // namespace hattama::ui
