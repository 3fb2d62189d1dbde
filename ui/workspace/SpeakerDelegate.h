#pragma once

#include <QStyledItemDelegate>

namespace hattama::ui {

class EntryListModel;

// Edits an entry's speaker in the list with a drop-down of the hearing's participants.
class SpeakerDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    SpeakerDelegate(EntryListModel *model, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    EntryListModel *m_model;
};

} // namespace hattama::ui
