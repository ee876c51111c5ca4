#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Accordo {

/// Hands the workspaces of a second start over to the Accordo already running for the same
/// user, which opens each in a new window: the running one listens, the new one sends its
/// paths and exits.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    /// One channel per user of the machine: "accordo-" and a hash of the user name.
    static QString defaultName();

    explicit InstanceChannel(QString name = defaultName(), QObject *parent = nullptr);
    ~InstanceChannel() override;

    QString name() const { return mName; }

    /// Starts answering on the channel, taking it over from a process that died without
    /// closing it. False when another process is listening already.
    bool listen();
    bool isListening() const;

    /// Gives the paths (made absolute, as the receiver has another working folder) to the
    /// process listening on `name`. False when nobody answered within timeoutMs: then the
    /// caller is the first Accordo and opens them itself.
    static bool send(const QString &name, const QStringList &paths, int timeoutMs = 2000);

signals:
    /// Another start asked for these workspaces; empty when it was started without any.
    void pathsReceived(const QStringList &paths);

private:
    void readFrom(QLocalSocket *socket);

    QString mName;
    QLocalServer *mServer = nullptr;
};

} // namespace Accordo
