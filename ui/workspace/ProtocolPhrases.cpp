#include "workspace/ProtocolPhrases.h"

namespace hattama::ui {

QVector<EventTemplate> ProtocolPhrases::standardEvents(const QString &language)
{
    if (language == QLatin1String("kk")) {
        return {
            { QStringLiteral("opened"), QStringLiteral("Сот отырысы ашық деп жарияланды"), QStringLiteral("Ашылуы"), QString() },
            { QStringLiteral("rights"),
                QStringLiteral("Іске қатысатын адамдарға құқықтары мен міндеттері түсіндірілді"),
                QStringLiteral("Құқықтар"), QString() },
            { QStringLiteral("motion"), QStringLiteral("Өтінішхат мәлімделді"), QStringLiteral("Өтінішхат"), QString() },
            { QStringLiteral("recusal"), QStringLiteral("Қарсылық білдірілді"), QStringLiteral("Қарсылық"), QString() },
            { QStringLiteral("testimony"), QStringLiteral("Куәдан жауап алу басталды"),
                QStringLiteral("Куәдан жауап алу"), QString() },
            { QStringLiteral("evidence"), QStringLiteral("Іс материалдары зерттелді"),
                QStringLiteral("Материалдарды зерттеу"), QString() },
            { QStringLiteral("debates"), QStringLiteral("Сот жарыссөздері басталды"), QStringLiteral("Жарыссөздер"), QString() },
            { QStringLiteral("deliberation"), QStringLiteral("Сот кеңесу бөлмесіне кетеді"),
                QStringLiteral("Кеңесу бөлмесі"), QString() },
            { QStringLiteral("announced"), QStringLiteral("Сот актісі жарияланды, шағымдану тәртібі түсіндірілді"),
                QStringLiteral("Жариялау"), QString() },
            { QStringLiteral("closed"), QStringLiteral("Сот отырысы жабық деп жарияланды"), QStringLiteral("Жабылуы"), QString() },
        };
    }
    return {
        { QStringLiteral("opened"), QStringLiteral("Судебное заседание объявлено открытым"),
            QStringLiteral("Открытие"), QString() },
        { QStringLiteral("rights"), QStringLiteral("Участникам процесса разъяснены их права и обязанности"),
            QStringLiteral("Права"), QString() },
        { QStringLiteral("motion"), QStringLiteral("Заявлено ходатайство"), QStringLiteral("Ходатайство"), QString() },
        { QStringLiteral("recusal"), QStringLiteral("Заявлен отвод"), QStringLiteral("Отвод"), QString() },
        { QStringLiteral("testimony"), QStringLiteral("Начат допрос свидетеля"), QStringLiteral("Допрос свидетеля"), QString() },
        { QStringLiteral("evidence"), QStringLiteral("Исследованы материалы дела"),
            QStringLiteral("Исследование материалов"), QString() },
        { QStringLiteral("debates"), QStringLiteral("Начаты судебные прения"), QStringLiteral("Прения"), QString() },
        { QStringLiteral("deliberation"), QStringLiteral("Суд удаляется в совещательную комнату"),
            QStringLiteral("Совещательная комната"), QString() },
        { QStringLiteral("announced"), QStringLiteral("Оглашён судебный акт, разъяснён порядок обжалования"),
            QStringLiteral("Оглашение"), QString() },
        { QStringLiteral("closed"), QStringLiteral("Судебное заседание объявлено закрытым"),
            QStringLiteral("Закрытие"), QString() },
    };
}

QString ProtocolPhrases::entryKindText(EntryKind kind, const QString &language)
{
    const bool kk = language == QLatin1String("kk");
    switch (kind) {
    case EntryKind::OffRecordStart:
        return kk ? QStringLiteral("Хаттамаға енгізілмейтін бөлік басталды")
                  : QStringLiteral("Начало части вне протокола");
    case EntryKind::OffRecordEnd:
        return kk ? QStringLiteral("Хаттамаға енгізілмейтін бөлік аяқталды")
                  : QStringLiteral("Конец части вне протокола");
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
