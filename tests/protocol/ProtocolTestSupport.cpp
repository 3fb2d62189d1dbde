#include "ProtocolTestSupport.h"

#include "TestSupport.h"
#include "protocol/ZipWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace hattama::test {

QString sampleHearingPath()
{
    return sourceDir() + QStringLiteral("/tests/protocol/data/hearing-criminal.json");
}

protocol::ProtocolInput sampleInput()
{
    const QJsonDocument json = QJsonDocument::fromJson(readFile(sampleHearingPath()));
    auto input = protocol::ProtocolInput::fromJson(json.object());
    REQUIRE(input.ok());
    return *input;
}

protocol::ProtocolInput inputWithEntries(int count)
{
    protocol::ProtocolInput input = sampleInput();
    input.entries.clear();
    for (int i = 0; i < count; ++i) {
        protocol::ProtocolEntry entry;
        entry.id = QString::number(i + 1);
        entry.hearingTimeMs = qint64(i) * 1000;
        entry.wallTime = input.actualStart.addSecs(i);
        entry.kind = hattama::EntryKind::Note;
        entry.text = QStringLiteral("Запись номер %1: участник дал пояснения по существу дела.").arg(i + 1);
        entry.speakerName = QStringLiteral("Сейткали Д.М.");
        entry.speakerRole = QStringLiteral("prosecutor");
        input.entries << entry;
    }
    return input;
}

QString pdfText(const QString &pdfPath)
{
    const auto result
        = runProgram(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdfPath, QStringLiteral("-") });
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 0);
    return result.out;
}

QString collapsedPdfText(const QString &pdfPath)
{
    QString text = pdfText(pdfPath);
    text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
    return text;
}

int pdfPages(const QString &pdfPath)
{
    const auto result = runProgram(QStringLiteral("pdfinfo"), { pdfPath });
    const auto match = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(result.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

namespace {
quint32 le32(const QByteArray &data, qsizetype at)
{
    return quint32(quint8(data[at])) | quint32(quint8(data[at + 1])) << 8 | quint32(quint8(data[at + 2])) << 16
        | quint32(quint8(data[at + 3])) << 24;
}
quint16 le16(const QByteArray &data, qsizetype at)
{
    return quint16(quint8(data[at]) | quint8(data[at + 1]) << 8);
}
} // namespace

bool readStoredZip(const QByteArray &zip, QList<QPair<QString, QByteArray>> *entries, QString *error)
{
    // Walk the central directory (from the end record) and check each local header against it.
    if (zip.size() < 22 || le32(zip, zip.size() - 22) != 0x06054b50) {
        *error = QStringLiteral("no end-of-central-directory record");
        return false;
    }
    const quint16 count = le16(zip, zip.size() - 22 + 10);
    qsizetype central = le32(zip, zip.size() - 22 + 16);
    for (int i = 0; i < count; ++i) {
        if (central + 46 > zip.size() || le32(zip, central) != 0x02014b50) {
            *error = QStringLiteral("bad central directory entry %1").arg(i);
            return false;
        }
        const quint16 method = le16(zip, central + 10);
        const quint32 crc = le32(zip, central + 16);
        const quint32 size = le32(zip, central + 20);
        const quint16 nameLength = le16(zip, central + 28);
        const quint16 extraLength = le16(zip, central + 30);
        const quint16 commentLength = le16(zip, central + 32);
        const qsizetype local = le32(zip, central + 42);
        const QString name = QString::fromUtf8(zip.mid(central + 46, nameLength));
        if (method != 0 || le32(zip, local) != 0x04034b50) {
            *error = QStringLiteral("entry %1 is not a stored entry with a local header").arg(name);
            return false;
        }
        const qsizetype dataAt = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        const QByteArray data = zip.mid(dataAt, size);
        if (protocol::ZipWriter::crc32(data) != crc) {
            *error = QStringLiteral("CRC32 of %1 is wrong").arg(name);
            return false;
        }
        entries->append({ name, data });
        central += 46 + nameLength + extraLength + commentLength;
    }
    return true;
}

bool xmlWellFormed(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    int elements = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    if (reader.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
        return false;
    }
    if (elements == 0) {
        *error = QStringLiteral("no elements");
        return false;
    }
    return true;
}

QList<qsizetype> positionsInOrder(const QString &haystack, const QStringList &needles)
{
    QList<qsizetype> positions;
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = from < 0 ? -1 : haystack.indexOf(needle, from);
        positions << at;
        from = at < 0 ? -1 : at + needle.size();
    }
    return positions;
}

QString blockKeyContaining(const protocol::ProtocolDocument &document, const QString &text)
{
    for (const protocol::ProtocolBlock &block : document.blocks)
        if (block.text.contains(text))
            return block.key;
    return QString();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace hattama::test
