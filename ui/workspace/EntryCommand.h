#pragma once

#include "workspace/WorkspaceModels.h"

#include <QUndoCommand>

namespace hattama::ui {

class EntryListModel;

// One undoable change to the timeline entries: add, edit or remove. Each step goes through
// the model to the repository, so undo and redo are committed like the original change.
class EntryCommand : public QUndoCommand {
public:
    enum class Action { Add, Edit, Remove };

    EntryCommand(EntryListModel *model, Action action, const TimelineEntry &before, const TimelineEntry &after);

    void redo() override;
    void undo() override;
    qint64 entryId() const { return m_after.id; }

private:
    void describe();

    EntryListModel *m_model;
    Action m_action;
    TimelineEntry m_before; // Edit/Remove: the entry as it was
    TimelineEntry m_after; // Add/Edit: the entry as it becomes (id filled by the repository)
};

} // namespace hattama::ui
