#pragma once

#include "signature/ProtocolSigning.h"
#include "storage/DatabaseLocation.h"
#include "util/Result.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace hattama {
class Database;
class HearingSigning;
} // namespace hattama

namespace hattama::signature {
class Pkcs12Signer;
}

namespace hattama::ui {

// «Sign…» of the protocol window (docs/guide-judge.md, docs/signature.md): the person chooses
// their key file (.p12; the last one is remembered per user), types its password, sees the
// certificate (name, IIN, issuer, validity) and the role this signature takes (the secretary
// first, then the judge), and confirms. Signing runs on a thread of its own with a busy
// indicator (the OCSP responder and the timestamp authority may take time); the result or the
// reason of a refusal is shown in the interface language. Signing and failed attempts are
// audited by HearingSigning; a wrong password writes nothing but that audit row.
class SignDialog : public QDialog {
    Q_OBJECT
public:
    SignDialog(Database &db, const QString &archiveDir, const QString &hearingId, QWidget *parent = nullptr);
    ~SignDialog() override;

    // The settings key of the last key file chosen.
    static constexpr const char *kLastKeyFile = "signature/lastKeyFile";

    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *readKeyButton() const { return m_readKey; }
    QPushButton *signButton() const { return m_sign; }
    QLabel *certificateLabel() const { return m_certificate; }
    QLabel *messageLabel() const { return m_message; }
    QProgressBar *busyIndicator() const { return m_busy; }
    bool isSigning() const { return m_signing; }
    // The plan shown (version and role); empty when the protocol cannot be signed now.
    const std::optional<signature::SigningPlan> &plan() const { return m_plan; }
    // Set once a signature was made.
    const std::optional<signature::SigningResult> &result() const { return m_result; }

    // Closes unless a signature is being made (it finishes whole or not at all).
    void reject() override;

signals:
    // A signing attempt ended (ok: the signature was made and recorded).
    void signingFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseKeyFile();
    void readKey();
    void startSigning();
    void onSigningDone(const Result<signature::SigningResult> &result);
    void showError(const Error &error);
    void showCertificate();
    void forgetKey();
    void retranslateUi();
    QString roleText() const;

    Database &m_db;
    QString m_archiveDir;
    QString m_hearingId;
    QString m_hearingDir;
    signature::SigningOptions m_options;
    std::optional<signature::SigningPlan> m_plan;
    std::optional<Error> m_planError;
    std::optional<Error> m_error; // shown, kept for the language switch
    std::unique_ptr<signature::Pkcs12Signer> m_signer;
    QString m_signerKeyFile;
    std::optional<signature::SigningResult> m_result;
    bool m_signing = false;
    bool m_noKeyFile = false; // "Choose your key file first." is shown

    QLabel *m_intro = nullptr;
    QLabel *m_keyFileLabel = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_readKey = nullptr;
    QLabel *m_certificate = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace hattama::ui
