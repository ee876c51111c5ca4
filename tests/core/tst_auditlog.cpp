#include "audit/auditlog.h"
#include "data/userdirectory.h"
#include "storage/database.h"
#include "data/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_AuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyWorkspaceWriteIsRecorded();
    void recordsWhoActed();
    void refusedWritesLeaveNoRecord();
    void intactChainVerifies();
    void tamperingIsDetectedAndNamed_data();
    void tamperingIsDetectedAndNamed();

private:
    void exec(const QString &sql);
    QList<AuditRecord> all() const;

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<Workspace> mWorkspace;
    int mRun = 0;
};

void tst_AuditLog::init()
{
    auto db = Database::open(mDir.filePath(u"audit%1.accordo"_s.arg(++mRun)),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db.ok(), qPrintable(db.errorString()));
    mDb = std::move(*db);
    mWorkspace = std::make_unique<Workspace>(*mDb);
}

void tst_AuditLog::cleanup()
{
    mWorkspace.reset();
    mDb.reset();
}

void tst_AuditLog::exec(const QString &sql)
{
    QSqlQuery query(mDb->connection());
    QVERIFY2(query.exec(sql), qPrintable(sql));
}

QList<AuditRecord> tst_AuditLog::all() const
{
    QList<AuditRecord> records;
    for (const QString &entity : {u"party"_s, u"service"_s, u"calendar"_s, u"agreement"_s}) {
        QSqlQuery query(mDb->connection());
        query.exec(u"SELECT DISTINCT entity_id FROM audit_log WHERE entity = '%1'"_s.arg(entity));
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        records += *AuditLog(mDb->connection()).history(entity, ids);
    }
    std::sort(records.begin(), records.end(),
              [](const AuditRecord &l, const AuditRecord &r) { return l.seq < r.seq; });
    return records;
}

void tst_AuditLog::everyWorkspaceWriteIsRecorded()
{
    // When a party, a service, a calendar and an agreement are written, changed and deleted
    Party party;
    party.name = u"Acme"_s;
    party.id = *mWorkspace->insert(party);
    party.contact = u"Giulia"_s;
    QVERIFY(mWorkspace->update(party).ok());
    Service service{0, u"MAIL"_s, u"E-mail"_s, {}, {}, {}, true};
    service.id = *mWorkspace->insert(service);
    QVERIFY(mWorkspace->insert(CalendarRecord{0, u"UK office"_s, u"Europe/London"_s, {}}).ok());
    Agreement a;
    a.title = u"Acme mail"_s;
    a.partyId = party.id;
    a.startDate = QDate(2026, 1, 1);
    a.price = Money(100, u"EUR"_s);
    a.serviceIds = {service.id};
    Target t;
    t.serviceId = service.id;
    t.metric = Metric::Availability;
    t.threshold = 99000;
    a.targets = {t};
    a.id = *mWorkspace->insert(a);
    a = *mWorkspace->agreement(a.id);
    a.targets[0].threshold = 99500;
    QVERIFY(mWorkspace->update(a).ok());
    QVERIFY(mWorkspace->removeAgreement(a.id).ok());

    // Then each left one record with old and new values, in order
    const QList<AuditRecord> records = all();
    QStringList actions;
    for (const AuditRecord &r : records)
        actions.append(r.entity + u" "_s + r.action);
    QCOMPARE(actions, (QStringList{u"party insert"_s, u"party update"_s, u"service insert"_s,
                                   u"calendar insert"_s, u"agreement insert"_s,
                                   u"agreement update"_s, u"agreement delete"_s}));
    const AuditRecord &partyUpdate = records.at(1);
    QCOMPARE(QJsonDocument::fromJson(partyUpdate.oldValue.toUtf8())[u"contact"_s].toString(),
             u""_s);
    QCOMPARE(QJsonDocument::fromJson(partyUpdate.newValue.toUtf8())[u"contact"_s].toString(),
             u"Giulia"_s);
    const AuditRecord &targetChange = records.at(5);
    QVERIFY(targetChange.oldValue.contains(u"\"threshold\":\"99000\""_s));
    QVERIFY(targetChange.newValue.contains(u"\"threshold\":\"99500\""_s));
    QCOMPARE(records.last().newValue, u"null"_s);
}

void tst_AuditLog::recordsWhoActed()
{
    User erin;
    erin.name = u"erin"_s;
    erin.roles = {Role::Administrator};
    QVERIFY(UserDirectory(mDb->connection()).addAsSystem(erin).ok());
    mWorkspace->setActingUser(u"erin"_s);
    Party party;
    party.name = u"Acme"_s;
    const qint64 id = *mWorkspace->insert(party);
    auto history = AuditLog(mDb->connection()).history(u"party"_s, id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().user, u"erin"_s);
    QVERIFY(QDateTime::fromString(history->first().at, Qt::ISODateWithMs).isValid());
}

void tst_AuditLog::refusedWritesLeaveNoRecord()
{
    Party duplicate;
    duplicate.name = u"Acme"_s;
    QVERIFY(mWorkspace->insert(duplicate).ok());
    const qint64 before = AuditLog(mDb->connection()).count();
    QVERIFY(!mWorkspace->insert(duplicate).ok());
    QCOMPARE(AuditLog(mDb->connection()).count(), before);
    QVERIFY(AuditLog(mDb->connection()).verify()->intact);
}

void tst_AuditLog::intactChainVerifies()
{
    auto empty = AuditLog(mDb->connection()).verify();
    QVERIFY(empty->intact);
    QCOMPARE(empty->records, 0);
    for (int i = 0; i < 5; ++i) {
        Party p;
        p.name = u"Customer %1"_s.arg(i);
        QVERIFY(mWorkspace->insert(p).ok());
    }
    auto verification = AuditLog(mDb->connection()).verify();
    QVERIFY(verification->intact);
    QCOMPARE(verification->records, 5);
}

void tst_AuditLog::tamperingIsDetectedAndNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("broken");
    QTest::addColumn<QString>("message");
    QTest::newRow("edit-new-value") << u"UPDATE audit_log SET new_value = "
                                       "replace(new_value, 'Customer 2', 'Customer X') "
                                       "WHERE seq = 3"_s
                                    << qint64(3) << u"was altered"_s;
    QTest::newRow("edit-user") << u"UPDATE audit_log SET user_name = 'mallory' WHERE seq = 2"_s
                               << qint64(2) << u"was altered"_s;
    QTest::newRow("edit-time") << u"UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' "
                                  "WHERE seq = 4"_s
                               << qint64(4) << u"was altered"_s;
    QTest::newRow("edit-hash") << u"UPDATE audit_log SET hash = prev_hash WHERE seq = 1"_s
                               << qint64(1) << u"was altered"_s;
    QTest::newRow("edit-last") << u"UPDATE audit_log SET action = 'update' WHERE seq = 5"_s
                               << qint64(5) << u"was altered"_s;
    QTest::newRow("delete-first") << u"DELETE FROM audit_log WHERE seq = 1"_s << qint64(1)
                                  << u"is missing"_s;
    QTest::newRow("delete-middle")
        << u"DELETE FROM audit_log WHERE seq = 3"_s << qint64(3) << u"is missing"_s;
    QTest::newRow("delete-last") << u"DELETE FROM audit_log WHERE seq = 5"_s << qint64(5)
                                 << u"is missing"_s;
}

void tst_AuditLog::tamperingIsDetectedAndNamed()
{
    QFETCH(QString, sql);
    QFETCH(qint64, broken);
    QFETCH(QString, message);
    // Given five audited writes
    for (int i = 0; i < 5; ++i) {
        Party p;
        p.name = u"Customer %1"_s.arg(i);
        QVERIFY(mWorkspace->insert(p).ok());
    }
    QVERIFY(AuditLog(mDb->connection()).verify()->intact);
    // When one row is edited or deleted by hand
    exec(sql);
    // Then verification fails and names that record
    auto verification = AuditLog(mDb->connection()).verify();
    QVERIFY(verification.ok());
    QVERIFY(!verification->intact);
    QCOMPARE(verification->brokenSeq, broken);
    QVERIFY2(verification->problem.contains(u"audit record %1 "_s.arg(broken)),
             qPrintable(verification->problem));
    QVERIFY2(verification->problem.contains(message), qPrintable(verification->problem));
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
