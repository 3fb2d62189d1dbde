#include "workspace/SpeakerDelegate.h"

#include "workspace/EntryListModel.h"

#include <QComboBox>

namespace hattama::ui {

SpeakerDelegate::SpeakerDelegate(EntryListModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QWidget *SpeakerDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("speakerEditor"));
    combo->addItem(tr("(nobody)"), qint64(0));
    for (const Participant &participant : m_model->participants())
        combo->addItem(m_model->participantLabel(participant), participant.id);
    return combo;
}

void SpeakerDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int row = combo->findData(index.data(Qt::EditRole).toLongLong());
    combo->setCurrentIndex(row < 0 ? 0 : row);
}

void SpeakerDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData().toLongLong(), Qt::EditRole);
}

} // namespace hattama::ui
