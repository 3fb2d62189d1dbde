#pragma once

#include <QDialog>

class QLabel;
class QDialogButtonBox;

namespace hattama::ui {

// Versions of Hattama and the libraries in use, and the license.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_versions = nullptr;
    QLabel *m_license = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hattama::ui
