#pragma once

// Answers the next modal QMessageBox in a UI test: remembers its text and clicks the button
// with the given object name (or rejects the box when there is none).

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

// Waits for the next modal dialog, remembers its text and clicks the button named buttonName.
class DialogAnswerer : public QObject {
public:
    explicit DialogAnswerer(QString buttonName)
        : m_buttonName(std::move(buttonName))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            text = box->text();
            if (auto *button = box->findChild<QPushButton *>(m_buttonName)) {
                buttonText = button->text();
                QTest::mouseClick(button, Qt::LeftButton);
            } else {
                box->reject();
            }
            answered = true;
        });
        m_timer.start(10);
    }
    bool answered = false;
    QString text;
    QString buttonText;

private:
    QString m_buttonName;
    QTimer m_timer;
};
