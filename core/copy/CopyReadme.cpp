#include "copy/CopyReadme.h"

#include "copy/WholeFile.h"

#include <QDir>

namespace hattama::CopyReadme {

namespace {

// The three languages' texts; %1 case, %2 court, %3 hearing, %4 recipient, %5 issued by,
// %6 issued at, %7 protocol PDF, %8 its signature. Document text, not interface text: all
// three are always in the file, whatever the program's language.
const char *const kRussian = R"(КОПИЯ АУДИО-, ВИДЕОЗАПИСИ СУДЕБНОГО ЗАСЕДАНИЯ
Дело № %1, %2
Судебное заседание: %3
Копия выдана: %4
Выдал(а): %5, %6

КАК ОТКРЫТЬ
Откройте файл index.html в браузере (Chrome, Edge, Firefox и другие). Интернет не нужен,
устанавливать ничего не нужно. На странице: все камеры синхронно, общий звук или один
микрофон (по фамилии участника), ход заседания с отметками времени, перерывы и отрывки,
не вошедшие в копию (с причиной), и протокол.

КАК ПРОВЕРИТЬ, ЧТО КОПИЯ НЕ ИЗМЕНЕНА
В папке копии выполните команду:
    sha256sum -c SHA256SUMS
Против каждого файла должно стоять «OK» (в русской локали — «ЦЕЛ»). В Windows:
certutil -hashfile ФАЙЛ SHA256
и сравните результат со строкой этого файла в SHA256SUMS.
Файл copy.json описывает копию: заседание, кому, кем и когда выдана, что в неё не вошло,
и SHA-256 каждого файла.

КАК ПРОВЕРИТЬ ПОДПИСЬ ПРОТОКОЛА
    openssl cms -verify -binary -inform DER -in %8 -content %7 -CAfile СЕРТИФИКАТ_УЦ.pem -out /dev/null
где СЕРТИФИКАТ_УЦ.pem — корневой сертификат удостоверяющего центра, выдавшего ключ
(для ЭЦП Республики Казахстан — Национального удостоверяющего центра). Ответ
«Verification successful» означает, что протокол подписан этим ключом и после подписания
не изменялся.
)";

const char *const kKazakh = R"(СОТ ОТЫРЫСЫНЫҢ АУДИО-, БЕЙНЕЖАЗБАСЫНЫҢ КӨШІРМЕСІ
№ %1 іс, %2
Сот отырысы: %3
Көшірме алушы: %4
Көшірмені берген: %5, %6

ҚАЛАЙ АШУҒА БОЛАДЫ
index.html файлын браузерде (Chrome, Edge, Firefox және басқалары) ашыңыз. Интернет қажет
емес, ештеңе орнатудың қажеті жоқ. Бетте: барлық камера бір уақытта, жалпы дыбыс немесе бір
микрофон (қатысушының тегі бойынша), уақыт белгілері бар отырыстың барысы, үзілістер,
көшірмеге енгізілмеген үзінділер (себебімен) және хаттама.

КӨШІРМЕНІҢ ӨЗГЕРТІЛМЕГЕНІН ҚАЛАЙ ТЕКСЕРУГЕ БОЛАДЫ
Көшірме қалтасында мына команданы орындаңыз:
    sha256sum -c SHA256SUMS
Әр файлдың тұсында «OK» тұруы керек. Windows жүйесінде: certutil -hashfile ФАЙЛ SHA256
командасының нәтижесін SHA256SUMS файлындағы сол файлдың жолымен салыстырыңыз.
copy.json файлында көшірме сипатталған: отырыс, кімге, кім және қашан бергені, көшірмеге
не енгізілмегені және әр файлдың SHA-256 мәні.

ХАТТАМАНЫҢ ҚОЛТАҢБАСЫН ҚАЛАЙ ТЕКСЕРУГЕ БОЛАДЫ
    openssl cms -verify -binary -inform DER -in %8 -content %7 -CAfile КО_СЕРТИФИКАТЫ.pem -out /dev/null
мұндағы КО_СЕРТИФИКАТЫ.pem — кілтті берген куәландырушы орталықтың түбірлік сертификаты
(Қазақстан Республикасының ЭЦҚ үшін — Ұлттық куәландырушы орталықтың). «Verification
successful» деген жауап хаттамаға осы кілтпен қол қойылғанын және қол қойылғаннан кейін
өзгертілмегенін білдіреді.
)";

const char *const kEnglish = R"(COPY OF THE AUDIO AND VIDEO RECORDING OF A COURT HEARING
Case %1, %2
Hearing: %3
Issued to: %4
Issued by: %5, %6

HOW TO OPEN IT
Open index.html in a web browser (Chrome, Edge, Firefox and others). No internet connection
and no installation are needed. The page plays every camera in sync, the mixed sound or one
microphone (named by participant), the course of the hearing with time codes, recesses, the
passages left out of this copy (with the reason), and the protocol.

HOW TO CHECK THAT THE COPY IS UNALTERED
In the copy's folder run:
    sha256sum -c SHA256SUMS
Every file must be reported "OK". On Windows: certutil -hashfile FILE SHA256 and compare the
result with that file's line in SHA256SUMS.
copy.json describes the copy: the hearing, to whom, by whom and when it was issued, what was
left out, and every file's SHA-256.

HOW TO CHECK THE PROTOCOL'S SIGNATURE
    openssl cms -verify -binary -inform DER -in %8 -content %7 -CAfile CA_CERTIFICATE.pem -out /dev/null
where CA_CERTIFICATE.pem is the root certificate of the certification authority that issued
the key (for Kazakhstan's electronic signatures, the National Certification Authority).
"Verification successful" means the protocol was signed with that key and not changed since.
)";

QString filled(const char *source, const ReadmeFacts &f)
{
    return QString::fromUtf8(source).arg(
        f.caseNumber, f.court, f.hearingDate, f.recipient, f.issuedBy, f.issuedAt, f.protocolPdf, f.protocolSignature);
}

} // namespace

QString text(const ReadmeFacts &facts)
{
    const QString rule = QStringLiteral("\n") + QString(72, QLatin1Char('=')) + QStringLiteral("\n\n");
    return filled(kRussian, facts) + rule + filled(kKazakh, facts) + rule + filled(kEnglish, facts);
}

Status write(const QString &folder, const ReadmeFacts &facts)
{
    QByteArray bytes = "\xEF\xBB\xBF" + text(facts).toUtf8();
    bytes.replace("\n", "\r\n");
    return writeWholeFile(QDir(folder).filePath(kFileName), bytes);
}

} // namespace hattama::CopyReadme
