#include "protocol/LegalTerms.h"

#include "hearing/HearingModel.h"
#include "hearing/Role.h"

#include <QRegularExpression>

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

bool isCriminal(const QString &category)
{
    return category == QLatin1String("criminal");
}

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

// CPC art. 347 is the protocol of the main trial (its parts on the full and the brief
// protocol). Civil procedure code (2015): art. 281 obliges a protocol or the recording with a
// brief protocol, art. 282 gives the protocol's contents. The administrative procedure code
// (2020) applies the civil procedure code where it has no rule of its own (art. 1 part 3)
// and has no article on the protocol. docs/protocol.md keeps the table.
const Term kLegalBasis[] = {
    { "criminal", "статья 347 Уголовно-процессуального кодекса Республики Казахстан",
        "Қазақстан Республикасы Қылмыстық-процестік кодексінің 347-бабы" },
    { "civil", "статьи 281, 282 Гражданского процессуального кодекса Республики Казахстан",
        "Қазақстан Республикасы Азаматтық процестік кодексінің 281, 282-баптары" },
    { "administrative",
        "статьи 281, 282 Гражданского процессуального кодекса Республики Казахстан, применяемые согласно части "
        "третьей статьи 1 Административного процедурно-процессуального кодекса Республики Казахстан",
        "Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінің 1-бабының үшінші бөлігіне сәйкес "
        "қолданылатын Қазақстан Республикасы Азаматтық процестік кодексінің 281, 282-баптары" },
};

// Titles that differ by kind of proceeding: criminal first, then civil and administrative.
struct SectionTerm {
    const char *id;
    Term criminal;
    Term civil;
};

const SectionTerm kSections[] = {
    { "defendant_identity",
        { "", "Сведения о личности подсудимого и мере пресечения",
            "Сотталушының жеке басы туралы мәліметтер және бұлтартпау шарасы" },
        { "", "", "" } },
    { "explanations", { "", "", "" },
        { "", "Объяснения лиц, участвующих в деле", "Іске қатысатын адамдардың түсініктемелері" } },
    { "testimony", { "", "Содержание показаний", "Айғақтардың мазмұны" },
        { "", "Показания свидетелей", "Куәлардың айғақтары" } },
    { "questions", { "", "Вопросы и ответы", "Қойылған сұрақтар мен берілген жауаптар" },
        { "", "Вопросы и ответы", "Қойылған сұрақтар мен берілген жауаптар" } },
    { "expert_questions", { "", "Вопросы эксперту и его ответы", "Сарапшыға қойылған сұрақтар және оның жауаптары" },
        { "", "Заключения экспертов и консультации специалистов",
            "Сарапшылардың қорытындылары және мамандардың консультациялары" } },
    { "disallowed_questions",
        { "", "Вопросы, отведённые судом, и вопросы, на которые отказались отвечать",
            "Сот алып тастаған сұрақтар және жауап беруден бас тартылған сұрақтар" },
        { "", "", "" } },
    { "motions",
        { "", "Заявления, возражения и ходатайства участников процесса",
            "Процеске қатысушылардың өтініштері, қарсылықтары және өтінішхаттары" },
        { "", "Заявления и ходатайства лиц, участвующих в деле",
            "Іске қатысатын адамдардың өтініштері мен өтінішхаттары" } },
    { "rulings",
        { "", "Постановления, вынесенные судом без удаления в совещательную комнату",
            "Сот кеңесу бөлмесіне кетпей шығарған қаулылар" },
        { "", "Определения, вынесенные судом без удаления в совещательную комнату",
            "Сот кеңесу бөлмесіне кетпей шығарған ұйғарымдар" } },
    { "evidence", { "", "Результаты исследования доказательств", "Дәлелдемелерді зерттеу нәтижелері" },
        { "", "Исследование письменных и вещественных доказательств", "Жазбаша және заттай дәлелдемелерді зерттеу" } },
    { "torture_allegations",
        { "", "Проверка заявлений о применении пыток", "Азаптау қолданылғаны туралы өтініштерді тексеру" },
        { "", "", "" } },
    { "recorded_facts",
        { "", "Обстоятельства, которые участники процесса просили занести в протокол",
            "Процеске қатысушылар хаттамаға енгізуді сұраған мән-жайлар" },
        { "", "Обстоятельства, которые лица, участвующие в деле, просили занести в протокол",
            "Іске қатысатын адамдар хаттамаға енгізуді сұраған мән-жайлар" } },
    { "closing_arguments", { "", "Основное содержание судебных прений", "Сот жарыссөздерінің негізгі мазмұны" },
        { "", "Содержание судебных прений", "Сот жарыссөздерінің мазмұны" } },
    { "last_word", { "", "Последнее слово подсудимого", "Сотталушының соңғы сөзі" }, { "", "", "" } },
    { "verdict",
        { "", "Оглашение приговора и разъяснение порядка его обжалования",
            "Үкімді жариялау және оған шағым жасау тәртібін түсіндіру" },
        { "", "", "" } },
    { "decision", { "", "", "" },
        { "", "Оглашение решения и разъяснение порядка его обжалования",
            "Шешімді жариялау және оған шағым жасау тәртібін түсіндіру" } },
};

} // namespace

QStringList LegalTerms::roleIds()
{
    QStringList ids;
    for (Role role : allRoles())
        ids << roleId(role);
    return ids;
}

QString LegalTerms::roleName(const QString &roleId, const QString &lang, const QString &category)
{
    const Role role = roleFromId(roleId).value_or(Role::Other);
    const CaseCategory kind = categoryFromId(category).value_or(CaseCategory::Civil);
    QString name = hattama::roleName(role, lang == QLatin1String("kk") ? lang : QStringLiteral("ru"), kind);
    // The interface capitalises the role; inside a sentence of the protocol it is lower case.
    if (!name.isEmpty())
        name[0] = name.at(0).toLower();
    return name;
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

QString LegalTerms::courtroomNumber(const QString &courtroom)
{
    // "№ 3", "№3а", "зал 12", "Зал судебных заседаний № 3", "304": the number with a letter.
    static const QRegularExpression numbered(QStringLiteral("(?:№|N|#)\\s*([0-9]+[\\p{L}]?(?:[-/][0-9]+)?)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression bare(
        QStringLiteral("(?:^|\\s)([0-9]+[\\p{L}]?)\\s*$"), QRegularExpression::UseUnicodePropertiesOption);
    const QString text = courtroom.simplified();
    if (const auto match = numbered.match(text); match.hasMatch())
        return match.captured(1);
    if (const auto match = bare.match(text); match.hasMatch())
        return match.captured(1);
    return text;
}

QString LegalTerms::courtroomPhrase(const QString &courtroom, const QString &lang)
{
    const QString text = courtroom.simplified();
    if (text.isEmpty())
        return {};
    const QString number = courtroomNumber(text);
    const bool kk = lang == QLatin1String("kk");
    if (number == text && !number.front().isDigit()) // a name, not a number: printed as given
        return kk ? QStringLiteral("сот отырыстары залы: %1").arg(text)
                  : QStringLiteral("зал судебных заседаний: %1").arg(text);
    return kk ? QStringLiteral("№ %1 сот отырыстары залы").arg(number)
              : QStringLiteral("зал судебных заседаний № %1").arg(number);
}

QStringList LegalTerms::sectionIds(const QString &category)
{
    if (isCriminal(category))
        return { QStringLiteral("defendant_identity"), QStringLiteral("testimony"), QStringLiteral("questions"),
            QStringLiteral("expert_questions"), QStringLiteral("disallowed_questions"), QStringLiteral("motions"),
            QStringLiteral("rulings"), QStringLiteral("evidence"), QStringLiteral("torture_allegations"),
            QStringLiteral("recorded_facts"), QStringLiteral("closing_arguments"), QStringLiteral("last_word"),
            QStringLiteral("verdict") };
    return { QStringLiteral("explanations"), QStringLiteral("testimony"), QStringLiteral("questions"),
        QStringLiteral("expert_questions"), QStringLiteral("motions"), QStringLiteral("rulings"),
        QStringLiteral("evidence"), QStringLiteral("recorded_facts"), QStringLiteral("closing_arguments"),
        QStringLiteral("decision") };
}

QString LegalTerms::sectionTitle(const QString &sectionId, const QString &lang, const QString &category)
{
    for (const SectionTerm &section : kSections) {
        if (sectionId != QLatin1String(section.id))
            continue;
        const Term &first = isCriminal(category) ? section.criminal : section.civil;
        const Term &other = isCriminal(category) ? section.civil : section.criminal;
        return pick(*first.ru ? first : other, lang);
    }
    return {};
}

bool LegalTerms::isStandardMarkerText(const QString &text)
{
    // The event catalogue's recess and sealed-passage texts, earlier wordings of them, and the
    // protocol templates' own lines, in both languages.
    static const QStringList standard {
        QStringLiteral("объявлен перерыв"),
        QStringLiteral("судебное заседание продолжено после перерыва"),
        QStringLiteral("начало закрытой части судебного заседания"),
        QStringLiteral("окончание закрытой части судебного заседания"),
        QStringLiteral("начата закрытая часть судебного заседания"),
        QStringLiteral("закрытая часть судебного заседания окончена"),
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
