#include "protocol/ZipWriter.h"

#include <array>

namespace hattama::protocol {

namespace {

constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr quint16 kDosTime = 0;

std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

void put16(QByteArray &out, quint16 value)
{
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, quint16(value & 0xffff));
    put16(out, quint16(value >> 16));
}

} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> kTable = makeCrcTable();
    quint32 c = 0xffffffffu;
    for (const char byte : data)
        c = kTable[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void ZipWriter::addFile(const QString &name, const QByteArray &data)
{
    m_entries.append(Entry { name.toUtf8(), data, crc32(data) });
}

QByteArray ZipWriter::finish() const
{
    QByteArray out;
    QByteArray central;
    for (const Entry &entry : m_entries) {
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 10); // version needed: stored
        put16(out, 0); // flags
        put16(out, 0); // method: stored
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, entry.crc);
        put32(out, quint32(entry.data.size()));
        put32(out, quint32(entry.data.size()));
        put16(out, quint16(entry.name.size()));
        put16(out, 0); // no extra field (the ODF mimetype must start at byte 38)
        out.append(entry.name);
        out.append(entry.data);

        put32(central, 0x02014b50);
        put16(central, 20); // made by: MS-DOS, 2.0
        put16(central, 10);
        put16(central, 0);
        put16(central, 0);
        put16(central, kDosTime);
        put16(central, kDosDate);
        put32(central, entry.crc);
        put32(central, quint32(entry.data.size()));
        put32(central, quint32(entry.data.size()));
        put16(central, quint16(entry.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central.append(entry.name);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

} // namespace hattama::protocol
