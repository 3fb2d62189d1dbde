#pragma once

#include "hearing/EntryStore.h"
#include "hearing/HearingModel.h"
#include "util/Result.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace hattama {

class TimelineCommand;

// The one way a hearing's timeline is edited, with undo and redo: the GUI workspace's entry
// list is a view over it. Each change is committed through the EntryStore (durable) before
// the call returns, then becomes a step on the undo stack; undo and redo are themselves
// committed changes (the store's history and audit keep every step). Consecutive text edits
// of the same entry merge into one undo step. An edit changes only what it names: editing the
// text of a recess or speaker-change entry keeps its kind and event id.
class TimelineEditor : public QObject {
    Q_OBJECT
public:
    explicit TimelineEditor(QObject *parent = nullptr);
    ~TimelineEditor() override;

    // The store and the id of the open hearing (nullptr: none); the undo history starts afresh.
    void setStore(EntryStore *store, const QString &hearingId = {});
    EntryStore *store() const { return m_store; }
    QString hearingId() const { return m_hearingId; }

    // Adds an entry (to the open hearing when entry.hearingId is empty).
    Result<TimelineEntry> add(const TimelineEntry &entry);
    Result<TimelineEntry> editText(qint64 entryId, const QString &text);
    Result<TimelineEntry> setSpeaker(qint64 entryId, qint64 participantId);
    // An explicit change of time, kind, event id, text and speaker together.
    Result<TimelineEntry> update(const TimelineEntry &entry);
    Result<TimelineEntry> remove(qint64 entryId);

    // Undo/redo the last step; the error is returned when the store refused it (the step is
    // then dropped from the stack rather than pretended).
    Status undo();
    Status redo();

    QUndoStack *undoStack() { return &m_stack; } // for the undo/redo actions of the UI

    static constexpr int kTextEditCommandId = 0x4854; // QUndoCommand::id() of text edits

signals:
    // The entry as the store now has it: added, edited, removed (deleted set) or restored.
    void entryChanged(const hattama::TimelineEntry &entry);
    void storeFailed(const hattama::Error &error);

private:
    friend class TimelineCommand;
    Result<TimelineEntry> changed(Result<TimelineEntry> result);
    Result<TimelineEntry> edit(qint64 entryId, bool textOnly, const std::function<void(TimelineEntry &)> &change);
    Status noStore() const;

    EntryStore *m_store = nullptr;
    QString m_hearingId;
    QUndoStack m_stack;
    Status m_lastStatus;
};

} // namespace hattama
