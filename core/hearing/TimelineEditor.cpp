#include "hearing/TimelineEditor.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace hattama {

// Base of the editor's commands: the first redo() is skipped (the change was committed before
// the push); later ones and undo() commit through the store and report to the editor.
class TimelineCommand : public QUndoCommand {
public:
    TimelineCommand(TimelineEditor &editor, const char *text)
        : QUndoCommand(QCoreApplication::translate("hattama::TimelineEditor", text))
        , m_editor(editor)
    {
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        report(apply(true));
    }
    void undo() override { report(apply(false)); }

protected:
    virtual Result<TimelineEntry> apply(bool forward) = 0;
    EntryStore &store() { return *m_editor.m_store; }

private:
    void report(Result<TimelineEntry> result)
    {
        const bool ok = bool(result);
        m_editor.m_lastStatus = ok ? Status {} : Status { result.error() };
        (void)m_editor.changed(std::move(result)); // the outcome is in m_lastStatus
        setObsolete(!ok);
    }

    TimelineEditor &m_editor;
    bool m_first = true;
};

namespace {

class AddEntryCommand : public TimelineCommand {
public:
    AddEntryCommand(TimelineEditor &editor, qint64 entryId)
        : TimelineCommand(editor, QT_TRANSLATE_NOOP("hattama::TimelineEditor", "add entry"))
        , m_entryId(entryId)
    {
    }

protected:
    Result<TimelineEntry> apply(bool forward) override
    {
        return forward ? store().restore(m_entryId) : store().remove(m_entryId);
    }

private:
    qint64 m_entryId;
};

class RemoveEntryCommand : public TimelineCommand {
public:
    RemoveEntryCommand(TimelineEditor &editor, qint64 entryId)
        : TimelineCommand(editor, QT_TRANSLATE_NOOP("hattama::TimelineEditor", "delete entry"))
        , m_entryId(entryId)
    {
    }

protected:
    Result<TimelineEntry> apply(bool forward) override
    {
        return forward ? store().remove(m_entryId) : store().restore(m_entryId);
    }

private:
    qint64 m_entryId;
};

class EditEntryCommand : public TimelineCommand {
public:
    EditEntryCommand(TimelineEditor &editor, TimelineEntry before, TimelineEntry after, bool textOnly)
        : TimelineCommand(editor, QT_TRANSLATE_NOOP("hattama::TimelineEditor", "edit entry"))
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
    Result<TimelineEntry> apply(bool forward) override { return store().update(forward ? m_after : m_before); }

private:
    TimelineEntry m_before;
    TimelineEntry m_after;
    bool m_textOnly;
};

} // namespace

TimelineEditor::TimelineEditor(QObject *parent)
    : QObject(parent)
{
}

TimelineEditor::~TimelineEditor()
{
    // The commands point back at this editor; clear them while it is whole.
    m_stack.clear();
}

void TimelineEditor::setStore(EntryStore *store, const QString &hearingId)
{
    m_stack.clear();
    m_store = store;
    m_hearingId = hearingId;
}

Status TimelineEditor::noStore() const
{
    return usageError(QStringLiteral("no hearing is open for editing its timeline"));
}

Result<TimelineEntry> TimelineEditor::changed(Result<TimelineEntry> result)
{
    if (result)
        emit entryChanged(*result);
    else
        emit storeFailed(result.error());
    return result;
}

Result<TimelineEntry> TimelineEditor::add(const TimelineEntry &entry)
{
    if (!m_store)
        return noStore().error();
    TimelineEntry draft = entry;
    if (draft.hearingId.isEmpty())
        draft.hearingId = m_hearingId;
    auto stored = changed(m_store->add(draft));
    if (stored)
        m_stack.push(new AddEntryCommand(*this, stored->id));
    return stored;
}

Result<TimelineEntry> TimelineEditor::edit(
    qint64 entryId, bool textOnly, const std::function<void(TimelineEntry &)> &change)
{
    if (!m_store)
        return noStore().error();
    auto before = m_store->get(entryId);
    if (!before)
        return changed(std::move(before));
    TimelineEntry wanted = *before;
    change(wanted);
    auto after = changed(m_store->update(wanted));
    if (after)
        m_stack.push(new EditEntryCommand(*this, *before, *after, textOnly));
    return after;
}

Result<TimelineEntry> TimelineEditor::editText(qint64 entryId, const QString &text)
{
    return edit(entryId, true, [&](TimelineEntry &entry) { entry.text = text; });
}

Result<TimelineEntry> TimelineEditor::setSpeaker(qint64 entryId, qint64 participantId)
{
    return edit(entryId, false, [&](TimelineEntry &entry) { entry.speakerParticipantId = participantId; });
}

Result<TimelineEntry> TimelineEditor::update(const TimelineEntry &entry)
{
    return edit(entry.id, false, [&](TimelineEntry &stored) {
        stored.hearingTimeMs = entry.hearingTimeMs;
        stored.kind = entry.kind;
        stored.eventId = entry.eventId;
        stored.text = entry.text;
        stored.speakerParticipantId = entry.speakerParticipantId;
    });
}

Result<TimelineEntry> TimelineEditor::remove(qint64 entryId)
{
    if (!m_store)
        return noStore().error();
    auto removed = changed(m_store->remove(entryId));
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
