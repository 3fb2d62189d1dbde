#include "common/ConfirmDialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace hattama::ui {

bool ConfirmDialog::ask(
    QWidget *parent, const QString &title, const QString &text, const QString &acceptText, const QString &rejectText)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    QPushButton *accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmAccept"));
    QPushButton *reject = box.addButton(rejectText, QMessageBox::RejectRole);
    reject->setObjectName(QStringLiteral("confirmReject"));
    box.setDefaultButton(reject);
    box.setEscapeButton(reject);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace hattama::ui
