#include "protocol/RemarksDialog.h"

#include "common/ScreenFit.h"
#include "playback/PlaybackTime.h"
#include "protocol/DateForms.h"
#include "protocol/ProtocolVersionStore.h"
#include "protocol/RemarksAppendix.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "storage/RemarkRepository.h"
#include "util/CourtTime.h"
#include "util/ErrorText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hattama::ui {

namespace {

enum Column { NumberColumn, FiledByColumn, FiledAtColumn, TimeCodesColumn, StateColumn, ColumnCount };

QString courtDateTime(const QDateTime &utc)
{
    return CourtTime::toCourt(utc).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString timeCodes(const QList<qint64> &codes)
{
    QStringList list;
    for (qint64 ms : codes)
        list << protocol::DateForms::timeCode(ms);
    return list.join(QStringLiteral(", "));
}

} // namespace

RemarksDialog::RemarksDialog(Database &db, QString hearingDir, QString hearingId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_hearingDir(std::move(hearingDir))
    , m_hearingId(std::move(hearingId))
{
    setObjectName(QStringLiteral("remarksDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    // Left: the remarks and the selected one in full.
    auto *listSide = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, listSide);
    m_table->setObjectName(QStringLiteral("remarksTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FiledByColumn, QHeaderView::Stretch);
    listLayout->addWidget(m_table, 3);
    m_details = new QTextBrowser(listSide);
    m_details->setObjectName(QStringLiteral("remarkDetails"));
    listLayout->addWidget(m_details, 2);
    splitter->addWidget(listSide);

    // Right: a new remark, and the judge's decision on the selected one.
    auto *formSide = new QWidget(splitter);
    auto *formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_newBox = new QGroupBox(formSide);
    auto *newForm = new QFormLayout(m_newBox);
    m_name = new QLineEdit(m_newBox);
    m_name->setObjectName(QStringLiteral("remarkFiledBy"));
    m_role = new QLineEdit(m_newBox);
    m_role->setObjectName(QStringLiteral("remarkRole"));
    m_text = new QPlainTextEdit(m_newBox);
    m_text->setObjectName(QStringLiteral("remarkText"));
    m_text->setTabChangesFocus(true);
    m_timeCodes = new QLineEdit(m_newBox);
    m_timeCodes->setObjectName(QStringLiteral("remarkTimeCodes"));
    m_file = new QPushButton(m_newBox);
    m_file->setObjectName(QStringLiteral("fileRemarkButton"));
    m_nameLabel = new QLabel(m_newBox);
    m_roleLabel = new QLabel(m_newBox);
    m_textLabel = new QLabel(m_newBox);
    m_timeCodesLabel = new QLabel(m_newBox);
    newForm->addRow(m_nameLabel, m_name);
    newForm->addRow(m_roleLabel, m_role);
    newForm->addRow(m_textLabel, m_text);
    newForm->addRow(m_timeCodesLabel, m_timeCodes);
    newForm->addRow(QString(), m_file);
    formLayout->addWidget(m_newBox, 3);

    m_decisionBox = new QGroupBox(formSide);
    auto *decisionForm = new QFormLayout(m_decisionBox);
    auto *choice = new QHBoxLayout;
    m_accept = new QRadioButton(m_decisionBox);
    m_accept->setObjectName(QStringLiteral("acceptRemark"));
    m_reject = new QRadioButton(m_decisionBox);
    m_reject->setObjectName(QStringLiteral("rejectRemark"));
    choice->addWidget(m_accept);
    choice->addWidget(m_reject);
    choice->addStretch();
    decisionForm->addRow(choice);
    m_reason = new QPlainTextEdit(m_decisionBox);
    m_reason->setObjectName(QStringLiteral("remarkReason"));
    m_reason->setTabChangesFocus(true);
    m_judge = new QLineEdit(m_decisionBox);
    m_judge->setObjectName(QStringLiteral("remarkJudge"));
    m_decide = new QPushButton(m_decisionBox);
    m_decide->setObjectName(QStringLiteral("decideRemarkButton"));
    m_reasonLabel = new QLabel(m_decisionBox);
    m_judgeLabel = new QLabel(m_decisionBox);
    decisionForm->addRow(m_reasonLabel, m_reason);
    decisionForm->addRow(m_judgeLabel, m_judge);
    decisionForm->addRow(QString(), m_decide);
    formLayout->addWidget(m_decisionBox, 2);
    splitter->addWidget(formSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 640, 480 }); // the list shows names and roles unshortened

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("remarksMessage"));
    m_messageLabel->setWordWrap(true);
    layout->addWidget(m_messageLabel);
    auto *buttons = new QDialogButtonBox(this);
    m_attach = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_attach->setObjectName(QStringLiteral("attachRemarksButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_file, &QPushButton::clicked, this, [this] { (void)fileRemark(); });
    connect(m_decide, &QPushButton::clicked, this, [this] { (void)decideSelected(); });
    connect(m_attach, &QPushButton::clicked, this, [this] { (void)attach(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    for (QRadioButton *button : { m_accept, m_reject })
        connect(button, &QRadioButton::toggled, this, &RemarksDialog::updateButtons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RemarksDialog::updateButtons);

    if (auto record = HearingRepository(m_db).load(m_hearingId); record.ok()) {
        m_caseNumber = record->hearing.caseInfo.number;
        m_judge->setText(record->hearing.caseInfo.judge);
    }
    resizeToFitScreen(this, QSize(1180, 700));
    retranslateUi();
    if (Status loaded = reload(); !loaded)
        showError(loaded.error());
}

Status RemarksDialog::reload()
{
    auto remarks = RemarkRepository(m_db).list(m_hearingId);
    if (!remarks)
        return remarks.error();
    const int number = selected() ? selected()->number : 0;
    m_remarks = *remarks;
    fillTable();
    for (int row = 0; row < m_remarks.size(); ++row) {
        if (m_remarks.at(row).number == number)
            m_table->selectRow(row);
    }
    showSelected();
    updateButtons();
    return {};
}

const Remark *RemarksDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_remarks.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_remarks.at(row);
}

QString RemarksDialog::decisionText(RemarkDecision decision) const
{
    switch (decision) {
    case RemarkDecision::Accepted:
        //: a remark on the protocol the judge accepted (certified as correct)
        return tr("Accepted");
    case RemarkDecision::Rejected:
        //: a remark on the protocol the judge rejected
        return tr("Rejected");
    case RemarkDecision::Pending:
        break;
    }
    //: a remark on the protocol waiting for the judge's decision
    return tr("Awaiting decision");
}

void RemarksDialog::fillTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_remarks.size()));
    for (int row = 0; row < m_remarks.size(); ++row) {
        const Remark &remark = m_remarks.at(row);
        QString state = decisionText(remark.decision);
        if (remark.attachedVersion > 0)
            //: %1 accepted/rejected, %2 protocol version number
            state = tr("%1 · in version %2").arg(state).arg(remark.attachedVersion);
        const QString who
            = remark.filerRole.isEmpty() ? remark.filedBy : remark.filedBy + QStringLiteral(", ") + remark.filerRole;
        const QStringList cells { QString::number(remark.number), who, courtDateTime(remark.filedAtUtc),
            timeCodes(remark.timeCodesMs), state };
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void RemarksDialog::showSelected()
{
    const Remark *remark = selected();
    if (!remark) {
        m_details->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(m_remarks.isEmpty() ? tr("No remarks on the protocol have been filed.")
                                                        : tr("Choose a remark to see it in full.")));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(tr("Remark %1").arg(remark->number).toHtmlEscaped());
    const QString who
        = remark->filerRole.isEmpty() ? remark->filedBy : remark->filedBy + QStringLiteral(", ") + remark->filerRole;
    //: who filed the remark: full name, procedural role
    html += QStringLiteral("<p>%1</p>").arg(tr("Filed by: %1").arg(who).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Filed on protocol version %1 on %2")
                         .arg(remark->protocolVersion)
                         .arg(courtDateTime(remark->filedAtUtc))
                         .toHtmlEscaped());
    if (!remark->timeCodesMs.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Time codes:").toHtmlEscaped(), timeCodes(remark->timeCodesMs));
    html += QStringLiteral("<p>%1</p>")
                .arg(remark->text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<p><b>%1</b></p>").arg(decisionText(remark->decision).toHtmlEscaped());
    if (!remark->pending()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Reasons: %1").arg(remark->reason).toHtmlEscaped());
        //: %1 the judge's name, %2 date and time
        html
            += QStringLiteral("<p>%1</p>")
                   .arg(tr("Judge %1, %2").arg(remark->decidedBy, courtDateTime(remark->decidedAtUtc)).toHtmlEscaped());
    }
    m_details->setHtml(html);
}

void RemarksDialog::updateButtons()
{
    const Remark *remark = selected();
    const bool pendingSelected = remark && remark->pending();
    m_decisionBox->setEnabled(pendingSelected);
    m_decide->setEnabled(pendingSelected && (m_accept->isChecked() || m_reject->isChecked())
        && !m_reason->toPlainText().trimmed().isEmpty());
    bool anyPending = false;
    bool anyNew = false;
    for (const Remark &each : m_remarks) {
        anyPending = anyPending || each.pending();
        anyNew = anyNew || each.attachedVersion == 0;
    }
    m_attach->setEnabled(anyNew && !anyPending);
    m_attach->setToolTip(anyPending ? tr("The judge decides every remark before they are attached.")
                                    : tr("Makes a new protocol version with the remarks and decisions as its appendix; "
                                         "it is then signed anew."));
}

void RemarksDialog::showError(const Error &error)
{
    m_error = error;
    m_hasError = true;
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a00000"));
    m_messageLabel->setText(ErrorText::text(error));
}

void RemarksDialog::showMessage(const QString &text)
{
    m_hasError = false;
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(text);
}

QString RemarksDialog::messageText() const
{
    return m_messageLabel->text();
}

Status RemarksDialog::fileRemark()
{
    Remark remark;
    remark.hearingId = m_hearingId;
    remark.filedBy = m_name->text().trimmed();
    remark.filerRole = m_role->text().trimmed();
    remark.text = m_text->toPlainText().trimmed();
    if (remark.filedBy.isEmpty() || remark.filerRole.isEmpty() || remark.text.isEmpty()) {
        const Error error = usageError(QStringLiteral("name, role and text are needed"));
        showMessage(tr("Fill in who files the remark, their role in the case and the text of the remark."));
        return error;
    }
    for (const QString &part :
        m_timeCodes->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        const std::optional<qint64> ms = parseHearingTime(part);
        if (!ms) {
            const Error error = Error::of(ErrorCode::PlaybackBadTime, { part });
            showError(error);
            return error;
        }
        remark.timeCodesMs << *ms;
    }
    const QList<int> versions = protocol::ProtocolVersionStore(m_hearingDir).numbers();
    if (versions.isEmpty()) {
        const Error error = Error::of(ErrorCode::ProtocolNotSaved, { QDir::toNativeSeparators(m_hearingDir) });
        showError(error);
        return error;
    }
    remark.protocolVersion = versions.last();
    auto filed = RemarkRepository(m_db).file(remark);
    if (!filed) {
        showError(filed.error());
        return filed.error();
    }
    m_name->clear();
    m_role->clear();
    m_text->clear();
    m_timeCodes->clear();
    if (Status loaded = reload(); !loaded)
        return loaded;
    m_table->selectRow(int(m_remarks.size()) - 1);
    showMessage(tr("Remark %1 filed.").arg(filed->number));
    return {};
}

Status RemarksDialog::decideSelected()
{
    const Remark *remark = selected();
    if (!remark || !remark->pending() || !(m_accept->isChecked() || m_reject->isChecked())
        || m_reason->toPlainText().trimmed().isEmpty() || m_judge->text().trimmed().isEmpty()) {
        showMessage(tr("Choose a remark awaiting decision, accept or reject it, and give the reasons and the judge."));
        return usageError(QStringLiteral("incomplete decision"));
    }
    const int number = remark->number;
    const RemarkDecision decision = m_accept->isChecked() ? RemarkDecision::Accepted : RemarkDecision::Rejected;
    auto decided
        = RemarkRepository(m_db).decide(m_hearingId, number, decision, m_judge->text(), m_reason->toPlainText());
    if (!decided) {
        showError(decided.error());
        return decided.error();
    }
    m_reason->clear();
    for (QRadioButton *button : { m_accept, m_reject }) {
        button->setAutoExclusive(false);
        button->setChecked(false);
        button->setAutoExclusive(true);
    }
    if (Status loaded = reload(); !loaded)
        return loaded;
    //: %1 remark number, %2 accepted/rejected
    showMessage(tr("Remark %1: %2.").arg(number).arg(decisionText(decision).toLower()));
    return {};
}

Result<int> RemarksDialog::attach()
{
    auto attached = protocol::RemarksAppendix::attach(m_db, m_hearingDir, m_hearingId);
    if (!attached) {
        showError(attached.error());
        return attached.error();
    }
    if (Status loaded = reload(); !loaded)
        return loaded.error();
    showMessage(tr("Protocol version %1 made with the remarks as its appendix. It is not signed yet: the secretary and "
                   "the judge sign it anew.")
                    .arg(attached->number));
    emit versionAttached(attached->number);
    return attached->number;
}

void RemarksDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillTable();
        showSelected();
        updateButtons();
        if (m_hasError)
            showError(m_error);
    }
    QDialog::changeEvent(event);
}

void RemarksDialog::retranslateUi()
{
    //: %1 case number
    setWindowTitle(tr("Remarks on the protocol — case %1").arg(m_caseNumber));
    m_table->setHorizontalHeaderLabels({ tr("No."), tr("Filed by"), tr("Filed"), tr("Time codes"), tr("State") });
    m_newBox->setTitle(tr("New remark"));
    m_nameLabel->setText(tr("Full name:"));
    m_roleLabel->setText(tr("Role in the case:"));
    m_role->setPlaceholderText(tr("e.g. defender, victim, plaintiff"));
    m_textLabel->setText(tr("Remark:"));
    m_text->setPlaceholderText(tr("What the protocol leaves out or states wrongly"));
    m_timeCodesLabel->setText(tr("Time codes:"));
    m_timeCodes->setPlaceholderText(tr("e.g. 00:12:03, 01:05:40"));
    m_file->setText(tr("File remark"));
    m_decisionBox->setTitle(tr("Judge's decision on the selected remark"));
    //: the judge accepts the remark and certifies it as correct
    m_accept->setText(tr("Accept"));
    m_reject->setText(tr("Reject"));
    m_reasonLabel->setText(tr("Reasons:"));
    m_judgeLabel->setText(tr("Judge:"));
    m_decide->setText(tr("Record decision"));
    m_attach->setText(tr("Attach to the protocol as a new version"));
    m_close->setText(tr("Close"));
}

} // namespace hattama::ui
