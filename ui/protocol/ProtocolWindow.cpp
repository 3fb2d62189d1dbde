#include "protocol/ProtocolWindow.h"

#include "session/HearingWorkflow.h"

#include "common/ScreenFit.h"
#include "protocol/ProtocolEditor.h"
#include "protocol/SignDialog.h"
#include "protocol/RemarksDialog.h"

#include "protocol/HearingToProtocol.h"
#include "protocol/ProtocolBuilder.h"
#include "protocol/ProtocolVersionStore.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "util/ErrorText.h"
#include "util/Logging.h"
#include "util/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace hattama::ui {

using namespace hattama::protocol;

ProtocolWindow::ProtocolWindow(Database &db, const QString &archiveDir, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_archiveDir(archiveDir)
{
    setObjectName(QStringLiteral("protocolWindow"));
    setWindowFlag(Qt::Window);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_header = new QLabel(central);
    m_header->setObjectName(QStringLiteral("protocolHeader"));
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_recordingNote = new QLabel(central);
    m_recordingNote->setObjectName(QStringLiteral("protocolRecordingNote"));
    m_recordingNote->setWordWrap(true);
    m_recordingNote->setStyleSheet(QStringLiteral("QLabel { background: #e3f0fb; padding: 6px; }"));
    m_recordingNote->hide();
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("protocolBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; padding: 6px; }"));
    m_banner->hide();
    m_languageNote = new QLabel(central);
    m_languageNote->setObjectName(QStringLiteral("protocolLanguageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setStyleSheet(QStringLiteral("QLabel { background: #fff3c4; padding: 6px; }"));
    m_languageNote->hide();
    m_signatureBadge = new QLabel(central);
    m_signatureBadge->setObjectName(QStringLiteral("protocolSignatureBadge"));
    m_signatureBadge->setWordWrap(true);
    m_signatureBadge->hide();
    m_editor = new ProtocolEditor(central);
    m_editor->setObjectName(QStringLiteral("protocolEditor"));
    layout->addWidget(m_header);
    layout->addWidget(m_recordingNote);
    layout->addWidget(m_banner);
    layout->addWidget(m_languageNote);
    layout->addWidget(m_signatureBadge);
    layout->addWidget(m_editor, 1);
    setCentralWidget(central);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("protocolToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Brief protocol (the usual one) or the full protocol of CPC art. 347; each has its own drafts.
    m_kind = new QComboBox(m_toolBar);
    m_kind->setObjectName(QStringLiteral("protocolKind"));
    m_kind->addItem(QString(), int(ProtocolBuilder::Kind::Brief));
    m_kind->addItem(QString(), int(ProtocolBuilder::Kind::Full));
    m_toolBar->addWidget(m_kind);
    m_toolBar->addSeparator();
    m_regenerateAction = m_toolBar->addAction(QString());
    m_regenerateAction->setObjectName(QStringLiteral("regenerateProtocolAction"));
    m_toolBar->addSeparator();
    m_exportPdfAction = m_toolBar->addAction(QString());
    m_exportPdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportOdtAction = m_toolBar->addAction(QString());
    m_exportOdtAction->setObjectName(QStringLiteral("exportOdtAction"));
    m_exportHtmlAction = m_toolBar->addAction(QString());
    m_exportHtmlAction->setObjectName(QStringLiteral("exportHtmlAction"));
    m_toolBar->addSeparator();
    m_signAction = m_toolBar->addAction(QString());
    m_signAction->setObjectName(QStringLiteral("signProtocolAction"));
    m_signAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_signAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_signAction, &QAction::triggered, this, &ProtocolWindow::signWithDialog);
    // From the keyboard: each has its key, and Tab reaches the tool bar's buttons.
    m_regenerateAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_exportOdtAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_exportHtmlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    for (QAction *action : { m_regenerateAction, m_exportPdfAction, m_exportOdtAction, m_exportHtmlAction }) {
        action->setShortcutContext(Qt::WindowShortcut);
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setFocusPolicy(Qt::TabFocus);
    }
    m_toolBar->addSeparator();
    m_remarksAction = m_toolBar->addAction(QString());
    m_remarksAction->setObjectName(QStringLiteral("remarksAction"));
    connect(m_remarksAction, &QAction::triggered, this, [this] {
        RemarksDialog dialog(m_db, m_hearingDir, m_hearingId, this);
        connect(&dialog, &RemarksDialog::versionAttached, this, [this] { (void)open(m_hearingId); });
        dialog.exec();
    });
    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("closeProtocolAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    addAction(m_closeAction);

    connect(m_regenerateAction, &QAction::triggered, this, [this] {
        if (Status status = regenerate(); !status.ok())
            statusBar()->showMessage(tr("Cannot build the protocol: %1").arg(ErrorText::text(status.error())), 20'000);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_hearingId.isEmpty())
            return;
        if (Status status = open(m_hearingId); !status.ok())
            statusBar()->showMessage(tr("Cannot build the protocol: %1").arg(ErrorText::text(status.error())), 20'000);
    });
    connect(m_exportPdfAction, &QAction::triggered, this, [this] { exportWithDialog(ProtocolFormat::Pdf); });
    connect(m_exportOdtAction, &QAction::triggered, this, [this] { exportWithDialog(ProtocolFormat::Odt); });
    connect(m_exportHtmlAction, &QAction::triggered, this, [this] { exportWithDialog(ProtocolFormat::Html); });
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_editor, &ProtocolEditor::documentEdited, this, &ProtocolWindow::onDocumentEdited);
    connect(m_editor, &ProtocolEditor::timeCodeActivated, this,
        [this](const QUrl &, qint64 timeMs) { emit playRequested(m_hearingId, timeMs); });

    m_recordingTimer = new QTimer(this);
    m_recordingTimer->setInterval(1000);
    connect(m_recordingTimer, &QTimer::timeout, this, &ProtocolWindow::updateReadOnly);

    resizeToFitScreen(this, QSize(1200, 760));
    retranslateUi();
}

QAction *ProtocolWindow::exportAction(ProtocolFormat format) const
{
    switch (format) {
    case ProtocolFormat::Pdf:
        return m_exportPdfAction;
    case ProtocolFormat::Odt:
        return m_exportOdtAction;
    case ProtocolFormat::Html:
        return m_exportHtmlAction;
    }
    return nullptr;
}

void ProtocolWindow::setRecordingCheck(std::function<bool()> check)
{
    m_recordingCheck = std::move(check);
    if (m_recordingCheck)
        m_recordingTimer->start();
    else
        m_recordingTimer->stop();
    updateReadOnly();
}

void ProtocolWindow::updateReadOnly()
{
    const bool recording = m_recordingCheck && m_recordingCheck();
    m_recordingNote->setVisible(recording);
    if (recording == m_readOnly)
        return;
    m_readOnly = recording;
    m_editor->setReadOnly(recording);
    m_remarksAction->setEnabled(!recording); // remarks concern a finished protocol
}

Result<ProtocolDraft> ProtocolWindow::buildDraft()
{
    const auto record = HearingRepository(m_db).load(m_hearingId);
    if (!record.ok())
        return record.error();
    m_caseNumber = record->hearing.caseInfo.number;
    m_language = record->hearing.language == QLatin1String("kk") ? QStringLiteral("kk") : QStringLiteral("ru");
    const ProtocolInput input = protocolInputFromHearing(*record, RecordingSummary::read(m_hearingDir));
    // A brief protocol only accompanies a recording: without one the full protocol is shown
    // and the brief one cannot be chosen.
    m_recorded = input.hasRecording;
    if (auto *kinds = qobject_cast<QStandardItemModel *>(m_kind->model()))
        kinds->item(0)->setEnabled(m_recorded);
    if (!m_recorded && ProtocolBuilder::Kind(m_kind->currentData().toInt()) == ProtocolBuilder::Kind::Brief) {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(1);
    }
    m_otherLanguageEntries = ProtocolBuilder::entriesInOtherLanguage(input, m_language);
    ProtocolBuilder::Options options;
    options.language = m_language;
    options.kind = ProtocolBuilder::Kind(m_kind->currentData().toInt());
    options.archiveDir = m_archiveDir;
    return buildProtocolDraft(input, m_hearingDir, options);
}

Status ProtocolWindow::open(const QString &hearingId)
{
    m_hearingId = hearingId;
    m_hearingDir = QDir(m_archiveDir).filePath(hearingId);
    m_warning = Warning::None;
    auto draft = buildDraft();
    if (!draft.ok())
        return draft.error();
    m_inputHash = draft->inputHash;
    m_editor->setHearingDir(m_hearingDir);
    m_editor->setDocument(draft->document);
    if (draft->previous && draft->merge.dataChanged) {
        m_warning = Warning::DataChangedSinceVersion;
        m_warningVersion = draft->previous->number;
        showMergeWarning(*draft);
    }
    Status versions = reloadVersions();
    updateReadOnly();
    retranslateUi();
    refreshSignatures();
    return versions;
}

void ProtocolWindow::signWithDialog()
{
    SignDialog dialog(m_db, m_archiveDir, m_hearingId, this);
    connect(&dialog, &SignDialog::signingFinished, this, [this, &dialog](bool ok) {
        if (!ok || !dialog.result())
            return;
        statusBar()->showMessage(tr("Protocol version %1 is signed.").arg(dialog.result()->version), 15'000);
        refreshSignatures();
        emit protocolSigned(dialog.result()->version);
    });
    dialog.exec();
}

void ProtocolWindow::refreshSignatures()
{
    if (m_hearingDir.isEmpty())
        return;
    const int check = ++m_signatureCheck;
    SignatureStatus::Request request;
    request.hearingDir = m_hearingDir;
    request.archiveDir = m_archiveDir;
    request.database = m_db.location();
    SignatureStatus::check(this, request, [this, check](const signature::SignatureReport &report) {
        if (check != m_signatureCheck)
            return;
        // The latest signed version among those of this language and kind.
        m_signatures.reset();
        for (const ProtocolVersion &version : m_versions) {
            if (auto badge = SignatureStatus::badgeOf(report, version.number))
                m_signatures = badge;
        }
        retranslateUi();
        emit signaturesChecked();
    });
}

void ProtocolWindow::showMergeWarning(const ProtocolDraft &draft)
{
    m_warningKept = draft.merge.keptEdits;
    m_warningConflicts = draft.merge.conflicts;
    for (const QString &warning : draft.merge.warnings)
        qCWarning(lcProtocol).noquote() << m_hearingId << warning;
}

Status ProtocolWindow::reloadVersions()
{
    ProtocolVersionStore store(m_hearingDir);
    m_versions.clear();
    const QString kind = m_editor->document().kind;
    for (int number : store.numbers()) {
        auto version = store.load(number);
        if (!version.ok())
            return version.error();
        if (version->document.language == m_language && version->document.kind == kind)
            m_versions << *version;
    }
    m_editor->setVersions(m_versions);
    retranslateUi();
    return {};
}

Status ProtocolWindow::saveVersion(const QString &comment, const QStringList &warnings)
{
    ProtocolVersion version;
    version.inputHash = m_inputHash;
    version.comment = comment;
    version.warnings = warnings;
    version.document = m_editor->document();
    auto saved = ProtocolVersionStore(m_hearingDir).save(version);
    if (!saved.ok())
        return saved.error();
    statusBar()->showMessage(tr("Draft version %1 saved.").arg(saved->number), 10'000);
    // An ended hearing now has a protocol draft (the workflow's step, audited).
    HearingWorkflow workflow(m_db, m_hearingId);
    Status moved = workflow.load();
    if (moved)
        moved = workflow.onProtocolDraftSaved();
    if (!moved)
        qCWarning(lcProtocol) << "hearing" << m_hearingId
                              << "status not moved to protocol draft:" << moved.error().text();
    Status reloaded = reloadVersions();
    emit versionSaved(saved->number);
    return reloaded;
}

void ProtocolWindow::onDocumentEdited()
{
    // Saved at once, also in the unlikely case the recording started a moment ago: a draft
    // file in protocol/ is no part of the recording, and the edit must not be lost.
    if (Status status = saveVersion(QStringLiteral("edited in the protocol window"), {}); !status.ok())
        statusBar()->showMessage(
            tr("The draft version could not be saved: %1").arg(ErrorText::text(status.error())), 30'000);
}

Status ProtocolWindow::regenerate()
{
    if (m_hearingId.isEmpty())
        return {};
    auto draft = buildDraft();
    if (!draft.ok())
        return draft.error();
    if (draft->inputHash == m_inputHash) {
        statusBar()->showMessage(tr("The protocol is up to date with the hearing data."), 10'000);
        return {};
    }
    // The latest saved draft holds every edit made here (each is saved when applied), so the
    // merge with it keeps them all.
    m_inputHash = draft->inputHash;
    m_editor->setDocument(draft->document);
    m_warning = Warning::Regenerated;
    showMergeWarning(*draft);
    updateReadOnly();
    Status status;
    if (!m_readOnly)
        status = saveVersion(QStringLiteral("regenerated after the timeline changed"), draft->merge.warnings);
    else
        status = reloadVersions();
    retranslateUi();
    return status;
}

QString ProtocolWindow::suggestedFileName(ProtocolFormat format) const
{
    static const QRegularExpression kUnsafe(QStringLiteral(R"([\\/:*?"<>|\s]+)"));
    QString base = m_caseNumber;
    base.replace(kUnsafe, QStringLiteral("_"));
    if (base.isEmpty())
        base = m_hearingId;
    return QStringLiteral("%1-protocol-%2.%3").arg(base, m_language, protocolFormatId(format));
}

Status ProtocolWindow::exportTo(ProtocolFormat format, const QString &path)
{
    return writeProtocolFile(m_editor->document(), format, path);
}

void ProtocolWindow::exportWithDialog(ProtocolFormat format)
{
    if (m_exportDir.isEmpty())
        m_exportDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    switch (format) {
    case ProtocolFormat::Pdf:
        filter = tr("PDF document (*.pdf)");
        break;
    case ProtocolFormat::Odt:
        filter = tr("OpenDocument text (*.odt)");
        break;
    case ProtocolFormat::Html:
        filter = tr("Web page (*.html)");
        break;
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the protocol"), QDir(m_exportDir).filePath(suggestedFileName(format)), filter);
    if (path.isEmpty())
        return;
    const QString suffix = QLatin1Char('.') + protocolFormatId(format);
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    m_exportDir = QFileInfo(path).absolutePath();
    if (Status status = exportTo(format, path); !status.ok()) {
        statusBar()->showMessage(
            tr("The protocol could not be exported: %1").arg(ErrorText::text(status.error())), 30'000);
        return;
    }
    statusBar()->showMessage(tr("Protocol exported: %1").arg(QDir::toNativeSeparators(path)), 15'000);
}

QString ProtocolWindow::headerText() const
{
    return m_header->text();
}

QString ProtocolWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ProtocolWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void ProtocolWindow::retranslateUi()
{
    //: %1 case number
    setWindowTitle(tr("Protocol — case %1").arg(m_caseNumber));
    m_toolBar->setWindowTitle(tr("Protocol"));
    //: the brief protocol of a court session (the usual one)
    m_kind->setItemText(0, tr("Brief protocol"));
    //: the full protocol of a court session (CPC art. 347)
    m_kind->setItemText(1, tr("Full protocol"));
    m_kind->setToolTip(tr("Each kind keeps its own draft versions"));
    m_regenerateAction->setText(tr("Regenerate from the hearing data"));
    m_regenerateAction->setToolTip(tr("Rebuild the protocol from the hearing's timeline as it is now. "
                                      "Parts edited by hand are kept."));
    m_exportPdfAction->setText(tr("Export PDF…"));
    m_exportOdtAction->setText(tr("Export ODT…"));
    m_exportHtmlAction->setText(tr("Export HTML…"));
    m_closeAction->setText(tr("Close"));
    //: signing the protocol with an electronic signature
    m_signAction->setText(tr("Sign…"));
    m_signAction->setToolTip(
        QStringLiteral("%1 (%2)").arg(tr("Sign the protocol with your electronic signature: the secretary first, then "
                                         "the judge"),
            m_signAction->shortcut().toString(QKeySequence::NativeText)));
    if (m_signatures) {
        m_signatureBadge->setText(SignatureStatus::text(*m_signatures));
        m_signatureBadge->setToolTip(m_signatures->problem);
        m_signatureBadge->setStyleSheet(m_signatures->valid
                ? QStringLiteral("QLabel { background: #e2f3e4; color: #1d5b27; padding: 6px; }")
                : QStringLiteral("QLabel { background: #fbe3e3; color: #8c1414; padding: 6px; }"));
    }
    m_signatureBadge->setVisible(m_signatures.has_value());
    //: remarks on the protocol filed by the participants («замечания на протокол»)
    m_remarksAction->setText(tr("Remarks…"));
    for (QAction *action : { m_regenerateAction, m_exportPdfAction, m_exportOdtAction, m_exportHtmlAction }) {
        const QString tip = action == m_regenerateAction ? action->toolTip() : action->text();
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    }

    const QString version = m_versions.isEmpty() ? tr("no draft version saved yet")
                                                 : tr("draft version %1").arg(m_versions.last().number);
    //: %1 case number, %2 language name (in that language), %3 the draft version
    m_header->setText(
        tr("Case %1 · Protocol language: %2 · %3").arg(m_caseNumber, Translations::nativeName(m_language), version));
    m_recordingNote->setText(tr("This hearing is being recorded. The protocol is a read-only preview; "
                                "the recording is not affected."));
    switch (m_warning) {
    case Warning::None:
        m_banner->clear();
        break;
    case Warning::DataChangedSinceVersion:
        m_banner->setText(tr("The hearing data changed since draft version %1. The protocol was rebuilt and "
                             "nothing edited by hand was lost: edits kept: %2; to check (marked in red): %3.")
                              .arg(m_warningVersion)
                              .arg(m_warningKept)
                              .arg(m_warningConflicts));
        break;
    case Warning::Regenerated:
        m_banner->setText(tr("The hearing data changed. The protocol was rebuilt and nothing edited by hand "
                             "was lost: edits kept: %1; to check (marked in red): %2.")
                              .arg(m_warningKept)
                              .arg(m_warningConflicts));
        break;
    }
    m_banner->setVisible(m_warning != Warning::None);
    if (!m_recorded)
        m_kind->setItemData(
            0, tr("This hearing was not recorded: a brief protocol is lawful only with a recording"), Qt::ToolTipRole);
    //: %1 the protocol language's name, %2 time codes of the entries, e.g. "00:01:05, 00:12:40"
    m_languageNote->setText(tr("%n entries are typed in another language than the protocol (%1): %2. "
                               "The protocol prints them as they were typed.",
        "", int(m_otherLanguageEntries.size()))
                                .arg(Translations::nativeName(m_language),
                                    QStringList(m_otherLanguageEntries.mid(0, 8)).join(QStringLiteral(", "))
                                        + (m_otherLanguageEntries.size() > 8 ? QStringLiteral(", …") : QString())));
    m_languageNote->setVisible(!m_otherLanguageEntries.isEmpty());
}

} // namespace hattama::ui
