#pragma once

#include "hearing/HearingModel.h"
#include "util/Result.h"

#include <QUndoStack>

namespace hattama {

class TimelineRepository;

// Edits a hearing's timeline with undo/redo. Each operation is first committed through the
// repository (durable before it returns), then pushed on the undo stack; undo and redo are
// themselves committed edits (history and audit keep every step). Consecutive text edits of
// the same entry merge into one undo step.
class TimelineEditor {
public:
    explicit TimelineEditor(TimelineRepository &repository);

    Result<TimelineEntry> add(const TimelineEntry &entry);
    Result<TimelineEntry> editText(qint64 entryId, const QString &text);
    Result<TimelineEntry> update(const TimelineEntry &entry); // time, kind, text, speaker
    Result<TimelineEntry> remove(qint64 entryId);

    // Undo/redo the last step; the error (if the database refused) is returned.
    Status undo();
    Status redo();

    QUndoStack &undoStack() { return m_stack; } // for QUndoView / undo actions in the UI

    static constexpr int kTextEditCommandId = 0x4854; // mergeWith id of text edits

private:
    TimelineRepository &m_repository;
    QUndoStack m_stack;
    Status m_lastStatus;
    friend class TimelineCommand;
};

} // namespace hattama
