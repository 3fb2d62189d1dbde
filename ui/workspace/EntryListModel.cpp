#include "workspace/EntryListModel.h"

#include "workspace/EntryCommand.h"
#include "workspace/RecordingControlBar.h"

#include <QBrush>
#include <QColor>
#include <QUndoStack>

#include <algorithm>

namespace hattama::ui {

EntryListModel::EntryListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undoStack(new QUndoStack(this))
{
}

EntryListModel::~EntryListModel()
{
    // The commands point back at this model; clear them while it is whole.
    m_undoStack->clear();
}

void EntryListModel::setParticipants(const QVector<Participant> &participants)
{
    m_participants = participants;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, SpeakerColumn), index(rowCount() - 1, SpeakerColumn));
}

void EntryListModel::setEntries(const QVector<TimelineEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const TimelineEntry &a, const TimelineEntry &b) { return a.hearingTimeMs < b.hearingTimeMs; });
    m_undoStack->clear();
    m_idAliases.clear();
    endResetModel();
}

int EntryListModel::rowOfId(qint64 id) const
{
    const qint64 real = resolve(id);
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).id == real)
            return row;
    return -1;
}

qint64 EntryListModel::commit(const TimelineEntry &entry)
{
    m_lastStoredId = 0;
    // push() runs redo(), which stores the entry; a refused one is dropped from the stack.
    m_undoStack->push(new EntryCommand(this, EntryCommand::Action::Add, {}, entry));
    return m_lastStoredId;
}

bool EntryListModel::edit(const TimelineEntry &entry)
{
    const int row = rowOfId(entry.id);
    if (row < 0)
        return false;
    TimelineEntry after = entry;
    after.id = m_entries.at(row).id;
    const int before = m_undoStack->count();
    m_undoStack->push(new EntryCommand(this, EntryCommand::Action::Edit, m_entries.at(row), after));
    return m_undoStack->count() > before;
}

bool EntryListModel::remove(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    const int before = m_undoStack->count();
    m_undoStack->push(new EntryCommand(this, EntryCommand::Action::Remove, m_entries.at(row), {}));
    return m_undoStack->count() > before;
}

qint64 EntryListModel::resolve(qint64 id) const
{
    qint64 current = id;
    for (int guard = 0; guard < 1000 && m_idAliases.contains(current); ++guard)
        current = m_idAliases.value(current);
    return current;
}

int EntryListModel::insertionRow(qint64 hearingTimeMs) const
{
    const auto it = std::upper_bound(m_entries.begin(), m_entries.end(), hearingTimeMs,
        [](qint64 t, const TimelineEntry &e) { return t < e.hearingTimeMs; });
    return int(it - m_entries.begin());
}

qint64 EntryListModel::storeNew(const TimelineEntry &entry)
{
    if (!m_repository)
        return 0;
    TimelineEntry stored = entry;
    const qint64 previousId = entry.id;
    stored.id = 0;
    const qint64 id = previousId > 0 ? m_repository->restoreEntry(entry) : m_repository->addEntry(stored);
    if (id <= 0) {
        emit storageFailed();
        return 0;
    }
    stored.id = id;
    m_lastStoredId = id;
    if (previousId > 0 && previousId != id)
        m_idAliases.insert(previousId, id);
    const int row = insertionRow(stored.hearingTimeMs);
    beginInsertRows({}, row, row);
    m_entries.insert(row, stored);
    endInsertRows();
    return id;
}

bool EntryListModel::storeUpdate(const TimelineEntry &entry)
{
    const int row = rowOfId(entry.id);
    if (row < 0 || !m_repository)
        return false;
    TimelineEntry stored = entry;
    stored.id = m_entries.at(row).id;
    if (!m_repository->updateEntry(stored)) {
        emit storageFailed();
        return false;
    }
    m_entries[row] = stored;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool EntryListModel::storeRemove(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0 || !m_repository)
        return false;
    if (!m_repository->removeEntry(m_entries.at(row).id)) {
        emit storageFailed();
        return false;
    }
    beginRemoveRows({}, row, row);
    m_entries.remove(row);
    endRemoveRows();
    return true;
}

QString EntryListModel::speakerName(const QString &speakerId) const
{
    for (const Participant &participant : m_participants)
        if (participant.id == speakerId)
            return participant.displayName();
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
            return role == Qt::EditRole ? QVariant(entry.speakerId) : QVariant(speakerName(entry.speakerId));
        case TextColumn:
            return entry.text;
        }
        break;
    case Qt::BackgroundRole:
        switch (entry.kind) {
        case EntryKind::Event:
            return QBrush(QColor(0xe3, 0xf2, 0xfd));
        case EntryKind::Marker:
            return QBrush(QColor(0xff, 0xf8, 0xe1));
        case EntryKind::OffRecordStart:
        case EntryKind::OffRecordEnd:
            return QBrush(QColor(0xee, 0xee, 0xee));
        case EntryKind::SealedStart:
        case EntryKind::SealedEnd:
            return QBrush(QColor(0xfc, 0xe4, 0xec));
        case EntryKind::Note:
            break;
        }
        break;
    case EntryIdRole:
        return entry.id;
    case HearingTimeRole:
        return entry.hearingTimeMs;
    case KindRole:
        return int(entry.kind);
    case SpeakerIdRole:
        return entry.speakerId;
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
    TimelineEntry changed = m_entries.at(index.row());
    if (index.column() == TextColumn)
        changed.text = value.toString();
    else if (index.column() == SpeakerColumn)
        changed.speakerId = value.toString();
    else
        return false;
    if (changed.text == m_entries.at(index.row()).text && changed.speakerId == m_entries.at(index.row()).speakerId)
        return true;
    return edit(changed);
}

} // namespace hattama::ui
