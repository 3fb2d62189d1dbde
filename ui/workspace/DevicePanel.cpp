#include "workspace/DevicePanel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

namespace hattama::ui {

namespace {
// Device names are long («Демо-микрофоны (тестовые тоны)»); the closed box shows this many
// characters and the list the whole name, so the setup page fits 1366×768.
constexpr int kComboMinimumChars = 16;

QString settingsGroup(const QString &courtroom)
{
    // QSettings keys must not contain slashes; a courtroom name may.
    QString key = courtroom;
    key.replace(QLatin1Char('/'), QLatin1Char('_'));
    key.replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("devices/") + key;
}
} // namespace

DevicePanel::DevicePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("devicePanel"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_audioLabel = new QLabel(this);
    m_audio = new QComboBox(this);
    m_audio->setObjectName(QStringLiteral("audioInput"));
    m_audio->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_audio->setMinimumContentsLength(kComboMinimumChars);
    m_audioLabel->setBuddy(m_audio);
    m_extraAudioLabel = new QLabel(this);
    m_extraAudio = new QComboBox(this);
    m_extraAudio->setObjectName(QStringLiteral("extraAudioInput"));
    m_extraAudio->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_extraAudio->setMinimumContentsLength(kComboMinimumChars);
    m_extraAudioLabel->setBuddy(m_extraAudio);
    m_camerasLabel = new QLabel(this);
    m_camerasLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_cameras = new QListWidget(this);
    m_cameras->setObjectName(QStringLiteral("cameraChoice"));
    // Four cameras visible without scrolling, and no more room than that.
    m_cameras->setMaximumHeight(4 * m_cameras->fontMetrics().height() + 12);
    m_camerasLabel->setBuddy(m_cameras);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshDevices"));
    grid->addWidget(m_audioLabel, 0, 0);
    grid->addWidget(m_audio, 0, 1);
    grid->addWidget(m_refresh, 0, 2);
    grid->addWidget(m_extraAudioLabel, 1, 0);
    grid->addWidget(m_extraAudio, 1, 1);
    grid->addWidget(m_camerasLabel, 2, 0);
    grid->addWidget(m_cameras, 2, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_audio, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_choice.audioName = m_audio->currentData().toString();
        emit choiceChanged();
    });
    connect(m_extraAudio, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const QString name = m_extraAudio->currentData().toString();
        m_choice.extraAudioNames = name.isEmpty() ? QStringList() : QStringList { name };
        emit choiceChanged();
    });
    connect(m_cameras, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_choice.cameraIds.clear();
        for (int i = 0; i < m_cameras->count(); ++i)
            if (m_cameras->item(i)->checkState() == Qt::Checked)
                m_choice.cameraIds << m_cameras->item(i)->data(Qt::UserRole).toString();
        emit choiceChanged();
    });
    connect(m_refresh, &QPushButton::clicked, this, &DevicePanel::refreshRequested);
    retranslateUi();
}

void DevicePanel::setInventory(const DeviceInventory &inventory)
{
    m_inventory = inventory;
    fill();
}

void DevicePanel::setChoice(const DeviceChoice &choice)
{
    m_choice = choice;
    fill();
}

DeviceChoice DevicePanel::choice() const
{
    return m_choice;
}

void DevicePanel::fill()
{
    m_filling = true;
    m_audio->clear();
    m_audio->addItem(QString(), QString()); // the default input; text set in retranslateUi()
    for (const AudioInputDevice &device : m_inventory.audioInputs) {
        const QString key = device.demo ? QStringLiteral("demo") : device.name;
        m_audio->addItem(QString(), key);
    }
    // A remembered input that is not connected now stays visible as such, not silently replaced.
    if (!m_choice.audioName.isEmpty() && m_audio->findData(m_choice.audioName) < 0)
        m_audio->addItem(QString(), m_choice.audioName);
    m_audio->setCurrentIndex(std::max(0, m_audio->findData(m_choice.audioName)));

    // Only real devices can be recorded together (the demo microphones have no second).
    m_extraAudio->clear();
    m_extraAudio->addItem(QString(), QString()); // none
    for (const AudioInputDevice &device : m_inventory.audioInputs)
        if (!device.demo)
            m_extraAudio->addItem(QString(), device.name);
    const QString extra = m_choice.extraAudioNames.value(0);
    if (!extra.isEmpty() && m_extraAudio->findData(extra) < 0)
        m_extraAudio->addItem(QString(), extra);
    m_extraAudio->setCurrentIndex(std::max(0, m_extraAudio->findData(extra)));
    m_extraAudio->setEnabled(m_choice.audioName != QStringLiteral("demo"));

    m_cameras->clear();
    QStringList ids;
    for (const CameraDevice &camera : m_inventory.cameras)
        ids << camera.id;
    for (const QString &id : m_choice.cameraIds)
        if (!ids.contains(id))
            ids << id;
    // Chosen cameras first, in recording order; then the others.
    QStringList ordered = m_choice.cameraIds;
    for (const QString &id : ids)
        if (!ordered.contains(id))
            ordered << id;
    for (const QString &id : ordered) {
        auto *item = new QListWidgetItem(m_cameras);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(m_choice.cameraIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    retranslateUi();
}

bool DevicePanel::restoreChoice(const QString &courtroom, DeviceChoice *choice)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(courtroom));
    if (!settings.contains(QStringLiteral("audio")))
        return false;
    choice->audioName = settings.value(QStringLiteral("audio")).toString();
    choice->extraAudioNames = settings.value(QStringLiteral("extraAudio")).toStringList();
    choice->cameraIds = settings.value(QStringLiteral("cameras")).toStringList();
    return true;
}

void DevicePanel::storeChoice(const QString &courtroom, const DeviceChoice &choice)
{
    QSettings settings;
    settings.beginGroup(settingsGroup(courtroom));
    settings.setValue(QStringLiteral("audio"), choice.audioName);
    settings.setValue(QStringLiteral("extraAudio"), choice.extraAudioNames);
    settings.setValue(QStringLiteral("cameras"), choice.cameraIds);
}

void DevicePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DevicePanel::retranslateUi()
{
    m_audioLabel->setText(tr("Audio input:"));
    m_camerasLabel->setText(tr("Cameras:"));
    m_extraAudioLabel->setText(tr("Second audio input:"));
    m_extraAudio->setToolTip(tr("Recorded together with the first: its microphones follow the first input's"));
    m_refresh->setText(tr("Look for devices again"));
    m_refresh->setToolTip(tr("After plugging in a microphone interface or a camera"));
    const bool filling = m_filling;
    m_filling = true;
    for (int i = 0; i < m_audio->count(); ++i) {
        const QString key = m_audio->itemData(i).toString();
        const AudioInputDevice *device = nullptr;
        for (const AudioInputDevice &candidate : m_inventory.audioInputs)
            if ((candidate.demo ? QStringLiteral("demo") : candidate.name) == key)
                device = &candidate;
        QString text;
        if (key.isEmpty())
            text = tr("The computer's default input");
        else if (!device)
            //: %1 is a device name
            text = tr("%1 (not connected)").arg(key);
        else if (device->demo)
            text = tr("Demo microphones (test tones)");
        else
            //: %1 device name, %2 its number of input channels, %3 the sound system (ALSA, JACK, WASAPI)
            text = tr("%1 — %n channels (%2)", nullptr, device->maxInputChannels).arg(device->name, device->hostApi);
        m_audio->setItemText(i, text);
    }
    for (int i = 0; i < m_extraAudio->count(); ++i) {
        const QString key = m_extraAudio->itemData(i).toString();
        if (key.isEmpty()) {
            //: no second audio input
            m_extraAudio->setItemText(i, tr("— none —"));
            continue;
        }
        m_extraAudio->setItemText(i, m_audio->itemText(std::max(0, m_audio->findData(key))));
        if (m_audio->findData(key) < 0)
            m_extraAudio->setItemText(i, tr("%1 (not connected)").arg(key));
    }
    for (int i = 0; i < m_cameras->count(); ++i) {
        QListWidgetItem *item = m_cameras->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const CameraDevice *device = nullptr;
        for (const CameraDevice &candidate : m_inventory.cameras)
            if (candidate.id == id)
                device = &candidate;
        if (!device)
            item->setText(tr("%1 (not connected)").arg(id));
        else if (device->demo)
            item->setText(tr("Demo camera %1 (test picture)").arg(id.section(QLatin1Char(':'), 1)));
        else
            item->setText(QStringLiteral("%1 — %2").arg(device->name, device->id));
    }
    m_filling = filling;
}

} // namespace hattama::ui
