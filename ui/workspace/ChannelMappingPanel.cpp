#include "workspace/ChannelMappingPanel.h"

#include "hearing/DisplayNames.h"
#include "hearing/Role.h"
#include "util/Translations.h"

#include "common/LevelMeter.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSignalBlocker>
#include <QVariantList>

#include <algorithm>

namespace hattama::ui {

namespace {
constexpr int kComboMinimumChars = 18;
constexpr int kCameraComboMinimumChars = 8;
constexpr int kMeterColumn = 3;
} // namespace

ChannelMappingPanel::ChannelMappingPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("channelMappingPanel"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(kMeterColumn, 1);
    m_grid->setColumnMinimumWidth(1, 220);
    m_channelHeader = new QLabel(this);
    m_participantHeader = new QLabel(this);
    m_cameraHeader = new QLabel(this);
    m_cameraHeader->setVisible(false); // until the hearing has cameras
    m_levelHeader = new QLabel(this);
    for (QLabel *header : { m_channelHeader, m_participantHeader, m_cameraHeader, m_levelHeader }) {
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setWordWrap(true);
    }
    m_grid->addWidget(m_channelHeader, 0, 0);
    m_grid->addWidget(m_participantHeader, 0, 1);
    m_grid->addWidget(m_cameraHeader, 0, 2);
    m_grid->addWidget(m_levelHeader, 0, kMeterColumn);
    retranslateUi();
}

void ChannelMappingPanel::setParticipants(
    const QList<Participant> &participants, const QString &language, CaseCategory category)
{
    const QStringList previous = mapping();
    m_participants = participants;
    m_language = language;
    m_category = category;
    for (Row &row : m_rows)
        fillCombo(row.combo);
    setMapping(previous);
}

void ChannelMappingPanel::fillCombo(QComboBox *combo)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("— not used —"), QString());
    for (const Participant &participant : m_participants)
        combo->addItem(participantDisplayName(participant, interfaceLanguage(), m_category),
            QString::number(participant.id));
}

void ChannelMappingPanel::fillCameraCombo(Row &row)
{
    const QSignalBlocker blocker(row.camera);
    row.camera->clear();
    //: no camera shows this microphone's seat (the compact copy shows all cameras in a grid)
    row.camera->addItem(tr("—"), 0);
    for (int i = 0; i < m_cameraNames.size(); ++i)
        row.camera->addItem(m_cameraNames.at(i), i + 1);
    row.camera->setCurrentIndex(row.cameraChoice <= m_cameraNames.size() ? row.cameraChoice : 0);
    row.camera->setVisible(!m_cameraNames.isEmpty());
}

void ChannelMappingPanel::setCameraNames(const QStringList &names)
{
    if (names == m_cameraNames)
        return;
    m_cameraNames = names;
    m_cameraHeader->setVisible(!names.isEmpty());
    for (Row &row : m_rows)
        fillCameraCombo(row);
}

QList<int> ChannelMappingPanel::cameraMapping() const
{
    QList<int> cameras;
    for (const Row &row : m_rows)
        cameras << (m_cameraNames.isEmpty() ? row.cameraChoice : row.camera->currentData().toInt());
    return cameras;
}

void ChannelMappingPanel::setCameraMapping(const QList<int> &cameras)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].cameraChoice = std::max(0, cameras.value(i));
        fillCameraCombo(m_rows[i]);
    }
    emit mappingChanged();
}

void ChannelMappingPanel::setChannelNames(const QStringList &names)
{
    m_channelNames = names;
    while (m_rows.size() > names.size()) {
        Row row = m_rows.takeLast();
        delete row.name;
        delete row.combo;
        delete row.camera;
        delete row.meter;
    }
    while (m_rows.size() < names.size()) {
        const int channel = int(m_rows.size());
        Row row;
        row.name = new QLabel(this);
        row.combo = new QComboBox(this);
        row.combo->setObjectName(QStringLiteral("channelCombo_%1").arg(channel));
        // A long name is cut in the closed box (the list shows it whole): the meters beside it
        // keep their room at 1366×768.
        row.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.combo->setMinimumContentsLength(kComboMinimumChars);
        row.combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        row.name->setBuddy(row.combo);
        row.camera = new QComboBox(this);
        row.camera->setObjectName(QStringLiteral("cameraCombo_%1").arg(channel));
        row.camera->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.camera->setMinimumContentsLength(kCameraComboMinimumChars);
        row.meter = new LevelMeter(this);
        row.meter->setObjectName(QStringLiteral("mappingMeter_%1").arg(channel));
        fillCombo(row.combo);
        fillCameraCombo(row);
        connect(row.combo, &QComboBox::currentIndexChanged, this, [this] {
            updateMeterLabels();
            emit mappingChanged();
        });
        connect(row.camera, &QComboBox::currentIndexChanged, this, [this, channel] {
            m_rows[channel].cameraChoice = m_rows[channel].camera->currentData().toInt();
            emit mappingChanged();
        });
        m_grid->addWidget(row.name, channel + 1, 0);
        m_grid->addWidget(row.combo, channel + 1, 1);
        m_grid->addWidget(row.camera, channel + 1, 2);
        m_grid->addWidget(row.meter, channel + 1, kMeterColumn);
        if (!m_rows.isEmpty())
            setTabOrder(m_rows.last().camera, row.combo);
        setTabOrder(row.combo, row.camera);
        m_rows.append(row);
    }
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].name->setText(names.at(i));
    updateMeterLabels();
}

QStringList ChannelMappingPanel::mapping() const
{
    QStringList ids;
    for (const Row &row : m_rows)
        ids << row.combo->currentData().toString();
    return ids;
}

void ChannelMappingPanel::setMapping(const QStringList &participantIds)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const QSignalBlocker blocker(m_rows[i].combo);
        const int index = m_rows[i].combo->findData(participantIds.value(i));
        m_rows[i].combo->setCurrentIndex(index < 0 ? 0 : index);
    }
    updateMeterLabels();
    emit mappingChanged();
}

QString ChannelMappingPanel::interfaceLanguage()
{
    return Translations::systemLanguage(QLocale());
}

QString ChannelMappingPanel::label(int channel, const QString &language) const
{
    if (channel < 0 || channel >= m_rows.size())
        return {};
    const QString id = m_rows[channel].combo->currentData().toString();
    for (const Participant &participant : m_participants)
        if (QString::number(participant.id) == id)
            return participantDisplayName(participant, language, m_category);
    return m_channelNames.value(channel);
}

QString ChannelMappingPanel::channelLabel(int channel) const
{
    return label(channel, interfaceLanguage());
}

QStringList ChannelMappingPanel::channelLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_rows.size(); ++i)
        labels << channelLabel(i);
    return labels;
}

QStringList ChannelMappingPanel::recordedChannelLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_rows.size(); ++i)
        labels << label(i, m_language);
    return labels;
}

void ChannelMappingPanel::updateMeterLabels()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].meter->setLabel(channelLabel(i));
}

void ChannelMappingPanel::setLevels(const QVector<ChannelLevel> &levels)
{
    for (int i = 0; i < m_rows.size() && i < levels.size(); ++i)
        m_rows[i].meter->setLevel(levels.at(i));
}

QComboBox *ChannelMappingPanel::combo(int channel) const
{
    return channel >= 0 && channel < m_rows.size() ? m_rows[channel].combo : nullptr;
}

QComboBox *ChannelMappingPanel::cameraCombo(int channel) const
{
    return channel >= 0 && channel < m_rows.size() ? m_rows[channel].camera : nullptr;
}

LevelMeter *ChannelMappingPanel::meter(int channel) const
{
    return channel >= 0 && channel < m_rows.size() ? m_rows[channel].meter : nullptr;
}

void ChannelMappingPanel::storeMapping(const QString &courtroom) const
{
    QStringList roles;
    const QStringList ids = mapping();
    for (const QString &id : ids) {
        QString role;
        for (const Participant &participant : m_participants)
            if (QString::number(participant.id) == id)
                role = roleId(participant.role);
        roles << role;
    }
    QVariantList cameras;
    for (int camera : cameraMapping())
        cameras << camera;
    QSettings settings;
    settings.setValue(QStringLiteral("courtrooms/%1/channelRoles").arg(courtroom), roles);
    settings.setValue(QStringLiteral("courtrooms/%1/channelCameras").arg(courtroom), cameras);
}

bool ChannelMappingPanel::restoreMapping(const QString &courtroom)
{
    const QSettings settings;
    const QStringList roles
        = settings.value(QStringLiteral("courtrooms/%1/channelRoles").arg(courtroom)).toStringList();
    if (roles.isEmpty())
        return false;
    QStringList ids;
    for (const QString &role : roles) {
        QString id;
        for (const Participant &participant : m_participants)
            if (!role.isEmpty() && roleId(participant.role) == role && !ids.contains(QString::number(participant.id))) {
                id = QString::number(participant.id);
                break;
            }
        ids << id;
    }
    setMapping(ids);
    // The room's cameras stay where they are: the same seat is shown by the same camera.
    QList<int> cameras;
    for (const QVariant &camera :
        settings.value(QStringLiteral("courtrooms/%1/channelCameras").arg(courtroom)).toList())
        cameras << camera.toInt();
    setCameraMapping(cameras);
    return true;
}

void ChannelMappingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChannelMappingPanel::retranslateUi()
{
    m_channelHeader->setText(tr("Microphone"));
    m_participantHeader->setText(tr("Who speaks into it"));
    //: column of the channel mapping: the camera that shows whoever speaks into the microphone
    m_cameraHeader->setText(tr("Camera"));
    m_levelHeader->setText(tr("Level (speak to find the microphone)"));
    // The roles in the drop-downs and on the meters follow the interface language.
    for (Row &row : m_rows) {
        row.combo->setItemText(0, tr("— not used —"));
        row.camera->setItemText(0, tr("—"));
        for (int i = 1; i < row.combo->count(); ++i)
            for (const Participant &participant : m_participants)
                if (QString::number(participant.id) == row.combo->itemData(i).toString())
                    row.combo->setItemText(i, participantDisplayName(participant, interfaceLanguage(), m_category));
    }
    updateMeterLabels();
    emit labelsChanged();
}

} // namespace hattama::ui
