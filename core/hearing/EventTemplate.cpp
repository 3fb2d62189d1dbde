#include "hearing/EventTemplate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hattama {

Result<QList<EventTemplate>> EventTemplate::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return usageError(QStringLiteral("event templates are not valid JSON: %1").arg(parseError.errorString()));
    const QJsonArray items = document.object().value(QLatin1String("templates")).toArray();
    QList<EventTemplate> templates;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString path = QStringLiteral("templates[%1]").arg(i);
        EventTemplate entry;
        const auto category = categoryFromId(item.value(QLatin1String("category")).toString());
        const auto kind = entryKindFromId(item.value(QLatin1String("kind")).toString());
        if (!category)
            return usageError(QStringLiteral("%1.category is not criminal, civil or administrative").arg(path));
        if (!kind)
            return usageError(QStringLiteral("%1.kind is not a timeline entry kind").arg(path));
        entry.category = *category;
        entry.kind = *kind;
        entry.language = item.value(QLatin1String("language")).toString();
        entry.slot = item.value(QLatin1String("slot")).toInt();
        entry.hotkey = item.value(QLatin1String("hotkey")).toString();
        entry.text = item.value(QLatin1String("text")).toString();
        if (entry.slot <= 0 || entry.text.isEmpty()
            || (entry.language != QLatin1String("ru") && entry.language != QLatin1String("kk")))
            return usageError(QStringLiteral("%1 needs a slot > 0, a language ru or kk, and a text").arg(path));
        templates << entry;
    }
    return templates;
}

Result<QList<EventTemplate>> EventTemplate::shippedDefaults()
{
    QFile file(QString::fromLatin1(kDefaultsResource));
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("the default event templates %1 are not in this build")
                           .arg(QString::fromLatin1(kDefaultsResource)),
            QStringLiteral("link hattama_resources"));
    return parse(file.readAll());
}

} // namespace hattama
