#pragma once

#include <QString>

namespace hattama {

// The Kazakh name of a city of Kazakhstan given by its Russian name («Караганда» →
// «Қарағанды», «Усть-Каменогорск» → «Өскемен»); a city that is not in the list, or a name
// already in Kazakh, is returned as given. The cities of regional and republican significance.
QString kazakhCityName(const QString &city);

} // namespace hattama
