// A tiny RFC 3161 timestamp authority for the signature tests: `openssl ts -reply` behind an
// HTTP handler. Usage: tsa_responder CA_DIR (the folder make-test-pki.sh made, with ts.cnf).
// Listens on a free port of 127.0.0.1 and prints "port N" once it accepts connections; answers
// each POST of application/timestamp-query with the authority's reply.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdio>

namespace {

QByteArray reply(const QString &caDir, const QByteArray &query)
{
    QTemporaryDir work;
    const QString queryFile = work.filePath(QStringLiteral("query.tsq"));
    const QString replyFile = work.filePath(QStringLiteral("reply.tsr"));
    QFile out(queryFile);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(query);
    out.close();
    QProcess openssl;
    openssl.setWorkingDirectory(caDir);
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"), QStringLiteral("ts.cnf"),
            QStringLiteral("-queryfile"), queryFile, QStringLiteral("-out"), replyFile });
    openssl.waitForFinished(60'000);
    QFile in(replyFile);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

void serve(QTcpSocket *socket, const QString &caDir)
{
    QByteArray request;
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, caDir, request]() mutable {
        request += socket->readAll();
        const qsizetype headerEnd = request.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : request.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (request.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = reply(caDir, request.mid(headerEnd + 4, length));
        const QByteArray status = body.isEmpty() ? "500 Internal Server Error" : "200 OK";
        socket->write("HTTP/1.0 " + status + "\r\nContent-Type: application/timestamp-reply\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    const QString caDir = app.arguments().at(1);
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 3;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, caDir] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            serve(socket, caDir);
    });
    std::printf("port %d\n", server.serverPort());
    std::fflush(stdout);
    return app.exec();
}
