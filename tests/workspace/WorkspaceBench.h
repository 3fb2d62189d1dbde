#pragma once

// The workspace test bench: four participants, three microphones, one camera, a hand-driven
// hearing clock and a fake entry store.

#include "FakeEntryStore.h"

#include "workspace/ChannelMappingPanel.h"
#include "workspace/EntryEditor.h"
#include "workspace/HearingWorkspace.h"
#include "workspace/SetupPage.h"

#include "hearing/HearingModel.h"
#include "session/RecordingStatus.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace workspace_test {

using hattama::CameraHealth;
using hattama::ChannelLevel;
using hattama::Participant;
using hattama::RecorderState;
using hattama::RecordingStatus;
using hattama::Role;
using namespace hattama::ui;

constexpr qint64 kJudge = 1;
constexpr qint64 kProsecutor = 2;
constexpr qint64 kDefender = 3;
constexpr qint64 kDefendant = 4;

inline QList<Participant> participants()
{
    return { Participant { kJudge, QStringLiteral("judge"), 1, QStringLiteral("Ахметов А.Б."), Role::Judge, true, {} },
        Participant {
            kProsecutor, QStringLiteral("prosecutor"), 2, QStringLiteral("Серикова Д."), Role::Prosecutor, true, {} },
        Participant { kDefender, QStringLiteral("defender"), 3, QStringLiteral("Иванов П."), Role::Defender, true, {} },
        Participant {
            kDefendant, QStringLiteral("defendant"), 4, QStringLiteral("Омаров Е."), Role::Defendant, true, {} } };
}

inline ChannelLevel speaking(float rmsDbfs)
{
    ChannelLevel level;
    level.rmsDbfs = rmsDbfs;
    level.peakDbfs = rmsDbfs + 6;
    level.voiceActive = true;
    level.noSignal = false;
    return level;
}

// A channel with nothing above the noise floor: a dead or muted microphone.
inline ChannelLevel silent()
{
    ChannelLevel level;
    level.noSignal = true;
    return level;
}

inline ChannelLevel quiet()
{
    ChannelLevel level;
    level.rmsDbfs = -70;
    level.peakDbfs = -65;
    level.noSignal = false;
    return level;
}

// A workspace with four participants, three microphones (judge, prosecutor, defender), one
// camera, a hand-driven hearing clock and a fake entry store; shown and active.
struct Bench {
    QTemporaryDir settingsDir;
    FakeEntryStore repository;
    qint64 nowMs = 0;
    HearingWorkspace workspace;

    Bench()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        workspace.setParticipants(participants(), QStringLiteral("ru"), hattama::CaseCategory::Criminal);
        workspace.setChannelNames({ QStringLiteral("Mic 1"), QStringLiteral("Mic 2"), QStringLiteral("Mic 3") });
        workspace.setCameraNames({ QStringLiteral("Camera 1") });
        workspace.setupPage()->mappingPanel()->setMapping(
            { QString::number(kJudge), QString::number(kProsecutor), QString::number(kDefender) });
        workspace.setClock([this] { return nowMs; });
        workspace.setStore(&repository);
        workspace.resize(1366, 768);
        workspace.show();
        QApplication::setActiveWindow(&workspace);
        REQUIRE(QTest::qWaitForWindowActive(&workspace));
    }

    void record(qint64 atMs = 1000)
    {
        nowMs = atMs;
        RecordingStatus health;
        health.state = RecorderState::Recording;
        health.hearingTimeMs = atMs;
        health.diskHoursLeft = 20;
        workspace.setHealth(health);
    }
    QLineEdit *note() const { return workspace.editor()->textEdit(); }
};

} // namespace workspace_test
