#include "session/instancechannel.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_InstanceChannel : public QObject
{
    Q_OBJECT

private slots:
    void theRunningAccordoReceivesThePaths_data();
    void theRunningAccordoReceivesThePaths();
    void withNobodyListeningTheNewStartRunsOnItsOwn();
    void onlyOneProcessListens();
    void theChannelBelongsToTheUser();

private:
    QString uniqueName();
    int mRun = 0;
};

QString tst_InstanceChannel::uniqueName()
{
    return u"accordo-test-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++mRun);
}

void tst_InstanceChannel::theRunningAccordoReceivesThePaths_data()
{
    QTest::addColumn<QStringList>("sent");
    QTest::addColumn<QStringList>("received");

    const QString here = QDir::currentPath();
    QTest::newRow("one-file") << QStringList{u"/data/sla.accordo"_s}
                              << QStringList{u"/data/sla.accordo"_s};
    QTest::newRow("several-files") << QStringList{u"/data/a.accordo"_s, u"/data/b.accordo"_s}
                                   << QStringList{u"/data/a.accordo"_s, u"/data/b.accordo"_s};
    QTest::newRow("relative-made-absolute")
        << QStringList{u"team.accordo"_s} << QStringList{here + u"/team.accordo"_s};
    QTest::newRow("spaces-and-accents") << QStringList{u"/data/Contratti è più/sla 2026.accordo"_s}
                                        << QStringList{u"/data/Contratti è più/sla 2026.accordo"_s};
    QTest::newRow("server-as-written") << QStringList{u"postgresql://ann@db.example:5432/sla"_s}
                                       << QStringList{u"postgresql://ann@db.example:5432/sla"_s};
    QTest::newRow("no-workspace") << QStringList() << QStringList();
}

void tst_InstanceChannel::theRunningAccordoReceivesThePaths()
{
    // Given a running Accordo listening on its channel
    QFETCH(QStringList, sent);
    QFETCH(QStringList, received);
    InstanceChannel running(uniqueName());
    QVERIFY(running.listen());
    QSignalSpy spy(&running, &InstanceChannel::pathsReceived);

    // When a second start sends its paths (from a thread, as it is another process)
    std::atomic<int> handedOver = -1;
    QThread *second = QThread::create(
        [&] { handedOver = InstanceChannel::send(running.name(), sent, 5000) ? 1 : 0; });
    second->start();
    QTRY_COMPARE(handedOver.load(), 1);
    second->wait();
    delete second;

    // Then the running one got exactly those paths, absolute, once
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), received);
}

void tst_InstanceChannel::withNobodyListeningTheNewStartRunsOnItsOwn()
{
    // Given no Accordo running on the channel
    const QString name = uniqueName();

    // When a start tries to hand over its workspace
    const bool handedOver = InstanceChannel::send(name, {u"/data/sla.accordo"_s}, 500);

    // Then nobody took it, and the start can listen itself
    QVERIFY(!handedOver);
    InstanceChannel first(name);
    QVERIFY(first.listen());
    QVERIFY(first.isListening());
}

void tst_InstanceChannel::onlyOneProcessListens()
{
    // Given an Accordo listening
    InstanceChannel running(uniqueName());
    QVERIFY(running.listen());

    // When another one tries to take the channel over
    InstanceChannel another(running.name());

    // Then it is refused and the first keeps listening
    QVERIFY(!another.listen());
    QVERIFY(!another.isListening());
    QVERIFY(running.isListening());
}

void tst_InstanceChannel::theChannelBelongsToTheUser()
{
    const QString name = InstanceChannel::defaultName();
    QVERIFY2(name.startsWith(u"accordo-"_s), qPrintable(name));
    QCOMPARE(name, InstanceChannel::defaultName());
    // The user's name is hashed, not shown to other users of the machine.
    QVERIFY(!name.contains(qEnvironmentVariable("USER")) || qEnvironmentVariable("USER").isEmpty());
}

QTEST_GUILESS_MAIN(tst_InstanceChannel)
#include "tst_instancechannel.moc"
