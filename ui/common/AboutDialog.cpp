#include "common/AboutDialog.h"

#include "util/Versions.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace hattama::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hattama.svg")));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_versions = new QLabel(this);
    m_versions->setObjectName(QStringLiteral("aboutVersions"));
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_license = new QLabel(this);
    m_license->setWordWrap(true);
    m_license->setOpenExternalLinks(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_versions);
    layout->addWidget(m_license);
    layout->addWidget(m_buttons);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    const LibraryVersions versions = LibraryVersions::current();
    setWindowTitle(tr("About Hattama"));
    m_title->setText(tr("Hattama %1").arg(versions.hattama));
    m_text->setText(tr("Records court hearings, every microphone and camera in sync, "
                       "and produces the hearing protocol in Russian and Kazakh."));
    QString rows;
    for (const auto &row : versions.rows())
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(row.first.toHtmlEscaped(), row.second.toHtmlEscaped());
    m_versions->setText(QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(rows));
    m_license->setText(tr("Free software under the GNU General Public License, version 3 or later. "
                          "You may copy, change and share it under its terms; it comes with no warranty."));
}

} // namespace hattama::ui
