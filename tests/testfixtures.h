#pragma once

// Small, explicit records for the tests' own fixtures: a test that needs "a customer with an
// agreement" builds just that through the core API instead of counting what the demo
// generator happens to create.

#include "calendar/isotime.h"
#include "data/metricstore.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "demo/demomeasurements.h"
#include "domain/entities.h"
#include "kpi/kpiengine.h"
#include "lifecycle/lifecycletypes.h"
#include "measurement/evaluator.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QDate>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <optional>

namespace Accordo::TestFixtures {

using namespace Qt::StringLiterals;

/// A business calendar that is open all day, every day, in UTC: business time is wall time.
inline const QString AlwaysCalendarJson = QStringLiteral(
    R"({"name": "always", "timezone": "UTC",
    "week": {"mon": ["00:00-24:00"], "tue": ["00:00-24:00"], "wed": ["00:00-24:00"],
             "thu": ["00:00-24:00"], "fri": ["00:00-24:00"], "sat": ["00:00-24:00"],
             "sun": ["00:00-24:00"]}})");

/// The instant an ISO 8601 text with its offset names ("2026-04-10T12:00:00Z"); stops the test
/// run when it names none, since a fixture's own times are never wrong on purpose.
inline qint64 at(const QString &iso)
{
    const auto instant = IsoTime::parse(iso, QTimeZone::utc());
    if (!instant)
        qFatal("%s", qPrintable(instant.errorString()));
    return *instant;
}

/// The "now" of the tests on a small portfolio of their own (a DeskPortfolio, a
/// MetricsCatalogue): 2026-04-10 12:00 UTC, and its day.
inline const qint64 FixtureNow = at(u"2026-04-10T12:00:00Z"_s);
inline const QDate FixtureToday(2026, 4, 10);

/// The id a write answered, or 0 when it failed, whose reason goes to the test's log as a
/// warning: for a test that checks the id it gets.
inline qint64 idOrZero(const Result<qint64> &id)
{
    if (!id)
        qWarning("%s", qPrintable(id.errorString()));
    return id ? *id : 0;
}

/// A customer (or department, supplier) called `name`.
inline Party party(const QString &name, PartyKind kind = PartyKind::Customer, qint64 regionId = 0)
{
    Party p;
    p.kind = kind;
    p.name = name;
    p.regionId = regionId;
    return p;
}

/// Adds each person with their roles as a user, on behalf of the system; the name of the first
/// that could not be added, or an empty string.
inline QString addUsers(const QSqlDatabase &connection,
                        const QList<std::pair<QString, QList<Role>>> &people)
{
    UserDirectory users(connection);
    for (const auto &[name, roles] : people) {
        User user;
        user.name = name;
        user.roles = roles;
        if (!users.addAsSystem(user))
            return name;
    }
    return {};
}

/// Creates a new, empty workspace at `location` into `db`, with `people` and their roles as
/// its users; the error, or an empty string.
inline QString create(const QString &location, std::unique_ptr<Database> &db,
                      const QList<std::pair<QString, QList<Role>>> &people = {})
{
    auto opened = Database::open(location, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.errorString();
    db = std::move(*opened);
    const QString refused = addUsers(db->connection(), people);
    return refused.isEmpty() ? QString() : u"cannot add the user "_s + refused;
}

/// Opens a new, empty workspace called `name` (a file in `dir`, or a new database on the
/// PostgreSQL test server) into `db`, with `workspace` on it and `people` as its users; the
/// error, or an empty string.
inline QString openFresh(const QTemporaryDir &dir, const QString &name,
                         std::unique_ptr<Database> &db, std::unique_ptr<Workspace> &workspace,
                         const QList<std::pair<QString, QList<Role>>> &people = {})
{
    const QString failed = create(TestBackend::freshLocation(dir, name), db, people);
    if (failed.isEmpty())
        workspace = std::make_unique<Workspace>(*db);
    return failed;
}

/// The ground of a test class whose test functions each start on a new, empty workspace: the
/// class derives from it, opens the workspace in init() and closes it in cleanup().
class FreshWorkspaceTest : public QObject
{
protected:
    /// Opens a new, empty workspace called `name` and the number of the test, with `people` as
    /// its users; the error, or an empty string.
    QString openWorkspace(const QString &name,
                          const QList<std::pair<QString, QList<Role>>> &people = {})
    {
        closeWorkspace();
        return openFresh(mDir, name + QString::number(++mRun), mDb, mWorkspace, people);
    }

    /// Closes the workspace (the Workspace before the Database it works on).
    void closeWorkspace()
    {
        mWorkspace.reset();
        mDb.reset();
    }

    /// The number `sql` answers in the workspace (TestSupport::count()).
    qint64 count(const QString &sql, const QVariantList &binds = {}) const
    {
        return TestSupport::count(mDb->connection(), sql, binds);
    }

    /// Checks how writing one record into the empty `table` went: with no `refusal` expected, it
    /// was stored and the table holds it; else it was refused with a message that contains
    /// `refusal`, and the table is still empty.
    void checkStoredOrRefused(const Result<qint64> &id, const QString &refusal,
                              const QString &table) const
    {
        const QString rows = u"SELECT count(*) FROM "_s + table;
        if (refusal.isEmpty()) {
            QVERIFY2(id, qPrintable(id.errorString()));
            QCOMPARE(count(rows), 1);
            return;
        }
        QVERIFY(!id);
        QVERIFY2(id.errorString().contains(refusal), qPrintable(id.errorString()));
        QCOMPARE(count(rows), 0);
    }

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<Workspace> mWorkspace;

private:
    int mRun = 0;
};

/// A target on `serviceId`: `threshold` in the metric's unit (see TargetValue), met by
/// `goalMilli` thousandths of a percent of the items, for tickets of `priority` (empty: all).
inline Target target(qint64 serviceId, Metric metric, qint64 threshold, qint64 goalMilli = 95000,
                     const QString &priority = {})
{
    Target t;
    t.serviceId = serviceId;
    t.metric = metric;
    t.threshold = threshold;
    t.goalMilli = goalMilli;
    t.priority = priority;
    return t;
}

/// A draft customer SLA of `partyId` over `services`, measured by `targets`.
inline Agreement agreement(const QString &title, qint64 partyId, const QList<qint64> &services,
                           const QList<Target> &targets, const QDate &start, const QDate &end,
                           const Money &price)
{
    Agreement a;
    a.title = title;
    a.partyId = partyId;
    a.startDate = start;
    a.endDate = end;
    a.price = price;
    a.serviceIds = services;
    a.targets = targets;
    return a;
}

/// A request for `transition` with a reason; a signature made electronically on `signedOn`
/// by Paula Provider (CIO) and Carl Customer (COO).
inline TransitionRequest transitionRequest(Transition transition, const QDate &signedOn,
                                           const QString &reason = u"as agreed"_s)
{
    TransitionRequest request;
    request.transition = transition;
    request.reason = reason;
    if (transition == Transition::Sign) {
        request.date = signedOn;
        request.method = u"electronic"_s;
        request.signatories = {{Side::Provider, u"Paula Provider"_s, u"CIO"_s},
                               {Side::Counterparty, u"Carl Customer"_s, u"COO"_s}};
    }
    return request;
}

/// Opens (creating it) the workspace at `location` and fills it with the demo data.
inline Result<std::unique_ptr<Database>> openDemo(const QString &location)
{
    auto db = Database::open(location, Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    Workspace workspace(**db);
    const auto populated = DemoData::populate(workspace);
    if (!populated)
        return populated.error();
    return std::move(*db);
}

/// Judges every ticket and recomputes every KPI as of `asOf`, as the application does after an
/// import; what the recompute did.
inline Result<KpiSummary> judgeAndRecompute(const QSqlDatabase &connection, qint64 asOf)
{
    const auto evaluated = Evaluator::evaluate(connection, asOf);
    if (!evaluated)
        return evaluated.error();
    KpiOptions options;
    options.asOf = asOf;
    return KpiEngine::recompute(connection, options);
}

/// judgeAndRecompute(); the error, or an empty string.
inline QString measure(const QSqlDatabase &connection, qint64 asOf)
{
    const auto recomputed = judgeAndRecompute(connection, asOf);
    return recomputed ? QString() : recomputed.errorString();
}

/// A small catalogue for custom metrics: an always-open calendar and region EU, the services
/// BACKUP and EQUIP, the customer Acme, and the defined metrics "Backup success rate" (%, a
/// rate, higher is better) and "Delivery time" (days, a mean, lower is better).
struct MetricsCatalogue
{
    qint64 eu = 0;
    qint64 backup = 0;
    qint64 equip = 0;
    qint64 acme = 0;
    /// Backup success rate ≥ 99 % on BACKUP and delivery within 5 days on EQUIP.
    QList<Target> targets() const
    {
        Target backups = target(backup, Metric::Custom, 99000, 100000);
        backups.customName = u"Backup success rate"_s;
        backups.customUnit = u"%"_s;
        Target delivery = target(equip, Metric::Custom, 5000, 100000);
        delivery.customName = u"Delivery time"_s;
        delivery.customUnit = u"days"_s;
        return {backups, delivery};
    }
};

/// Writes the MetricsCatalogue into `ws`; the error, or an empty string.
inline QString addMetricsCatalogue(Workspace &ws, MetricsCatalogue &c)
{
    auto always = ws.insert(CalendarRecord{0, u"always"_s, u"UTC"_s, AlwaysCalendarJson});
    if (!always)
        return always.errorString();
    auto eu = ws.insert(Region{0, u"EU"_s, u"Europe"_s, *always});
    if (!eu)
        return eu.errorString();
    c.eu = *eu;
    for (const auto &[id, code, name] : {std::tuple{&c.backup, u"BACKUP"_s, u"Backup"_s},
                                         std::tuple{&c.equip, u"EQUIP"_s, u"Equipment"_s}}) {
        Service service;
        service.code = code;
        service.name = name;
        auto inserted = ws.insert(service);
        if (!inserted)
            return inserted.errorString();
        *id = *inserted;
    }
    auto acme = ws.insert(party(u"Acme"_s, PartyKind::Customer, c.eu));
    if (!acme)
        return acme.errorString();
    c.acme = *acme;
    MetricStore metrics(ws);
    for (const MetricDefinition &m : {MetricDefinition{0,
                                                       u"Backup success rate"_s,
                                                       u"%"_s,
                                                       MetricAggregation::Rate,
                                                       MetricDirection::HigherIsBetter,
                                                       {},
                                                       0},
                                      MetricDefinition{0,
                                                       u"Delivery time"_s,
                                                       u"days"_s,
                                                       MetricAggregation::Mean,
                                                       MetricDirection::LowerIsBetter,
                                                       {},
                                                       0}}) {
        if (auto r = metrics.insert(m); !r)
            return r.errorString();
    }
    return {};
}

/// Creates the demo workspace at `location` and brings its results up to date as of
/// `options.asOf`, as the application does when it opens it. The error, or an empty string.
inline QString demoUpToDate(const QString &location, const KpiOptions &options)
{
    auto db = openDemo(location);
    if (!db)
        return db.errorString();
    const auto update = KpiEngine::bringUpToDate((*db)->connection(), options);
    if (!update)
        return update.errorString();
    if (!KpiEngine::isUpToDate((*db)->connection(), options.asOf))
        return u"the results are not up to date after bringUpToDate"_s;
    return {};
}

/// demoUpToDate() at the demo's "now", as a new workspace called "demo" in `dir`, opened into
/// `db`; the error, or an empty string.
inline QString openDemoUpToDate(const QTemporaryDir &dir, std::unique_ptr<Database> &db)
{
    KpiOptions options;
    options.asOf = DemoMeasurements::now();
    const QString location = TestBackend::freshLocation(dir, u"demo"_s);
    if (QString failed = demoUpToDate(location, options); !failed.isEmpty())
        return failed;
    auto opened = Database::open(location, Database::OpenMode::MustExist);
    if (!opened)
        return opened.errorString();
    db = std::move(*opened);
    return {};
}

/// The queries of every stored KPI table, for storedRows(): all their rows in a fixed order.
inline const QStringList StoredKpiTables = {
    QStringLiteral("SELECT * FROM kpi_periods ORDER BY target_id, period"),
    QStringLiteral("SELECT * FROM kpi_satisfaction ORDER BY party_id, period"),
    QStringLiteral("SELECT * FROM kpi_watermelons ORDER BY agreement_id, period"),
    QStringLiteral("SELECT * FROM kpi_volumes ORDER BY service, region, period")};

/// Every row the queries in `sql` return, each as "column=value ..." in the order they give: what
/// a test compares between an incremental update and a recompute from scratch. Stops the test
/// program on a failed query.
inline QStringList storedRows(const QSqlDatabase &connection, const QStringList &sql)
{
    QStringList rows;
    for (const QString &statement : sql) {
        QSqlQuery q(connection);
        q.setForwardOnly(true);
        if (!q.exec(statement))
            qFatal("%s", qPrintable(q.lastError().text()));
        // The record is read once: QSqlQuery::record() copies every value of the row.
        const QSqlRecord columns = q.record();
        while (q.next()) {
            QStringList fields;
            fields.reserve(columns.count());
            for (int i = 0; i < columns.count(); ++i)
                fields.append(columns.fieldName(i) + u'=' + q.value(i).toString());
            rows.append(fields.join(u' '));
        }
    }
    return rows;
}

/// On a PostgreSQL server the connection's login is the acting user whatever name a test
/// gives: adds the login of `location` to `connection`'s workspace as a user with `roles`.
/// Nothing on SQLite. The error, or an empty string.
inline QString addServerLogin(const QSqlDatabase &connection, const QString &location,
                              const QList<Role> &roles)
{
    if (!TestBackend::isPostgres())
        return {};
    const User login{0, QUrl(location).userName(), u"Server login"_s, roles, true};
    const auto added = UserDirectory(connection).addAsSystem(login);
    return added ? QString() : added.errorString();
}

/// Creates the demo workspace called `name` (a file in `dir`, or a database on the PostgreSQL
/// test server) for the tests to open or copy, and sets `location` to it. Judged and measured as
/// of `measuredAt` when one is given; on a server, its login is a user with `loginRoles` unless
/// they are empty. The error, or an empty string.
inline QString createDemo(const QTemporaryDir &dir, const QString &name, QString &location,
                          const QList<Role> &loginRoles, std::optional<qint64> measuredAt = {})
{
    location = TestBackend::freshLocation(dir, name);
    auto db = openDemo(location);
    if (!db)
        return db.errorString();
    if (measuredAt) {
        const QString failed = measure((*db)->connection(), *measuredAt);
        if (!failed.isEmpty())
            return failed;
    }
    return loginRoles.isEmpty() ? QString()
                                : addServerLogin((*db)->connection(), location, loginRoles);
}

/// Opens a copy, called `name` and a number of its own, of the closed workspace at `location`;
/// stops the test run when it cannot.
inline std::unique_ptr<Database> openCopy(const QString &location, const QTemporaryDir &dir,
                                          const QString &name)
{
    static int copies = 0;
    auto db = Database::open(TestBackend::copyOf(location, dir, name + QString::number(++copies)),
                             Database::OpenMode::MustExist);
    if (!db)
        qFatal("%s", qPrintable(db.errorString()));
    return std::move(*db);
}

/// The ground of a test class whose tests each work on a copy of one workspace made once: the
/// class derives from it, writes mTemplate in initTestCase() (createDemoTemplate() for the
/// demo) and copies it to mLocation in init().
class TemplateCopyTest : public QObject
{
protected:
    /// Creates the demo as mTemplate, its server login a user with `loginRoles` (none when
    /// empty); the error, or an empty string.
    QString createDemoTemplate(const QList<Role> &loginRoles)
    {
        return createDemo(mDir, u"template"_s, mTemplate, loginRoles);
    }

    /// Copies mTemplate to mLocation, a new workspace called `name` and the number of the test.
    void copyTemplate(const QString &name)
    {
        mLocation = TestBackend::copyOf(mTemplate, mDir, name + QString::number(++mRun));
    }

    QTemporaryDir mDir;
    QString mTemplate;
    QString mLocation;

private:
    int mRun = 0;
};

/// The ground of a test class on copies of the demo workspace whose results are up to date at
/// the demo's "now": the class derives from it, creates the demo in initTestCase() and opens a
/// copy of it in each test.
class UpToDateDemoTest : public QObject
{
protected:
    /// Creates the demo with its results up to date at mOptions.asOf; the error, or an empty
    /// string.
    QString createUpToDateDemo()
    {
        mOptions.asOf = DemoMeasurements::now();
        mTemplate = TestBackend::freshLocation(mDir, u"template"_s);
        return demoUpToDate(mTemplate, mOptions);
    }

    /// A new copy of the demo, open.
    std::unique_ptr<Database> copy() { return openCopy(mTemplate, mDir, u"copy"_s); }

    QTemporaryDir mDir;
    QString mTemplate;
    KpiOptions mOptions;
};

/// Changes of the demo's terms, in SQL, that the tests of incremental updates make and compare
/// with a recompute from scratch.
namespace DemoChanges {

/// Terminates SLA-2024-0017 on 2026-06-15.
inline const QStringList TerminateSla0017 = {
    u"UPDATE agreements SET status = 'terminated', terminated_on = '2026-06-15' "
    "WHERE number = 'SLA-2024-0017'"_s};

/// Signs the draft SLA-2024-0022 on 2024-09-01, as active.
inline const QStringList SignSla0022 = {
    u"UPDATE agreements SET status = 'active' WHERE number = 'SLA-2024-0022'"_s,
    u"INSERT INTO signings (agreement_id, signed_on, method, registered_number, recorded_by, "
    "recorded_at) SELECT id, '2024-09-01', 'electronic', 'TEST-SIGNED-1', 'alice', "
    "'2024-09-01T10:00:00Z' FROM agreements WHERE number = 'SLA-2024-0022'"_s};

} // namespace DemoChanges

/// Runs the change `statement` on `connection`; why it failed or changed no row, or an empty
/// string.
inline QString change(const QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery q(connection);
    if (!q.exec(statement))
        return q.lastError().text() + u" — "_s + statement;
    return q.numRowsAffected() > 0 ? QString() : u"no row changed: "_s + statement;
}

/// Stores a P2 ticket of `customer` on DESK in region EU, as an import would: opened at
/// `openedAt`, resolved `minutes` later (open when there are none), answered with
/// `satisfaction` when it is not 0. The error, or an empty string.
inline QString addDeskTicket(const QSqlDatabase &connection, const QString &number,
                             const QString &customer, qint64 openedAt,
                             std::optional<qint64> minutes, int satisfaction = 0)
{
    QSqlQuery q(connection);
    q.prepare(u"INSERT INTO tickets (number, customer, service, region, priority, opened_at, "
              "resolved_at, satisfaction) VALUES (?, ?, 'DESK', 'EU', 'P2', ?, ?, ?)"_s);
    q.addBindValue(number);
    q.addBindValue(customer);
    q.addBindValue(openedAt);
    q.addBindValue(minutes ? QVariant(openedAt + *minutes * 60)
                           : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(satisfaction ? QVariant(satisfaction) : QVariant(QMetaType::fromType<int>()));
    return q.exec() ? QString() : number + u": "_s + q.lastError().text();
}

/// What addDeskPortfolio() wrote.
struct DeskPortfolio
{
    qint64 calendar = 0; ///< "always" (AlwaysCalendarJson)
    qint64 region = 0;   ///< "EU", judged in the "always" calendar
    qint64 desk = 0;     ///< service "DESK"
    qint64 net = 0;      ///< service "NET"
    qint64 acme = 0;     ///< customer "Acme" in the region

    /// "Acme desk": a draft customer SLA of Acme over DESK and NET, measured by `targets`, from
    /// 2026-01-01 to 2027-12-31 at `price`.
    Agreement acmeDesk(const QList<Target> &targets, const Money &price) const
    {
        return agreement(u"Acme desk"_s, acme, {desk, net}, targets, QDate(2026, 1, 1),
                         QDate(2027, 12, 31), price);
    }
};

/// The users of the tests on a DeskPortfolio: alice, an SLA manager, dave, an analyst, and bob,
/// an approver.
inline const QList<std::pair<QString, QList<Role>>> DeskUsers = {
    {u"alice"_s, {Role::SlaManager}}, {u"dave"_s, {Role::Analyst}}, {u"bob"_s, {Role::Approver}}};

/// The users of the import tests: ann, an analyst, imports and bob, an SLA manager, rolls back.
inline const QList<std::pair<QString, QList<Role>>> ImportUsers = {{u"ann"_s, {Role::Analyst}},
                                                                   {u"bob"_s, {Role::SlaManager}}};

/// The usual ground of an agreement test: the "always" calendar, region EU on it, the services
/// DESK and NET and the customer Acme in EU. Stops the test run when a write fails.
inline DeskPortfolio addDeskPortfolio(Workspace &workspace)
{
    auto check = [](const Result<qint64> &id) {
        if (!id)
            qFatal("%s", qPrintable(id.errorString()));
        return *id;
    };
    DeskPortfolio p;
    p.calendar = check(
        workspace.insert(CalendarRecord{0, u"always"_s, u"UTC"_s, AlwaysCalendarJson}));
    p.region = check(workspace.insert(Region{0, u"EU"_s, u"Europe"_s, p.calendar}));
    p.desk = check(workspace.insert(Service{0, u"DESK"_s, u"Service desk"_s, {}, {}, {}, true}));
    p.net = check(workspace.insert(Service{0, u"NET"_s, u"Network"_s, {}, {}, {}, true}));
    p.acme = check(workspace.insert(party(u"Acme"_s, PartyKind::Customer, p.region)));
    return p;
}

/// The ground of a test class whose test functions each start on a new workspace with the
/// DeskUsers and a DeskPortfolio: the class derives from it, opens the workspace with
/// openDeskWorkspace() in init() and closes it in cleanup().
class DeskWorkspaceTest : public FreshWorkspaceTest
{
protected:
    /// Opens a new workspace called `name` and the number of the test, with the DeskUsers, and
    /// writes a DeskPortfolio into it as mPortfolio; the error, or an empty string.
    QString openDeskWorkspace(const QString &name)
    {
        const QString failed = openWorkspace(name, DeskUsers);
        if (failed.isEmpty())
            mPortfolio = addDeskPortfolio(*mWorkspace);
        return failed;
    }

    /// Stores "Acme desk" (DeskPortfolio::acmeDesk()) measured by `targets` at `price`, in
    /// `status`; its id, or 0 (TestFixtures::idOrZero()).
    qint64 insertAcmeDesk(const QList<Target> &targets, const Money &price,
                          AgreementStatus status = AgreementStatus::Draft)
    {
        Agreement a = mPortfolio.acmeDesk(targets, price);
        a.status = status;
        return idOrZero(mWorkspace->insert(a));
    }

    DeskPortfolio mPortfolio;
};

/// The latest version of the agreement numbered `number`; stops the test run when there is
/// none.
inline Agreement latestAgreement(Database &database, const QString &number)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT id FROM agreements WHERE number = ? ORDER BY version DESC"));
    q.addBindValue(number);
    if (!q.exec() || !q.next())
        qFatal("no agreement %s", qPrintable(number));
    auto a = Workspace(database).agreement(q.value(0).toLongLong());
    if (!a)
        qFatal("%s", qPrintable(a.errorString()));
    return *a;
}

} // namespace Accordo::TestFixtures
