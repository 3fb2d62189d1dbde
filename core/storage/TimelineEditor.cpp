#include "storage/TimelineEditor.h"

#include "storage/TimelineRepository.h"

#include <QUndoCommand>

namespace hattama {

// Base of the editor's commands: the first redo() is skipped (the change was committed
// before the push); later ones report their Status to the editor.
class TimelineCommand : public QUndoCommand {
public:
    TimelineCommand(TimelineEditor &editor, const QString &text)
        : QUndoCommand(text)
        , m_editor(editor)
    {
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_editor.m_lastStatus = apply(true);
    }
    void undo() override { m_editor.m_lastStatus = apply(false); }

protected:
    virtual Status apply(bool forward) = 0;
    TimelineRepository &repository() { return m_editor.m_repository; }

    static Status status(const Result<TimelineEntry> &result) { return result ? Status {} : Status { result.error() }; }

private:
    TimelineEditor &m_editor;
    bool m_first = true;
};

namespace {

class AddEntryCommand : public TimelineCommand {
public:
    AddEntryCommand(TimelineEditor &editor, qint64 entryId)
        : TimelineCommand(editor, QStringLiteral("add entry"))
        , m_entryId(entryId)
    {
    }

protected:
    Status apply(bool forward) override
    {
        return status(forward ? repository().restore(m_entryId) : repository().remove(m_entryId));
    }

private:
    qint64 m_entryId;
};

class RemoveEntryCommand : public TimelineCommand {
public:
    RemoveEntryCommand(TimelineEditor &editor, qint64 entryId)
        : TimelineCommand(editor, QStringLiteral("delete entry"))
        , m_entryId(entryId)
    {
    }

protected:
    Status apply(bool forward) override
    {
        return status(forward ? repository().remove(m_entryId) : repository().restore(m_entryId));
    }

private:
    qint64 m_entryId;
};

class EditEntryCommand : public TimelineCommand {
public:
    EditEntryCommand(TimelineEditor &editor, TimelineEntry before, TimelineEntry after, bool textOnly)
        : TimelineCommand(editor, QStringLiteral("edit entry"))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_textOnly(textOnly)
    {
    }

    int id() const override { return m_textOnly ? TimelineEditor::kTextEditCommandId : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const EditEntryCommand *>(other);
        if (!edit->m_textOnly || edit->m_after.id != m_after.id)
            return false;
        m_after = edit->m_after;
        return true;
    }

protected:
    Status apply(bool forward) override { return status(repository().update(forward ? m_after : m_before)); }

private:
    TimelineEntry m_before;
    TimelineEntry m_after;
    bool m_textOnly;
};

} // namespace

TimelineEditor::TimelineEditor(TimelineRepository &repository)
    : m_repository(repository)
{
}

Result<TimelineEntry> TimelineEditor::add(const TimelineEntry &entry)
{
    auto stored = m_repository.add(entry);
    if (stored)
        m_stack.push(new AddEntryCommand(*this, stored->id));
    return stored;
}

Result<TimelineEntry> TimelineEditor::editText(qint64 entryId, const QString &text)
{
    auto before = m_repository.get(entryId);
    if (!before)
        return before;
    auto after = m_repository.editText(entryId, text);
    if (after)
        m_stack.push(new EditEntryCommand(*this, *before, *after, true));
    return after;
}

Result<TimelineEntry> TimelineEditor::update(const TimelineEntry &entry)
{
    auto before = m_repository.get(entry.id);
    if (!before)
        return before;
    auto after = m_repository.update(entry);
    if (after)
        m_stack.push(new EditEntryCommand(*this, *before, *after, false));
    return after;
}

Result<TimelineEntry> TimelineEditor::remove(qint64 entryId)
{
    auto removed = m_repository.remove(entryId);
    if (removed)
        m_stack.push(new RemoveEntryCommand(*this, entryId));
    return removed;
}

Status TimelineEditor::undo()
{
    if (!m_stack.canUndo())
        return usageError(QStringLiteral("nothing to undo"));
    m_lastStatus = {};
    m_stack.undo();
    return m_lastStatus;
}

Status TimelineEditor::redo()
{
    if (!m_stack.canRedo())
        return usageError(QStringLiteral("nothing to redo"));
    m_lastStatus = {};
    m_stack.redo();
    return m_lastStatus;
}

} // namespace hattama
