#pragma once

#include "workspace/WorkspaceModels.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

class QUndoStack;

namespace hattama::ui {

// The hearing's timeline entries, ordered by hearing time, as a table (time, speaker, text).
// Changes made through it (commit, edit in the list, delete) are undoable commands on its
// QUndoStack; each step is stored through the EntryRepository at once.
class EntryListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, SpeakerColumn, TextColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, HearingTimeRole, KindRole, SpeakerIdRole };

    explicit EntryListModel(QObject *parent = nullptr);
    ~EntryListModel() override;

    void setRepository(EntryRepository *repository) { m_repository = repository; }
    void setParticipants(const QVector<Participant> &participants);
    QVector<Participant> participants() const { return m_participants; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Entries already in storage (e.g. after a restart), without undo history.
    void setEntries(const QVector<TimelineEntry> &entries);
    const QVector<TimelineEntry> &entries() const { return m_entries; }
    int rowOfId(qint64 id) const;

    // Undoable changes. commit() returns the stored entry's id, 0 when storage refused it.
    qint64 commit(const TimelineEntry &entry);
    bool edit(const TimelineEntry &entry);
    bool remove(qint64 id);

    QString speakerName(const QString &speakerId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // Used by EntryCommand: one repository call and the matching model change.
    qint64 storeNew(const TimelineEntry &entry);
    bool storeUpdate(const TimelineEntry &entry);
    bool storeRemove(qint64 id);

signals:
    void storageFailed();

private:
    qint64 resolve(qint64 id) const;
    int insertionRow(qint64 hearingTimeMs) const;

    EntryRepository *m_repository = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QVector<TimelineEntry> m_entries;
    QVector<Participant> m_participants;
    qint64 m_lastStoredId = 0;
    QHash<qint64, qint64> m_idAliases; // an entry re-added by undo/redo gets a new id
};

} // namespace hattama::ui
