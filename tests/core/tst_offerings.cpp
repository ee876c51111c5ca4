#include "audit/auditlog.h"
#include "calendar/isotime.h"
#include "change/whatif.h"
#include "data/offeringstore.h"
#include "data/records.h"
#include "data/workspace.h"
#include "kpi/kpiengine.h"
#include "lifecycle/agreementworkflow.h"
#include "reportdata/valuevscost.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;
using TestFixtures::FixtureNow;
using TestFixtures::FixtureToday;

/// Service level offerings and the price breakdown: an offering applied and then edited, the
/// breakdown's total as the fee the credits are computed from, the what-if of another level,
/// value against cost, the roles and the freeze after submission. SQLite and PostgreSQL.
class tst_Offerings : public TestFixtures::DeskWorkspaceTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void applyingCopiesTargetsAndAddsPriceLine();
    void editingATargetClearsItsMark_data();
    void editingATargetClearsItsMark();
    void switchingLevelReplacesMarkedTargetsOnly();
    void breakdownTotalIsTheFee();
    void badBreakdownsAreRefused_data();
    void badBreakdownsAreRefused();
    void creditsUseTheBreakdownTotal();
    void whatIfGivesPriceDifferenceAndBacktest();
    void rolesAreChecked_data();
    void rolesAreChecked();
    void frozenAfterSubmission();
    void amendmentCopiesTheBreakdown();
    void offeringInUseCannotBeRemoved();

private:
    Offering offering(const QString &name, qint64 priceMinor, qint64 resolutionHours,
                      PriceBasis basis = PriceBasis::Month) const;
    qint64 addOffering(const Offering &o);
    void addDeskTickets();

    qint64 mDraft = 0;
};

void tst_Offerings::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
}

void tst_Offerings::init()
{
    QCOMPARE(openDeskWorkspace(u"offerings"_s), QString());
    mDraft = insertAcmeDesk(
        {TestFixtures::target(mPortfolio.net, Metric::Availability, 99500, 95000)},
        Money(0, u"EUR"_s));
    QVERIFY(mDraft);
}

void tst_Offerings::cleanup()
{
    closeWorkspace();
}

Offering tst_Offerings::offering(const QString &name, qint64 priceMinor, qint64 resolutionHours,
                                 PriceBasis basis) const
{
    Offering o;
    o.serviceId = mPortfolio.desk;
    o.name = name;
    o.basis = basis;
    o.price = Money(priceMinor, u"EUR"_s);
    Target resolution = TestFixtures::target(mPortfolio.desk, Metric::Resolution,
                                             resolutionHours * 3600);
    resolution.creditTiers = {{95000, 500}};
    o.targets = {resolution};
    return o;
}

qint64 tst_Offerings::addOffering(const Offering &o)
{
    return TestFixtures::idOrZero(OfferingStore(*mWorkspace).insert(o));
}

// Acme's DESK tickets of March 2026, resolved after 1, 2, 3, 3 and 5 hours.
void tst_Offerings::addDeskTickets()
{
    const qint64 opened = TestFixtures::at(u"2026-03-10T09:00:00Z"_s);
    const int hours[] = {1, 2, 3, 3, 5};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(TestFixtures::addDeskTicket(mDb->connection(), u"INC%1"_s.arg(i), u"Acme"_s,
                                             opened + i * 3600, hours[i] * 60),
                 QString());
    }
}

void tst_Offerings::applyingCopiesTargetsAndAddsPriceLine()
{
    // Given a Gold level of DESK at 1200.00 a month
    const qint64 gold = addOffering(offering(u"Gold"_s, 120000, 2));
    QVERIFY(gold);
    // When it is applied to the draft's DESK, for two sites
    mWorkspace->setActingUser(u"alice"_s);
    auto applied = OfferingStore(*mWorkspace).apply(mDraft, gold, 2);
    QVERIFY2(applied, qPrintable(applied.errorString()));
    // Then its target is copied in, marked as from it, beside the NET target
    const Agreement a = *mWorkspace->agreement(mDraft);
    QCOMPARE(a.targets.size(), 2);
    QCOMPARE(a.targets.at(0).serviceId, mPortfolio.net);
    QCOMPARE(a.targets.at(0).offeringId, 0);
    QCOMPARE(a.targets.at(1).serviceId, mPortfolio.desk);
    QCOMPARE(a.targets.at(1).threshold, 2 * 3600);
    QCOMPARE(a.targets.at(1).offeringId, gold);
    QCOMPARE(a.targets.at(1).creditTiers, (QList<CreditTier>{{95000, 500}}));
    // and the breakdown has its line, whose total replaces the single fee
    QCOMPARE(a.priceLines.size(), 1);
    QCOMPARE(a.priceLines.at(0).label, u"Gold"_s);
    QCOMPARE(a.priceLines.at(0).quantity, 2);
    QCOMPARE(a.priceLines.at(0).unitPrice, Money(120000, u"EUR"_s));
    QCOMPARE(a.price, Money(240000, u"EUR"_s));
    QCOMPARE(TestSupport::count(mDb->connection(),
                                u"SELECT price_minor FROM agreements WHERE id = ?"_s, {mDraft}),
             240000);
}

void tst_Offerings::editingATargetClearsItsMark_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<bool>("marked");
    QTest::newRow("unchanged") << u"none"_s << true;
    QTest::newRow("threshold") << u"threshold"_s << false;
    QTest::newRow("goal") << u"goal"_s << false;
    QTest::newRow("credit-tier") << u"tier"_s << false;
    QTest::newRow("priority") << u"priority"_s << false;
}

void tst_Offerings::editingATargetClearsItsMark()
{
    QFETCH(QString, edit);
    QFETCH(bool, marked);
    // Given Gold applied to DESK
    const qint64 gold = addOffering(offering(u"Gold"_s, 120000, 2));
    mWorkspace->setActingUser(u"alice"_s);
    QVERIFY(OfferingStore(*mWorkspace).apply(mDraft, gold));
    // When its copied target is edited (or the agreement saved as it is)
    Agreement a = *mWorkspace->agreement(mDraft);
    Target &t = a.targets[1];
    if (edit == u"threshold"_s)
        t.threshold = 3 * 3600;
    else if (edit == u"goal"_s)
        t.goalMilli = 90000;
    else if (edit == u"tier"_s)
        t.creditTiers = {{95000, 1000}};
    else if (edit == u"priority"_s)
        t.priority = u"P1"_s;
    auto saved = mWorkspace->update(a);
    QVERIFY2(saved, qPrintable(saved.errorString()));
    // Then the mark stays only while the target says what the offering says
    const Agreement after = *mWorkspace->agreement(mDraft);
    QCOMPARE(after.targets.at(1).offeringId, marked ? gold : 0);
    QCOMPARE(TestSupport::count(mDb->connection(),
                                u"SELECT count(*) FROM targets WHERE offering_id IS NOT NULL"_s),
             marked ? 1 : 0);
}

void tst_Offerings::switchingLevelReplacesMarkedTargetsOnly()
{
    const qint64 gold = addOffering(offering(u"Gold"_s, 120000, 2));
    const qint64 silver = addOffering(offering(u"Silver"_s, 80000, 8));
    mWorkspace->setActingUser(u"alice"_s);
    QVERIFY(OfferingStore(*mWorkspace).apply(mDraft, gold));
    // Given a DESK target written by hand next to Gold's
    Agreement a = *mWorkspace->agreement(mDraft);
    a.targets.append(TestFixtures::target(mPortfolio.desk, Metric::FirstResponse, 1800));
    QVERIFY(mWorkspace->update(a));
    // When the service is switched to Silver
    auto applied = OfferingStore(*mWorkspace).apply(mDraft, silver);
    QVERIFY2(applied, qPrintable(applied.errorString()));
    // Then Gold's target gave way to Silver's, the hand-written one stayed, one line remains
    const Agreement after = *mWorkspace->agreement(mDraft);
    QCOMPARE(after.targets.size(), 3);
    QCOMPARE(after.targets.at(1).metric, Metric::FirstResponse);
    QCOMPARE(after.targets.at(1).offeringId, 0);
    QCOMPARE(after.targets.at(2).threshold, 8 * 3600);
    QCOMPARE(after.targets.at(2).offeringId, silver);
    QCOMPARE(after.priceLines.size(), 1);
    QCOMPARE(after.priceLines.at(0).label, u"Silver"_s);
    QCOMPARE(after.price, Money(80000, u"EUR"_s));
}

void tst_Offerings::breakdownTotalIsTheFee()
{
    // Given DESK at Gold (1200.00) and NET per user (50 users at 12.50), less 100.00
    const qint64 gold = addOffering(offering(u"Gold"_s, 120000, 2));
    Offering perUser = offering(u"Standard"_s, 1250, 8, PriceBasis::User);
    perUser.serviceId = mPortfolio.net;
    perUser.targets = {};
    const qint64 standard = addOffering(perUser);
    mWorkspace->setActingUser(u"alice"_s);
    QVERIFY(OfferingStore(*mWorkspace).apply(mDraft, gold));
    QVERIFY(OfferingStore(*mWorkspace).apply(mDraft, standard, 50));
    Agreement a = *mWorkspace->agreement(mDraft);
    a.priceLines.append(
        PriceLine{0, 0, u"Two-year commitment"_s, PriceBasis::Month, 1, Money(-10000, u"EUR"_s)});
    // A fee typed in is ignored while there is a breakdown
    a.price = Money(1, u"EUR"_s);
    auto saved = mWorkspace->update(a);
    QVERIFY2(saved, qPrintable(saved.errorString()));
    // Then the fee is 1200.00 + 50 × 12.50 − 100.00 = 1725.00
    const Agreement after = *mWorkspace->agreement(mDraft);
    QCOMPARE(after.priceLines.size(), 3);
    QCOMPARE(after.priceLines.at(1).basis, PriceBasis::User);
    QCOMPARE(*Pricing::amount(after.priceLines.at(1)), Money(62500, u"EUR"_s));
    QCOMPARE(after.price, Money(172500, u"EUR"_s));
    QCOMPARE(Pricing::monthlyFee(after), Money(172500, u"EUR"_s));
    // and without lines the single fee is the fee again
    Agreement single = after;
    single.priceLines.clear();
    single.price = Money(99900, u"EUR"_s);
    QVERIFY(mWorkspace->update(single));
    QCOMPARE(mWorkspace->agreement(mDraft)->price, Money(99900, u"EUR"_s));
}

void tst_Offerings::badBreakdownsAreRefused_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("quantity-zero")
        << u"quantity"_s << u"price line 1: the quantity must be at least 1"_s;
    QTest::newRow("discount-raises")
        << u"discount"_s << u"price line 2: a discount must lower the price"_s;
    QTest::newRow("other-currency")
        << u"currency"_s << u"price line 1: the price is in USD, the agreement in EUR"_s;
    QTest::newRow("service-not-covered")
        << u"service"_s << u"price line 1: the agreement does not cover service"_s;
    QTest::newRow("discount-beyond-total") << u"total"_s << u"the discounts exceed the price"_s;
}

void tst_Offerings::badBreakdownsAreRefused()
{
    QFETCH(QString, fault);
    QFETCH(QString, message);
    mWorkspace->setActingUser(u"alice"_s);
    Agreement a = *mWorkspace->agreement(mDraft);
    const Agreement before = a;
    PriceLine desk{mPortfolio.desk, 0, u"Gold"_s, PriceBasis::Month, 1, Money(50000, u"EUR"_s)};
    PriceLine discount{0, 0, u"Loyalty"_s, PriceBasis::Month, 1, Money(-5000, u"EUR"_s)};
    if (fault == u"quantity"_s)
        desk.quantity = 0;
    else if (fault == u"discount"_s)
        discount.unitPrice = Money(5000, u"EUR"_s);
    else if (fault == u"currency"_s)
        desk.unitPrice = Money(50000, u"USD"_s);
    else if (fault == u"service"_s)
        desk.serviceId = *mWorkspace->insert(Service{0, u"MAIL"_s, u"Mail"_s, {}, {}, {}, true});
    else if (fault == u"total"_s)
        discount.unitPrice = Money(-60000, u"EUR"_s);
    a.priceLines = {desk, discount};
    auto saved = mWorkspace->update(a);
    QVERIFY(!saved);
    QVERIFY2(saved.errorString().contains(message), qPrintable(saved.errorString()));
    // and nothing changed
    QCOMPARE(TestSupport::count(mDb->connection(), u"SELECT count(*) FROM price_lines"_s), 0);
    QCOMPARE(mWorkspace->agreement(mDraft)->rowVersion, before.rowVersion);
}

void tst_Offerings::creditsUseTheBreakdownTotal()
{
    // Given an active SLA priced 1000.00 + 2 × 250.00 = 1500.00 a month, DESK resolution
    // within 4 h for 95 %, 5 % credit below 95 %
    addDeskTickets();
    Target resolution = TestFixtures::target(mPortfolio.desk, Metric::Resolution, 4 * 3600, 95000);
    resolution.creditTiers = {{95000, 500}};
    Agreement a = TestFixtures::agreement(
        u"Acme priced"_s, mPortfolio.acme, {mPortfolio.desk, mPortfolio.net}, {resolution},
        QDate(2026, 1, 1), QDate(2027, 12, 31), Money(700000, u"EUR"_s));
    a.status = AgreementStatus::Active;
    a.priceLines = {{mPortfolio.desk, 0, u"Gold"_s, PriceBasis::Month, 1, Money(100000, u"EUR"_s)},
                    {mPortfolio.net, 0, u"Sites"_s, PriceBasis::Unit, 2, Money(25000, u"EUR"_s)}};
    auto id = mWorkspace->insert(a);
    QVERIFY2(id, qPrintable(id.errorString()));
    // When March is evaluated: 4 of 5 tickets within 4 h, 80 %
    auto summary = TestFixtures::judgeAndRecompute(mDb->connection(), FixtureNow);
    QVERIFY2(summary, qPrintable(summary.errorString()));
    // Then the credit is 5 % of the breakdown's 1500.00 (not of the 7000.00 typed in): 75.00
    auto statements = KpiEngine::statements(mDb->connection(), {u""_s, u"2026-03"_s, u"2026-03"_s});
    QVERIFY2(statements, qPrintable(statements.errorString()));
    QCOMPARE(statements->size(), 1);
    QCOMPARE(statements->at(0).total, Money(7500, u"EUR"_s));
    // and value against cost reads 1500.00 of revenue, 75.00 of credits: 5 %
    auto value = ValueVsCost::periods(mDb->connection(), {u""_s, u"2026-03"_s, u"2026-03"_s});
    QVERIFY2(value, qPrintable(value.errorString()));
    QCOMPARE(value->size(), 1);
    QCOMPARE(value->at(0).revenue, Money(150000, u"EUR"_s));
    QCOMPARE(value->at(0).credits, Money(7500, u"EUR"_s));
    QCOMPARE(value->at(0).ratioMilli, std::optional<qint64>(5000));
}

void tst_Offerings::whatIfGivesPriceDifferenceAndBacktest()
{
    // Given the draft at Silver (8 h, 800.00) and a Gold level (2 h, 1200.00)
    addDeskTickets();
    const qint64 gold = addOffering(offering(u"Gold"_s, 120000, 2));
    const qint64 silver = addOffering(offering(u"Silver"_s, 80000, 8));
    mWorkspace->setActingUser(u"alice"_s);
    QVERIFY(OfferingStore(*mWorkspace).apply(mDraft, silver, 2));
    const int rowVersion = mWorkspace->agreement(mDraft)->rowVersion;
    // When switching DESK to Gold is tried
    auto whatIf = WhatIfAnalysis::compare(*mWorkspace, mDraft, gold, FixtureToday);
    QVERIFY2(whatIf, qPrintable(whatIf.errorString()));
    // Then two sites cost 2 × 400.00 more a month
    QCOMPARE(whatIf->fromLevel, u"Silver"_s);
    QCOMPARE(whatIf->toLevel, u"Gold"_s);
    QCOMPARE(whatIf->currentFee, Money(160000, u"EUR"_s));
    QCOMPARE(whatIf->proposedFee, Money(240000, u"EUR"_s));
    QCOMPARE(whatIf->difference, Money(80000, u"EUR"_s));
    // and on March's tickets Silver's 8 h met all five, Gold's 2 h would have met two
    QCOMPARE(whatIf->current.size(), 1);
    QCOMPARE(whatIf->current.at(0).tickets, 5);
    QCOMPARE(whatIf->current.at(0).met, 5);
    QCOMPARE(whatIf->proposed.size(), 1);
    QCOMPARE(whatIf->proposed.at(0).met, 2);
    QCOMPARE(whatIf->proposed.at(0).breached, 3);
    // and nothing was written
    QCOMPARE(mWorkspace->agreement(mDraft)->rowVersion, rowVersion);
}

void tst_Offerings::rolesAreChecked_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("manager-adds-offering") << u"alice"_s << u"add"_s << true;
    QTest::newRow("analyst-adds-offering") << u"dave"_s << u"add"_s << false;
    QTest::newRow("approver-adds-offering") << u"bob"_s << u"add"_s << false;
    QTest::newRow("manager-applies") << u"alice"_s << u"apply"_s << true;
    QTest::newRow("approver-applies") << u"bob"_s << u"apply"_s << false;
    QTest::newRow("analyst-applies") << u"dave"_s << u"apply"_s << false;
}

void tst_Offerings::rolesAreChecked()
{
    QFETCH(QString, user);
    QFETCH(QString, step);
    QFETCH(bool, allowed);
    const qint64 gold = addOffering(offering(u"Gold"_s, 120000, 2));
    const qint64 records = TestSupport::count(mDb->connection(),
                                              u"SELECT count(*) FROM audit_log"_s);
    mWorkspace->setActingUser(user);
    OfferingStore store(*mWorkspace);
    const Result<void> result = step == u"add"_s ? Result<void>(
                                    Records::done(store.insert(offering(u"Bronze"_s, 40000, 24))))
                                                 : store.apply(mDraft, gold);
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QVERIFY2(result.errorString().contains(user), qPrintable(result.errorString()));
        QCOMPARE(TestSupport::count(mDb->connection(), u"SELECT count(*) FROM audit_log"_s),
                 records);
        QCOMPARE(TestSupport::count(mDb->connection(), u"SELECT count(*) FROM price_lines"_s), 0);
    }
}

void tst_Offerings::frozenAfterSubmission()
{
    // Given an SLA awaiting approval, priced by breakdown
    const qint64 gold = addOffering(offering(u"Gold"_s, 120000, 2));
    const qint64 silver = addOffering(offering(u"Silver"_s, 80000, 8));
    Agreement a = *mWorkspace->agreement(mDraft);
    a.number = u"SLA-2026-0900"_s;
    a.id = 0;
    a.rowVersion = 0;
    for (Target &t : a.targets)
        t.id = 0;
    a.status = AgreementStatus::Approval;
    a.priceLines = {
        {mPortfolio.desk, gold, u"Gold"_s, PriceBasis::Month, 1, Money(120000, u"EUR"_s)}};
    const qint64 id = *mWorkspace->insert(a);
    // When a manager applies another level, or edits the breakdown
    mWorkspace->setActingUser(u"alice"_s);
    auto applied = OfferingStore(*mWorkspace).apply(id, silver);
    Agreement edited = *mWorkspace->agreement(id);
    edited.priceLines[0].quantity = 3;
    auto saved = mWorkspace->update(edited);
    // Then both are refused and the breakdown is as submitted
    QVERIFY(!applied);
    QVERIFY2(applied.errorString().contains(u"is applied while drafting or negotiating"_s),
             qPrintable(applied.errorString()));
    QVERIFY(!saved);
    QVERIFY2(saved.errorString().contains(u"awaiting approval"_s), qPrintable(saved.errorString()));
    const Agreement after = *mWorkspace->agreement(id);
    QCOMPARE(after.priceLines.size(), 1);
    QCOMPARE(after.priceLines.at(0).label, u"Gold"_s);
    QCOMPARE(after.priceLines.at(0).quantity, 1);
    QCOMPARE(after.price, Money(120000, u"EUR"_s));
}

void tst_Offerings::amendmentCopiesTheBreakdown()
{
    // Given an active SLA priced by breakdown
    const qint64 gold = addOffering(offering(u"Gold"_s, 120000, 2));
    Agreement a = *mWorkspace->agreement(mDraft);
    a.id = 0;
    a.number = u"SLA-2026-0901"_s;
    a.rowVersion = 0;
    for (Target &t : a.targets)
        t.id = 0;
    a.status = AgreementStatus::Active;
    a.priceLines = {
        {mPortfolio.desk, gold, u"Gold"_s, PriceBasis::Month, 2, Money(120000, u"EUR"_s)},
        {0, 0, u"Loyalty"_s, PriceBasis::Month, 1, Money(-20000, u"EUR"_s)}};
    const qint64 id = *mWorkspace->insert(a);
    // When it is amended
    AgreementWorkflow workflow(*mWorkspace);
    auto amendment = workflow.transition(id, TransitionRequest{Transition::Amend, {}, {}, {}, {}},
                                         u"alice"_s);
    QVERIFY2(amendment, qPrintable(amendment.errorString()));
    // Then the new version starts from the same breakdown and fee
    const Agreement next = *mWorkspace->agreement(*amendment);
    QCOMPARE(next.version, 2);
    QCOMPARE(next.priceLines, mWorkspace->agreement(id)->priceLines);
    QCOMPARE(next.price, Money(220000, u"EUR"_s));
    // and the audit trail still matches the tables
    auto verification = AuditLog(mDb->connection()).verify();
    QVERIFY2(verification, qPrintable(verification.errorString()));
    QVERIFY2(verification->intact, qPrintable(verification->problem));
}

void tst_Offerings::offeringInUseCannotBeRemoved()
{
    const qint64 gold = addOffering(offering(u"Gold"_s, 120000, 2));
    const qint64 spare = addOffering(offering(u"Spare"_s, 1000, 48));
    mWorkspace->setActingUser(u"alice"_s);
    QVERIFY(OfferingStore(*mWorkspace).apply(mDraft, gold));
    auto refused = OfferingStore(*mWorkspace).remove(gold);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"Offering Gold is used by agreements"_s),
             qPrintable(refused.errorString()));
    auto removed = OfferingStore(*mWorkspace).remove(spare);
    QVERIFY2(removed, qPrintable(removed.errorString()));
    QCOMPARE(OfferingStore(*mWorkspace).offerings(mPortfolio.desk)->size(), 1);
    auto verification = AuditLog(mDb->connection()).verify();
    QVERIFY2(verification, qPrintable(verification.errorString()));
    QVERIFY2(verification->intact, qPrintable(verification->problem));
}

QTEST_GUILESS_MAIN(tst_Offerings)
#include "tst_offerings.moc"
