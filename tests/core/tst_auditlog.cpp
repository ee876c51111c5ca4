#include "alerts/alertscanner.h"
#include "audit/auditlog.h"
#include "change/changerequests.h"
#include "data/actionstore.h"
#include "data/metricstore.h"
#include "data/offeringstore.h"
#include "data/reviewstore.h"
#include "data/supportlinks.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_AuditLog : public TestFixtures::FreshWorkspaceTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyWorkspaceWriteIsRecorded();
    void recordsWhoActed();
    void refusedWritesLeaveNoRecord();
    void intactChainVerifies();
    void tamperingIsDetectedAndNamed_data();
    void tamperingIsDetectedAndNamed();
    void everyKindOfWriteVerifiesClean();
    void handEditedTablesAreNamed_data();
    void handEditedTablesAreNamed();
    void lifecycleStepsVerifyClean_data();
    void lifecycleStepsVerifyClean();
    void changeRequestsAndAlertsVerifyClean_data();
    void changeRequestsAndAlertsVerifyClean();

private:
    // A small portfolio written through the stores: calendar, region, services, a customer
    // and a department with delivered services, an SLA and an OLA linked, a user; then
    // updates, a removal and the lifecycle steps that set derived agreement columns.
    void writePortfolio();
    QString verifyProblem() const;
    // The trail verifies as the test left it; once `sql` (if any) edits a table by hand,
    // verify names the edit with `message`.
    void verifiesUntilHandEdited(const QString &sql, const QString &message);
    static void handEditColumns();
    void exec(const QString &sql);
    QList<AuditRecord> all() const;

    // The SLA "Acme mail" of the portfolio writePortfolio() writes.
    qint64 mAcmeMail = 0;
};

void tst_AuditLog::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
}

void tst_AuditLog::init()
{
    QCOMPARE(openWorkspace(u"audit"_s), QString());
}

void tst_AuditLog::cleanup()
{
    closeWorkspace();
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
    QCOMPARE(TestFixtures::addUsers(mDb->connection(), {{u"erin"_s, {Role::Administrator}}}),
             QString());
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

QString tst_AuditLog::verifyProblem() const
{
    auto verification = AuditLog(mDb->connection()).verify();
    if (!verification)
        return u"error: "_s + verification.errorString();
    return verification->intact ? u"ok"_s : verification->problem;
}

void tst_AuditLog::verifiesUntilHandEdited(const QString &sql, const QString &message)
{
    QCOMPARE(verifyProblem(), u"ok"_s);
    if (sql.isEmpty())
        return;
    exec(sql);
    const QString problem = verifyProblem();
    QVERIFY2(problem.contains(message), qPrintable(problem));
}

void tst_AuditLog::handEditColumns()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
}

void tst_AuditLog::writePortfolio()
{
    QSqlDatabase db = mDb->connection();
    TestFixtures::addUsers(db, {{u"erin"_s, {Role::Administrator}},
                                {u"alice"_s, {Role::SlaManager}},
                                {u"bob"_s, {Role::Approver}}});
    mWorkspace->setActingUser(u"erin"_s);
    const qint64 calendar = *mWorkspace->insert(
        CalendarRecord{0, u"UK office"_s, u"Europe/London"_s, {}});
    const qint64 region = *mWorkspace->insert(Region{0, u"UK"_s, u"Britain"_s, calendar});
    auto stored = mWorkspace->region(region);
    QVERIFY2(stored.ok(), qPrintable(stored.errorString()));
    stored->name = u"United Kingdom"_s;
    auto updated = mWorkspace->update(*stored);
    QVERIFY2(updated.ok(), qPrintable(updated.errorString()));
    mWorkspace->setActingUser(u"alice"_s);
    const qint64 mail = *mWorkspace->insert(Service{0, u"MAIL"_s, u"E-mail"_s, {}, {}, {}, true});
    const qint64 web = *mWorkspace->insert(Service{0, u"WEB"_s, u"Web"_s, {}, {}, {}, true});
    const qint64 gone = *mWorkspace->insert(Service{0, u"OLD"_s, u"Old"_s, {}, {}, {}, true});
    Party customer = TestFixtures::party(u"Acme"_s, PartyKind::Customer, region);
    customer.deliveredServiceIds = {mail, gone};
    customer.id = *mWorkspace->insert(customer);
    customer = *mWorkspace->party(customer.id);
    customer.contact = u"Giulia"_s;
    customer.deliveredServiceIds = {mail, web, gone};
    QVERIFY(mWorkspace->update(customer).ok());
    // Removing a service takes its deliveries with it
    auto removed = mWorkspace->removeService(gone);
    QVERIFY2(removed.ok(), qPrintable(removed.errorString()));
    const qint64 it = *mWorkspace->insert(TestFixtures::party(u"IT"_s, PartyKind::Department));

    Target t = TestFixtures::target(mail, Metric::Availability, 99900);
    t.creditTiers = {{99000, 500}, {95000, 1000}};
    t.calendarId = calendar;
    t.regionId = region;
    auto sla = TestFixtures::agreement(u"Acme mail"_s, customer.id, {mail, web},
                                       {t, TestFixtures::target(web, Metric::Resolution, 3600)},
                                       QDate(2026, 1, 1), QDate(2027, 12, 31),
                                       Money(1200000, u"EUR"_s));
    sla.id = *mWorkspace->insert(sla);
    mAcmeMail = sla.id;
    sla = *mWorkspace->agreement(sla.id);
    sla.price = Money(1250000, u"EUR"_s);
    sla.targets[1].threshold = 7200;
    QVERIFY(mWorkspace->update(sla).ok());
    auto ola = TestFixtures::agreement(u"IT mail"_s, it, {mail},
                                       {TestFixtures::target(mail, Metric::FirstResponse, 600)},
                                       QDate(2026, 1, 1), QDate(2027, 12, 31), Money(0, u"EUR"_s));
    ola.kind = AgreementKind::Ola;
    ola.id = *mWorkspace->insert(ola);
    auto link = SupportLinks(*mWorkspace)
                    .add(mWorkspace->agreement(ola.id)->number,
                         mWorkspace->agreement(sla.id)->number);
    QVERIFY2(link.ok(), qPrintable(link.errorString()));
    auto scrap = TestFixtures::agreement(u"Scrap"_s, customer.id, {mail}, {}, QDate(2026, 1, 1),
                                         QDate(2026, 12, 31), Money(1, u"EUR"_s));
    QVERIFY(mWorkspace->removeAgreement(*mWorkspace->insert(scrap)).ok());

    // An owner and an improvement action, raised and then taken up
    const QString number = mWorkspace->agreement(sla.id)->number;
    QVERIFY(AgreementOwners(*mWorkspace).set(number, u"alice"_s).ok());
    ImprovementAction action;
    action.agreementId = sla.id;
    action.title = u"Tune the mail relay"_s;
    action.ownerId = UserDirectory(db).user(u"alice"_s)->id;
    action.dueDate = QDate(2026, 6, 30);
    ActionStore actions(*mWorkspace);
    auto actionId = actions.insert(action);
    QVERIFY2(actionId.ok(), qPrintable(actionId.errorString()));
    auto raised = *actions.action(*actionId);
    raised.state = ActionState::InProgress;
    QVERIFY(actions.update(raised).ok());

    // A level of the catalogue applied to a draft: the offering, its price line and its
    // target marked as from it
    Offering gold;
    gold.serviceId = web;
    gold.name = u"Gold"_s;
    gold.basis = PriceBasis::User;
    gold.price = Money(90000, u"EUR"_s);
    gold.targets = {TestFixtures::target(web, Metric::Resolution, 1800)};
    auto goldId = OfferingStore(*mWorkspace).insert(gold);
    QVERIFY2(goldId.ok(), qPrintable(goldId.errorString()));
    auto web2 = TestFixtures::agreement(u"Acme web"_s, customer.id, {web}, {}, QDate(2026, 1, 1),
                                        QDate(2027, 12, 31), Money(0, u"EUR"_s));
    web2.id = *mWorkspace->insert(web2);
    auto applied = OfferingStore(*mWorkspace).apply(web2.id, *goldId, 40);
    QVERIFY2(applied.ok(), qPrintable(applied.errorString()));
    // A custom metric defined, changed, and another defined and removed
    MetricStore metrics(*mWorkspace);
    MetricDefinition backups{0,
                             u"Backup success rate"_s,
                             u"%"_s,
                             MetricAggregation::Rate,
                             MetricDirection::HigherIsBetter,
                             {},
                             0};
    auto metricId = metrics.insert(backups);
    QVERIFY2(metricId.ok(), qPrintable(metricId.errorString()));
    backups = *metrics.definition(*metricId);
    backups.description = u"Nightly jobs completed"_s;
    QVERIFY(metrics.update(backups).ok());
    MetricDefinition scrapMetric{
        0, u"Scrap"_s, {}, MetricAggregation::Sum, MetricDirection::LowerIsBetter, {}, 0};
    QVERIFY(metrics.remove(*metrics.insert(scrapMetric)).ok());
}

void tst_AuditLog::everyKindOfWriteVerifiesClean()
{
    writePortfolio();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(verifyProblem(), u"ok"_s);
}

void tst_AuditLog::handEditedTablesAreNamed_data()
{
    handEditColumns();
    QTest::newRow("price") << u"UPDATE agreements SET price_minor = 1 WHERE title = 'Acme mail'"_s
                           << u", column price_minor: the trail says 1250000, the table holds 1"_s;
    QTest::newRow("target") << u"UPDATE targets SET threshold = 99 WHERE threshold = 7200"_s
                            << u"target 2), column threshold: the trail says 7200, the table "
                               "holds 99"_s;
    QTest::newRow("target-calendar")
        << u"UPDATE targets SET calendar_id = NULL WHERE threshold = 99900"_s
        << u"target 1), column calendar_id: the trail says "_s;
    QTest::newRow("credit-tier") << u"UPDATE credit_tiers SET credit_hundredths = 10000 "
                                    "WHERE credit_hundredths = 1000"_s
                                 << u"target 1, tier 2), column credit_hundredths: the trail "
                                    "says 1000, the table holds 10000"_s;
    QTest::newRow("agreement-service") << u"DELETE FROM agreement_services WHERE service_id = "
                                          "(SELECT id FROM services WHERE code = 'WEB')"_s
                                       << u"the trail records no deletion"_s;
    QTest::newRow("delivery") << u"DELETE FROM service_deliveries"_s
                              << u"service_deliveries (party "_s;
    QTest::newRow("contact") << u"UPDATE parties SET contact = 'Mallory' WHERE name = 'Acme'"_s
                             << u"column contact: the trail says \"Giulia\", the table holds "
                                "\"Mallory\""_s;
    QTest::newRow("calendar") << u"UPDATE calendars SET time_zone = 'UTC'"_s
                              << u"column time_zone: the trail says \"Europe/London\""_s;
    QTest::newRow("region-name") << u"UPDATE regions SET name = 'Nowhere'"_s
                                 << u"column name: the trail says \"United Kingdom\""_s;
    QTest::newRow("region") << u"UPDATE regions SET calendar_id = NULL"_s
                            << u"column calendar_id: the trail says "_s;
    QTest::newRow("service") << u"UPDATE services SET active = 0 WHERE code = 'MAIL'"_s
                             << u"column active: the trail says 1, the table holds 0"_s;
    QTest::newRow("user") << u"UPDATE users SET active = 0 WHERE name = 'bob'"_s
                          << u"column active: the trail says 1, the table holds 0"_s;
    QTest::newRow("role") << u"INSERT INTO user_roles (user_id, role) SELECT id, "
                             "'administrator' FROM users WHERE name = 'bob'"_s
                          << u"role administrator): the table holds this row, but the audit "
                             "trail never recorded it"_s;
    QTest::newRow("support") << u"DELETE FROM agreement_supports"_s
                             << u"agreement_supports (OLA-"_s;
    QTest::newRow("support-added") << u"INSERT INTO agreement_supports VALUES ('X', 'Y')"_s
                                   << u"agreement_supports (X supports Y): the table holds "
                                      "this row"_s;
    QTest::newRow("terminated") << u"UPDATE agreements SET terminated_on = '2026-05-01'"_s
                                << u"column terminated_on: the trail says NULL, the table "
                                   "holds \"2026-05-01\""_s;
    QTest::newRow("party-added") << u"INSERT INTO parties (kind, name) VALUES ('customer', "
                                    "'Ghost')"_s
                                 << u": the table holds this row, but the audit trail never "
                                    "recorded it"_s;
    QTest::newRow("action-state") << u"UPDATE actions SET state = 'done'"_s
                                  << u"actions 1, column state: the trail says \"in_progress\", "
                                     "the table holds \"done\""_s;
    QTest::newRow("action-added")
        << u"INSERT INTO actions (agreement_id, title, owner_id, due_date, created_at, "
           "updated_at) SELECT agreement_id, 'Ghost', owner_id, due_date, created_at, "
           "updated_at FROM actions"_s
        << u"actions 2: the table holds this row, but the audit trail never recorded it"_s;
    QTest::newRow("metric-definition")
        << u"UPDATE metric_definitions SET better = 'lower'"_s
        << u"metric_definitions 1, column better: the trail says \"higher\", the table holds "
           "\"lower\""_s;
    QTest::newRow("owner") << u"UPDATE agreement_owners SET user_id = (SELECT id FROM users "
                              "WHERE name = 'bob')"_s
                           << u"agreement_owners 1, column user_id: the trail says "_s;
    QTest::newRow("price-line") << u"UPDATE price_lines SET quantity = 41"_s
                                << u"line 1), column quantity: the trail says 40, the table "
                                   "holds 41"_s;
    QTest::newRow("offering") << u"UPDATE offerings SET price_minor = 1"_s
                              << u"offerings 1, column price_minor: the trail says 90000, the "
                                 "table holds 1"_s;
    QTest::newRow("offering-mark")
        << u"UPDATE targets SET offering_id = NULL WHERE offering_id IS NOT NULL"_s
        << u"column offering_id: the trail says 1, the table holds NULL"_s;
    QTest::newRow("agreement-deleted")
        << u"DELETE FROM agreements WHERE kind = 'ola'"_s
        << u": the audit trail says this row exists, but the table has no such row and the "
           "trail records no deletion"_s;
}

void tst_AuditLog::handEditedTablesAreNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    // Given a portfolio whose trail verifies
    writePortfolio();
    if (QTest::currentTestFailed())
        return;
    // When a table is edited behind Accordo's back, then verify names the row and the column
    verifiesUntilHandEdited(sql, message);
}

void tst_AuditLog::lifecycleStepsVerifyClean_data()
{
    handEditColumns();
    QTest::newRow("untouched") << QString() << u"ok"_s;
    QTest::newRow("superseded-by") << u"UPDATE agreements SET superseded_by_id = NULL"_s
                                   << u"column superseded_by_id: the trail says "_s;
    QTest::newRow("supersedes") << u"UPDATE agreements SET supersedes_id = NULL"_s
                                << u"column supersedes_id: the trail says "_s;
    QTest::newRow("termination") << u"UPDATE agreements SET termination_reason = 'none' "
                                    "WHERE terminated_on IS NOT NULL"_s
                                 << u"column termination_reason: the trail says \"customer "
                                    "left\", the table holds \"none\""_s;
    QTest::newRow("status") << u"UPDATE agreements SET status = 'active' WHERE status = 'expired'"_s
                            << u"column status: the trail says \"expired\", the table holds "
                               "\"active\""_s;
}

void tst_AuditLog::lifecycleStepsVerifyClean()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    // Given an agreement signed, amended, its amendment signed (which supersedes the first
    // version) and then terminated, every step through the workflow
    writePortfolio();
    if (QTest::currentTestFailed())
        return;
    TestFixtures::addUsers(mDb->connection(),
                           {{u"mia"_s, {Role::SlaManager}}, {u"frank"_s, {Role::Approver}}});
    AgreementWorkflow workflow(*mWorkspace);
    workflow.setToday(QDate(2026, 3, 1));
    const qint64 id = mAcmeMail;
    auto walk = [&](qint64 agreement) {
        QVERIFY(workflow.setCharter(agreement, {u"Mail always on"_s, {}, {}}, u"alice"_s).ok());
        QVERIFY(workflow
                    .setRequiredApprovers(agreement,
                                          {{0, Side::Provider, u"Service owner"_s, {}},
                                           {0, Side::Counterparty, u"Customer"_s, {}}},
                                          u"alice"_s)
                    .ok());
        for (auto [transition, user] : {std::pair{Transition::Submit, u"mia"_s},
                                        {Transition::RequestApproval, u"mia"_s},
                                        {Transition::Approve, u"bob"_s},
                                        {Transition::Approve, u"frank"_s},
                                        {Transition::Sign, u"mia"_s}}) {
            TransitionRequest request;
            request.transition = transition;
            if (transition == Transition::Sign) {
                request.date = QDate(2026, 2, 1);
                request.method = u"electronic"_s;
                request.signatories = {{Side::Provider, u"Paula"_s, u"CIO"_s},
                                       {Side::Counterparty, u"Carl"_s, u"COO"_s}};
            }
            auto step = workflow.transition(agreement, request, user);
            QVERIFY2(step.ok(), qPrintable(step.errorString()));
        }
    };
    walk(id);
    TransitionRequest amend;
    amend.transition = Transition::Amend;
    auto amendment = workflow.transition(id, amend, u"mia"_s);
    QVERIFY2(amendment.ok(), qPrintable(amendment.errorString()));
    walk(*amendment);
    TransitionRequest terminate;
    terminate.transition = Transition::Terminate;
    terminate.date = QDate(2026, 6, 30);
    terminate.reason = u"customer left"_s;
    auto ended = workflow.transition(*amendment, terminate, u"mia"_s);
    QVERIFY2(ended.ok(), qPrintable(ended.errorString()));
    // When a column the lifecycle set is changed by hand, then verify names it
    verifiesUntilHandEdited(sql, message);
}

void tst_AuditLog::changeRequestsAndAlertsVerifyClean_data()
{
    handEditColumns();
    QTest::newRow("untouched") << QString() << u"ok"_s;
    QTest::newRow("change-request-status")
        << u"UPDATE change_requests SET status = 'accepted' WHERE status = 'rejected'"_s
        << u"column status: the trail says \"rejected\", the table holds \"accepted\""_s;
    QTest::newRow("change-request-targets")
        << u"UPDATE change_requests SET proposed_targets = '[]'"_s
        << u"column proposed_targets: the trail says"_s;
    QTest::newRow("change-request-deleted")
        << u"DELETE FROM change_requests WHERE status = 'submitted'"_s
        << u": the audit trail says this row exists, but the table has no such row"_s;
    QTest::newRow("alert-rule-added")
        << u"INSERT INTO alert_rules (user_name, event, scope) VALUES ('bob', 'credit_owed', "
           "'all')"_s
        << u": the table holds this row, but the audit trail never recorded it"_s;
    QTest::newRow("alert-unseen") << u"UPDATE alerts SET seen_at = NULL"_s
                                  << u"column seen_at: the trail says"_s;
}

void tst_AuditLog::changeRequestsAndAlertsVerifyClean()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    // Given change requests submitted, assessed and rejected, an alert rule, the alert it
    // raised and that alert seen, every write through the stores
    writePortfolio();
    if (QTest::currentTestFailed())
        return;
    const qint64 sla = mAcmeMail;
    mWorkspace->setActingUser(u"alice"_s);
    ChangeRequests changes(*mWorkspace);
    changes.setToday(QDate(2026, 3, 1));
    ChangeRequest request;
    request.agreementId = sla;
    request.requestedBy = u"Giulia"_s;
    request.requestedOn = QDate(2026, 2, 20);
    request.description = u"Web resolution within the hour"_s;
    Target web = mWorkspace->agreement(sla)->targets.at(1);
    web.threshold = 3600;
    request.proposedTargets = {web};
    auto rejected = changes.submit(request);
    QVERIFY2(rejected.ok(), qPrintable(rejected.errorString()));
    auto assessed = changes.assess(*rejected, u"Needs a night shift"_s, 50000);
    QVERIFY2(assessed.ok(), qPrintable(assessed.errorString()));
    auto refused = changes.reject(*rejected, u"Too expensive"_s);
    QVERIFY2(refused.ok(), qPrintable(refused.errorString()));
    auto waiting = changes.submit(request);
    QVERIFY2(waiting.ok(), qPrintable(waiting.errorString()));
    AlertStore alerts(*mWorkspace);
    AlertRule rule;
    rule.userName = u"alice"_s;
    rule.event = AlertEvent::ChangeRequestWaiting;
    auto ruleId = alerts.addRule(rule);
    QVERIFY2(ruleId.ok(), qPrintable(ruleId.errorString()));
    auto raised = AlertScanner(*mWorkspace).raise();
    QVERIFY2(raised.ok(), qPrintable(raised.errorString()));
    QCOMPARE(raised->size(), 1);
    auto seen = alerts.markSeen({raised->constFirst().id}, 1772400000);
    QVERIFY2(seen.ok(), qPrintable(seen.errorString()));
    // When one of their rows is changed by hand, then verify names it
    verifiesUntilHandEdited(sql, message);
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
