#include "RealWindowChecks.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QToolBar>
#include <QToolButton>
#include <QLayout>
#include <QLineEdit>
#include <QPixmap>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QWidget>

namespace hattama::test {

namespace {

// QFileSystemModel's columns: name, size, type, date modified.
constexpr int kFileTypeColumn = 2;

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QStringLiteral(" '%1'").arg(widget->objectName());
    return text;
}

QString sizeText(const QSize &size)
{
    return QStringLiteral("%1×%2").arg(size.width()).arg(size.height());
}

// Inside a scroll area's viewport: clipped and scrolled by the area, not laid out by the window.
bool insideScrolledViewport(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()))
            if (area->viewport() == parent)
                return true;
    }
    return false;
}

QList<QWidget *> visibleWidgets(QWidget *window)
{
    QList<QWidget *> list;
    for (QWidget *widget : window->findChildren<QWidget *>())
        if (widget->isVisible() && widget->window() == window)
            list << widget;
    return list;
}

// The visible widgets a layout (and the layouts in it) places.
void laidOutWidgets(const QLayout *layout, QList<QWidget *> &widgets)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *widget = item->widget(); widget && widget->isVisible())
            widgets << widget;
        else if (const QLayout *inner = item->layout())
            laidOutWidgets(inner, widgets);
    }
}

bool tooBig(const QSize &size, const QSize &limit)
{
    return size.width() > limit.width() || size.height() > limit.height();
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

} // namespace

QStringList RealWindowChecks::minimumSizeProblems(QWidget *window) const
{
    QStringList problems;
    const QSize limit = m_screen.size();
    const QSize hint = window->minimumSizeHint();
    const QSize minimum = window->minimumSize();
    if (!tooBig(hint, limit) && !tooBig(minimum, limit))
        return problems;
    problems << QStringLiteral("%1: minimum size %2 (layout %3) does not fit the screen %4")
                    .arg(describe(window), sizeText(minimum), sizeText(hint), sizeText(limit));
    // The culprits: the deepest visible widgets that alone need more than the screen, and for
    // each the children its layout adds up.
    const QList<QWidget *> widgets = visibleWidgets(window);
    for (QWidget *widget : widgets) {
        if (!tooBig(widget->minimumSizeHint(), limit))
            continue;
        bool childTooBig = false;
        QStringList children;
        for (QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isVisible())
                continue;
            childTooBig = childTooBig || tooBig(child->minimumSizeHint(), limit);
            children << QStringLiteral("%1 %2").arg(describe(child), sizeText(child->minimumSizeHint()));
        }
        if (!childTooBig)
            problems << QStringLiteral("  made by %1 (minimum %2) of: %3")
                            .arg(describe(widget), sizeText(widget->minimumSizeHint()), children.join(QStringLiteral(", ")));
    }
    return problems;
}

QStringList RealWindowChecks::layoutProblems(QWidget *window) const
{
    QStringList problems = minimumSizeProblems(window);
    if (window->isWindow() && !m_screen.contains(window->frameGeometry()))
        problems << QStringLiteral("%1: the window (%2 at %3,%4) is off the screen")
                        .arg(describe(window), sizeText(window->frameGeometry().size()))
                        .arg(window->frameGeometry().x())
                        .arg(window->frameGeometry().y());
    QList<QWidget *> containers = visibleWidgets(window);
    containers.prepend(window);
    for (QWidget *container : containers) {
        // Widgets of one layout side by side, never over each other (squeezed below their minimum).
        if (!container->layout())
            continue;
        QList<QWidget *> placed;
        laidOutWidgets(container->layout(), placed);
        for (int i = 0; i < placed.size(); ++i)
            for (int j = i + 1; j < placed.size(); ++j) {
                const QRect overlap = placed.at(i)->geometry().intersected(placed.at(j)->geometry());
                if (overlap.width() > 1 && overlap.height() > 1)
                    problems << QStringLiteral("%1 and %2 overlap (%3) in %4")
                                    .arg(describe(placed.at(i)), describe(placed.at(j)), sizeText(overlap.size()),
                                        describe(container));
            }
    }
    // A tool bar too narrow for its actions hides the last ones behind its » button, where a
    // secretary or judge does not look for them.
    for (QToolBar *toolBar : window->findChildren<QToolBar *>()) {
        if (!toolBar->isVisible())
            continue;
        for (QToolButton *button : toolBar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            if (button->isVisible())
                problems << QStringLiteral("%1: actions hidden behind the » button (the tool bar is %2 px wide)")
                                .arg(describe(toolBar))
                                .arg(toolBar->width());
    }
    for (QWidget *widget : visibleWidgets(window)) {
        if (widget->width() <= 0 || widget->height() <= 0 || insideScrolledViewport(widget, window))
            continue;
        // Wrapped text taller than its label is cut off (and nothing scrolls to the rest).
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->wordWrap() && !label->text().isEmpty()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                problems << QStringLiteral("%1 «%2»: the text needs %3 px, it has %4 px: cut off")
                                .arg(describe(label), plain(label->text()).left(60))
                                .arg(needed)
                                .arg(label->height());
        }
        const QRect global(widget->mapToGlobal(QPoint(0, 0)), widget->size());
        if (!m_screen.contains(global))
            problems << QStringLiteral("%1 at %2,%3 size %4 is off the screen")
                            .arg(describe(widget))
                            .arg(global.x())
                            .arg(global.y())
                            .arg(sizeText(global.size()));
    }
    return problems;
}

QStringList RealWindowChecks::windowManagerProblems(QWidget *window) const
{
    QProcess xprop;
    xprop.start(QStringLiteral("xprop"),
        { QStringLiteral("-id"), QString::number(window->window()->winId()), QStringLiteral("WM_NORMAL_HINTS") });
    if (!xprop.waitForFinished(30'000) || xprop.exitCode() != 0)
        return { QStringLiteral("xprop could not read the window's size hints: %1")
                     .arg(QString::fromLocal8Bit(xprop.readAllStandardError())) };
    const QString hints = QString::fromLocal8Bit(xprop.readAllStandardOutput());
    static const QRegularExpression minimum(QStringLiteral("minimum size: (\\d+) by (\\d+)"));
    const QRegularExpressionMatch match = minimum.match(hints);
    if (!match.hasMatch())
        return {};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (tooBig(size, m_screen.size()))
        return { QStringLiteral("%1: the window manager was told the minimum size %2, the screen is %3")
                     .arg(describe(window->window()), sizeText(size), sizeText(m_screen.size())) };
    return {};
}

QStringList RealWindowChecks::latinWords(const QString &text)
{
    // Names and key names that stay in Latin letters in Russian and Kazakh.
    static const QSet<QString> allowed { QStringLiteral("Hattama"), QStringLiteral("PDF"), QStringLiteral("ODT"),
        QStringLiteral("HTML"), QStringLiteral("USB"), QStringLiteral("Qt"), QStringLiteral("FFmpeg"),
        QStringLiteral("OpenSSL"), QStringLiteral("PortAudio"), QStringLiteral("SQLite"),
        QStringLiteral("PostgreSQL"), QStringLiteral("JSON"), QStringLiteral("SHA"), QStringLiteral("Ctrl"),
        QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Esc"), QStringLiteral("Enter"),
        QStringLiteral("Tab"), QStringLiteral("Del"), QStringLiteral("Delete"), QStringLiteral("Space"),
        QStringLiteral("Backspace"), QStringLiteral("Page"), QStringLiteral("Up"), QStringLiteral("Down"), QStringLiteral("Home"), QStringLiteral("End"), QStringLiteral("PgUp"),
        QStringLiteral("PgDown"), QStringLiteral("Ins"), QStringLiteral("Win"), QStringLiteral("GPL"),
        QStringLiteral("LGPL"), QStringLiteral("Linux"), QStringLiteral("Windows"), QStringLiteral("ISO"),
        QStringLiteral("DVD"), QStringLiteral("Blu"), QStringLiteral("ray") };
    // The licence is named by its own name.
    QString rest = text;
    rest.remove(QStringLiteral("GNU General Public License"));
    static const QRegularExpression word(QStringLiteral("(?<![\\w.])[A-Za-z]{2,}(?![\\w.])"));
    QStringList words;
    for (const QString &token : rest.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        // Paths, file patterns, addresses and version strings are not words.
        if (token.contains(QLatin1Char('/')) || token.contains(QLatin1Char('\\')) || token.contains(QLatin1Char('*'))
            || token.contains(QLatin1Char('@')) || token.contains(QLatin1Char('_')))
            continue;
        auto matches = word.globalMatch(token);
        while (matches.hasNext()) {
            const QString found = matches.next().captured();
            if (!allowed.contains(found))
                words << found;
        }
    }
    return words;
}

QStringList RealWindowChecks::englishWords(QWidget *window) const
{
    QStringList found;
    const auto check = [&](const QWidget *where, const QString &what, const QString &text) {
        const QStringList words = latinWords(plain(text));
        if (!words.isEmpty())
            found << QStringLiteral("%1 %2 «%3»: %4")
                         .arg(describe(where), what, plain(text).left(80), words.join(QStringLiteral(", ")));
    };
    check(window, QStringLiteral("title"), window->windowTitle());
    const bool fileDialog = qobject_cast<QFileDialog *>(window) != nullptr;
    for (QWidget *widget : visibleWidgets(window)) {
        // The libraries' versions as the libraries write them (About).
        if (widget->objectName() == QLatin1String("aboutVersions"))
            continue;
        check(widget, QStringLiteral("tooltip"), widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget))
            check(widget, QStringLiteral("text"), label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            check(widget, QStringLiteral("text"), QString(button->text()).remove(QLatin1Char('&')));
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            check(widget, QStringLiteral("title"), group->title());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            check(widget, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                check(widget, QStringLiteral("item"), combo->itemText(i));
        if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                check(widget, QStringLiteral("tab"), tabs->tabText(i));
        if (auto *text = qobject_cast<QTextEdit *>(widget))
            check(widget, QStringLiteral("document"), text->toPlainText());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int column = 0; column < model->columnCount(); ++column)
                check(widget, QStringLiteral("column"), model->headerData(column, Qt::Horizontal).toString());
            // Item texts; of a file dialog's files only their type (the names are the files').
            const QModelIndex root = view->rootIndex();
            for (int row = 0; row < model->rowCount(root) && row < 200; ++row)
                for (int column = 0; column < model->columnCount(root); ++column)
                    if (!fileDialog || (widget->objectName() == QLatin1String("treeView") && column == kFileTypeColumn))
                        check(widget, QStringLiteral("item"), model->index(row, column, root).data().toString());
        }
    }
    found.removeDuplicates();
    return found;
}

bool RealWindowChecks::saveScreen(QWidget *window, const QString &path)
{
    const QImage image = window->screen()->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB888);
    return !image.isNull() && image.save(path, "PNG", 0);
}

} // namespace hattama::test
