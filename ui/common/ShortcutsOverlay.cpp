#include "common/ShortcutsOverlay.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace hattama::ui {

namespace {
constexpr int kCardWidthPx = 1100;
constexpr int kMarginPx = 24;
} // namespace

ShortcutsOverlay::ShortcutsOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("shortcutsOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    m_outer = new QVBoxLayout(this);
    m_card = new QWidget(this);
    m_card->setObjectName(QStringLiteral("shortcutsCard"));
    m_card->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_card);
    layout->setContentsMargins(24, 16, 24, 16);
    m_title = new QLabel(m_card);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_table = new QLabel(m_card);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setTextFormat(Qt::RichText);
    m_table->setWordWrap(true);
    // The list scrolls (wheel, arrows, Page Up/Down) when it is longer than the window.
    m_scroll = new QScrollArea(m_card);
    m_scroll->setObjectName(QStringLiteral("shortcutsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(m_table);
    m_hint = new QLabel(m_card);
    layout->addWidget(m_title);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_hint);
    m_outer->addWidget(m_card);
    parent->installEventFilter(this);
    hide();
}

QStringList ShortcutsOverlay::rows() const
{
    QStringList list;
    const QList<QAction *> actions = m_actions ? m_actions() : QList<QAction *>();
    for (QAction *action : actions) {
        if (!action || action->shortcut().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        list << text + QLatin1Char('\t') + keys.join(QStringLiteral(", "));
    }
    if (m_extraRows)
        for (const ExtraRow &row : m_extraRows())
            list << row.description + QLatin1Char('\t') + row.keys;
    return list;
}

void ShortcutsOverlay::refresh()
{
    m_title->setText(tr("Keyboard shortcuts"));
    m_hint->setText(tr("Esc or Ctrl+/ closes this list; the arrow keys and Page Up/Down scroll it."));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const QStringList list = rows();
    // Two columns of rows side by side so the list fits a 1366×768 screen.
    const int half = int((list.size() + 1) / 2);
    for (int i = 0; i < half; ++i) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < 2; ++column) {
            const int index = i + column * half;
            if (index >= list.size())
                break;
            const QStringList parts = list.at(index).split(QLatin1Char('\t'));
            html += QStringLiteral("<td><b>%1</b></td><td>%2</td><td width=\"24\"></td>")
                        .arg(parts.value(1).toHtmlEscaped(), parts.value(0).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    m_table->setText(html);
}

void ShortcutsOverlay::toggle()
{
    if (isVisible())
        hide();
    else
        open();
}

void ShortcutsOverlay::open()
{
    refresh();
    placeCard();
    raise();
    show();
    setFocus(Qt::OtherFocusReason);
}

void ShortcutsOverlay::placeCard()
{
    setGeometry(parentWidget()->rect());
    // The card is at most kCardWidthPx wide, centred, and as tall as the window allows.
    const int side = std::max(kMarginPx, (width() - kCardWidthPx) / 2);
    m_outer->setContentsMargins(side, kMarginPx, side, kMarginPx);
}

void ShortcutsOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 150));
}

void ShortcutsOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || (event->key() == Qt::Key_Slash && event->modifiers() & Qt::ControlModifier)
        || (event->key() == Qt::Key_F1 && event->modifiers() & Qt::ShiftModifier)) {
        hide();
        return;
    }
    QScrollBar *bar = m_scroll->verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Down:
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Up:
        bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_PageDown:
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_PageUp:
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void ShortcutsOverlay::mousePressEvent(QMouseEvent *)
{
    hide();
}

bool ShortcutsOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        placeCard();
    return QWidget::eventFilter(watched, event);
}

void ShortcutsOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && isVisible())
        refresh();
    QWidget::changeEvent(event);
}

} // namespace hattama::ui
