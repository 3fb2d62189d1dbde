#include "workspace/EntryListModel.h"

#include "workspace/RecordingControlBar.h"

#include "hearing/DisplayNames.h"
#include "hearing/TimelineEditor.h"
#include "util/Translations.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>

namespace hattama::ui {

EntryListModel::EntryListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(new TimelineEditor(this))
{
    connect(m_editor, &TimelineEditor::entryChanged, this, &EntryListModel::onEntryChanged);
    connect(m_editor, &TimelineEditor::storeFailed, this, &EntryListModel::storageFailed);
}

EntryListModel::~EntryListModel() = default;

QUndoStack *EntryListModel::undoStack() const
{
    return m_editor->undoStack();
}

void EntryListModel::setStore(EntryStore *store, const QString &hearingId)
{
    m_editor->setStore(store, hearingId);
}

void EntryListModel::setParticipants(
    const QList<Participant> &participants, const QString &language, CaseCategory category)
{
    m_participants = participants;
    m_language = language;
    m_category = category;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, SpeakerColumn), index(rowCount() - 1, SpeakerColumn));
}

QString EntryListModel::participantLabel(const Participant &participant) const
{
    // The role as the interface names it; the protocol words it in its own language.
    return participantDisplayName(participant, Translations::systemLanguage(QLocale()), m_category);
}

void EntryListModel::retranslate()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, SpeakerColumn), index(rowCount() - 1, SpeakerColumn));
}

void EntryListModel::setEntries(const QList<TimelineEntry> &entries)
{
    beginResetModel();
    m_entries.clear();
    for (const TimelineEntry &entry : entries) {
        if (!entry.deleted)
            m_entries << entry;
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.hearingTimeMs < b.hearingTimeMs; });
    m_editor->undoStack()->clear();
    endResetModel();
}

int EntryListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).id == id)
            return row;
    return -1;
}

qint64 EntryListModel::commit(const TimelineEntry &entry)
{
    TimelineEntry draft = entry;
    draft.id = 0;
    const auto stored = m_editor->add(draft);
    return stored ? stored->id : 0;
}

bool EntryListModel::editText(qint64 id, const QString &text)
{
    return bool(m_editor->editText(id, text));
}

bool EntryListModel::setSpeaker(qint64 id, qint64 participantId)
{
    return bool(m_editor->setSpeaker(id, participantId));
}

bool EntryListModel::remove(qint64 id)
{
    return bool(m_editor->remove(id));
}

int EntryListModel::insertionRow(qint64 hearingTimeMs) const
{
    const auto it = std::upper_bound(m_entries.begin(), m_entries.end(), hearingTimeMs,
        [](qint64 t, const TimelineEntry &e) { return t < e.hearingTimeMs; });
    return int(it - m_entries.begin());
}

void EntryListModel::onEntryChanged(const TimelineEntry &entry)
{
    const int row = rowOfId(entry.id);
    if (entry.deleted) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row >= 0 && m_entries.at(row).hearingTimeMs == entry.hearingTimeMs) {
        m_entries[row] = entry;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    const int at = insertionRow(entry.hearingTimeMs);
    beginInsertRows({}, at, at);
    m_entries.insert(at, entry);
    endInsertRows();
}

QString EntryListModel::speakerName(qint64 participantId) const
{
    for (const Participant &participant : m_participants)
        if (participant.id == participantId)
            return participantLabel(participant);
    return {};
}

int EntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QVariant kindBackground(EntryKind kind)
{
    switch (kind) {
    case EntryKind::ProceduralEvent:
    case EntryKind::RecessStart:
    case EntryKind::RecessEnd:
        return QBrush(QColor(0xe3, 0xf2, 0xfd));
    case EntryKind::Marker:
        return QBrush(QColor(0xff, 0xf8, 0xe1));
    case EntryKind::OffRecordStart:
    case EntryKind::OffRecordEnd:
        return QBrush(QColor(0xee, 0xee, 0xee));
    case EntryKind::SealedStart:
    case EntryKind::SealedEnd:
        return QBrush(QColor(0xfc, 0xe4, 0xec));
    default: // notes, speaker changes and any other kind: no colour
        return {};
    }
}
} // namespace

QVariant EntryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TimeColumn:
            return RecordingControlBar::formatHearingTime(entry.hearingTimeMs);
        case SpeakerColumn:
            return role == Qt::EditRole ? QVariant(entry.speakerParticipantId)
                                        : QVariant(speakerName(entry.speakerParticipantId));
        case TextColumn:
            return entry.text;
        }
        break;
    case Qt::BackgroundRole:
        return kindBackground(entry.kind);
    case EntryIdRole:
        return entry.id;
    case HearingTimeRole:
        return entry.hearingTimeMs;
    case KindRole:
        return int(entry.kind);
    case SpeakerIdRole:
        return entry.speakerParticipantId;
    case EventIdRole:
        return entry.eventId;
    default:
        break;
    }
    return {};
}

QVariant EntryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SpeakerColumn:
        return tr("Speaker");
    case TextColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags EntryListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != TimeColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool EntryListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_entries.size())
        return false;
    const TimelineEntry &entry = m_entries.at(index.row());
    if (index.column() == TextColumn) {
        const QString text = value.toString();
        return text == entry.text || editText(entry.id, text);
    }
    if (index.column() == SpeakerColumn) {
        const qint64 speaker = value.toLongLong();
        return speaker == entry.speakerParticipantId || setSpeaker(entry.id, speaker);
    }
    return false;
}

} // namespace hattama::ui
