#pragma once

#include "capture/DeviceInfo.h"
#include "media/DeviceChoice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace hattama::ui {

// Setup: which audio input and which cameras this hearing records, from what the computer
// has. The choice is remembered per courtroom, so the next hearing there starts with it.
// Changing it while recording is impossible (the panel is disabled then).
class DevicePanel : public QWidget {
    Q_OBJECT
public:
    explicit DevicePanel(QWidget *parent = nullptr);

    void setInventory(const DeviceInventory &inventory);
    void setChoice(const DeviceChoice &choice);
    DeviceChoice choice() const;

    QComboBox *audioCombo() const { return m_audio; }
    // A second audio input recorded together with the first ("— none —" by default).
    QComboBox *extraAudioCombo() const { return m_extraAudio; }
    QListWidget *cameraList() const { return m_cameras; }
    QPushButton *refreshButton() const { return m_refresh; }

    // The courtroom's last choice, in QSettings ("devices/<courtroom>/…"); false: none stored.
    static bool restoreChoice(const QString &courtroom, DeviceChoice *choice);
    static void storeChoice(const QString &courtroom, const DeviceChoice &choice);

signals:
    // The secretary picked another audio input or (un)ticked a camera.
    void choiceChanged();
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    DeviceInventory m_inventory;
    DeviceChoice m_choice;
    bool m_filling = false;
    QLabel *m_audioLabel = nullptr;
    QComboBox *m_audio = nullptr;
    QLabel *m_extraAudioLabel = nullptr;
    QComboBox *m_extraAudio = nullptr;
    QLabel *m_camerasLabel = nullptr;
    QListWidget *m_cameras = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace hattama::ui
