#pragma once

#include "copy/CopyBuilder.h"

#include <QDialog>

#include <atomic>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace hattama {
class Database;
}

namespace hattama::ui {

// «Issue copy…»: a party's copy of a hearing (docs/party-copy.md) to a folder or USB stick, an
// ISO image or a disc, made by core/copy/CopyBuilder on a worker thread: the recipient, the
// medium and its target, the profile and language; the copy's size against the free space
// before starting; a progress bar; Cancel stops it and leaves nothing. The copy is written to
// the issuance log.
class CopyDialog : public QDialog {
    Q_OBJECT
public:
    CopyDialog(Database &db, const QString &archiveDir, const QString &hearingId, QWidget *parent = nullptr);
    ~CopyDialog() override;

    // The target the dialog would write to now (for tests).
    QString target() const;
    bool running() const { return m_worker != nullptr; }

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSize();
    void chooseTarget();
    void start();
    void finished(const Result<CopyOutcome> &outcome);
    CopyRequest request() const;

    Database &m_db;
    QString m_archiveDir;
    QString m_hearingId;
    std::optional<HearingRecord> m_record;
    std::optional<CopyPlan> m_plan;
    QString m_planError;

    QLabel *m_heading = nullptr;
    QLabel *m_recipientLabel = nullptr;
    QLineEdit *m_recipientName = nullptr;
    QLineEdit *m_recipientRole = nullptr;
    QLabel *m_mediumLabel = nullptr;
    QRadioButton *m_folder = nullptr;
    QRadioButton *m_iso = nullptr;
    QRadioButton *m_disc = nullptr;
    QButtonGroup *m_media = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLineEdit *m_target = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_size = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_cancel = nullptr;

    QThread *m_worker = nullptr;
    std::atomic_bool m_cancelFlag { false };
};

} // namespace hattama::ui
