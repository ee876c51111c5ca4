#include "calendar/isotime.h"
#include "measurement/targetmatcher.h"

#include <QTest>
#include <QTimeZone>

using namespace Accordo;
using namespace Qt::StringLiterals;

using Inputs = TargetMatcher::Inputs;
Q_DECLARE_METATYPE(Accordo::TargetMatcher::Inputs)

namespace {

constexpr qint64 kRome = 1; // a calendar in Europe/Rome
constexpr qint64 kItaly = 1, kGermany = 2;
constexpr qint64 kAcme = 10, kAcmeTwin = 11, kOther = 12, kRoma = 13;
constexpr qint64 kMail = 20, kWeb = 21;
constexpr qint64 kCustomerSla = 100;
constexpr qint64 kGeneralResponse = 1001, kGeneralResolution = 1002;

Inputs::Agreement agreement(qint64 id, qint64 party, const QString &level, int version,
                            const QString &start, const QString &end = {},
                            const QString &terminated = {}, const QString &signedOn = {})
{
    return {id, party, level, version,
            TargetJudgement::InForce::fromDates(start, end, terminated, signedOn)};
}

Inputs::Target target(qint64 id, qint64 agreementId, bool firstResponse,
                      const QString &priority = {}, qint64 region = 0, qint64 service = kMail,
                      qint64 calendar = 0)
{
    return {id, agreementId, service, region, priority, firstResponse, 3600, calendar};
}

// Acme (in Germany, whose region has no calendar) has a customer SLA in force from
// 2026-01-01 with a general first-response and resolution target for the mail service.
// Roma (in Italy, whose region counts in the Rome calendar) and a second party also named
// Acme have no agreement yet.
Inputs world()
{
    Inputs in;
    in.calendars.insert(kRome, BusinessCalendar(u"Rome"_s, QTimeZone("Europe/Rome")));
    in.regions = {{kItaly, u"IT"_s, u"Italy"_s, kRome}, {kGermany, u"DE"_s, u"Germany"_s, 0}};
    in.parties = {{kAcme, u"Acme"_s, kGermany},
                  {kAcmeTwin, u"Acme"_s, 0},
                  {kOther, u"Other"_s, kGermany},
                  {kRoma, u"Roma"_s, kItaly}};
    in.services = {{kMail, u"MAIL"_s, u"E-mail"_s}, {kWeb, u"WEB"_s, u"Web site"_s}};
    in.agreements = {agreement(kCustomerSla, kAcme, u"customer"_s, 1, u"2026-01-01"_s)};
    in.targets = {target(kGeneralResponse, kCustomerSla, true),
                  target(kGeneralResolution, kCustomerSla, false)};
    return in;
}

Inputs with(QList<Inputs::Agreement> agreements, QList<Inputs::Target> targets, Inputs in = world())
{
    in.agreements += agreements;
    in.targets += targets;
    return in;
}

// The base world with the customer SLA's agreement replaced.
Inputs slaWith(const Inputs::Agreement &sla)
{
    Inputs in = world();
    in.agreements = {sla};
    return in;
}

} // namespace

/// Which target governs a ticket, per metric: the counterparty and service by name or code,
/// the agreement in force on the ticket's day in the zone of the target's calendar, the
/// target's region and priority, and the precedence among the targets that apply.
class TstTargetMatcher : public QObject
{
    Q_OBJECT

private slots:
    void governing_data();
    void governing();
};

void TstTargetMatcher::governing_data()
{
    QTest::addColumn<Inputs>("inputs");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("opened");
    QTest::addColumn<qint64>("firstResponse"); // target id, 0: none
    QTest::addColumn<qint64>("resolution");

    const QString feb = u"2026-02-02T10:00Z"_s;
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    // Who and what the ticket names.
    row("general targets govern") << world() << u"Acme"_s << u"MAIL"_s << u"DE"_s << u"P3"_s << feb
                                  << kGeneralResponse << kGeneralResolution;
    row("service named by its name") << world() << u"Acme"_s << u"E-mail"_s << u""_s << u"P3"_s
                                     << feb << kGeneralResponse << kGeneralResolution;
    row("unknown customer") << world() << u"Nobody"_s << u"MAIL"_s << u""_s << u""_s << feb
                            << qint64(0) << qint64(0);
    row("unknown service") << world() << u"Acme"_s << u"FAX"_s << u""_s << u""_s << feb << qint64(0)
                           << qint64(0);
    row("another service") << world() << u"Acme"_s << u"WEB"_s << u""_s << u""_s << feb << qint64(0)
                           << qint64(0);
    row("another customer's ticket")
        << world() << u"Other"_s << u"MAIL"_s << u""_s << u""_s << feb << qint64(0) << qint64(0);
    row("customer name is case-sensitive")
        << world() << u"ACME"_s << u"MAIL"_s << u""_s << u""_s << feb << qint64(0) << qint64(0);
    {
        // A later service's name takes over an earlier service's code.
        Inputs in = world();
        in.services.append({22, u"LEGACY"_s, u"MAIL"_s});
        row("colliding service names: the later service")
            << in << u"Acme"_s << u"MAIL"_s << u""_s << u""_s << feb << qint64(0) << qint64(0);
    }
    row("every party of the customer's name")
        << with({agreement(101, kAcmeTwin, u"service"_s, 1, u"2026-01-01"_s)},
                {target(3, 101, true)})
        << u"Acme"_s << u"MAIL"_s << u""_s << u""_s << feb << qint64(3) << kGeneralResolution;

    // The agreement in force on the day the ticket opened.
    row("before the start") << world() << u"Acme"_s << u"MAIL"_s << u""_s << u""_s
                            << u"2025-12-31T23:59:59Z"_s << qint64(0) << qint64(0);
    row("from the start day's midnight")
        << world() << u"Acme"_s << u"MAIL"_s << u""_s << u""_s << u"2026-01-01T00:00Z"_s
        << kGeneralResponse << kGeneralResolution;
    const Inputs ending = slaWith(
        agreement(kCustomerSla, kAcme, u"customer"_s, 1, u"2026-01-01"_s, u"2026-06-30"_s));
    row("on the end day") << ending << u"Acme"_s << u"MAIL"_s << u""_s << u""_s
                          << u"2026-06-30T23:59:59Z"_s << kGeneralResponse << kGeneralResolution;
    row("after the end day") << ending << u"Acme"_s << u"MAIL"_s << u""_s << u""_s
                             << u"2026-07-01T00:00Z"_s << qint64(0) << qint64(0);
    const Inputs terminated = slaWith(agreement(kCustomerSla, kAcme, u"customer"_s, 1,
                                                u"2026-01-01"_s, u"2026-12-31"_s, u"2026-03-01"_s));
    row("before the termination") << terminated << u"Acme"_s << u"MAIL"_s << u""_s << u""_s
                                  << u"2026-02-28T23:00Z"_s << kGeneralResponse
                                  << kGeneralResolution;
    row("on the termination day") << terminated << u"Acme"_s << u"MAIL"_s << u""_s << u""_s
                                  << u"2026-03-01T00:00Z"_s << qint64(0) << qint64(0);
    const Inputs signedLate = slaWith(
        agreement(kCustomerSla, kAcme, u"customer"_s, 1, u"2026-01-01"_s, {}, {}, u"2026-02-01"_s));
    row("started but not yet signed") << signedLate << u"Acme"_s << u"MAIL"_s << u""_s << u""_s
                                      << u"2026-01-15T10:00Z"_s << qint64(0) << qint64(0);
    row("from the signing") << signedLate << u"Acme"_s << u"MAIL"_s << u""_s << u""_s
                            << u"2026-02-01T10:00Z"_s << kGeneralResponse << kGeneralResolution;
    row("never started") << slaWith(agreement(kCustomerSla, kAcme, u"customer"_s, 1, u""_s))
                         << u"Acme"_s << u"MAIL"_s << u""_s << u""_s << feb << qint64(0)
                         << qint64(0);
    row("agreement not signed (not loaded)")
        << with({}, {target(3, 999, true)}) << u"Acme"_s << u"MAIL"_s << u""_s << u""_s << feb
        << kGeneralResponse << kGeneralResolution;
    {
        // The same agreement read twice (two signings): the later row counts.
        Inputs in = world();
        in.agreements.append(
            agreement(kCustomerSla, kAcme, u"customer"_s, 1, u"2026-01-01"_s, u"2026-01-31"_s));
        row("agreement read twice: the later row")
            << in << u"Acme"_s << u"MAIL"_s << u""_s << u""_s << feb << qint64(0) << qint64(0);
    }

    // The day in the zone of the target's calendar: 23:30 UTC on 31 December is already
    // 1 January in Rome.
    const QString newYearInRome = u"2025-12-31T23:30Z"_s;
    row("continuous UTC time: not yet in force")
        << world() << u"Acme"_s << u"MAIL"_s << u""_s << u""_s << newYearInRome << qint64(0)
        << qint64(0);
    row("the target's own calendar")
        << with({}, {target(3, kCustomerSla, true, {}, 0, kMail, kRome)}) << u"Acme"_s << u"MAIL"_s
        << u""_s << u""_s << newYearInRome << qint64(3) << qint64(0);
    row("an unknown calendar counts as continuous")
        << with({}, {target(3, kCustomerSla, true, {}, 0, kMail, 99)}) << u"Acme"_s << u"MAIL"_s
        << u""_s << u""_s << newYearInRome << qint64(0) << qint64(0);
    row("the target's region's calendar")
        << with({}, {target(3, kCustomerSla, true, {}, kItaly)}) << u"Acme"_s << u"MAIL"_s
        << u"IT"_s << u""_s << newYearInRome << qint64(3) << qint64(0);
    row("the counterparty's region's calendar")
        << with({agreement(101, kRoma, u"customer"_s, 1, u"2026-01-01"_s)},
                {target(3, 101, true), target(4, 101, false, {}, kGermany)})
        << u"Roma"_s << u"MAIL"_s << u"DE"_s << u""_s << newYearInRome << qint64(3) << qint64(4);

    // Region and priority, when a target names them.
    const Inputs urgent = with({}, {target(3, kCustomerSla, true, u"P1"_s)});
    row("priority-specific over any priority") << urgent << u"Acme"_s << u"MAIL"_s << u""_s
                                               << u"P1"_s << feb << qint64(3) << kGeneralResolution;
    row("priority-specific: another priority")
        << urgent << u"Acme"_s << u"MAIL"_s << u""_s << u"P2"_s << feb << kGeneralResponse
        << kGeneralResolution;
    const Inputs italian = with({}, {target(3, kCustomerSla, true, {}, kItaly)});
    row("region-specific over any region") << italian << u"Acme"_s << u"MAIL"_s << u"IT"_s << u""_s
                                           << feb << qint64(3) << kGeneralResolution;
    row("region named by its name") << italian << u"Acme"_s << u"MAIL"_s << u"Italy"_s << u""_s
                                    << feb << qint64(3) << kGeneralResolution;
    row("region-specific: another region") << italian << u"Acme"_s << u"MAIL"_s << u"DE"_s << u""_s
                                           << feb << kGeneralResponse << kGeneralResolution;
    row("region-specific: unknown region") << italian << u"Acme"_s << u"MAIL"_s << u"XX"_s << u""_s
                                           << feb << kGeneralResponse << kGeneralResolution;
    row("region and priority over priority only")
        << with({}, {target(3, kCustomerSla, true, u"P1"_s),
                     target(4, kCustomerSla, true, u"P1"_s, kItaly),
                     target(5, kCustomerSla, true, u"P1"_s)})
        << u"Acme"_s << u"MAIL"_s << u"IT"_s << u"P1"_s << feb << qint64(4) << kGeneralResolution;
    row("region only and priority only tie: the first read")
        << with({},
                {target(3, kCustomerSla, true, {}, kItaly), target(4, kCustomerSla, true, u"P1"_s)})
        << u"Acme"_s << u"MAIL"_s << u"IT"_s << u"P1"_s << feb << qint64(3) << kGeneralResolution;

    // The agreement's level, then its version.
    row("service level over a more specific customer level")
        << with({agreement(101, kAcme, u"service"_s, 1, u"2026-01-01"_s)},
                {target(3, kCustomerSla, true, u"P1"_s, kItaly), target(4, 101, true)})
        << u"Acme"_s << u"MAIL"_s << u"IT"_s << u"P1"_s << feb << qint64(4) << kGeneralResolution;
    row("customer level over corporate level")
        << with({agreement(101, kAcme, u"corporate"_s, 9, u"2026-01-01"_s)},
                {target(3, 101, true, u"P1"_s), target(4, 101, false)})
        << u"Acme"_s << u"MAIL"_s << u""_s << u"P1"_s << feb << kGeneralResponse
        << kGeneralResolution;
    row("a later version over an earlier one")
        << with({agreement(101, kAcme, u"customer"_s, 2, u"2026-01-01"_s)}, {target(3, 101, true)})
        << u"Acme"_s << u"MAIL"_s << u""_s << u""_s << feb << qint64(3) << kGeneralResolution;
    row("a later version not yet in force")
        << with({agreement(101, kAcme, u"customer"_s, 2, u"2026-03-01"_s)}, {target(3, 101, true)})
        << u"Acme"_s << u"MAIL"_s << u""_s << u""_s << feb << kGeneralResponse
        << kGeneralResolution;
    row("a more specific target over a later version")
        << with({agreement(101, kAcme, u"customer"_s, 2, u"2026-01-01"_s)},
                {target(3, 101, true), target(4, kCustomerSla, true, u"P1"_s)})
        << u"Acme"_s << u"MAIL"_s << u""_s << u"P1"_s << feb << qint64(4) << kGeneralResolution;
    row("equal rank: the first read")
        << with({}, {target(3, kCustomerSla, true)}) << u"Acme"_s << u"MAIL"_s << u""_s << u""_s
        << feb << kGeneralResponse << kGeneralResolution;
    row("each metric on its own") << with({agreement(101, kAcme, u"service"_s, 1, u"2026-01-01"_s)},
                                          {target(4, 101, false)})
                                  << u"Acme"_s << u"MAIL"_s << u""_s << u""_s << feb
                                  << kGeneralResponse << qint64(4);
}

void TstTargetMatcher::governing()
{
    QFETCH(Inputs, inputs);
    QFETCH(QString, customer);
    QFETCH(QString, service);
    QFETCH(QString, region);
    QFETCH(QString, priority);
    QFETCH(QString, opened);
    QFETCH(qint64, firstResponse);
    QFETCH(qint64, resolution);

    const auto openedAt = IsoTime::parse(opened, QTimeZone::utc());
    QVERIFY(openedAt);
    const TargetMatcher matcher(inputs);
    const TargetMatcher::Governing governing = matcher.governing(customer, service, region,
                                                                 priority, *openedAt);
    QCOMPARE(governing.firstResponse ? governing.firstResponse->id : 0, firstResponse);
    QCOMPARE(governing.resolution ? governing.resolution->id : 0, resolution);
    QCOMPARE(governing.any(), firstResponse != 0 || resolution != 0);
    if (governing.firstResponse)
        QVERIFY(governing.firstResponse->firstResponse);
    if (governing.resolution)
        QVERIFY(!governing.resolution->firstResponse);
}

QTEST_GUILESS_MAIN(TstTargetMatcher)
#include "tst_targetmatcher.moc"
