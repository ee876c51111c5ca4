#include "calendar/isotime.h"
#include "kpi/portfoliochecks.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "testbackend.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

/// Portfolio checks on a hand-made portfolio: Acme's SLA is supported by a loose OLA and a
/// strict one; Beta has only a draft; tickets and deliveries show which customers and
/// services need an SLA; dates decide reviews and renewals.
class tst_PortfolioChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consistency();
    void supportLinksNeedAnOlaAndAnSla();
    void coverage();
    void reviewsAndRenewals_data();
    void reviewsAndRenewals();

private:
    QString addAgreement(AgreementKind kind, qint64 partyId, const QDate &start, const QDate &end,
                         int reviewMonths, AgreementStatus status, const QList<Target> &targets,
                         const QList<qint64> &services);
    void addTicket(const QString &customer, const QString &service, const QString &opened);

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<Workspace> mWorkspace;
    qint64 mNet = 0, mDesk = 0, mMail = 0, mAcme = 0;
    QString mSla, mLooseOla, mStrictOla, mBetaDraft;
    int mTickets = 0;
};

QString tst_PortfolioChecks::addAgreement(AgreementKind kind, qint64 partyId, const QDate &start,
                                          const QDate &end, int reviewMonths,
                                          AgreementStatus status, const QList<Target> &targets,
                                          const QList<qint64> &services)
{
    Agreement a;
    a.kind = kind;
    a.level = AgreementLevel::Service;
    a.title = u"agreement %1"_s.arg(partyId);
    a.partyId = partyId;
    a.startDate = start;
    a.endDate = end;
    a.reviewMonths = reviewMonths;
    a.status = status;
    a.price = Money(0, u"EUR"_s);
    a.serviceIds = services;
    a.targets = targets;
    auto id = mWorkspace->insert(a);
    if (!id)
        qFatal("%s", qPrintable(id.errorString()));
    return mWorkspace->agreement(*id)->number;
}

void tst_PortfolioChecks::addTicket(const QString &customer, const QString &service,
                                    const QString &opened)
{
    QSqlQuery q(mDb->connection());
    q.prepare(u"INSERT INTO tickets (number, customer, service, opened_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(u"T%1"_s.arg(++mTickets));
    q.addBindValue(customer);
    q.addBindValue(service);
    q.addBindValue(*IsoTime::parse(opened, QTimeZone::utc()));
    QVERIFY(q.exec());
}

void tst_PortfolioChecks::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    auto db = Database::open(TestBackend::freshLocation(mDir, u"checks"_s),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    mDb = std::move(*db);
    mWorkspace = std::make_unique<Workspace>(*mDb);
    const auto service = [&](const QString &code) {
        Service s;
        s.code = code;
        s.name = code.toLower();
        return *mWorkspace->insert(s);
    };
    mNet = service(u"NET"_s);
    mDesk = service(u"DESK"_s);
    mMail = service(u"MAIL"_s);
    const auto party = [&](const QString &name, PartyKind kind) {
        Party p;
        p.name = name;
        p.kind = kind;
        return *mWorkspace->insert(p);
    };
    mAcme = party(u"Acme"_s, PartyKind::Customer);
    const qint64 beta = party(u"Beta"_s, PartyKind::Customer);
    party(u"Gamma"_s, PartyKind::Customer);
    const qint64 network = party(u"Network team"_s, PartyKind::Department);
    const auto target = [](qint64 serviceId, Metric metric, qint64 threshold, qint64 goal,
                           const QString &priority = {}) {
        Target t;
        t.serviceId = serviceId;
        t.metric = metric;
        t.threshold = threshold;
        t.goalMilli = goal;
        t.priority = priority;
        return t;
    };
    mSla = addAgreement(AgreementKind::CustomerSla, mAcme, QDate(2026, 1, 1), QDate(2026, 12, 31),
                        6, AgreementStatus::Active,
                        {target(mNet, Metric::Resolution, 4 * 3600, 95000, u"P1"_s),
                         target(mNet, Metric::Availability, 99900, 100000),
                         target(mDesk, Metric::FirstResponse, 3600, 95000)},
                        {mNet, mDesk});
    // Looser everywhere: 6 h against 4 h, 99.5 % against 99.9 %, a 90 % goal against 95 %;
    // its P2 target has no counterpart and is not compared.
    mLooseOla = addAgreement(AgreementKind::Ola, network, QDate(2026, 1, 1), {}, 12,
                             AgreementStatus::Active,
                             {target(mNet, Metric::Resolution, 6 * 3600, 95000, u"P1"_s),
                              target(mNet, Metric::Resolution, 8 * 3600, 95000, u"P2"_s),
                              target(mNet, Metric::Availability, 99500, 100000),
                              target(mDesk, Metric::FirstResponse, 1800, 90000)},
                             {mNet, mDesk});
    // As strict or stricter: equal counts as consistent.
    mStrictOla = addAgreement(AgreementKind::Ola, network, QDate(2026, 9, 1), {}, 12,
                              AgreementStatus::Active,
                              {target(mNet, Metric::Resolution, 4 * 3600, 95000),
                               target(mNet, Metric::Availability, 99950, 100000)},
                              {mNet});
    mBetaDraft = addAgreement(AgreementKind::CustomerSla, beta, QDate(2026, 1, 1), {}, 12,
                              AgreementStatus::Draft, {}, {mNet});
    QVERIFY(PortfolioChecks::addSupport(mDb->connection(), mLooseOla, mSla));
    QVERIFY(PortfolioChecks::addSupport(mDb->connection(), mStrictOla, mSla));

    addTicket(u"Acme"_s, u"NET"_s, u"2026-06-01T10:00:00Z"_s);
    addTicket(u"Acme"_s, u"desk"_s, u"2026-06-02T10:00:00Z"_s);    // by service name
    addTicket(u"Beta"_s, u"NET"_s, u"2026-05-01T10:00:00Z"_s);
    addTicket(u"Beta"_s, u"NET"_s, u"2026-06-10T10:00:00Z"_s);
    addTicket(u"Ghost Corp"_s, u"NET"_s, u"2026-06-11T10:00:00Z"_s);
    addTicket(u"Gamma"_s, u"NET"_s, u"2026-01-11T10:00:00Z"_s);   // older than 90 days
    QVERIFY(PortfolioChecks::addDelivery(mDb->connection(), mAcme, mMail));
    QVERIFY(PortfolioChecks::addDelivery(mDb->connection(), mAcme, mNet));
}

void tst_PortfolioChecks::consistency()
{
    auto violations = PortfolioChecks::consistency(mDb->connection());
    QVERIFY2(violations, qPrintable(violations.errorString()));
    QCOMPARE(violations->size(), 3);
    for (const ConsistencyViolation &v : *violations) {
        QCOMPARE(v.supportingNumber, mLooseOla);
        QCOMPARE(v.supportedNumber, mSla);
    }
    const ConsistencyViolation &resolution = violations->at(0);
    QCOMPARE(resolution.service, u"NET"_s);
    QCOMPARE(resolution.metric, u"resolution"_s);
    QCOMPARE(resolution.priority, u"P1"_s);
    QCOMPARE(resolution.aspect, u"threshold"_s);
    QCOMPARE(resolution.supportingValue, u"6h"_s);
    QCOMPARE(resolution.supportedValue, u"4h"_s);
    const ConsistencyViolation &availability = violations->at(1);
    QCOMPARE(availability.metric, u"availability"_s);
    QCOMPARE(availability.supportingValue, u"99.5 %"_s);
    QCOMPARE(availability.supportedValue, u"99.9 %"_s);
    const ConsistencyViolation &goal = violations->at(2);
    QCOMPARE(goal.service, u"DESK"_s);
    QCOMPARE(goal.metric, u"first_response"_s);
    QCOMPARE(goal.aspect, u"goal"_s);
    QCOMPARE(goal.supportingValue, u"90"_s);
    QCOMPARE(goal.supportedValue, u"95"_s);
}

void tst_PortfolioChecks::supportLinksNeedAnOlaAndAnSla()
{
    QVERIFY(!PortfolioChecks::addSupport(mDb->connection(), mSla, mLooseOla));
    QVERIFY(!PortfolioChecks::addSupport(mDb->connection(), mLooseOla, mStrictOla));
    QVERIFY(!PortfolioChecks::addSupport(mDb->connection(), u"OLA-1999-0001"_s, mSla));
}

void tst_PortfolioChecks::coverage()
{
    auto gaps = PortfolioChecks::coverage(mDb->connection(), QDate(2026, 6, 15), 90);
    QVERIFY2(gaps, qPrintable(gaps.errorString()));
    // Acme's NET and DESK are covered; MAIL is delivered without an SLA; Beta has only a
    // draft; Ghost Corp is not even a customer; Gamma's ticket is too old.
    QCOMPARE(gaps->size(), 3);
    QCOMPARE(gaps->at(0).customer, u"Acme"_s);
    QCOMPARE(gaps->at(0).service, u"MAIL"_s);
    QCOMPARE(gaps->at(0).tickets, 0);
    QVERIFY(gaps->at(0).delivered);
    QCOMPARE(gaps->at(1).customer, u"Beta"_s);
    QCOMPARE(gaps->at(1).service, u"NET"_s);
    QCOMPARE(gaps->at(1).tickets, 2);
    QVERIFY(!gaps->at(1).delivered);
    QCOMPARE(gaps->at(2).customer, u"Ghost Corp"_s);
    QCOMPARE(gaps->at(2).tickets, 1);
    // After the SLA's end nothing of Acme is covered any more.
    auto later = PortfolioChecks::coverage(mDb->connection(), QDate(2027, 1, 15), 365);
    QVERIFY(later);
    QCOMPARE(later->size(), 5);
}

void tst_PortfolioChecks::reviewsAndRenewals_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QStringList>("expected");      // number:kind:due

    const QString sla = u"SLA-2026-0001"_s;
    QTest::newRow("nothing-due-yet") << QDate(2026, 6, 30) << QStringList{};
    QTest::newRow("review-day") << QDate(2026, 7, 1)
                                << QStringList{sla + u":review:2026-07-01"_s};
    // 90 days' notice before 2026-12-31: from 2026-10-02 on.
    QTest::newRow("notice-period") << QDate(2026, 10, 2)
                                   << QStringList{sla + u":review:2026-07-01"_s,
                                                  sla + u":renewal:2026-12-31"_s};
    QTest::newRow("day-before-notice") << QDate(2026, 10, 1)
                                       << QStringList{sla + u":review:2026-07-01"_s};
}

void tst_PortfolioChecks::reviewsAndRenewals()
{
    QFETCH(QDate, asOf);
    QFETCH(QStringList, expected);
    auto due = PortfolioChecks::reviews(mDb->connection(), asOf);
    QVERIFY2(due, qPrintable(due.errorString()));
    QStringList actual;
    for (const DueAgreement &d : *due)
        actual.append(u"%1:%2:%3"_s.arg(d.number, d.kind, d.due.toString(Qt::ISODate)));
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(tst_PortfolioChecks)
#include "tst_portfoliochecks.moc"
