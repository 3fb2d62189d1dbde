#include "hearings/CopyDialog.h"

#include "copy/CopyIssuance.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "util/ErrorText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStorageInfo>
#include <QThread>
#include <QVBoxLayout>

namespace hattama::ui {

namespace {

constexpr qint64 kMb = 1024 * 1024;
constexpr qint64 kDvdBytes = 4'700'000'000;

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + kMb - 1) / kMb);
}

} // namespace

CopyDialog::CopyDialog(Database &db, const QString &archiveDir, const QString &hearingId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_archiveDir(archiveDir)
    , m_hearingId(hearingId)
{
    setObjectName(QStringLiteral("copyDialog"));
    if (auto record = HearingRepository(db).load(hearingId))
        m_record = *record;

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_recipientLabel = new QLabel(this);
    m_recipientName = new QLineEdit(this);
    m_recipientName->setObjectName(QStringLiteral("copyRecipientName"));
    m_recipientRole = new QLineEdit(this);
    m_recipientRole->setObjectName(QStringLiteral("copyRecipientRole"));
    auto *recipient = new QHBoxLayout;
    recipient->addWidget(m_recipientName, 3);
    recipient->addWidget(m_recipientRole, 2);

    m_mediumLabel = new QLabel(this);
    m_folder = new QRadioButton(this);
    m_iso = new QRadioButton(this);
    m_disc = new QRadioButton(this);
    m_folder->setChecked(true);
    m_media = new QButtonGroup(this);
    m_media->addButton(m_folder, int(CopyMedium::Folder));
    m_media->addButton(m_iso, int(CopyMedium::Iso));
    m_media->addButton(m_disc, int(CopyMedium::Disc));
    auto *media = new QHBoxLayout;
    media->addWidget(m_folder);
    media->addWidget(m_iso);
    media->addWidget(m_disc);
    media->addStretch(1);

    m_targetLabel = new QLabel(this);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("copyTarget"));
    m_browse = new QPushButton(this);
    auto *target = new QHBoxLayout;
    target->addWidget(m_target, 1);
    target->addWidget(m_browse);

    m_profileLabel = new QLabel(this);
    m_profile = new QComboBox(this);
    m_profile->addItem(QString(), QStringLiteral("full"));
    m_profile->addItem(QString(), QStringLiteral("compact"));
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    if (m_record && m_record->hearing.language == QLatin1String("kk"))
        m_language->setCurrentIndex(1);

    m_size = new QLabel(this);
    m_size->setObjectName(QStringLiteral("copySize"));
    m_size->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("copyProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("copyStatus"));
    m_status->setWordWrap(true);
    m_issue = new QPushButton(this);
    m_issue->setObjectName(QStringLiteral("copyIssueButton"));
    m_issue->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("copyCancelButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_issue);
    buttons->addWidget(m_cancel);

    auto *form = new QFormLayout;
    form->addRow(m_recipientLabel, recipient);
    form->addRow(m_mediumLabel, media);
    form->addRow(m_targetLabel, target);
    form->addRow(m_profileLabel, m_profile);
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_size);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);

    // The size once (it does not depend on the medium); the free space whenever the target changes.
    CopyRequest planned;
    planned.hearingDir = QDir(m_archiveDir).filePath(m_hearingId);
    planned.record = m_record;
    if (auto plan = CopyBuilder(planned).plan())
        m_plan = *plan;
    else
        m_planError = ErrorText::text(plan.error());

    connect(m_media, &QButtonGroup::idClicked, this, [this] {
        m_target->clear();
        updateSize();
    });
    connect(m_target, &QLineEdit::textChanged, this, &CopyDialog::updateSize);
    connect(m_browse, &QPushButton::clicked, this, &CopyDialog::chooseTarget);
    connect(m_issue, &QPushButton::clicked, this, &CopyDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &CopyDialog::reject);
    retranslateUi();
    updateSize();
    resize(640, sizeHint().height());
}

CopyDialog::~CopyDialog()
{
    if (m_worker) {
        m_cancelFlag.store(true);
        m_worker->wait();
    }
}

QString CopyDialog::target() const
{
    return m_target->text().trimmed();
}

void CopyDialog::retranslateUi()
{
    setWindowTitle(tr("Issue copy"));
    const QString caseNumber = m_record ? m_record->hearing.caseInfo.number : m_hearingId;
    m_heading->setText(tr("A copy of the hearing in case %1 for a party: it plays in any browser, without a network, "
                          "and carries the signed protocol. Closed-session passages are left out.")
                           .arg(caseNumber));
    m_recipientLabel->setText(tr("Recipient:"));
    m_recipientName->setPlaceholderText(tr("Full name"));
    m_recipientRole->setPlaceholderText(tr("Procedural role"));
    m_mediumLabel->setText(tr("Medium:"));
    m_folder->setText(tr("Folder or USB stick"));
    m_iso->setText(tr("ISO image"));
    m_disc->setText(tr("Disc"));
    m_targetLabel->setText(tr("Where:"));
    m_browse->setText(tr("Choose…"));
    m_profileLabel->setText(tr("Profile:"));
    m_profile->setItemText(0, tr("Full: every camera as recorded"));
    m_profile->setItemText(1, tr("Compact: one video following the speaker"));
    m_languageLabel->setText(tr("Language of the copy:"));
    m_issue->setText(tr("Issue copy"));
    m_cancel->setText(running() ? tr("Cancel") : tr("Close"));
    updateSize();
}

void CopyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CopyDialog::chooseTarget()
{
    const auto medium = CopyMedium(m_media->checkedId());
    QString chosen;
    if (medium == CopyMedium::Folder) {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder or USB stick for the copy"));
        if (!folder.isEmpty()) {
            const QString name = m_record ? m_record->hearing.caseInfo.number : m_hearingId;
            chosen = QDir(folder).filePath(tr("Copy %1").arg(QString(name).replace(QLatin1Char('/'), QLatin1Char('-'))));
        }
    } else if (medium == CopyMedium::Iso) {
        chosen = QFileDialog::getSaveFileName(this, tr("ISO image of the copy"), QString(), tr("ISO images (*.iso)"));
        if (!chosen.isEmpty() && !chosen.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive))
            chosen += QStringLiteral(".iso");
    } else {
        chosen = QStringLiteral("/dev/sr0");
    }
    if (!chosen.isEmpty())
        m_target->setText(QDir::toNativeSeparators(chosen));
}

void CopyDialog::updateSize()
{
    if (!m_plan) {
        m_size->setText(m_planError);
        m_issue->setEnabled(false);
        return;
    }
    const auto medium = CopyMedium(m_media->checkedId());
    const qint64 needed = medium == CopyMedium::Iso ? m_plan->estimatedBytes * 2 : m_plan->estimatedBytes;
    QString text = tr("Size of the copy: about %1 MB.").arg(megabytes(m_plan->estimatedBytes));
    bool fits = true;
    if (medium == CopyMedium::Disc) {
        fits = m_plan->estimatedBytes <= kDvdBytes;
        text += QLatin1Char(' ')
            + (fits ? tr("It fits a DVD (4.7 GB); put a blank disc into the drive.")
                    : tr("It does not fit a DVD (4.7 GB): use a Blu-ray disc, a USB stick or the compact profile."));
    } else if (!target().isEmpty()) {
        QStorageInfo storage(QFileInfo(target()).absolutePath());
        if (storage.isValid()) {
            fits = storage.bytesAvailable() >= needed;
            text += QLatin1Char(' ')
                + tr("Free on the target: %1 MB%2.")
                      .arg(megabytes(storage.bytesAvailable()),
                          fits ? QString() : tr(" — not enough, %1 MB needed").arg(megabytes(needed)));
        }
    }
    if (!m_plan->excluded.isEmpty())
        text += QLatin1Char(' ') + tr("%n passage(s) left out (closed session, off the record).", nullptr,
                                      int(m_plan->excluded.size()));
    m_size->setText(text);
    m_issue->setEnabled(!running() && fits && !target().isEmpty());
}

CopyRequest CopyDialog::request() const
{
    CopyRequest request;
    request.hearingDir = QDir(m_archiveDir).filePath(m_hearingId);
    request.record = m_record;
    request.medium = CopyMedium(m_media->checkedId());
    request.target = request.medium == CopyMedium::Disc ? target() : QFileInfo(target()).absoluteFilePath();
    const QString name = m_recipientName->text().trimmed();
    const QString role = m_recipientRole->text().trimmed();
    request.recipient = role.isEmpty() ? name : name + QStringLiteral(", ") + role;
    request.issuedBy = m_db.user();
    request.language = m_language->currentData().toString();
    request.profile = m_profile->currentData().toString() == QLatin1String("compact") ? CopyProfile::Compact
                                                                                       : CopyProfile::Full;
    return request;
}

void CopyDialog::start()
{
    if (m_recipientName->text().trimmed().isEmpty()) {
        m_status->setText(tr("Give the recipient's name."));
        m_recipientName->setFocus();
        return;
    }
    const CopyRequest copyRequest = request();
    m_cancelFlag.store(false);
    m_progress->setValue(0);
    m_status->setText(tr("Making the copy…"));
    for (QWidget *input : std::initializer_list<QWidget *> { m_recipientName, m_recipientRole, m_folder, m_iso, m_disc,
             m_target, m_browse, m_profile, m_language, m_issue })
        input->setEnabled(false);
    m_worker = QThread::create([this, copyRequest] {
        CopyBuilder builder(copyRequest);
        auto outcome = builder.build(
            [this](double fraction, const QString &) {
                QMetaObject::invokeMethod(
                    this, [this, fraction] { m_progress->setValue(int(fraction * 1000)); }, Qt::QueuedConnection);
            },
            &m_cancelFlag);
        QMetaObject::invokeMethod(this, [this, outcome] { finished(outcome); }, Qt::QueuedConnection);
    });
    m_cancel->setText(tr("Cancel"));
    m_worker->start();
}

void CopyDialog::finished(const Result<CopyOutcome> &outcome)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_cancel->setText(tr("Close"));
    for (QWidget *input : std::initializer_list<QWidget *> { m_recipientName, m_recipientRole, m_folder, m_iso, m_disc,
             m_target, m_browse, m_profile, m_language })
        input->setEnabled(true);
    if (!outcome) {
        m_progress->setValue(0);
        m_status->setText(ErrorText::text(outcome.error()));
        updateSize();
        return;
    }
    const CopyRequest done = request();
    IssuedCopy issued;
    issued.by = done.issuedBy;
    issued.recipient = done.recipient;
    issued.medium = copyMediumId(done.medium);
    issued.profile = copyProfileId(done.profile);
    issued.target = done.target;
    issued.sumsSha256 = QString::fromLatin1(outcome->sumsSha256Hex);
    if (Status logged = CopyIssuance::record(m_db, m_hearingId, issued); !logged) {
        m_status->setText(ErrorText::text(logged.error()));
        return;
    }
    m_progress->setValue(1000);
    m_status->setText(tr("The copy is ready: %1 (%2 files, %3 MB).")
                          .arg(QDir::toNativeSeparators(outcome->target))
                          .arg(outcome->files)
                          .arg(megabytes(outcome->bytes)));
    m_target->clear();
}

void CopyDialog::reject()
{
    if (m_worker) {
        // Cancel: the builder stops and removes what it made; the dialog stays until it has.
        m_cancelFlag.store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace hattama::ui
