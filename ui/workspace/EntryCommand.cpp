#include "workspace/EntryCommand.h"

#include "workspace/EntryListModel.h"

#include <QCoreApplication>

namespace hattama::ui {

EntryCommand::EntryCommand(
    EntryListModel *model, Action action, const TimelineEntry &before, const TimelineEntry &after)
    : m_model(model)
    , m_action(action)
    , m_before(before)
    , m_after(after)
{
    describe();
}

void EntryCommand::describe()
{
    switch (m_action) {
    case Action::Add:
        setText(QCoreApplication::translate("hattama::ui::EntryCommand", "add entry"));
        break;
    case Action::Edit:
        setText(QCoreApplication::translate("hattama::ui::EntryCommand", "edit entry"));
        break;
    case Action::Remove:
        setText(QCoreApplication::translate("hattama::ui::EntryCommand", "delete entry"));
        break;
    }
}

void EntryCommand::redo()
{
    bool ok = false;
    switch (m_action) {
    case Action::Add: {
        const qint64 id = m_model->storeNew(m_after);
        ok = id > 0;
        if (ok)
            m_after.id = id;
        break;
    }
    case Action::Edit:
        ok = m_model->storeUpdate(m_after);
        break;
    case Action::Remove:
        ok = m_model->storeRemove(m_before.id);
        break;
    }
    // A step the repository refused is dropped from the stack rather than pretended.
    setObsolete(!ok);
}

void EntryCommand::undo()
{
    bool ok = false;
    switch (m_action) {
    case Action::Add:
        ok = m_model->storeRemove(m_after.id);
        break;
    case Action::Edit:
        ok = m_model->storeUpdate(m_before);
        break;
    case Action::Remove: {
        const qint64 id = m_model->storeNew(m_before);
        ok = id > 0;
        if (ok)
            m_before.id = id;
        break;
    }
    }
    setObsolete(!ok);
}

} // namespace hattama::ui
