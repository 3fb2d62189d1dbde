// The remarks dialog, offscreen, on a real SQLite archive: filing a remark (with a wrong time
// code refused), attaching refused while the judge has not decided, deciding through the
// buttons, attaching as a new protocol version whose appendix holds the remark and the
// decision, and the dialog in Russian and Kazakh.
#include "TestSupport.h"

#include "protocol/ProtocolWindow.h"
#include "protocol/RemarksDialog.h"

#include "hearing/HearingJson.h"
#include "protocol/HtmlWriter.h"
#include "protocol/OdtWriter.h"
#include "protocol/ProtocolVersionStore.h"
#include "protocol/RemarksAppendix.h"
#include "storage/Database.h"
#include "storage/HearingRepository.h"
#include "storage/RemarkRepository.h"
#include "util/Translations.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hattama;
using hattama::ui::RemarksDialog;

namespace {

struct Fixture {
    QTemporaryDir dir;
    Translations translations;
    std::unique_ptr<Database> db;
    QString hearingId;
    QString hearingDir;

    Fixture()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        REQUIRE(translations.setLanguage(QStringLiteral("en")));
        const QString archive = dir.path() + QStringLiteral("/archive");
        auto opened = Database::open(QString(), archive);
        REQUIRE(opened);
        db = std::move(*opened);
        QFile file(test::sourceDir() + QStringLiteral("/docs/samples/hearing-sample.json"));
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto record = HearingJson::parse(file.readAll());
        REQUIRE(record);
        auto saved = HearingRepository(*db).save(*record);
        REQUIRE(saved);
        hearingId = saved->hearingId;
        hearingDir = archive + QLatin1Char('/') + hearingId;
        REQUIRE(QDir().mkpath(hearingDir));
        // Protocol version 1, as the protocol window saves it.
        protocol::ProtocolVersion version;
        version.document.language = QStringLiteral("ru");
        version.document.kind = QStringLiteral("brief");
        version.document.hearingId = hearingId;
        protocol::ProtocolBlock body;
        body.key = QStringLiteral("doc/1");
        body.style = QStringLiteral("para");
        body.text = body.generatedText = QStringLiteral("Судебное заседание объявлено открытым.");
        version.document.blocks << body;
        REQUIRE(protocol::ProtocolVersionStore(hearingDir).save(version));
    }
    ~Fixture() { translations.setLanguage(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("remarks dialog: file, decide, attach as a new version")
{
    Fixture fixture;
    RemarksDialog dialog(*fixture.db, fixture.hearingDir, fixture.hearingId);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.windowTitle() == QStringLiteral("Remarks on the protocol — case 2-1234/2026"));
    CHECK(dialog.table()->rowCount() == 0);
    CHECK_FALSE(dialog.attachButton()->isEnabled());
    CHECK(dialog.judgeEdit()->text() == QStringLiteral("Әбілқасымова Жанар Серікқызы")); // the case's judge

    // Incomplete or wrong input: refused with a message, nothing stored.
    dialog.nameEdit()->setText(QStringLiteral("Ким Ольга Викторовна"));
    CHECK_FALSE(dialog.fileRemark().ok());
    CHECK(dialog.messageText().contains(QStringLiteral("role in the case")));
    dialog.roleEdit()->setText(QStringLiteral("представитель истца"));
    dialog.textEdit()->setPlainText(QStringLiteral("Не отражено ходатайство о взыскании судебных расходов."));
    dialog.timeCodesEdit()->setText(QStringLiteral("00:12:34, полдень"));
    CHECK_FALSE(dialog.fileRemark().ok());
    CHECK(dialog.messageText().contains(QStringLiteral("'полдень' is not a time")));
    CHECK(RemarkRepository(*fixture.db).list(fixture.hearingId)->isEmpty());

    dialog.timeCodesEdit()->setText(QStringLiteral("00:12:34, 00:13:50"));
    QTest::mouseClick(dialog.fileButton(), Qt::LeftButton);
    auto stored = RemarkRepository(*fixture.db).list(fixture.hearingId);
    REQUIRE(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().filedBy == QStringLiteral("Ким Ольга Викторовна"));
    CHECK(stored->first().timeCodesMs == QList<qint64> { 754'000, 830'000 });
    CHECK(stored->first().protocolVersion == 1);
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 4)->text() == QStringLiteral("Awaiting decision"));
    CHECK(dialog.table()->item(0, 3)->text() == QStringLiteral("00:12:34, 00:13:50"));
    CHECK(dialog.nameEdit()->text().isEmpty()); // the form is cleared for the next remark

    // Attaching waits for the judge.
    CHECK_FALSE(dialog.attachButton()->isEnabled());
    auto early = dialog.attach();
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().kind == ErrorCode::RemarksPending);
    CHECK(dialog.messageText().contains(QStringLiteral("remarks not decided yet: 1")));

    // The judge rejects it, with reasons.
    dialog.table()->selectRow(0);
    CHECK(dialog.rejectButton()->parentWidget()->isEnabled()); // the decision box
    CHECK_FALSE(dialog.decideButton()->isEnabled());
    dialog.rejectButton()->setChecked(true);
    CHECK_FALSE(dialog.decideButton()->isEnabled()); // no reasons yet
    dialog.reasonEdit()->setPlainText(QStringLiteral("Ходатайство заявлено после судебного заседания."));
    REQUIRE(dialog.decideButton()->isEnabled());
    QTest::mouseClick(dialog.decideButton(), Qt::LeftButton);
    CHECK(dialog.table()->item(0, 4)->text() == QStringLiteral("Rejected"));
    auto decided = RemarkRepository(*fixture.db).get(fixture.hearingId, 1);
    REQUIRE(decided);
    CHECK(decided->decision == RemarkDecision::Rejected);
    CHECK(decided->decidedBy == QStringLiteral("Әбілқасымова Жанар Серікқызы"));
    CHECK_FALSE(dialog.decideButton()->isEnabled());

    // Attached: version 2 holds the appendix; the remark says where it is.
    REQUIRE(dialog.attachButton()->isEnabled());
    QSignalSpy attached(&dialog, &RemarksDialog::versionAttached);
    QTest::mouseClick(dialog.attachButton(), Qt::LeftButton);
    REQUIRE(attached.count() == 1);
    CHECK(attached.first().first().toInt() == 2);
    auto version = protocol::ProtocolVersionStore(fixture.hearingDir).load(2);
    REQUIRE(version);
    const QString text = version->document.textLines().join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("Замечания на протокол судебного заседания")));
    CHECK(text.contains(QStringLiteral("Кем подано: Ким Ольга Викторовна, представитель истца")));
    CHECK(text.contains(QStringLiteral("Моменты аудио-, видеозаписи: 00:12:34, 00:13:50")));
    CHECK(text.contains(QStringLiteral("Решение: замечание отклонено.")));
    CHECK(text.contains(QStringLiteral("Мотивы решения: Ходатайство заявлено после судебного заседания.")));
    CHECK(text.indexOf(QStringLiteral("Замечания на протокол")) > text.indexOf(QStringLiteral("объявлено открытым")));
    CHECK(dialog.table()->item(0, 4)->text() == QStringLiteral("Rejected · in version 2"));
    CHECK_FALSE(dialog.attachButton()->isEnabled());
    CHECK(dialog.messageText().contains(QStringLiteral("Protocol version 2")));
}

TEST_CASE("remarks dialog: Russian and Kazakh, the Kazakh appendix")
{
    Fixture fixture;
    RemarkRepository remarks(*fixture.db);
    Remark remark;
    remark.hearingId = fixture.hearingId;
    remark.protocolVersion = 1;
    remark.filedBy = QStringLiteral("Сейітқали Ерлан Бақытұлы");
    remark.filerRole = QStringLiteral("талапкер");
    remark.text = QStringLiteral("Үзілістің басталу уақыты қате көрсетілген.");
    remark.timeCodesMs = { 1'950'000 };
    REQUIRE(remarks.file(remark));
    RemarksDialog dialog(*fixture.db, fixture.hearingDir, fixture.hearingId);
    dialog.show();
    REQUIRE(fixture.translations.setLanguage(QStringLiteral("ru")));
    QApplication::processEvents();
    CHECK(dialog.windowTitle().startsWith(QStringLiteral("Замечания на протокол")));
    CHECK(dialog.table()->item(0, 4)->text() == QStringLiteral("Ожидает решения"));
    CHECK(dialog.attachButton()->text() == QStringLiteral("Приобщить к протоколу новой версией"));
    REQUIRE(fixture.translations.setLanguage(QStringLiteral("kk")));
    QApplication::processEvents();
    CHECK(dialog.windowTitle().startsWith(QStringLiteral("Хаттамаға ескертулер")));
    CHECK(dialog.table()->item(0, 4)->text() == QStringLiteral("Шешім күтуде"));

    // The appendix of a Kazakh protocol is written in Kazakh.
    REQUIRE(remarks.decide(fixture.hearingId, 1, RemarkDecision::Accepted, QStringLiteral("Әбілқасымова Ж. С."),
        QStringLiteral("Үзіліс уақыты аудио-, бейнежазбамен расталды.")));
    auto listed = remarks.list(fixture.hearingId);
    REQUIRE(listed);
    QStringList lines;
    for (const protocol::ProtocolBlock &block : protocol::RemarksAppendix::blocks(*listed, QStringLiteral("kk")))
        lines << block.text;
    CHECK(lines.contains(QStringLiteral("Сот отырысының хаттамасына ескертулер")));
    CHECK(lines.contains(QStringLiteral("№ 1 ескерту")));
    CHECK(lines.contains(QStringLiteral("Ескертуді берген: Сейітқали Ерлан Бақытұлы, талапкер")));
    CHECK(lines.contains(QStringLiteral("Аудио-, бейнежазбадағы уақыт белгілері: 00:32:30")));
    CHECK(lines.contains(QStringLiteral("Шешім: ескерту қабылданды, оның дұрыстығы куәландырылды.")));
    CHECK(lines.contains(QStringLiteral("Шешімнің уәждері: Үзіліс уақыты аудио-, бейнежазбамен расталды.")));

    // The HTML and ODT writers show the appendix after the body, as the PDF does (RemarksCommandTest).
    auto version = protocol::ProtocolVersionStore(fixture.hearingDir).load(1);
    REQUIRE(version);
    protocol::ProtocolDocument document = version->document;
    document.language = QStringLiteral("kk");
    document = protocol::RemarksAppendix::withAppendix(document, *listed);
    document = protocol::RemarksAppendix::withAppendix(document, *listed); // replaced, not doubled
    for (const QString &written : { QString::fromUtf8(protocol::HtmlWriter::write(document)),
             QString::fromUtf8(protocol::OdtWriter::contentXml(document)) }) {
        CHECK(written.count(QStringLiteral("Сот отырысының хаттамасына ескертулер")) == 1);
        CHECK(written.contains(QStringLiteral("Шешім: ескерту қабылданды, оның дұрыстығы куәландырылды.")));
        CHECK(written.indexOf(QStringLiteral("Сот отырысының хаттамасына ескертулер"))
            > written.indexOf(QStringLiteral("Судебное заседание объявлено открытым.")));
    }
}
