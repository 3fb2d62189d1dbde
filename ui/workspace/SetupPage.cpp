#include "workspace/SetupPage.h"

#include "workspace/CameraPreview.h"
#include "workspace/ChannelMappingPanel.h"
#include "workspace/DevicePanel.h"
#include "workspace/PreflightPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hattama::ui {

SetupPage::SetupPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("setupPage"));
    auto *layout = new QHBoxLayout(this);

    auto *leftColumn = new QWidget;
    auto *left = new QVBoxLayout(leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    m_deviceGroup = new QGroupBox(this);
    auto *deviceLayout = new QVBoxLayout(m_deviceGroup);
    m_devices = new DevicePanel(m_deviceGroup);
    deviceLayout->addWidget(m_devices);
    m_deviceGroup->setVisible(false);
    m_micGroup = new QGroupBox(this);
    auto *micLayout = new QVBoxLayout(m_micGroup);
    m_mapping = new ChannelMappingPanel(m_micGroup);
    micLayout->addWidget(m_mapping);

    m_cameraGroup = new QGroupBox(this);
    m_cameraGrid = new QGridLayout(m_cameraGroup);
    m_cameraGrid->setColumnStretch(3, 1); // spare width goes right of the tiles

    m_sessionGroup = new QGroupBox(this);
    auto *form = new QFormLayout(m_sessionGroup);
    m_languageLabel = new QLabel(m_sessionGroup);
    m_language = new QComboBox(m_sessionGroup);
    m_language->setObjectName(QStringLiteral("protocolLanguage"));
    // Each language named in itself.
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("Қазақша"), QStringLiteral("kk"));
    m_languageLabel->setBuddy(m_language);
    m_sessionLabel = new QLabel(m_sessionGroup);
    m_session = new QComboBox(m_sessionGroup);
    m_session->setObjectName(QStringLiteral("sessionType"));
    m_session->addItem(QString(), false);
    m_session->addItem(QString(), true);
    m_sessionLabel->setBuddy(m_session);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_sessionLabel, m_session);
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { emit protocolLanguageChanged(protocolLanguage()); });
    connect(m_session, &QComboBox::currentIndexChanged, this, [this] { emit closedSessionChanged(closedSession()); });

    left->addWidget(m_deviceGroup);
    left->addWidget(m_micGroup);
    left->addWidget(m_cameraGroup);
    left->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(leftColumn);

    // Right: the session's settings, then the pre-flight check (the left column keeps its
    // height for the devices, meters and pictures at 1366×768).
    auto *rightColumn = new QWidget(this);
    auto *right = new QVBoxLayout(rightColumn);
    right->setContentsMargins(0, 0, 0, 0);
    m_preflight = new PreflightPanel(rightColumn);
    right->addWidget(m_sessionGroup);
    right->addWidget(m_preflight, 1);
    rightColumn->setMinimumWidth(300);
    rightColumn->setMaximumWidth(460);
    layout->addWidget(scroll, 3);
    layout->addWidget(rightColumn, 2);

    setTabOrder(m_devices, m_mapping);
    setTabOrder(m_mapping, m_language);
    setTabOrder(m_language, m_session);
    retranslateUi();
}

void SetupPage::setCameraNames(const QStringList &names)
{
    while (m_cameras.size() > names.size())
        delete m_cameras.takeLast();
    while (m_cameras.size() < names.size()) {
        auto *preview = new CameraPreview(m_cameraGroup);
        preview->setObjectName(QStringLiteral("setupCamera_%1").arg(m_cameras.size()));
        const int index = int(m_cameras.size());
        // Tiles stay tile-sized: one camera alone must not fill the page.
        preview->setMaximumWidth(440);
        m_cameraGrid->addWidget(preview, index / 3, index % 3);
        m_cameras.append(preview);
    }
    for (int i = 0; i < names.size(); ++i)
        m_cameras[i]->setCameraName(names.at(i));
    m_cameraGroup->setVisible(!names.isEmpty());
    m_mapping->setCameraNames(names); // each microphone's seat is shown by one of them
}

void SetupPage::setDeviceChoiceVisible(bool visible)
{
    m_deviceGroup->setVisible(visible);
}

QString SetupPage::protocolLanguage() const
{
    return m_language->currentData().toString();
}

void SetupPage::setProtocolLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

bool SetupPage::closedSession() const
{
    return m_session->currentData().toBool();
}

void SetupPage::setClosedSession(bool closed)
{
    m_session->setCurrentIndex(closed ? 1 : 0);
}

void SetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SetupPage::retranslateUi()
{
    m_deviceGroup->setTitle(tr("Devices"));
    m_micGroup->setTitle(tr("Microphones"));
    m_cameraGroup->setTitle(tr("Cameras"));
    m_sessionGroup->setTitle(tr("Session"));
    m_languageLabel->setText(tr("Protocol language:"));
    m_sessionLabel->setText(tr("Session:"));
    //: an open (public) court session
    m_session->setItemText(0, tr("Open session"));
    //: a closed court session (in camera)
    m_session->setItemText(1, tr("Closed session"));
}

} // namespace hattama::ui
