#pragma once

#include "hearing/HearingModel.h"
#include "session/RecordingStatus.h"

#include <QVector>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;

namespace hattama::ui {

class CameraPreview;
class ChannelMappingPanel;
class DevicePanel;
class PreflightPanel;

// Before the hearing: microphones mapped to participants with live meters, camera previews,
// the protocol language, open or closed session, and the pre-flight check.
class SetupPage : public QWidget {
    Q_OBJECT
public:
    explicit SetupPage(QWidget *parent = nullptr);

    ChannelMappingPanel *mappingPanel() const { return m_mapping; }
    // Which audio input and cameras to record; hidden until the owner lists the devices.
    DevicePanel *devicePanel() const { return m_devices; }
    void setDeviceChoiceVisible(bool visible);
    PreflightPanel *preflightPanel() const { return m_preflight; }
    void setCameraNames(const QStringList &names);
    int cameraCount() const { return int(m_cameras.size()); }
    CameraPreview *cameraPreview(int index) const { return m_cameras.value(index); }

    QString protocolLanguage() const;
    void setProtocolLanguage(const QString &code);
    bool closedSession() const;
    void setClosedSession(bool closed);

signals:
    void protocolLanguageChanged(const QString &code);
    void closedSessionChanged(bool closed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ChannelMappingPanel *m_mapping = nullptr;
    DevicePanel *m_devices = nullptr;
    QGroupBox *m_deviceGroup = nullptr;
    PreflightPanel *m_preflight = nullptr;
    QGroupBox *m_micGroup = nullptr;
    QGroupBox *m_cameraGroup = nullptr;
    QGroupBox *m_sessionGroup = nullptr;
    QGridLayout *m_cameraGrid = nullptr;
    QVector<CameraPreview *> m_cameras;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QComboBox *m_session = nullptr;
};

} // namespace hattama::ui
