#include "protocol/ProtocolEditor.h"

#include "media/SegmentManifest.h"
#include "protocol/DateForms.h"
#include "protocol/ProtocolDiff.h"

#include "util/CourtTime.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QEvent>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace hattama::ui {

namespace {
// A version's time (stored in UTC, ISO) as the court's clock read it.
QString shownTime(const QString &utcIso)
{
    const QDateTime time = CourtTime::toCourt(QDateTime::fromString(utcIso, Qt::ISODate));
    return time.isValid() ? time.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : utcIso;
}
} // namespace

using protocol::DateForms;
using protocol::ProtocolBlock;

ProtocolEditor::ProtocolEditor(QWidget *parent)
    : QWidget(parent)
{
    m_view = new QTextBrowser;
    m_view->setOpenLinks(false);
    m_view->setOpenExternalLinks(false);
    m_view->setObjectName(QStringLiteral("protocolView"));
    // From the keyboard: the arrow keys move through the text (the paragraph under the cursor
    // is chosen for editing) and Tab goes on to the next control instead of walking every link.
    m_view->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse);
    m_view->setTabChangesFocus(true);
    m_moment = new QLabel;
    m_moment->setWordWrap(true);
    m_moment->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_editBox = new QGroupBox;
    m_editHint = new QLabel;
    m_editHint->setWordWrap(true);
    m_blockEdit = new QPlainTextEdit;
    m_blockEdit->setEnabled(false);
    m_blockEdit->setTabChangesFocus(true);
    m_apply = new QPushButton;
    m_apply->setEnabled(false);
    auto *editLayout = new QVBoxLayout(m_editBox);
    editLayout->addWidget(m_editHint);
    editLayout->addWidget(m_blockEdit);
    editLayout->addWidget(m_apply, 0, Qt::AlignRight);

    m_versionsBox = new QGroupBox;
    m_versionList = new QListWidget;
    m_versionList->setWordWrap(true); // a long line (Kazakh) wraps instead of being cut
    m_fromLabel = new QLabel;
    m_toLabel = new QLabel;
    m_diffFrom = new QComboBox;
    m_diffTo = new QComboBox;
    m_diff = new QPlainTextEdit;
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_fromLabel);
    pick->addWidget(m_diffFrom, 1);
    pick->addWidget(m_toLabel);
    pick->addWidget(m_diffTo, 1);
    auto *versionsLayout = new QVBoxLayout(m_versionsBox);
    versionsLayout->addWidget(m_versionList);
    versionsLayout->addLayout(pick);
    versionsLayout->addWidget(m_diff, 2);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_moment);
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_editBox);
    right->addWidget(m_versionsBox);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_view, &QTextBrowser::anchorClicked, this, &ProtocolEditor::activateLink);
    connect(m_view, &QTextBrowser::cursorPositionChanged, this, &ProtocolEditor::onCursorMoved);
    connect(m_apply, &QPushButton::clicked, this, &ProtocolEditor::onApply);
    connect(m_diffFrom, &QComboBox::currentIndexChanged, this, &ProtocolEditor::updateDiff);
    connect(m_diffTo, &QComboBox::currentIndexChanged, this, &ProtocolEditor::updateDiff);
    retranslateUi();
}

void ProtocolEditor::setDocument(const protocol::ProtocolDocument &document)
{
    m_document = document;
    m_selectedKey.clear();
    m_momentMs = -1;
    render();
    m_blockEdit->clear();
    m_blockEdit->setEnabled(false);
    m_apply->setEnabled(false);
    retranslateUi();
}

void ProtocolEditor::setVersions(const QList<protocol::ProtocolVersion> &versions)
{
    m_versions = versions;
    retranslateUi(); // fills the list and the pickers
    if (m_versions.size() >= 2) {
        m_diffFrom->setCurrentIndex(int(m_versions.size()) - 2);
        m_diffTo->setCurrentIndex(int(m_versions.size()) - 1);
    }
    updateDiff();
}

void ProtocolEditor::render()
{
    m_paragraphBlocks.clear();
    QString html;
    for (qsizetype i = 0; i < m_document.blocks.size(); ++i) {
        const ProtocolBlock &block = m_document.blocks.at(i);
        if (block.text.isEmpty())
            continue;
        QString style;
        if (block.style == QLatin1String("title") || block.style == QLatin1String("center"))
            style = QStringLiteral("text-align:center;");
        if (block.style == QLatin1String("title") || block.style == QLatin1String("heading"))
            style += QStringLiteral("font-weight:bold;");
        if (block.style == QLatin1String("recess") || block.style == QLatin1String("sealed"))
            style += QStringLiteral("font-style:italic;");
        if (block.conflict)
            style += QStringLiteral("background-color:#fde0e0;");
        else if (block.edited())
            style += QStringLiteral("background-color:#fff6d0;");
        html += QStringLiteral("<p style=\"%1\">").arg(style);
        if (block.hasTimeCode())
            html += QStringLiteral("<a href=\"%1\">%2</a> ")
                        .arg(m_document.timeLink(block.timeMs).toHtmlEscaped(), DateForms::timeCode(block.timeMs));
        html += block.text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")) + QStringLiteral("</p>");
        m_paragraphBlocks << int(i);
    }
    m_view->setHtml(html);
}

void ProtocolEditor::activateLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("hattama") || url.host() != QLatin1String("hearing"))
        return;
    bool ok = false;
    const qint64 timeMs = QUrlQuery(url).queryItemValue(QStringLiteral("t")).toLongLong(&ok);
    if (!ok || timeMs < 0)
        return;
    m_momentMs = timeMs;
    m_momentSegment = m_hearingDir.isEmpty() ? std::nullopt : protocol::recordingSegmentAt(m_hearingDir, timeMs);
    retranslateUi();
    emit timeCodeActivated(url, timeMs);
}

QString ProtocolEditor::momentText() const
{
    return m_moment->text();
}

QString ProtocolEditor::diffText() const
{
    return m_diff->toPlainText();
}

bool ProtocolEditor::selectBlock(const QString &key)
{
    const int index = m_document.indexOf(key);
    if (index < 0)
        return false;
    m_selectedKey = key;
    m_blockEdit->setPlainText(m_document.blocks.at(index).text);
    m_blockEdit->setEnabled(true);
    m_blockEdit->setReadOnly(m_readOnly);
    m_apply->setEnabled(!m_readOnly);
    retranslateUi();
    return true;
}

void ProtocolEditor::onCursorMoved()
{
    const int paragraph = m_view->textCursor().block().blockNumber();
    if (paragraph >= 0 && paragraph < m_paragraphBlocks.size())
        selectBlock(m_document.blocks.at(m_paragraphBlocks.at(paragraph)).key);
}

void ProtocolEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_blockEdit->setReadOnly(readOnly);
    m_apply->setEnabled(!readOnly && !m_selectedKey.isEmpty());
    retranslateUi();
}

void ProtocolEditor::onApply()
{
    if (m_selectedKey.isEmpty() || m_readOnly)
        return;
    m_document.setBlockText(m_selectedKey, m_blockEdit->toPlainText().trimmed());
    // Applying a part marked for checking is the check: the mark goes, the text stays edited.
    m_document.blocks[m_document.indexOf(m_selectedKey)].conflict = false;
    const QString key = m_selectedKey;
    render();
    selectBlock(key);
    emit documentEdited();
}

void ProtocolEditor::updateDiff()
{
    const int from = m_diffFrom->currentIndex();
    const int to = m_diffTo->currentIndex();
    if (from < 0 || to < 0 || from >= m_versions.size() || to >= m_versions.size()) {
        m_diff->clear();
        return;
    }
    const QString diff = protocol::ProtocolDiff::unified(m_versions.at(from), m_versions.at(to));
    m_diff->setPlainText(diff.isEmpty() ? tr("The two versions read the same.") : diff);
}

void ProtocolEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProtocolEditor::retranslateUi()
{
    //: the protocol is «протокол» / «хаттама»
    m_editBox->setTitle(tr("Edit the selected part of the protocol"));
    m_apply->setText(tr("Apply"));
    m_versionsBox->setTitle(tr("Draft versions"));
    m_fromLabel->setText(tr("Compare"));
    m_toLabel->setText(tr("with"));

    if (m_readOnly) {
        m_editHint->setText(tr("Read only: the hearing is being recorded. The protocol can be edited once the "
                               "recording stops."));
    } else if (m_selectedKey.isEmpty()) {
        m_editHint->setText(tr("Click a paragraph of the protocol to edit it."));
    } else {
        const int index = m_document.indexOf(m_selectedKey);
        const ProtocolBlock &block = m_document.blocks.at(index);
        if (block.conflict)
            m_editHint->setText(
                tr("Edited by hand, and the hearing data for this part changed since. Generated text now: %1")
                    .arg(block.generatedText));
        else if (block.edited())
            m_editHint->setText(tr("Edited by hand."));
        else
            m_editHint->setText(tr("Generated from the hearing data."));
    }

    if (m_momentMs < 0) {
        m_moment->setText(tr("Click a time code to open the recording at that moment."));
    } else {
        // The segment: the block that starts at this moment and runs until the next time code.
        QString segment;
        QString wall;
        qint64 nextMs = -1;
        for (qsizetype i = 0; i < m_document.blocks.size(); ++i) {
            const ProtocolBlock &block = m_document.blocks.at(i);
            if (block.timeMs == m_momentMs && segment.isEmpty()) {
                segment = block.text;
                wall = block.wallTime;
            } else if (!segment.isEmpty() && block.timeMs > m_momentMs) {
                nextMs = block.timeMs;
                break;
            }
        }
        const QString until = nextMs >= 0 ? DateForms::timeCode(nextMs) : tr("the end");
        //: %1 hearing time code, %2 wall-clock time, %3 end of the segment, %4 the protocol text of the segment
        QString text = tr("Moment %1 (%2), segment until %3: %4")
                           .arg(DateForms::timeCode(m_momentMs), wall.isEmpty() ? QStringLiteral("—") : wall, until, segment);
        if (m_momentSegment) {
            //: %1 media file in the hearing folder, %2 and %3 its start and end time codes
            text += QLatin1Char('\n')
                + tr("Recording: %1 (%2–%3)")
                      .arg(m_momentSegment->path, DateForms::timeCode(m_momentSegment->startMs),
                          DateForms::timeCode(m_momentSegment->startMs + m_momentSegment->durationMs));
        } else if (!m_hearingDir.isEmpty()) {
            text += QLatin1Char('\n')
                + (QFileInfo::exists(QDir(m_hearingDir).filePath(SegmentManifest::fileName()))
                          ? tr("No closed recording segment holds this moment yet.")
                          : tr("The archive holds no recording of this hearing."));
        }
        m_moment->setText(text);
    }

    const int from = m_diffFrom->currentIndex();
    const int to = m_diffTo->currentIndex();
    QSignalBlocker blockFrom(m_diffFrom);
    QSignalBlocker blockTo(m_diffTo);
    m_versionList->clear();
    m_diffFrom->clear();
    m_diffTo->clear();
    for (const protocol::ProtocolVersion &version : m_versions) {
        const QString name = QStringLiteral("v%1").arg(version.number, 4, 10, QLatin1Char('0'));
        //: %1 version name (v0002), %2 protocol language code, %3 creation time, %4 edited parts, %5 parts to check
        m_versionList->addItem(tr("%1 · %2 · %3 · edited: %4, to check: %5")
                                   .arg(name, version.document.language, shownTime(version.createdAtUtc))
                                   .arg(version.editedBlockCount())
                                   .arg(version.conflictCount()));
        m_diffFrom->addItem(name);
        m_diffTo->addItem(name);
    }
    m_diffFrom->setCurrentIndex(from);
    m_diffTo->setCurrentIndex(to);
}

} // namespace hattama::ui
