#include "workspace/MeterPanel.h"

#include "common/LevelMeter.h"

#include <QVBoxLayout>

namespace hattama::ui {

MeterPanel::MeterPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("meterPanel"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
}

void MeterPanel::setChannelLabels(const QStringList &labels)
{
    while (m_meters.size() > labels.size())
        delete m_meters.takeLast();
    while (m_meters.size() < labels.size()) {
        auto *meter = new LevelMeter(this);
        meter->setObjectName(QStringLiteral("meter_%1").arg(m_meters.size()));
        m_layout->insertWidget(int(m_meters.size()), meter);
        m_meters.append(meter);
    }
    for (int i = 0; i < labels.size(); ++i)
        m_meters[i]->setLabel(labels.at(i));
}

void MeterPanel::setLevels(const QVector<ChannelLevel> &levels)
{
    for (int i = 0; i < m_meters.size() && i < levels.size(); ++i)
        m_meters[i]->setLevel(levels.at(i));
}

} // namespace hattama::ui
