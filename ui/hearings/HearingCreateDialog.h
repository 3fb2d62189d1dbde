#pragma once

#include "hearing/HearingModel.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hattama::ui {

// A short form to create a hearing by hand: court and city, case number, category, judge,
// secretary, time (the court's), courtroom, protocol language and the participants with their
// roles and whom a representative acts for. The court, city, courtroom and secretary are
// remembered in QSettings ("court/…") for the next hearing.
class HearingCreateDialog : public QDialog {
    Q_OBJECT
public:
    explicit HearingCreateDialog(QWidget *parent = nullptr);

    // The hearing as filled in; participants without a name are left out.
    HearingRecord record() const;
    // What is missing, empty when the form can be saved.
    QStringList problems() const;

    QLineEdit *caseNumberEdit() const { return m_caseNumber; }
    QLineEdit *judgeEdit() const { return m_judge; }
    QComboBox *categoryCombo() const { return m_category; }
    QTableWidget *participantTable() const { return m_participants; }
    void addParticipantRow(const QString &name = {}, Role role = Role::Other);
    // Sets whom the participant in row acts for (another row), as the «Represents» column does.
    void setRepresents(int row, int representedRow);
    QString secretaryWarning() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillRoleCombos();
    void fillRepresentsCombos();
    QString participantName(int row) const;
    Role participantRole(int row) const;
    // A secretary typed in the form or listed among the participants.
    bool secretaryGiven() const;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_court = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_secretary = nullptr;
    bool m_secretaryWarned = false;
    QLineEdit *m_caseNumber = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_judge = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QLineEdit *m_courtroom = nullptr;
    QComboBox *m_language = nullptr;
    QTableWidget *m_participants = nullptr;
    QPushButton *m_addParticipant = nullptr;
    QPushButton *m_removeParticipant = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hattama::ui
