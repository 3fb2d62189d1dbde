#include "hearings/HearingCreateDialog.h"

#include "common/ScreenFit.h"
#include "hearing/Role.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hattama::ui {

namespace {
const QString kCourtKey = QStringLiteral("court/nameRu");
const QString kCityKey = QStringLiteral("court/city");
const QString kRoomKey = QStringLiteral("court/courtroom");
} // namespace

HearingCreateDialog::HearingCreateDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hearingCreateDialog"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    const QSettings settings;
    m_court = new QLineEdit(settings.value(kCourtKey).toString(), this);
    m_court->setObjectName(QStringLiteral("createCourt"));
    m_caseNumber = new QLineEdit(this);
    m_caseNumber->setObjectName(QStringLiteral("createCaseNumber"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("createCategory"));
    for (int i = 0; i < 3; ++i)
        m_category->addItem(QString());
    m_category->setCurrentIndex(1); // civil: the most frequent
    m_judge = new QLineEdit(this);
    m_judge->setObjectName(QStringLiteral("createJudge"));
    m_start = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_start->setCalendarPopup(true);
    m_courtroom = new QLineEdit(settings.value(kRoomKey).toString(), this);
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    // The protocol language starts as the interface language (Kazakh or Russian).
    if (QLocale().language() == QLocale::Kazakh)
        m_language->setCurrentIndex(1);
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_court, m_caseNumber, m_category, m_judge, m_start, m_courtroom, m_language }) {
        auto *label = new QLabel(this); // texts set in retranslateUi
        label->setBuddy(field);
        m_form->addRow(label, field);
    }

    m_participants = new QTableWidget(0, 2, this);
    m_participants->setObjectName(QStringLiteral("createParticipants"));
    m_participants->horizontalHeader()->setStretchLastSection(true);
    m_participants->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_participants->verticalHeader()->hide();
    auto *rowButtons = new QHBoxLayout;
    m_addParticipant = new QPushButton(this);
    m_addParticipant->setObjectName(QStringLiteral("createAddParticipant"));
    m_removeParticipant = new QPushButton(this);
    connect(m_addParticipant, &QPushButton::clicked, this, [this] { addParticipantRow(); });
    connect(m_removeParticipant, &QPushButton::clicked, this, [this] {
        if (m_participants->currentRow() >= 0)
            m_participants->removeRow(m_participants->currentRow());
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, &HearingCreateDialog::fillRoleCombos);
    // Roles are named as the protocol will write them.
    connect(m_language, &QComboBox::currentIndexChanged, this, &HearingCreateDialog::fillRoleCombos);
    rowButtons->addWidget(m_addParticipant);
    rowButtons->addWidget(m_removeParticipant);
    rowButtons->addStretch(1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("createProblems"));
    m_problems->setStyleSheet(QStringLiteral("color:#c00000;font-weight:bold"));
    m_problems->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HearingCreateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    layout->addLayout(m_form);
    layout->addWidget(m_participants, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resizeToFitScreen(this, QSize(640, 560));
    retranslateUi();
}

void HearingCreateDialog::addParticipantRow(const QString &name, Role role)
{
    const int row = m_participants->rowCount();
    m_participants->insertRow(row);
    m_participants->setItem(row, 0, new QTableWidgetItem(name));
    auto *combo = new QComboBox(m_participants);
    m_participants->setCellWidget(row, 1, combo);
    fillRoleCombos();
    const int index = combo->findData(roleId(role));
    if (index >= 0)
        combo->setCurrentIndex(index);
    m_participants->setCurrentCell(row, 0);
}

void HearingCreateDialog::fillRoleCombos()
{
    const CaseCategory category = static_cast<CaseCategory>(m_category->currentIndex());
    const QString language = m_language->currentData().toString();
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        auto *combo = static_cast<QComboBox *>(m_participants->cellWidget(row, 1));
        const QString current = combo->currentData().toString();
        combo->clear();
        for (Role role : rolesForCategory(category))
            combo->addItem(roleName(role, language), roleId(role));
        const int index = combo->findData(current);
        if (index >= 0)
            combo->setCurrentIndex(index);
    }
}

HearingRecord HearingCreateDialog::record() const
{
    HearingRecord record;
    Hearing &hearing = record.hearing;
    hearing.court.nameRu = m_court->text().trimmed();
    hearing.court.city = QSettings().value(kCityKey).toString();
    hearing.courtroom = m_courtroom->text().trimmed();
    hearing.caseInfo.number = m_caseNumber->text().trimmed();
    hearing.caseInfo.category = static_cast<CaseCategory>(m_category->currentIndex());
    hearing.caseInfo.judge = m_judge->text().trimmed();
    hearing.scheduledStart = m_start->dateTime();
    hearing.language = m_language->currentData().toString();
    bool judgeListed = false;
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const QString name = m_participants->item(row, 0) ? m_participants->item(row, 0)->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        auto *combo = static_cast<QComboBox *>(m_participants->cellWidget(row, 1));
        hattama::Participant participant;
        participant.id = -(record.participants.size() + 1);
        participant.position = int(record.participants.size()) + 1;
        participant.fullName = name;
        participant.role = roleFromId(combo->currentData().toString()).value_or(Role::Other);
        judgeListed = judgeListed || participant.role == Role::Judge;
        record.participants.append(participant);
    }
    if (!judgeListed && !hearing.caseInfo.judge.isEmpty()) {
        // The presiding judge is a participant too (the first one).
        hattama::Participant judge;
        judge.id = -(record.participants.size() + 1);
        judge.fullName = hearing.caseInfo.judge;
        judge.role = Role::Judge;
        record.participants.prepend(judge);
        for (int i = 0; i < record.participants.size(); ++i)
            record.participants[i].position = i + 1;
    }
    return record;
}

QStringList HearingCreateDialog::problems() const
{
    QStringList list;
    if (m_caseNumber->text().trimmed().isEmpty())
        list << tr("Enter the case number.");
    if (m_judge->text().trimmed().isEmpty())
        list << tr("Enter the presiding judge.");
    if (m_court->text().trimmed().isEmpty())
        list << tr("Enter the court.");
    return list;
}

void HearingCreateDialog::accept()
{
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char(' ')));
    if (!list.isEmpty())
        return;
    QSettings settings;
    settings.setValue(kCourtKey, m_court->text().trimmed());
    settings.setValue(kRoomKey, m_courtroom->text().trimmed());
    QDialog::accept();
}

void HearingCreateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HearingCreateDialog::retranslateUi()
{
    setWindowTitle(tr("New hearing"));
    const QStringList labels { tr("Court:"), tr("Case number:"), tr("Category:"), tr("Presiding judge:"), tr("Start:"),
        tr("Courtroom:"), tr("Protocol language:") };
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row)
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
    m_caseNumber->setPlaceholderText(tr("e.g. 2-1234/2026"));
    m_category->setItemText(0, tr("Criminal"));
    m_category->setItemText(1, tr("Civil"));
    m_category->setItemText(2, tr("Administrative"));
    m_participants->setHorizontalHeaderLabels({ tr("Full name"), tr("Role") });
    m_addParticipant->setText(tr("Add participant"));
    m_removeParticipant->setText(tr("Remove participant"));
}

} // namespace hattama::ui
