#include "hearings/HearingCreateDialog.h"

#include "common/ScreenFit.h"
#include "hearing/Role.h"
#include "util/CourtTime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hattama::ui {

namespace {
const QString kCourtKey = QStringLiteral("court/nameRu");
const QString kCityKey = QStringLiteral("court/city");
const QString kRoomKey = QStringLiteral("court/courtroom");
const QString kSecretaryKey = QStringLiteral("court/secretary");
const QString kDateTimeFormat = QStringLiteral("dd.MM.yyyy HH:mm");

enum Column { NameColumn, RoleColumn, RepresentsColumn, ColumnCount };

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toLower();
    return text;
}
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
    m_city = new QLineEdit(settings.value(kCityKey).toString(), this);
    m_city->setObjectName(QStringLiteral("createCity"));
    m_caseNumber = new QLineEdit(this);
    m_caseNumber->setObjectName(QStringLiteral("createCaseNumber"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("createCategory"));
    for (int i = 0; i < 3; ++i)
        m_category->addItem(QString());
    m_category->setCurrentIndex(1); // civil: the most frequent
    m_judge = new QLineEdit(this);
    m_judge->setObjectName(QStringLiteral("createJudge"));
    // The court's time (a courtroom PC may run on UTC), the year in full in every language.
    const QDateTime courtNow = CourtTime::now();
    m_start = new QDateTimeEdit(QDateTime(courtNow.date(), courtNow.time()), this);
    m_start->setObjectName(QStringLiteral("createStart"));
    m_start->setDisplayFormat(kDateTimeFormat);
    m_start->setCalendarPopup(true);
    // Tab leaves the field (Qt's date field walks its day, month, year… parts with Tab);
    // the parts are changed with the arrow keys or by typing.
    m_start->installEventFilter(this);
    m_courtroom = new QLineEdit(settings.value(kRoomKey).toString(), this);
    m_secretary = new QLineEdit(settings.value(kSecretaryKey).toString(), this);
    m_secretary->setObjectName(QStringLiteral("createSecretary"));
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    // The protocol language starts as the interface language (Kazakh or Russian).
    if (QLocale().language() == QLocale::Kazakh)
        m_language->setCurrentIndex(1);
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_court, m_city, m_caseNumber, m_category, m_judge, m_secretary, m_start, m_courtroom, m_language }) {
        auto *label = new QLabel(this); // texts set in retranslateUi
        label->setBuddy(field);
        m_form->addRow(label, field);
    }

    m_participants = new QTableWidget(0, ColumnCount, this);
    m_participants->setObjectName(QStringLiteral("createParticipants"));
    m_participants->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_participants->horizontalHeader()->setSectionResizeMode(RepresentsColumn, QHeaderView::Stretch);
    m_participants->setTabKeyNavigation(false); // Tab goes on to the buttons
    // «Whose representative» lists the names as they are typed.
    connect(m_participants, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == NameColumn)
            fillRepresentsCombos();
    });
    m_participants->verticalHeader()->hide();
    auto *rowButtons = new QHBoxLayout;
    m_addParticipant = new QPushButton(this);
    m_addParticipant->setObjectName(QStringLiteral("createAddParticipant"));
    m_removeParticipant = new QPushButton(this);
    connect(m_addParticipant, &QPushButton::clicked, this, [this] {
        // Straight on to typing the name: a space or Enter would otherwise press the button again.
        addParticipantRow();
        m_participants->setFocus(Qt::OtherFocusReason);
        m_participants->editItem(m_participants->item(m_participants->rowCount() - 1, NameColumn));
    });
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
    m_participants->setItem(row, NameColumn, new QTableWidgetItem(name));
    auto *combo = new QComboBox(m_participants);
    m_participants->setCellWidget(row, RoleColumn, combo);
    auto *represents = new QComboBox(m_participants);
    represents->setObjectName(QStringLiteral("createRepresents_%1").arg(row));
    m_participants->setCellWidget(row, RepresentsColumn, represents);
    connect(combo, &QComboBox::currentIndexChanged, this, &HearingCreateDialog::fillRepresentsCombos);
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
        auto *combo = static_cast<QComboBox *>(m_participants->cellWidget(row, RoleColumn));
        const QString current = combo->currentData().toString();
        // Refilled quietly: a role passing through «none» would clear whom a representative acts for.
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (Role role : rolesForCategory(category))
            combo->addItem(roleName(role, language), roleId(role));
        const int index = combo->findData(current);
        if (index >= 0)
            combo->setCurrentIndex(index);
    }
    fillRepresentsCombos();
}

void HearingCreateDialog::fillRepresentsCombos()
{
    // A representative or defender acts for another participant: chosen from the names above.
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_participants->cellWidget(row, RepresentsColumn));
        if (!combo)
            continue;
        const int current = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(QStringLiteral("—"), -1);
        for (int other = 0; other < m_participants->rowCount(); ++other) {
            const QString name = participantName(other);
            if (other != row && !name.isEmpty())
                combo->addItem(name, other);
        }
        const Role role = participantRole(row);
        const bool acts = role == Role::Representative || role == Role::Defender;
        const int index = combo->findData(current);
        combo->setCurrentIndex(acts && index >= 0 ? index : 0);
        combo->setEnabled(acts);
    }
}

QString HearingCreateDialog::participantName(int row) const
{
    const QTableWidgetItem *item = m_participants->item(row, NameColumn);
    return item ? item->text().trimmed() : QString();
}

Role HearingCreateDialog::participantRole(int row) const
{
    const auto *combo = qobject_cast<QComboBox *>(m_participants->cellWidget(row, RoleColumn));
    return combo ? roleFromId(combo->currentData().toString()).value_or(Role::Other) : Role::Other;
}

void HearingCreateDialog::setRepresents(int row, int representedRow)
{
    fillRepresentsCombos();
    if (auto *combo = qobject_cast<QComboBox *>(m_participants->cellWidget(row, RepresentsColumn)))
        combo->setCurrentIndex(std::max(0, combo->findData(representedRow)));
}

bool HearingCreateDialog::secretaryGiven() const
{
    if (!m_secretary->text().trimmed().isEmpty())
        return true;
    for (int row = 0; row < m_participants->rowCount(); ++row)
        if (participantRole(row) == Role::Secretary && !participantName(row).isEmpty())
            return true;
    return false;
}

HearingRecord HearingCreateDialog::record() const
{
    HearingRecord record;
    Hearing &hearing = record.hearing;
    hearing.court.nameRu = m_court->text().trimmed();
    hearing.court.city = m_city->text().trimmed();
    hearing.courtroom = m_courtroom->text().trimmed();
    hearing.caseInfo.number = m_caseNumber->text().trimmed();
    hearing.caseInfo.category = static_cast<CaseCategory>(m_category->currentIndex());
    hearing.caseInfo.judge = m_judge->text().trimmed();
    // The time as typed is the court's time.
    const QDateTime typed = m_start->dateTime();
    hearing.scheduledStart = QDateTime(typed.date(), typed.time(), CourtTime::zone());
    hearing.language = m_language->currentData().toString();
    bool judgeListed = false;
    bool secretaryListed = false;
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const QString name = participantName(row);
        if (name.isEmpty())
            continue;
        hattama::Participant participant;
        participant.id = -(record.participants.size() + 1);
        participant.position = int(record.participants.size()) + 1;
        participant.fullName = name;
        participant.role = participantRole(row);
        // Whom a representative or defender acts for, in the protocol's language:
        // «представляет: истец Сейітқали Е. Б.» / «өкілдік етеді: талапкер Сейітқали Е. Б.».
        const auto *represents = qobject_cast<QComboBox *>(m_participants->cellWidget(row, RepresentsColumn));
        const int representedRow = represents && represents->isEnabled() ? represents->currentData().toInt() : -1;
        if (representedRow >= 0 && !participantName(representedRow).isEmpty()) {
            const bool kk = hearing.language == QLatin1String("kk");
            participant.note = (kk ? QStringLiteral("өкілдік етеді: %1 %2") : QStringLiteral("представляет: %1 %2"))
                                   .arg(lowerFirst(roleName(participantRole(representedRow), hearing.language)),
                                       participantName(representedRow));
        }
        judgeListed = judgeListed || participant.role == Role::Judge;
        secretaryListed = secretaryListed || participant.role == Role::Secretary;
        record.participants.append(participant);
    }
    if (!secretaryListed && !m_secretary->text().trimmed().isEmpty()) {
        hattama::Participant secretary;
        secretary.id = -(record.participants.size() + 1);
        secretary.fullName = m_secretary->text().trimmed();
        secretary.role = Role::Secretary;
        record.participants.append(secretary);
    }
    if (!judgeListed && !hearing.caseInfo.judge.isEmpty()) {
        // The presiding judge is a participant too (the first one).
        hattama::Participant judge;
        judge.id = -(record.participants.size() + 1);
        judge.fullName = hearing.caseInfo.judge;
        judge.role = Role::Judge;
        record.participants.prepend(judge);
    }
    for (int i = 0; i < record.participants.size(); ++i)
        record.participants[i].position = i + 1;
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
    // Without a secretary the protocol's signature line stays empty: said once, then saved.
    if (!secretaryGiven() && !m_secretaryWarned) {
        m_secretaryWarned = true;
        m_problems->setText(secretaryWarning());
        return;
    }
    QSettings settings;
    settings.setValue(kCourtKey, m_court->text().trimmed());
    settings.setValue(kCityKey, m_city->text().trimmed());
    settings.setValue(kRoomKey, m_courtroom->text().trimmed());
    settings.setValue(kSecretaryKey, m_secretary->text().trimmed());
    QDialog::accept();
}

QString HearingCreateDialog::secretaryWarning() const
{
    return tr("No secretary is given: the protocol's line «Secretary of the court session» will be empty. "
              "Enter the secretary, or press Save again to save without one.");
}

bool HearingCreateDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_start && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
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
    const QStringList labels { tr("Court:"), tr("City:"), tr("Case number:"), tr("Category:"), tr("Presiding judge:"),
        tr("Secretary:"), tr("Start (court time):"), tr("Courtroom:"), tr("Protocol language:") };
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row)
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
    m_caseNumber->setPlaceholderText(tr("e.g. 2-1234/2026"));
    m_category->setItemText(0, tr("Criminal"));
    m_category->setItemText(1, tr("Civil"));
    m_category->setItemText(2, tr("Administrative"));
    //: the participant a representative or defender acts for
    m_participants->setHorizontalHeaderLabels({ tr("Full name"), tr("Role"), tr("Represents") });
    m_city->setPlaceholderText(tr("e.g. Astana"));
    m_addParticipant->setText(tr("Add participant"));
    m_removeParticipant->setText(tr("Remove participant"));
}

} // namespace hattama::ui
