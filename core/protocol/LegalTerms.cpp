#include "protocol/LegalTerms.h"

namespace hattama::protocol {

namespace {

struct Term {
    const char *id;
    const char *ru;
    const char *kk;
};

QString pick(const Term &term, const QString &lang)
{
    return QString::fromUtf8(lang == QLatin1String("kk") ? term.kk : term.ru);
}

template<size_t N> const Term *find(const Term (&table)[N], const QString &id)
{
    for (const Term &term : table)
        if (id == QLatin1String(term.id))
            return &term;
    return nullptr;
}

template<size_t N> QStringList ids(const Term (&table)[N])
{
    QStringList list;
    for (const Term &term : table)
        list << QString::fromLatin1(term.id);
    return list;
}

const Term kRoles[] = {
    { "judge", "судья", "судья" },
    { "prosecutor", "государственный обвинитель", "мемлекеттік айыптаушы" },
    { "defender", "защитник", "қорғаушы" },
    { "defendant", "подсудимый", "сотталушы" },
    { "victim", "потерпевший", "жәбірленуші" },
    { "plaintiff", "истец", "талапкер" },
    { "respondent", "ответчик", "жауапкер" },
    { "representative", "представитель", "өкіл" },
    { "witness", "свидетель", "куә" },
    { "expert", "эксперт", "сарапшы" },
    { "specialist", "специалист", "маман" },
    { "interpreter", "переводчик", "аудармашы" },
    { "bailiff", "судебный пристав", "сот приставы" },
    { "secretary", "секретарь судебного заседания", "сот отырысының хатшысы" },
    { "other", "иной участник", "өзге қатысушы" },
};

const Term kCategories[] = {
    { "criminal", "уголовное дело", "қылмыстық іс" },
    { "civil", "гражданское дело", "азаматтық іс" },
    { "administrative", "административное дело", "әкімшілік іс" },
};

const Term kCategoryPhrases[] = {
    { "criminal", "по уголовному делу", "қылмыстық іс бойынша" },
    { "civil", "по гражданскому делу", "азаматтық іс бойынша" },
    { "administrative", "по административному делу", "әкімшілік іс бойынша" },
};

const Term kLegalBasis[] = {
    { "criminal", "статья 347 Уголовно-процессуального кодекса Республики Казахстан",
        "Қазақстан Республикасы Қылмыстық-процестік кодексінің 347-бабы" },
    { "civil", "статья 281 Гражданского процессуального кодекса Республики Казахстан",
        "Қазақстан Республикасы Азаматтық процестік кодексінің 281-бабы" },
    { "administrative", "Административный процедурно-процессуальный кодекс Республики Казахстан",
        "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі" },
};

const Term kSections[] = {
    { "defendant_identity", "Сведения о личности подсудимого и мере пресечения",
        "Сотталушының жеке басы туралы мәліметтер және бұлтартпау шарасы" },
    { "motions", "Заявления, возражения и ходатайства участников процесса",
        "Процеске қатысушылардың арыздары, қарсылықтары және өтінішхаттары" },
    { "rulings", "Определения, вынесенные без удаления в совещательную комнату",
        "Кеңесу бөлмесіне кетпей шығарылған ұйғарымдар" },
    { "rights", "Разъяснение прав и обязанностей", "Құқықтар мен міндеттерді түсіндіру" },
    { "testimony", "Содержание показаний", "Айғақтардың мазмұны" },
    { "disallowed_questions", "Вопросы, отведенные судом, и вопросы, на которые отказались отвечать",
        "Сот алып тастаған сұрақтар және жауап беруден бас тартылған сұрақтар" },
    { "expert_questions", "Вопросы эксперту и его ответы", "Сарапшыға қойылған сұрақтар және оның жауаптары" },
    { "evidence", "Результаты исследования доказательств", "Дәлелдемелерді зерттеу нәтижелері" },
    { "torture_allegations", "Проверка заявлений о применении пыток", "Азаптау қолданылғаны туралы арыздарды тексеру" },
    { "recorded_facts", "Обстоятельства, которые участники просили занести в протокол",
        "Қатысушылар хаттамаға енгізуді сұраған мән-жайлар" },
    { "closing_arguments", "Основное содержание судебных прений", "Сот жарыссөздерінің негізгі мазмұны" },
    { "last_word", "Последнее слово подсудимого", "Сотталушының соңғы сөзі" },
    { "verdict", "Оглашение приговора и разъяснение порядка обжалования",
        "Үкімді жариялау және шағым жасау тәртібін түсіндіру" },
};

} // namespace

QStringList LegalTerms::roleIds()
{
    return ids(kRoles);
}

QString LegalTerms::roleName(const QString &roleId, const QString &lang)
{
    const Term *term = find(kRoles, roleId);
    return pick(term ? *term : kRoles[std::size(kRoles) - 1], lang);
}

QString LegalTerms::categoryName(const QString &category, const QString &lang)
{
    const Term *term = find(kCategories, category);
    return term ? pick(*term, lang) : category;
}

QString LegalTerms::categoryPhrase(const QString &category, const QString &lang)
{
    const Term *term = find(kCategoryPhrases, category);
    return term ? pick(*term, lang) : category;
}

QString LegalTerms::legalBasis(const QString &category, const QString &lang)
{
    const Term *term = find(kLegalBasis, category);
    return term ? pick(*term, lang) : QString();
}

QStringList LegalTerms::sectionIds()
{
    return ids(kSections);
}

QString LegalTerms::sectionTitle(const QString &sectionId, const QString &lang)
{
    const Term *term = find(kSections, sectionId);
    return term ? pick(*term, lang) : QString();
}

bool LegalTerms::isStandardMarkerText(const QString &text)
{
    // The event catalogue's recess texts and the protocol templates' own lines, in both languages.
    static const QStringList standard {
        QStringLiteral("объявлен перерыв"),
        QStringLiteral("судебное заседание продолжено после перерыва"),
        QStringLiteral("начало закрытой части судебного заседания"),
        QStringLiteral("окончание закрытой части судебного заседания"),
        QStringLiteral("үзіліс жарияланды"),
        QStringLiteral("сот отырысы үзілістен кейін жалғастырылды"),
        QStringLiteral("сот отырысының жабық бөлігі басталды"),
        QStringLiteral("сот отырысының жабық бөлігі аяқталды"),
    };
    QString normalized = text.simplified().toLower();
    while (normalized.endsWith(QLatin1Char('.')))
        normalized.chop(1);
    return normalized.isEmpty() || standard.contains(normalized);
}

} // namespace hattama::protocol
