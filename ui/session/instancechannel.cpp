#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include "storage/dialect.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The receiver answers this byte once it holds the paths, so that the sender exits only
// after the handover.
constexpr char Received = '\x06';
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

} // namespace

QString InstanceChannel::defaultName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::homePath();
    const QByteArray hash =
        QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"accordo-"_s + QString::fromLatin1(hash);
}

InstanceChannel::InstanceChannel(QString name, QObject *parent)
    : QObject(parent), mName(std::move(name))
{}

InstanceChannel::~InstanceChannel() = default;

bool InstanceChannel::listen()
{
    if (mServer)
        return true;
    // A socket file left behind by a crash refuses listen(); a live one answers.
    QLocalSocket probe;
    probe.connectToServer(mName);
    if (probe.waitForConnected(500))
        return false;
    QLocalServer::removeServer(mName);
    mServer = new QLocalServer(this);
    // Only this user may hand over workspaces.
    mServer->setSocketOptions(QLocalServer::UserAccessOption);
    if (!mServer->listen(mName)) {
        delete mServer;
        mServer = nullptr;
        return false;
    }
    connect(mServer, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = mServer->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
            readFrom(socket);
        }
    });
    return true;
}

bool InstanceChannel::isListening() const
{
    return mServer && mServer->isListening();
}

void InstanceChannel::readFrom(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(StreamVersion);
    in.startTransaction();
    QStringList paths;
    in >> paths;
    // The whole list has not arrived yet: wait for more.
    if (!in.commitTransaction())
        return;
    socket->write(&Received, 1);
    socket->flush();
    emit pathsReceived(paths);
}

bool InstanceChannel::send(const QString &name, const QStringList &paths, int timeoutMs)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute.append(Dialect::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath());
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out << absolute;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // A process that listens but does not answer (stopped in a debugger) does not count.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    char answer = 0;
    return socket.read(&answer, 1) == 1 && answer == Received;
}

} // namespace Accordo
