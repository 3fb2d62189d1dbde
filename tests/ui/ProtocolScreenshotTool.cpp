// Renders the protocol window in Russian and Kazakh for docs/screenshots: the sample hearing
// (docs/samples/hearing-sample.json, in Kazakh for the Kazakh picture) imported into a
// temporary archive, two parts edited (two draft versions and their difference), a time code
// clicked. Not a test:
//   protocol_screenshots OUTDIR
#include "ScreenshotSupport.h"

#include "main/MainWindow.h"
#include "protocol/ProtocolEditor.h"
#include "protocol/ProtocolWindow.h"

#include "storage/Database.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QAbstractTextDocumentLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>

using namespace hattama;
using namespace hattama::ui;

namespace {

// The sample's Russian texts and their Kazakh wording, for a hearing held in Kazakh.
const QList<QPair<QString, QString>> kKazakhTexts {
    { QStringLiteral("\"language\": \"ru\""), QStringLiteral("\"language\": \"kk\"") },
    { QStringLiteral("Зал судебных заседаний № 3"), QStringLiteral("№ 3 сот отырыстары залы") },
    { QStringLiteral("О взыскании задолженности по договору подряда"),
        QStringLiteral("Мердігерлік шарт бойынша берешекті өндіріп алу туралы") },
    { QStringLiteral("адвокат, представитель истца по ордеру № 0412"),
        QStringLiteral("адвокат, № 0412 ордер бойынша талапкердің өкілі") },
    { QStringLiteral("представитель ответчика ТОО «Құрылыс-Сервис» по доверенности"),
        QStringLiteral("«Құрылыс-Сервис» ЖШС жауапкерінің сенімхат бойынша өкілі") },
    { QStringLiteral("Судебное заседание объявлено открытым."), QStringLiteral("Сот отырысы ашық деп жарияланды.") },
    { QStringLiteral("Лицам, участвующим в деле, разъяснены их процессуальные права и обязанности."),
        QStringLiteral("Іске қатысатын адамдарға олардың процестік құқықтары мен міндеттері түсіндірілді.") },
    { QStringLiteral("Свидетель Сидоров И. П. в судебное заседание не явился, извещён надлежащим образом."),
        QStringLiteral("Куә Сидоров И. П. сот отырысына келмеді, ол тиісті түрде хабардар етілген.") },
    { QStringLiteral("Представитель истца поддержала исковые требования в полном объёме."),
        QStringLiteral("Талапкердің өкілі талап қою талаптарын толық көлемде қолдады.") },
    { QStringLiteral("Заявлено ходатайство о приобщении акта сверки взаиморасчётов."),
        QStringLiteral("Өзара есеп айырысуларды салыстыру актісін іске қосу туралы өтінішхат мәлімделді.") },
    { QStringLiteral("Объявлен перерыв."), QStringLiteral("Үзіліс жарияланды.") },
};

QString sampleFile(const QString &lang, const QString &dir)
{
    QFile sample(QStringLiteral(HATTAMA_SOURCE_DIR "/docs/samples/hearing-sample.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    QString json = QString::fromUtf8(sample.readAll());
    if (lang == QLatin1String("kk"))
        for (const auto &[russian, kazakh] : kKazakhTexts)
            json.replace(russian, kazakh);
    const QString path = dir + QStringLiteral("/hearing-%1.json").arg(lang);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(json.toUtf8());
    return path;
}

QString keyContaining(const ProtocolEditor *editor, const QString &text)
{
    for (const auto &block : editor->document().blocks)
        if (block.text.contains(text))
            return block.key;
    return {};
}

bool edit(ProtocolEditor *editor, const QString &text, const QString &newText)
{
    if (!editor->selectBlock(keyContaining(editor, text)))
        return false;
    editor->blockEditor()->setPlainText(newText);
    editor->applyButton()->click();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    test::ScreenshotApp app(argc, argv);
    const QString outDir = app.outDir();
    bool ok = true;

    for (const QString &lang : QStringList { QStringLiteral("ru"), QStringLiteral("kk") }) {
        Translations translations;
        translations.setLanguage(lang);
        const QString archive = app.workDir() + QStringLiteral("/archive-") + lang;
        auto db = Database::open(QString(), archive);
        if (!db) {
            QTextStream(stderr) << db.error().text() << '\n';
            return 1;
        }
        MainWindow window(archive, translations);
        window.setDatabase(db->get());
        const QString id = window.importHearingFile(sampleFile(lang, app.workDir()));
        ProtocolWindow *protocol = id.isEmpty() ? nullptr : window.openProtocol(id);
        if (!protocol) {
            QTextStream(stderr) << "cannot open the protocol of the sample hearing\n";
            return 1;
        }
        protocol->resize(1366, 768);
        ProtocolEditor *editor = protocol->editor();
        const bool kk = lang == QLatin1String("kk");
        ok &= edit(editor, kk ? QStringLiteral("талап қою талаптарын") : QStringLiteral("поддержала исковые требования"),
            kk ? QStringLiteral("Ким Ольга Викторовна (өкіл): Талапкердің өкілі талап қою талаптарын толық көлемде "
                                "қолдады, берешек сомасын нақтылады.")
               : QStringLiteral("Ким Ольга Викторовна (представитель): Представитель истца поддержала исковые "
                                "требования в полном объёме, уточнив сумму задолженности."));
        ok &= edit(editor, kk ? QStringLiteral("салыстыру актісін") : QStringLiteral("акта сверки"),
            kk ? QStringLiteral("Құдайбергенов Ғалымжан Өмірзақұлы (өкіл): Өзара есеп айырысуларды салыстыру "
                                "актісін іске қосу туралы өтінішхат мәлімделді; сот өтінішхатты қанағаттандырды.")
               : QStringLiteral("Құдайбергенов Ғалымжан Өмірзақұлы (представитель): Заявлено ходатайство о "
                                "приобщении акта сверки взаиморасчётов; ходатайство судом удовлетворено."));
        editor->activateLink(QUrl(QStringLiteral("hattama://hearing/%1?t=180500").arg(id)));
        editor->selectBlock(keyContaining(editor, kk ? QStringLiteral("берешек сомасын") : QStringLiteral("уточнив сумму")));
        // The course of the hearing at the top of the view.
        QTextBrowser *view = editor->view();
        const QTextBlock course = view->document()->find(kk ? QStringLiteral("Сот отырысының барысы")
                                                            : QStringLiteral("Ход судебного заседания"))
                                      .block();
        QCoreApplication::processEvents();
        view->verticalScrollBar()->setValue(
            int(view->document()->documentLayout()->blockBoundingRect(course).top()));
        protocol->statusBar()->clearMessage();
        ok &= test::saveScreenshot(protocol, outDir + QStringLiteral("/protocol-%1.png").arg(lang), true);
        translations.setLanguage(QStringLiteral("en"));
    }
    return ok ? 0 : 1;
}
