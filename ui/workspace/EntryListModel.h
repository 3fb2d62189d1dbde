#pragma once

#include "hearing/HearingModel.h"
#include "session/RecordingStatus.h"

#include "hearing/HearingModel.h"

#include <QAbstractTableModel>
#include <QList>

class QUndoStack;

namespace hattama {
class EntryStore;
class TimelineEditor;
} // namespace hattama

namespace hattama::ui {

// The hearing's timeline entries (core TimelineEntry), ordered by hearing time, as a table
// (time, speaker, text). It is a view over the core TimelineEditor: every change made through
// it (commit, edit in the list, delete, undo, redo) goes through the editor, which commits it
// to the EntryStore before returning; the rows follow the editor's entryChanged signal.
class EntryListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, SpeakerColumn, TextColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, HearingTimeRole, KindRole, SpeakerIdRole, EventIdRole };

    explicit EntryListModel(QObject *parent = nullptr);
    ~EntryListModel() override;

    // The store and id of the open hearing (nullptr: none); the undo history starts afresh.
    void setStore(EntryStore *store, const QString &hearingId = {});
    // Participants shown as speakers, labelled in the protocol language.
    void setParticipants(const QList<Participant> &participants, const QString &language, CaseCategory category);
    const QList<Participant> &participants() const { return m_participants; }
    // A participant as the Speaker column shows it: the role in the interface language.
    QString participantLabel(const Participant &participant) const;
    // The interface language changed: the Speaker column is shown again.
    void retranslate();
    TimelineEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const;

    // Entries already in storage (e.g. after a restart), without undo history.
    void setEntries(const QList<TimelineEntry> &entries);
    const QList<TimelineEntry> &entries() const { return m_entries; }
    // An entry another part of the program stored (the hearing's workflow writes the recording
    // events): shown at its place, not part of the undo history, which stays as it is.
    void showStored(const TimelineEntry &entry) { onEntryChanged(entry); }
    int rowOfId(qint64 id) const;

    // Undoable changes. commit() returns the stored entry's id, 0 when storage refused it.
    qint64 commit(const TimelineEntry &entry);
    bool editText(qint64 id, const QString &text);
    bool setSpeaker(qint64 id, qint64 participantId);
    bool remove(qint64 id);

    QString speakerName(qint64 participantId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void storageFailed();

private:
    void onEntryChanged(const TimelineEntry &entry);
    int insertionRow(qint64 hearingTimeMs) const;

    TimelineEditor *m_editor = nullptr;
    QList<TimelineEntry> m_entries;
    QList<Participant> m_participants;
    QString m_language = QStringLiteral("ru");
    CaseCategory m_category = CaseCategory::Civil; // the role names the law gives in it
};

} // namespace hattama::ui
