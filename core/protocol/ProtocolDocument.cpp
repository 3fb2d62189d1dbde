#include "protocol/ProtocolDocument.h"

#include "protocol/DateForms.h"

#include <QJsonArray>
#include <QUrl>

namespace hattama::protocol {

QString ProtocolDocument::timeLink(qint64 timeMs) const
{
    return QStringLiteral("hattama://hearing/%1?t=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(hearingId)))
        .arg(timeMs);
}

int ProtocolDocument::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < blocks.size(); ++i)
        if (blocks.at(i).key == key)
            return int(i);
    return -1;
}

bool ProtocolDocument::setBlockText(const QString &key, const QString &text)
{
    const int index = indexOf(key);
    if (index < 0)
        return false;
    blocks[index].text = text;
    return true;
}

QString ProtocolDocument::insertBlockAfter(const QString &afterKey, const QString &style, const QString &text)
{
    int number = 1;
    while (indexOf(QStringLiteral("manual/%1").arg(number)) >= 0)
        ++number;
    ProtocolBlock block;
    block.key = QStringLiteral("manual/%1").arg(number);
    block.style = style;
    block.text = text;
    const int after = afterKey.isEmpty() ? -1 : indexOf(afterKey);
    blocks.insert(after + 1, block);
    return block.key;
}

QStringList ProtocolDocument::textLines() const
{
    QStringList lines;
    for (const ProtocolBlock &block : blocks) {
        if (block.text.isEmpty())
            continue;
        const QString prefix
            = block.hasTimeCode() ? QStringLiteral("[%1] ").arg(DateForms::timeCode(block.timeMs)) : QString();
        const QStringList parts = block.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < parts.size(); ++i)
            lines << (i == 0 ? prefix : QString()) + parts.at(i);
    }
    return lines;
}

QJsonObject ProtocolDocument::toJson() const
{
    QJsonArray list;
    for (const ProtocolBlock &block : blocks) {
        QJsonObject object { { QLatin1String("key"), block.key }, { QLatin1String("style"), block.style },
            { QLatin1String("text"), block.text } };
        if (block.timeMs >= 0)
            object.insert(QLatin1String("timeMs"), block.timeMs);
        if (!block.wallTime.isEmpty())
            object.insert(QLatin1String("wallTime"), block.wallTime);
        if (block.edited())
            object.insert(QLatin1String("generatedText"), block.generatedText);
        if (block.conflict)
            object.insert(QLatin1String("conflict"), true);
        list.append(object);
    }
    return QJsonObject { { QLatin1String("language"), language }, { QLatin1String("kind"), kind },
        { QLatin1String("hearingId"), hearingId }, { QLatin1String("caseNumber"), caseNumber },
        { QLatin1String("pageLabel"), pageLabel }, { QLatin1String("caseLabel"), caseLabel },
        { QLatin1String("title"), title }, { QLatin1String("blocks"), list } };
}

ProtocolDocument ProtocolDocument::fromJson(const QJsonObject &json)
{
    ProtocolDocument document;
    document.language = json.value(QLatin1String("language")).toString();
    document.kind = json.value(QLatin1String("kind")).toString();
    document.hearingId = json.value(QLatin1String("hearingId")).toString();
    document.caseNumber = json.value(QLatin1String("caseNumber")).toString();
    document.pageLabel = json.value(QLatin1String("pageLabel")).toString();
    document.caseLabel = json.value(QLatin1String("caseLabel")).toString();
    document.title = json.value(QLatin1String("title")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("blocks")).toArray()) {
        const QJsonObject object = value.toObject();
        ProtocolBlock block;
        block.key = object.value(QLatin1String("key")).toString();
        block.style = object.value(QLatin1String("style")).toString();
        block.text = object.value(QLatin1String("text")).toString();
        block.timeMs = object.value(QLatin1String("timeMs")).toInteger(-1);
        block.wallTime = object.value(QLatin1String("wallTime")).toString();
        block.generatedText = object.contains(QLatin1String("generatedText"))
            ? object.value(QLatin1String("generatedText")).toString()
            : block.text;
        block.conflict = object.value(QLatin1String("conflict")).toBool(false);
        document.blocks << block;
    }
    return document;
}

} // namespace hattama::protocol
