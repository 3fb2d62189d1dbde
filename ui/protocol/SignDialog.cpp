#include "protocol/SignDialog.h"

#include "session/HearingSigning.h"
#include "signature/Pkcs12Signer.h"
#include "signature/SignatureSettings.h"
#include "storage/Database.h"
#include "util/CourtTime.h"
#include "util/ErrorText.h"
#include "util/Logging.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

namespace hattama::ui {

using namespace hattama::signature;

SignDialog::SignDialog(Database &db, const QString &archiveDir, const QString &hearingId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_archiveDir(archiveDir)
    , m_hearingId(hearingId)
    , m_hearingDir(QDir(archiveDir).filePath(hearingId))
{
    setObjectName(QStringLiteral("signDialog"));
    m_options.trustDir = SignatureSettings::trustFolder(QString(), archiveDir);
    m_options.ocspUrl = SignatureSettings::ocspUrl(QString());
    m_options.tsaUrl = SignatureSettings::tsaUrl();

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("signIntro"));
    m_intro->setWordWrap(true);
    QFont introFont = m_intro->font();
    introFont.setBold(true);
    m_intro->setFont(introFont);

    m_keyFileLabel = new QLabel(this);
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("signKeyFile"));
    m_keyFile->setText(QSettings().value(QString::fromLatin1(kLastKeyFile)).toString());
    m_keyFileLabel->setBuddy(m_keyFile);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("signBrowse"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_browse);

    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_readKey = new QPushButton(this);
    m_readKey->setObjectName(QStringLiteral("signReadKey"));
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_readKey);

    auto *form = new QFormLayout;
    form->addRow(m_keyFileLabel, keyRow);
    form->addRow(m_passwordLabel, passwordRow);

    m_certificate = new QLabel(this);
    m_certificate->setObjectName(QStringLiteral("signCertificate"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextFormat(Qt::RichText);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificate->setStyleSheet(QStringLiteral("QLabel { background: #eef4ea; padding: 8px; }"));
    m_certificate->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("signBusy"));
    m_busy->setRange(0, 0); // busy, no percentage
    m_busy->setTextVisible(false);
    m_busy->hide();

    // The dialog has its full size from the start: the certificate, the message and the busy
    // bar keep their room while hidden, so nothing moves or resizes the window under the
    // person's eyes (or the window manager's) when they appear.
    const int line = fontMetrics().lineSpacing();
    m_certificate->setMinimumHeight(8 * line + 16);
    m_message->setMinimumHeight(3 * line);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (QWidget *widget : { static_cast<QWidget *>(m_certificate), static_cast<QWidget *>(m_message),
             static_cast<QWidget *>(m_busy) }) {
        QSizePolicy policy = widget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(policy);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_sign = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("signConfirm"));
    m_sign->setEnabled(false);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("signCancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_certificate);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &SignDialog::chooseKeyFile);
    connect(m_readKey, &QPushButton::clicked, this, &SignDialog::readKey);
    // Enter in the password field reads the key (the default button then); signing always
    // takes a second, separate confirmation.
    m_readKey->setDefault(true);
    connect(m_keyFile, &QLineEdit::textEdited, this, &SignDialog::forgetKey);
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        if (m_signer)
            forgetKey();
    });
    connect(m_sign, &QPushButton::clicked, this, &SignDialog::startSigning);
    connect(m_cancel, &QPushButton::clicked, this, &SignDialog::reject);

    // What signing would do now: the protocol version and the role (the workflow allows it?).
    HearingSigning signing(m_hearingDir, m_options, &m_db, m_hearingId);
    auto planned = signing.plan();
    if (planned.ok())
        m_plan = *planned;
    else
        m_planError = planned.error();
    const bool canSign = m_plan.has_value();
    for (QWidget *widget : { static_cast<QWidget *>(m_keyFile), static_cast<QWidget *>(m_browse),
             static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_readKey) })
        widget->setEnabled(canSign);
    if (!canSign)
        showError(*m_planError);

    setMinimumWidth(640);
    retranslateUi();
    if (canSign)
        (m_keyFile->text().isEmpty() ? m_keyFile : m_password)->setFocus();
}

SignDialog::~SignDialog() = default;

QString SignDialog::roleText() const
{
    if (!m_plan)
        return {};
    //: the role a signature takes, said after "as the" («как …», «… ретінде»)
    return m_plan->role == SigningRole::Judge ? tr("judge") : tr("secretary");
}

void SignDialog::chooseKeyFile()
{
    const QString start = m_keyFile->text().isEmpty() ? QDir::homePath() : QFileInfo(m_keyFile->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the key file"), start, tr("Key files (*.p12 *.pfx);;All files (*)"));
    if (path.isEmpty())
        return;
    m_keyFile->setText(QDir::toNativeSeparators(path));
    forgetKey();
    m_password->setFocus();
}

void SignDialog::forgetKey()
{
    m_signer.reset();
    m_signerKeyFile.clear();
    m_certificate->hide();
    m_sign->setEnabled(false);
    m_sign->setDefault(false);
    m_readKey->setDefault(true);
}

void SignDialog::readKey()
{
    if (!m_plan || m_signing)
        return;
    forgetKey();
    m_error.reset();
    m_message->hide();
    const QString keyFile = QDir::fromNativeSeparators(m_keyFile->text().trimmed());
    m_noKeyFile = keyFile.isEmpty();
    if (m_noKeyFile) {
        m_message->setStyleSheet(QStringLiteral("QLabel { color: #a01818; }"));
        m_message->setText(tr("Choose your key file first."));
        m_message->show();
        m_keyFile->setFocus();
        return;
    }
    QByteArray password = m_password->text().toUtf8();
    HearingSigning signing(m_hearingDir, m_options, &m_db, m_hearingId);
    (void)signing.plan(); // the version and role of the audit row of a failed attempt; checked above
    auto opened = signing.openKey(keyFile, password);
    password.fill('\0');
    if (!opened.ok()) {
        showError(opened.error());
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_signer = std::move(*opened);
    m_signerKeyFile = keyFile;
    QSettings().setValue(QString::fromLatin1(kLastKeyFile), keyFile);
    showCertificate();
    m_sign->setEnabled(true);
    m_readKey->setDefault(false);
    m_sign->setDefault(true);
    m_sign->setFocus();
}

void SignDialog::showCertificate()
{
    if (!m_signer) {
        m_certificate->hide();
        return;
    }
    const CertificateInfo &info = m_signer->certificate();
    const QLocale locale;
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Signer"), info.commonName);
    html += row(tr("IIN"), info.iin.isEmpty() ? tr("not in the certificate") : info.iin);
    if (!info.organization.isEmpty())
        html += row(tr("Organization"), info.organization);
    html += row(tr("Issued by"), info.issuer);
    html += row(tr("Valid from"), locale.toString(CourtTime::toCourt(info.notBeforeUtc), QLocale::ShortFormat));
    html += row(tr("Valid until"), locale.toString(CourtTime::toCourt(info.notAfterUtc), QLocale::ShortFormat));
    //: %1 the protocol version's number, %2 the role (secretary or judge)
    html += row(tr("Signs"), tr("protocol version %1 as the %2").arg(m_plan->version).arg(roleText()));
    html += QStringLiteral("</table>");
    m_certificate->setText(html);
    m_certificate->show();
}

void SignDialog::showError(const Error &error)
{
    m_error = error;
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a01818; }"));
    m_message->setText(ErrorText::text(error));
    m_message->show();
}

void SignDialog::startSigning()
{
    if (!m_signer || !m_plan || m_signing)
        return;
    m_signing = true;
    m_error.reset();
    for (QWidget *widget :
        { static_cast<QWidget *>(m_keyFile), static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_password),
            static_cast<QWidget *>(m_readKey), static_cast<QWidget *>(m_sign), static_cast<QWidget *>(m_cancel) })
        widget->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Signing: checking the certificate with the certification authority…"));
    m_message->show();
    m_busy->show();

    // The database connection belongs to the thread that opened it: the signing thread opens
    // its own to the same database.
    auto outcome = std::make_shared<std::optional<Result<SigningResult>>>();
    const DatabaseLocation location = m_db.location();
    const QString user = m_db.user();
    Signer *signer = m_signer.get();
    QThread *thread = QThread::create([outcome, location, user, signer, dir = m_hearingDir, id = m_hearingId,
                                          options = m_options, keyFile = m_signerKeyFile] {
        auto db = Database::open(location);
        if (!db.ok()) {
            outcome->emplace(db.error());
            return;
        }
        (*db)->setUser(user);
        HearingSigning signing(dir, options, db->get(), id);
        outcome->emplace(signing.sign(*signer, keyFile));
    });
    thread->setObjectName(QStringLiteral("hattama-sign"));
    connect(thread, &QThread::finished, this, [this, outcome] {
        if (*outcome)
            onSigningDone(**outcome);
        else
            onSigningDone(Error::of(ErrorCode::SigningFailed, { QStringLiteral("the signing thread ended early") }));
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void SignDialog::onSigningDone(const Result<SigningResult> &result)
{
    m_signing = false;
    m_busy->hide();
    m_cancel->setEnabled(true);
    if (!result.ok()) {
        qCWarning(lcSigning).noquote() << "signing of" << m_hearingId << "refused:" << result.error().text();
        for (QWidget *widget : { static_cast<QWidget *>(m_keyFile), static_cast<QWidget *>(m_browse),
                 static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_readKey) })
            widget->setEnabled(true);
        forgetKey();
        showError(result.error());
        emit signingFinished(false);
        return;
    }
    m_result = *result;
    m_signer.reset();
    m_password->clear();
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #1d6b2a; }"));
    retranslateUi();
    emit signingFinished(true);
    accept();
}

void SignDialog::reject()
{
    if (m_signing)
        return; // the signature is being made: it finishes whole or not at all
    QDialog::reject();
}

void SignDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignDialog::retranslateUi()
{
    setWindowTitle(tr("Sign the protocol"));
    if (m_plan)
        //: %1 the protocol version's number, %2 the role (secretary or judge)
        m_intro->setText(tr("Protocol version %1 will be signed by you as the %2. The signature covers the "
                            "protocol and the hearing seal, which binds the audio and video recording.")
                             .arg(m_plan->version)
                             .arg(roleText()));
    else
        m_intro->setText(tr("The protocol cannot be signed now."));
    m_keyFileLabel->setText(tr("&Key file (.p12):"));
    m_browse->setText(tr("Choose…"));
    m_passwordLabel->setText(tr("&Password:"));
    m_readKey->setText(tr("Show the certificate"));
    m_sign->setText(tr("Sign"));
    m_cancel->setText(m_result ? tr("Close") : tr("Cancel"));
    showCertificate();
    if (m_error)
        m_message->setText(ErrorText::text(*m_error));
    else if (m_noKeyFile)
        m_message->setText(tr("Choose your key file first."));
    else if (m_signing)
        m_message->setText(tr("Signing: checking the certificate with the certification authority…"));
    else if (m_result)
        //: %1 the protocol version's number, %2 the role
        m_message->setText(tr("Protocol version %1 is signed as the %2.").arg(m_result->version).arg(roleText()));
}

} // namespace hattama::ui
