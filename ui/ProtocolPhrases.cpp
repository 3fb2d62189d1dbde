#include "ProtocolPhrases.h"

namespace hattama::ui {

QVector<EventTemplate> ProtocolPhrases::standardEvents(const QString &language)
{
    if (language == QLatin1String("kk")) {
        return {
            {QStringLiteral("opened"), QStringLiteral("Сот отырысы ашық деп жарияланды")},
            {QStringLiteral("rights"), QStringLiteral("Іске қатысатын адамдарға құқықтары мен міндеттері түсіндірілді")},
            {QStringLiteral("motion"), QStringLiteral("Өтінішхат мәлімделді")},
            {QStringLiteral("recusal"), QStringLiteral("Қарсылық білдірілді")},
            {QStringLiteral("testimony"), QStringLiteral("Куәдан жауап алу басталды")},
            {QStringLiteral("evidence"), QStringLiteral("Іс материалдары зерттелді")},
            {QStringLiteral("debates"), QStringLiteral("Сот жарыссөздері басталды")},
            {QStringLiteral("deliberation"), QStringLiteral("Сот кеңесу бөлмесіне кетеді")},
            {QStringLiteral("announced"), QStringLiteral("Сот актісі жарияланды, шағымдану тәртібі түсіндірілді")},
            {QStringLiteral("closed"), QStringLiteral("Сот отырысы жабық деп жарияланды")},
        };
    }
    return {
        {QStringLiteral("opened"), QStringLiteral("Судебное заседание объявлено открытым")},
        {QStringLiteral("rights"), QStringLiteral("Участникам процесса разъяснены их права и обязанности")},
        {QStringLiteral("motion"), QStringLiteral("Заявлено ходатайство")},
        {QStringLiteral("recusal"), QStringLiteral("Заявлен отвод")},
        {QStringLiteral("testimony"), QStringLiteral("Начат допрос свидетеля")},
        {QStringLiteral("evidence"), QStringLiteral("Исследованы материалы дела")},
        {QStringLiteral("debates"), QStringLiteral("Начаты судебные прения")},
        {QStringLiteral("deliberation"), QStringLiteral("Суд удаляется в совещательную комнату")},
        {QStringLiteral("announced"), QStringLiteral("Оглашён судебный акт, разъяснён порядок обжалования")},
        {QStringLiteral("closed"), QStringLiteral("Судебное заседание объявлено закрытым")},
    };
}

QString ProtocolPhrases::entryKindText(EntryKind kind, const QString &language)
{
    const bool kk = language == QLatin1String("kk");
    switch (kind) {
    case EntryKind::OffRecordStart:
        return kk ? QStringLiteral("Хаттамаға енгізілмейтін бөлік басталды") : QStringLiteral("Начало части вне протокола");
    case EntryKind::OffRecordEnd:
        return kk ? QStringLiteral("Хаттамаға енгізілмейтін бөлік аяқталды") : QStringLiteral("Конец части вне протокола");
    case EntryKind::SealedStart:
        return kk ? QStringLiteral("Жабық бөлік басталды") : QStringLiteral("Начало закрытой части");
    case EntryKind::SealedEnd:
        return kk ? QStringLiteral("Жабық бөлік аяқталды") : QStringLiteral("Конец закрытой части");
    case EntryKind::Marker:
        return kk ? QStringLiteral("Белгі") : QStringLiteral("Отметка");
    case EntryKind::Note:
    case EntryKind::Event:
        break;
    }
    return {};
}

} // namespace hattama::ui
