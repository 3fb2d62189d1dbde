#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace hattama::protocol {

// A minimal ZIP writer for ODF packages: entries stored (no compression), in the order added,
// every header with the same fixed date (1980-01-01 00:00), so the same entries give the same bytes.
class ZipWriter {
public:
    void addFile(const QString &name, const QByteArray &data);
    QByteArray finish() const;

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
    };
    QList<Entry> m_entries;
};

} // namespace hattama::protocol
