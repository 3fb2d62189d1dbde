#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace hattama::ui {

// A help overlay over the whole workspace listing every action with its shortcut.
// Opened with F1 or Ctrl+/, closed with Esc, F1 or a click.
class ShortcutsOverlay : public QWidget {
    Q_OBJECT
public:
    explicit ShortcutsOverlay(QWidget *parent);

    // The actions to list, in this order; asked each time it opens, as actions come and go
    // (the event keys follow the protocol language).
    void setActionsProvider(std::function<QList<QAction *>()> provider) { m_actions = std::move(provider); }
    // Rows for keys that are not actions (Enter, Esc, Ctrl+wheel…).
    struct ExtraRow {
        QString keys;
        QString description;
    };
    using ExtraRows = QList<ExtraRow>;
    void setExtraRowsProvider(std::function<ExtraRows()> provider) { m_extraRows = std::move(provider); }

    // The rows as shown: "description\tkeys".
    QStringList rows() const;

public slots:
    void toggle();
    void open();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // Covers the parent and centres the card in it.
    void placeCard();

    std::function<QList<QAction *>()> m_actions;
    std::function<ExtraRows()> m_extraRows;
    QLabel *m_title = nullptr;
    QLabel *m_table = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_card = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_outer = nullptr;
};

} // namespace hattama::ui
