#include "hearing/EventTemplate.h"

#include "hearing/EventCatalogue.h"

namespace hattama {

const EventWording &EventTemplate::wording(const QString &lang) const
{
    return lang == QLatin1String("kk") ? kk : ru;
}

QString EventTemplate::label(const QString &lang) const
{
    const EventWording &chosen = wording(lang);
    return chosen.label.isEmpty() ? chosen.text : chosen.label;
}

bool EventTemplate::isStandardText(const QString &text) const
{
    for (const EventWording *each : { &ru, &kk }) {
        if (EventCatalogue::sameWording(text, each->text))
            return true;
        for (const QString &variant : each->byCategory)
            if (EventCatalogue::sameWording(text, variant))
                return true;
    }
    return false;
}

} // namespace hattama
