#pragma once

#include "protocol/ProtocolDocument.h"
#include "protocol/ProtocolDraft.h"
#include "protocol/ProtocolVersion.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace hattama::ui {

// The protocol editor: the document built from blocks (each timed block starts with its time
// code as a hattama://hearing/ID?t=MS link), an editor for the selected block, the draft
// versions and the difference between two of them. Clicking a time code emits
// timeCodeActivated (a player opens the recording there) and shows the moment and its segment.
// Protocol text stays in the protocol's language; only the widget's own labels are translated.
class ProtocolEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProtocolEditor(QWidget *parent = nullptr);

    void setDocument(const protocol::ProtocolDocument &document);
    const protocol::ProtocolDocument &document() const { return m_document; }
    void setVersions(const QList<protocol::ProtocolVersion> &versions);
    // The hearing's folder in the archive: a clicked time code also names the recording
    // segment that holds the moment (from its manifest). Empty: not shown.
    void setHearingDir(const QString &hearingDir) { m_hearingDir = hearingDir; }
    QString hearingDir() const { return m_hearingDir; }
    // Read-only: the document and versions are shown, blocks cannot be edited (e.g. while the
    // hearing is still being recorded).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Selects the block with key for editing; false when there is none.
    bool selectBlock(const QString &key);
    QString selectedBlockKey() const { return m_selectedKey; }
    // The text shown for the last activated moment ("00:01:05 · 10:16:05 — …").
    QString momentText() const;
    QString diffText() const;
    QTextBrowser *view() const { return m_view; }
    QPlainTextEdit *blockEditor() const { return m_blockEdit; }
    QPushButton *applyButton() const { return m_apply; }
    QComboBox *diffFrom() const { return m_diffFrom; }
    QComboBox *diffTo() const { return m_diffTo; }

public slots:
    // Handles a link of the document view: hattama://hearing/ID?t=MS.
    void activateLink(const QUrl &url);

signals:
    void timeCodeActivated(const QUrl &url, qint64 timeMs);
    // The user changed a block; the owner saves a new draft version when it sees fit.
    void documentEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();
    void onCursorMoved();
    void onApply();
    void updateDiff();

    protocol::ProtocolDocument m_document;
    QList<protocol::ProtocolVersion> m_versions;
    QList<int> m_paragraphBlocks; // document view paragraph → index into m_document.blocks
    QString m_selectedKey;
    qint64 m_momentMs = -1;
    QString m_hearingDir;
    std::optional<protocol::RecordingSegment> m_momentSegment;
    bool m_readOnly = false;

    QTextBrowser *m_view = nullptr;
    QLabel *m_moment = nullptr;
    QGroupBox *m_editBox = nullptr;
    QLabel *m_editHint = nullptr;
    QPlainTextEdit *m_blockEdit = nullptr;
    QPushButton *m_apply = nullptr;
    QGroupBox *m_versionsBox = nullptr;
    QListWidget *m_versionList = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QComboBox *m_diffFrom = nullptr;
    QComboBox *m_diffTo = nullptr;
    QPlainTextEdit *m_diff = nullptr;
};

} // namespace hattama::ui
