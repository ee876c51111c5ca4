#include "calendar/isotime.h"
#include "data/supportlinks.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "domain/enums.h"
#include "kpi/portfoliochecks.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Accordo::AgreementStatus)
Q_DECLARE_METATYPE(Accordo::Metric)
Q_DECLARE_METATYPE(QList<Accordo::CreditTier>)

/// Portfolio checks on a hand-made portfolio: Acme's SLA is supported by a loose OLA and a
/// strict one; Beta has only a draft; tickets and deliveries show which customers and
/// services need an SLA; dates decide reviews and renewals.
class tst_PortfolioChecks : public TestFixtures::FreshWorkspaceTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consistency();
    void consistencyOfOneAgreement_data();
    void consistencyOfOneAgreement();
    void supportLinks_data();
    void supportLinks();
    void coverage();
    void reviewsAndRenewals_data();
    void reviewsAndRenewals();
    // These add agreements of their own: they run last, after the checks that count.
    void consistencyCountsOnlyAgreementsInForceOrNegotiation_data();
    void consistencyCountsOnlyAgreementsInForceOrNegotiation();
    void creditTiersOwedWhileMet_data();
    void creditTiersOwedWhileMet();

private:
    QString addAgreement(AgreementKind kind, qint64 partyId, const QDate &start, const QDate &end,
                         int reviewMonths, AgreementStatus status, const QList<Target> &targets,
                         const QList<qint64> &services);
    void addTicket(const QString &customer, const QString &service, const QString &opened);
    void setStatus(const QString &number, AgreementStatus status);
    // The number of the agreement a data row names ("loose", "strict", "sla" or "draft"), or
    // `name` itself when it names none of them.
    QString numberOf(const QString &name) const;

    qint64 mNet = 0, mDesk = 0, mMail = 0, mAcme = 0;
    QString mSla, mLooseOla, mStrictOla, mBetaDraft;
    int mTickets = 0;
};

QString tst_PortfolioChecks::numberOf(const QString &name) const
{
    const QHash<QString, QString> numbers{{u"loose"_s, mLooseOla},
                                          {u"strict"_s, mStrictOla},
                                          {u"sla"_s, mSla},
                                          {u"draft"_s, mBetaDraft}};
    return numbers.value(name, name);
}

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

void tst_PortfolioChecks::setStatus(const QString &number, AgreementStatus status)
{
    QSqlQuery q(mDb->connection());
    q.prepare(u"UPDATE agreements SET status = ? WHERE number = ?"_s);
    q.addBindValue(Enums::key(status));
    q.addBindValue(number);
    QVERIFY(q.exec());
}

void tst_PortfolioChecks::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    QCOMPARE(openWorkspace(u"checks"_s), QString());
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
        return *mWorkspace->insert(TestFixtures::party(name, kind));
    };
    mAcme = party(u"Acme"_s, PartyKind::Customer);
    const qint64 beta = party(u"Beta"_s, PartyKind::Customer);
    party(u"Gamma"_s, PartyKind::Customer);
    const qint64 network = party(u"Network team"_s, PartyKind::Department);
    using TestFixtures::target;
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
    SupportLinks links(*mWorkspace);
    QVERIFY(links.add(mLooseOla, mSla));
    QVERIFY(links.add(mStrictOla, mSla));
    UserDirectory users(mDb->connection());
    for (const auto &[name, role] :
         {std::pair{u"mia"_s, Role::SlaManager}, std::pair{u"erin"_s, Role::Administrator},
          std::pair{u"dave"_s, Role::Analyst}}) {
        User user;
        user.name = name;
        user.roles = {role};
        QVERIFY(users.addAsSystem(user));
    }

    addTicket(u"Acme"_s, u"NET"_s, u"2026-06-01T10:00:00Z"_s);
    addTicket(u"Acme"_s, u"desk"_s, u"2026-06-02T10:00:00Z"_s); // by service name
    addTicket(u"Beta"_s, u"NET"_s, u"2026-05-01T10:00:00Z"_s);
    addTicket(u"Beta"_s, u"NET"_s, u"2026-06-10T10:00:00Z"_s);
    addTicket(u"Ghost Corp"_s, u"NET"_s, u"2026-06-11T10:00:00Z"_s);
    addTicket(u"Gamma"_s, u"NET"_s, u"2026-01-11T10:00:00Z"_s); // older than 90 days
    auto acme = mWorkspace->party(mAcme);
    QVERIFY(acme);
    acme->deliveredServiceIds = {mMail, mNet};
    QVERIFY(mWorkspace->update(*acme));
    const QList<qint64> stored = mWorkspace->party(mAcme)->deliveredServiceIds;
    QCOMPARE(QSet<qint64>(stored.begin(), stored.end()), (QSet<qint64>{mMail, mNet}));
}

void tst_PortfolioChecks::consistency()
{
    auto violations = PortfolioChecks::consistency(mDb->connection());
    QVERIFY2(violations, qPrintable(violations.errorString()));
    // Each as service|metric|priority|aspect|the OLA's value|the SLA's value
    QStringList found;
    for (const ConsistencyViolation &v : *violations) {
        QCOMPARE(v.supportingNumber, mLooseOla);
        QCOMPARE(v.supportedNumber, mSla);
        found.append(QStringList{v.service, v.metric, v.priority, v.aspect, v.supportingValue,
                                 v.supportedValue}
                         .join(u'|'));
    }
    QCOMPARE(found, (QStringList{u"NET|resolution|P1|threshold|6h|4h"_s,
                                 u"NET|availability||threshold|99.5 %|99.9 %"_s,
                                 u"DESK|first_response||goal|90|95"_s}));
}

void tst_PortfolioChecks::consistencyOfOneAgreement_data()
{
    // What the agreement view shows: only the links of that agreement, read on their own.
    QTest::addColumn<QString>("agreement");
    QTest::addColumn<int>("violations");
    QTest::newRow("the-sla") << u"sla"_s << 3;
    QTest::newRow("the-loose-ola") << u"loose"_s << 3;
    QTest::newRow("the-strict-ola") << u"strict"_s << 0;
    QTest::newRow("unlinked") << u"draft"_s << 0;
}

void tst_PortfolioChecks::consistencyOfOneAgreement()
{
    QFETCH(QString, agreement);
    QFETCH(int, violations);
    auto found = PortfolioChecks::consistency(mDb->connection(), numberOf(agreement));
    QVERIFY2(found, qPrintable(found.errorString()));
    QCOMPARE(found->size(), violations);
    auto all = PortfolioChecks::consistency(mDb->connection());
    QVERIFY(all);
    for (const ConsistencyViolation &v : *found)
        QVERIFY(all->contains(v));
}

void tst_PortfolioChecks::supportLinks_data()
{
    // Each row tries one change on the links made in initTestCase and puts it back.
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("add");
    QTest::addColumn<QString>("supporting"); // "loose", "strict", "sla", "draft" or a number
    QTest::addColumn<QString>("supported");
    QTest::addColumn<QString>("refusal"); // empty: allowed

    QTest::newRow("manager-unlinks") << u"mia"_s << false << u"strict"_s << u"sla"_s << QString();
    QTest::newRow("administrator-links-a-draft-sla")
        << u"erin"_s << true << u"strict"_s << u"draft"_s << QString();
    QTest::newRow("analyst-may-not")
        << u"dave"_s << false << u"strict"_s << u"sla"_s << u"Unlinking"_s;
    QTest::newRow("sla-does-not-support") << u"mia"_s << true << u"sla"_s << u"loose"_s
                                          << u"is not an OLA or underpinning contract"_s;
    QTest::newRow("ola-supports-no-ola")
        << u"mia"_s << true << u"loose"_s << u"strict"_s << u"is not an SLA"_s;
    QTest::newRow("unknown-number") << u"mia"_s << true << u"OLA-1999-0001"_s << u"sla"_s
                                    << u"OLA-1999-0001: no such agreement"_s;
    QTest::newRow("twice") << u"mia"_s << true << u"loose"_s << u"sla"_s << u"already supports"_s;
    QTest::newRow("unlink-what-is-not-linked")
        << u"mia"_s << false << u"strict"_s << u"draft"_s << u"does not support"_s;
}

void tst_PortfolioChecks::supportLinks()
{
    QFETCH(QString, user);
    QFETCH(bool, add);
    QFETCH(QString, supporting);
    QFETCH(QString, supported);
    QFETCH(QString, refusal);

    supporting = numberOf(supporting);
    supported = numberOf(supported);
    const auto count = [this](const QString &sql) {
        QSqlQuery q(mDb->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 linksBefore = count(u"SELECT count(*) FROM agreement_supports"_s);
    const qint64 auditBefore = count(u"SELECT count(*) FROM audit_log"_s);

    mWorkspace->setActingUser(user);
    SupportLinks links(*mWorkspace);
    const Result<void> result = add ? links.add(supporting, supported)
                                    : links.remove(supporting, supported);
    mWorkspace->actAsSystem();
    if (!refusal.isEmpty()) {
        QVERIFY(!result);
        QVERIFY2(result.errorString().contains(refusal), qPrintable(result.errorString()));
        QCOMPARE(count(u"SELECT count(*) FROM agreement_supports"_s), linksBefore);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), auditBefore);
        return;
    }
    QVERIFY2(result, qPrintable(result.errorString()));
    QCOMPARE(count(u"SELECT count(*) FROM agreement_supports"_s), linksBefore + (add ? 1 : -1));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE entity = 'agreement_support'"
                   " AND user_name = '%1'"_s.arg(user)),
             qint64(1));
    // Both sides list the link while it stands.
    auto fromSupported = links.of(supported);
    QVERIFY(fromSupported);
    bool listed = false;
    for (const LinkedAgreement &l : *fromSupported)
        listed = listed || (l.number == supporting && l.supports);
    QCOMPARE(listed, add);
    // Put it back, so that the other checks see the links of initTestCase.
    QVERIFY(add ? links.remove(supporting, supported) : links.add(supporting, supported));
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
    QTest::addColumn<QStringList>("expected"); // number:kind:due

    const QString sla = u"SLA-2026-0001"_s;
    QTest::newRow("nothing-due-yet") << QDate(2026, 6, 30) << QStringList{};
    QTest::newRow("review-day") << QDate(2026, 7, 1) << QStringList{sla + u":review:2026-07-01"_s};
    // 90 days' notice before 2026-12-31: from 2026-10-02 on.
    QTest::newRow("notice-period")
        << QDate(2026, 10, 2)
        << QStringList{sla + u":review:2026-07-01"_s, sla + u":renewal:2026-12-31"_s};
    QTest::newRow("day-before-notice")
        << QDate(2026, 10, 1) << QStringList{sla + u":review:2026-07-01"_s};
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

void tst_PortfolioChecks::consistencyCountsOnlyAgreementsInForceOrNegotiation_data()
{
    QTest::addColumn<AgreementStatus>("slaStatus");
    QTest::addColumn<AgreementStatus>("olaStatus");
    QTest::addColumn<int>("violations");
    QTest::newRow("sla-in-force") << AgreementStatus::Active << AgreementStatus::Active << 1;
    QTest::newRow("sla-in-negotiation")
        << AgreementStatus::Negotiation << AgreementStatus::Active << 1;
    QTest::newRow("sla-in-approval") << AgreementStatus::Approval << AgreementStatus::Active << 1;
    QTest::newRow("sla-expired") << AgreementStatus::Expired << AgreementStatus::Active << 0;
    QTest::newRow("sla-terminated") << AgreementStatus::Terminated << AgreementStatus::Active << 0;
    QTest::newRow("ola-expired") << AgreementStatus::Active << AgreementStatus::Expired << 0;
}

void tst_PortfolioChecks::consistencyCountsOnlyAgreementsInForceOrNegotiation()
{
    QFETCH(AgreementStatus, slaStatus);
    QFETCH(AgreementStatus, olaStatus);
    QFETCH(int, violations);

    // Given an SLA promising 4 h and an OLA supporting it with 6 h, linked while both were
    // active, and then moved to the statuses of the row
    using TestFixtures::target;
    const qint64 network = *mWorkspace->insert(TestFixtures::party(
        u"Network %1"_s.arg(QLatin1StringView(QTest::currentDataTag())), PartyKind::Department));
    const QString sla = addAgreement(AgreementKind::CustomerSla, mAcme, QDate(2025, 1, 1),
                                     QDate(2027, 12, 31), 12, AgreementStatus::Active,
                                     {target(mMail, Metric::Resolution, 4 * 3600, 95000)}, {mMail});
    const QString ola = addAgreement(AgreementKind::Ola, network, QDate(2025, 1, 1), {}, 12,
                                     AgreementStatus::Active,
                                     {target(mMail, Metric::Resolution, 6 * 3600, 95000)}, {mMail});
    QVERIFY(SupportLinks(*mWorkspace).add(ola, sla));
    setStatus(sla, slaStatus);
    setStatus(ola, olaStatus);

    // When the portfolio is checked
    auto found = PortfolioChecks::consistency(mDb->connection());
    QVERIFY2(found, qPrintable(found.errorString()));

    // Then the looser OLA is reported only while both still bind someone
    const auto count = std::count_if(
        found->cbegin(), found->cend(),
        [&](const ConsistencyViolation &v) { return v.supportedNumber == sla; });
    QCOMPARE(int(count), violations);
    auto ofOne = PortfolioChecks::consistency(mDb->connection(), sla);
    QVERIFY2(ofOne, qPrintable(ofOne.errorString()));
    QCOMPARE(int(ofOne->size()), violations);
}

void tst_PortfolioChecks::creditTiersOwedWhileMet_data()
{
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<qint64>("goal");
    QTest::addColumn<QList<CreditTier>>("tiers");
    QTest::addColumn<AgreementStatus>("status");
    QTest::addColumn<QString>("firstTier"); // empty: not reported
    QTest::addColumn<QString>("metFrom");

    const QList<CreditTier> standard{{95000, 500}, {90000, 1000}, {80000, 2000}};
    // The demo's SLA-2024-0017 PRINT resolution as it was: 90.909 % is "Met" and owes 5 %.
    QTest::newRow("goal-90-tier-below-95")
        << Metric::Resolution << qint64(45 * 3600) << qint64(90000) << standard
        << AgreementStatus::Active << u"95"_s << u"90"_s;
    QTest::newRow("goal-95-tier-below-95")
        << Metric::Resolution << qint64(4 * 3600) << qint64(95000) << standard
        << AgreementStatus::Active << QString() << QString();
    QTest::newRow("goal-90-tiers-from-90") << Metric::FirstResponse << qint64(3600) << qint64(90000)
                                           << QList<CreditTier>{{90000, 500}, {85000, 1000}}
                                           << AgreementStatus::Active << QString() << QString();
    QTest::newRow("draft-in-negotiation")
        << Metric::Resolution << qint64(45 * 3600) << qint64(90000) << standard
        << AgreementStatus::Draft << u"95"_s << u"90"_s;
    QTest::newRow("expired-promises-nothing")
        << Metric::Resolution << qint64(45 * 3600) << qint64(90000) << standard
        << AgreementStatus::Expired << QString() << QString();
    // Availability is met at its threshold: the goal plays no part.
    QTest::newRow("availability-99.5-tier-below-99.9")
        << Metric::Availability << qint64(99500) << qint64(100000)
        << QList<CreditTier>{{99900, 500}, {99000, 1000}} << AgreementStatus::Active << u"99.9"_s
        << u"99.5"_s;
    QTest::newRow("availability-99.9-tier-below-99.9")
        << Metric::Availability << qint64(99900) << qint64(100000)
        << QList<CreditTier>{{99900, 500}, {99000, 1000}} << AgreementStatus::Active << QString()
        << QString();
    QTest::newRow("no-tiers") << Metric::Resolution << qint64(45 * 3600) << qint64(90000)
                              << QList<CreditTier>{} << AgreementStatus::Active << QString()
                              << QString();
}

void tst_PortfolioChecks::creditTiersOwedWhileMet()
{
    QFETCH(Metric, metric);
    QFETCH(qint64, threshold);
    QFETCH(qint64, goal);
    QFETCH(QList<CreditTier>, tiers);
    QFETCH(AgreementStatus, status);
    QFETCH(QString, firstTier);
    QFETCH(QString, metFrom);

    // Given an agreement with one target and the row's tiers
    Target t = TestFixtures::target(mDesk, metric, threshold, goal, u"P3"_s);
    t.creditTiers = tiers;
    t.creditCapHundredths = 2500;
    const QString number = addAgreement(AgreementKind::CustomerSla, mAcme, QDate(2025, 1, 1),
                                        QDate(2027, 12, 31), 12, AgreementStatus::Active, {t},
                                        {mDesk});
    setStatus(number, status);

    // When the portfolio's terms are checked
    auto found = PortfolioChecks::creditTiers(mDb->connection());
    QVERIFY2(found, qPrintable(found.errorString()));

    // Then the target is reported, naming where the first tier starts and where it is met
    QList<ConsistencyViolation> mine;
    for (const ConsistencyViolation &v : *found)
        if (v.supportingNumber == number)
            mine.append(v);
    QCOMPARE(mine.size(), firstTier.isEmpty() ? 0 : 1);
    if (firstTier.isEmpty())
        return;
    QCOMPARE(mine.first().aspect, u"credit_tier"_s);
    QCOMPARE(mine.first().service, u"DESK"_s);
    QCOMPARE(mine.first().metric, Enums::key(metric));
    QCOMPARE(mine.first().priority, u"P3"_s);
    QCOMPARE(mine.first().supportingValue, firstTier);
    QCOMPARE(mine.first().supportedValue, metFrom);
    QVERIFY(mine.first().supportedNumber.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PortfolioChecks)
#include "tst_portfoliochecks.moc"
