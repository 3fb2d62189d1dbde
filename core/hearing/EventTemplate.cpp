#include "hearing/EventTemplate.h"

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

} // namespace hattama
