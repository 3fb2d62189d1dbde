#pragma once

#include "protocol/ProtocolDraft.h"
#include "protocol/ProtocolVersion.h"
#include "protocol/SignatureStatus.h"
#include "util/Result.h"

#include <QList>
#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTimer;
class QToolBar;

namespace hattama {
class Database;
}

namespace hattama::ui {

class ProtocolEditor;

// The protocol of one hearing in a window of its own, beside the workspace: built from the
// hearing in the database in its protocol language, with the manual edits of its latest draft
// version carried over (protocol::buildProtocolDraft). Applying an edit saves the next draft
// version in <archive>/<hearing id>/protocol/; regenerating after the hearing data changed
// keeps every edit and says so; the protocol is exported as PDF, ODT or HTML.
//
// While the hearing is being recorded the protocol is a read-only preview: nothing here
// touches the recording (the window only reads the database and the manifest).
class ProtocolWindow : public QMainWindow {
    Q_OBJECT
public:
    ProtocolWindow(Database &db, const QString &archiveDir, QWidget *parent = nullptr);

    // Loads the hearing and shows its protocol. Errors: unknown hearing, a template problem,
    // a damaged draft version.
    Status open(const QString &hearingId);
    QString hearingId() const { return m_hearingId; }
    // Brief (default) or full protocol; switching rebuilds the document with that kind's drafts.
    QComboBox *kindCombo() const { return m_kind; }
    // <archive>/<hearing id>: drafts in protocol/, the recording's manifest and media.
    QString hearingDir() const { return m_hearingDir; }

    // Whether this hearing is being recorded now; the window is a read-only preview while it
    // answers true (asked on open, before saving, and every second).
    void setRecordingCheck(std::function<bool()> check);
    bool isReadOnly() const { return m_readOnly; }

    // Rebuilds the protocol from the hearing data as stored now. Unchanged data: nothing
    // happens. Changed data: every manual edit is kept (those whose generated text changed are
    // marked for checking), the warning banner says so, and the result is saved as the next
    // draft version (not in a read-only preview).
    Status regenerate();
    // Writes the protocol as shown (with its edits) to path.
    Status exportTo(protocol::ProtocolFormat format, const QString &path);
    // "2-1234_2026-protocol-ru.pdf": the file name offered by the export dialog.
    QString suggestedFileName(protocol::ProtocolFormat format) const;

    ProtocolEditor *editor() const { return m_editor; }
    // The stored draft versions in this protocol's language and kind, oldest first.
    const QList<protocol::ProtocolVersion> &versions() const { return m_versions; }
    QString headerText() const;
    QString bannerText() const;
    QAction *regenerateAction() const { return m_regenerateAction; }
    QAction *exportAction(protocol::ProtocolFormat format) const;
    // «Sign…»: the SignDialog for the latest saved version (docs/guide-judge.md).
    QAction *signAction() const { return m_signAction; }
    // The signature badge of the latest signed version shown (who, when, valid), checked off
    // the GUI thread; hidden when nothing is signed. refreshSignatures() checks again.
    QLabel *signatureBadge() const { return m_signatureBadge; }
    void refreshSignatures();
    // Opens the remarks on the protocol (RemarksDialog).
    QAction *remarksAction() const { return m_remarksAction; }

signals:
    void versionSaved(int number);
    // A time code was clicked: play the recording from that moment of the hearing clock.
    void playRequested(const QString &hearingId, qint64 hearingMs);
    // A signature was made (after the badge check started).
    void protocolSigned(int version);
    // The signature badge was checked and shown.
    void signaturesChecked();

protected:
    void changeEvent(QEvent *event) override;

private:
    Result<protocol::ProtocolDraft> buildDraft();
    Status reloadVersions();
    Status saveVersion(const QString &comment, const QStringList &warnings);
    void onDocumentEdited();
    void exportWithDialog(protocol::ProtocolFormat format);
    void updateReadOnly();
    void showMergeWarning(const protocol::ProtocolDraft &draft);
    void retranslateUi();
    void signWithDialog();

    Database &m_db;
    QString m_archiveDir;
    QString m_hearingId;
    QString m_hearingDir;
    QString m_caseNumber;
    QString m_language;
    QString m_inputHash; // the hearing data the shown document was built from
    QList<protocol::ProtocolVersion> m_versions;
    std::function<bool()> m_recordingCheck;
    bool m_readOnly = false;
    QString m_exportDir;

    // The warning shown in the banner, kept as its parts so it follows the interface language.
    enum class Warning { None, DataChangedSinceVersion, Regenerated };
    Warning m_warning = Warning::None;
    int m_warningVersion = 0;
    int m_warningKept = 0;
    int m_warningConflicts = 0;

    ProtocolEditor *m_editor = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_recordingNote = nullptr;
    QLabel *m_languageNote = nullptr; // entries typed in the other language
    QStringList m_otherLanguageEntries; // their time codes
    bool m_recorded = true; // a brief protocol may be chosen
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_kind = nullptr;
    QAction *m_regenerateAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_exportOdtAction = nullptr;
    QAction *m_exportHtmlAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_signAction = nullptr;
    QLabel *m_signatureBadge = nullptr;
    std::optional<SignatureBadge> m_signatures; // kept so the language switch rewords it
    int m_signatureCheck = 0; // the latest check started; older answers are dropped
    QAction *m_remarksAction = nullptr;
    QTimer *m_recordingTimer = nullptr;
};

} // namespace hattama::ui
