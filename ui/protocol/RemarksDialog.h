#pragma once

#include "storage/Remark.h"
#include "util/Result.h"

#include <QDialog>
#include <QList>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTextBrowser;

namespace hattama {
class Database;
}

namespace hattama::ui {

// Remarks on the protocol (docs/remarks.md): the list with each remark's state, filing a
// remark (who, their role, the text, the moments of the recording), the judge's decision
// (accept or reject, with reasons) and attaching the decided remarks to the protocol as a new
// version, which is then signed anew. Every change goes through core (RemarkRepository,
// RemarksAppendix), audited.
class RemarksDialog : public QDialog {
    Q_OBJECT
public:
    RemarksDialog(Database &db, QString hearingDir, QString hearingId, QWidget *parent = nullptr);

    // Reads the remarks again and updates the list and the buttons.
    Status reload();
    const QList<Remark> &remarks() const { return m_remarks; }

    // The actions of the buttons; errors are also shown in the dialog.
    Status fileRemark(); // from the "New remark" fields
    Status decideSelected(); // the selected remark, from the "Decision" fields
    Result<int> attach(); // the new version's number

    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *roleEdit() const { return m_role; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *timeCodesEdit() const { return m_timeCodes; }
    QPushButton *fileButton() const { return m_file; }
    QRadioButton *acceptButton() const { return m_accept; }
    QRadioButton *rejectButton() const { return m_reject; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *judgeEdit() const { return m_judge; }
    QPushButton *decideButton() const { return m_decide; }
    QPushButton *attachButton() const { return m_attach; }
    QString messageText() const;

signals:
    // A protocol version with the remarks' appendix was saved.
    void versionAttached(int number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTable();
    void showSelected();
    void updateButtons();
    void showError(const Error &error);
    void showMessage(const QString &text);
    const Remark *selected() const;
    QString decisionText(RemarkDecision decision) const;
    void retranslateUi();

    Database &m_db;
    QString m_hearingDir;
    QString m_hearingId;
    QString m_caseNumber;
    QList<Remark> m_remarks;
    Error m_error; // the last error shown, kept so it follows the language
    bool m_hasError = false;
    QString m_message;

    QTableWidget *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QGroupBox *m_newBox = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QLabel *m_timeCodesLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_role = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_timeCodes = nullptr;
    QPushButton *m_file = nullptr;
    QGroupBox *m_decisionBox = nullptr;
    QRadioButton *m_accept = nullptr;
    QRadioButton *m_reject = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_judgeLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_judge = nullptr;
    QPushButton *m_decide = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace hattama::ui
