#include "HearingsPanel.h"

#include <QEvent>
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
    layout->addWidget(m_heading);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyHint);
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
    m_heading->setText(tr("Today's hearings"));
    m_search->setPlaceholderText(tr("Search by case number, participant or note…"));
    m_view->setHeaderLabels({tr("Time"), tr("Case"), tr("Category"), tr("Courtroom"), tr("Status")});
    m_emptyHint->setText(tr("No hearings scheduled for today. Import one from the case system "
                            "(File → Import hearing) or create a new one."));
}

void HearingsPanel::updateEmptyState()
{
    m_emptyHint->setVisible(m_view->topLevelItemCount() == 0);
}

} // namespace hattama::ui
