#include "demodata.h"

#include "data/clausestore.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "demo/demobulkwriter.h"
#include "demo/demochanges.h"
#include "demo/democrm.h"
#include "demo/demomeasurements.h"
#include "demo/demometrics.h"
#include "demo/demoofferings.h"
#include "demo/demoreviews.h"
#include "demo/demoseeds.h"
#include "document/libraryjson.h"
#include "domain/credittiers.h"
#include "domain/entities.h"
#include "domain/targetvalue.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/bulkwrite.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Accordo {

// How long each part of the demo takes: QT_LOGGING_RULES="accordo.demo.debug=true".
Q_LOGGING_CATEGORY(lcDemo, "accordo.demo", QtWarningMsg)

namespace {

using namespace DemoSeeds;

class Generator
{
public:
    Generator(Workspace &workspace, const DemoData::Progress &progress, DemoData::Path path)
        : mWorkspace(workspace), mProgress(progress), mPath(path)
    {}

    Result<DemoData::Counts> run(int scale);

private:
    Result<void> seedReference();
    Result<void> seedOfferings();
    QList<Target> serviceTargets(int index, const Agreement &agreement) const;
    // `adjust` may change the agreement, its targets made, before it is stored.
    Result<qint64> addAgreement(Agreement agreement, qint64 regionId, const QList<int> &services,
                                const std::function<void(Agreement &)> &adjust = {});
    bool report();
    AgreementStatus nextStatus();
    Result<void> addCustomer(int c, const QString &suffix);
    Result<void> addInternals(int copy, const QString &suffix);

    Result<qint64> insert(const Party &party);
    Result<qint64> insert(const Agreement &agreement);
    Result<void> addCopies(int scale);

    Workspace &mWorkspace;
    const DemoData::Progress &mProgress;
    const DemoData::Path mPath;
    std::optional<DemoBulkWriter> mBulk; // while the copies are written in bulk
    QRandomGenerator mRandom{20261126};
    QList<qint64> mCalendarIds;
    QList<qint64> mRegionIds;
    QList<qint64> mServiceIds;
    QList<qint64> mInternalIds;
    DemoOfferings mOfferings{mWorkspace};
    DemoData::Counts mCounts;
    qint64 mTotal = 0;
    bool mCancelled = false;
    int mStatusIndex = 0;
    int mOtherContacts = 0; // the extra CRM contacts handed out so far (DemoCrm)
};

bool Generator::report()
{
    if (mProgress && mCounts.agreements % 200 == 0)
        mCancelled = !mProgress(mCounts.agreements, mTotal);
    return !mCancelled;
}

Result<void> Generator::seedReference()
{
    for (const CalendarSeed &seed : Calendars) {
        auto id = mWorkspace.insert(CalendarRecord{0, QString::fromUtf8(seed.name),
                                                   QString::fromUtf8(seed.zone),
                                                   QString::fromUtf8(seed.definition)});
        if (!id)
            return id.error();
        mCalendarIds.append(*id);
    }
    for (const RegionSeed &seed : Regions) {
        auto id = mWorkspace.insert(Region{0, QString::fromUtf8(seed.code),
                                           QString::fromUtf8(seed.name),
                                           mCalendarIds.at(seed.calendar)});
        if (!id)
            return id.error();
        mRegionIds.append(*id);
    }
    for (const ServiceSeed &seed : Services) {
        Service service;
        service.code = QString::fromUtf8(seed.code);
        service.name = QString::fromUtf8(seed.name);
        service.category = QString::fromUtf8(seed.category);
        service.ownerTeam = QString::fromUtf8(seed.team);
        service.description = QString::fromUtf8(seed.description);
        auto id = mWorkspace.insert(service);
        if (!id)
            return id.error();
        mServiceIds.append(*id);
    }
    for (const PartySeed &seed : Internal) {
        Party party;
        party.kind = seed.kind;
        party.name = QString::fromUtf8(seed.name);
        party.contact = QString::fromUtf8(seed.contact);
        party.regionId = mRegionIds.first();
        auto id = mWorkspace.insert(party);
        if (!id)
            return id.error();
        mInternalIds.append(*id);
    }
    mCounts.services = int(std::size(Services));
    if (auto r = seedOfferings(); !r)
        return r;

    // One person per role, and a second approver so that approvals can be segregated.
    struct UserSeed
    {
        const char *name;
        const char *display;
        QList<Role> roles;
    };
    const UserSeed users[] = {
        {"alice", "Alice Martin", {Role::SlaManager}},
        {"bob", "Bob Keller", {Role::Approver}},
        {"carol", "Carol Rossi", {Role::Executive}},
        {"dave", "Dave Okafor", {Role::Analyst}},
        {"erin", "Erin Walsh", {Role::Administrator}},
        {"frank", "Frank Lindqvist", {Role::Approver}},
    };
    UserDirectory directory(mWorkspace.connection());
    for (const UserSeed &seed : users) {
        User user;
        user.name = QString::fromUtf8(seed.name);
        user.displayName = QString::fromUtf8(seed.display);
        user.roles = seed.roles;
        if (auto id = directory.addAsSystem(user); !id)
            return id.error();
    }
    return {};
}

// The targets a service usually has in an agreement of this kind and level.
QList<Target> Generator::serviceTargets(int index, const Agreement &agreement) const
{
    const ServiceSeed &seed = Services[index];
    QList<Target> targets;
    for (const TargetSeed &targetSeed : seed.targets) {
        if (targetSeed.threshold == 0)
            continue;
        Target target;
        target.serviceId = mServiceIds.at(index);
        target.metric = targetSeed.metric;
        target.priority = QString::fromUtf8(targetSeed.priority);
        // More specific agreements tighten the general terms a little.
        target.threshold = targetSeed.threshold;
        if (agreement.level == AgreementLevel::Service && TargetValue::isDuration(target.metric))
            target.threshold = targetSeed.threshold * 3 / 4;
        target.goalMilli = targetSeed.goalMilli;
        // Suppliers report per quarter, and so does equipment purchasing: a few orders a
        // month say little about a 90 % goal.
        const bool quarterly = agreement.kind == AgreementKind::UnderpinningContract
                               || qstrcmp(seed.code, "EQUIP-PURCH") == 0;
        target.period = quarterly ? MeasurementPeriod::Quarter : MeasurementPeriod::Month;
        target.calendarId = targetSeed.calendar >= 0 ? mCalendarIds.at(targetSeed.calendar) : 0;
        target.regionId = 0;
        if (agreement.kind == AgreementKind::CustomerSla && target.metric != Metric::Satisfaction) {
            // The first credit is owed where the target is missed, never while it is met.
            target.creditTiers = CreditTiers::startingAt(
                target.metric == Metric::Availability ? AvailabilityTiers : StandardTiers,
                *CreditTiers::metFrom(target.metric, target.threshold, target.goalMilli));
            target.creditCapHundredths = 2500;
        }
        targets.append(target);
    }
    return targets;
}

// Every service at three levels, in the currencies the customers pay in; Silver has the terms
// a customer SLA usually has.
Result<void> Generator::seedOfferings()
{
    QStringList currencies;
    for (const RegionSeed &seed : Regions) {
        if (!currencies.contains(QString::fromUtf8(seed.currency)))
            currencies.append(QString::fromUtf8(seed.currency));
    }
    Agreement standard;
    standard.kind = AgreementKind::CustomerSla;
    standard.level = AgreementLevel::Customer;
    for (int index = 0; index < int(std::size(Services)); ++index) {
        if (auto r = mOfferings.add(mServiceIds.at(index), QString::fromUtf8(Services[index].code),
                                    serviceTargets(index, standard), currencies);
            !r)
            return r;
    }
    return {};
}

Result<qint64> Generator::addAgreement(Agreement agreement, qint64 regionId,
                                       const QList<int> &services,
                                       const std::function<void(Agreement &)> &adjust)
{
    for (int index : services) {
        if (agreement.serviceIds.contains(mServiceIds.at(index)))
            continue;
        agreement.serviceIds.append(mServiceIds.at(index));
        agreement.targets.append(serviceTargets(index, agreement));
    }
    Q_UNUSED(regionId);
    if (adjust)
        adjust(agreement);
    mOfferings.price(agreement);
    auto id = insert(agreement);
    if (!id)
        return id;
    ++mCounts.agreements;
    mCounts.targets += int(agreement.targets.size());
    return id;
}

Result<qint64> Generator::insert(const Party &party)
{
    return mBulk ? mBulk->insert(party) : mWorkspace.insert(party);
}

Result<qint64> Generator::insert(const Agreement &agreement)
{
    return mBulk ? mBulk->insert(agreement) : mWorkspace.insert(agreement);
}

Result<DemoData::Counts> Generator::run(int scale)
{
    if (auto r = seedReference(); !r)
        return r.error();
    mTotal = qint64(scale) * 68;
    if (mPath == DemoData::Path::Bulk) {
        mBulk.emplace(mWorkspace);
        if (auto r = mBulk->begin(); !r)
            return r.error();
    }
    auto added = addCopies(scale);
    if (mBulk) {
        auto finished = mBulk->finish();
        mBulk.reset();
        if (added && !finished)
            return finished.error();
    }
    if (!added)
        return added.error();
    if (mProgress)
        mProgress(mTotal, mTotal);
    return mCounts;
}

Result<void> Generator::addCopies(int scale)
{
    for (int copy = 0; copy < scale; ++copy) {
        const QString suffix = copy == 0 ? QString() : u" %1"_s.arg(copy + 1, 4, 10, QChar(u'0'));
        for (int c = 0; c < int(std::size(Customers)); ++c) {
            if (auto r = addCustomer(c, suffix); !r)
                return r;
            if (!report())
                return Error{DemoData::tr("cancelled")};
        }
        if (auto r = addInternals(copy, suffix); !r)
            return r;
    }
    return {};
}

AgreementStatus Generator::nextStatus()
{
    static const AgreementStatus statusCycle[] = {
        AgreementStatus::Active,    AgreementStatus::Active,      AgreementStatus::Draft,
        AgreementStatus::Active,    AgreementStatus::Negotiation, AgreementStatus::Active,
        AgreementStatus::Approval,  AgreementStatus::Expired,     AgreementStatus::Active,
        AgreementStatus::Terminated};
    return statusCycle[mStatusIndex++ % std::size(statusCycle)];
}

// A customer of the seed list, with its agreements: a multi-level SLA for every fourth.
Result<void> Generator::addCustomer(int c, const QString &suffix)
{
    const CustomerSeed &seed = Customers[c];
    Party customer;
    customer.name = QString::fromUtf8(seed.name) + suffix;
    customer.regionId = mRegionIds.at(seed.region);
    customer.segment = QString::fromUtf8(seed.segment);
    customer.contact = QString::fromUtf8(seed.contact);
    QString domain = QString::fromUtf8(seed.name).toLower();
    domain.remove(u' ');
    customer.email = u"%1@%2.example"_s.arg(customer.contact.section(u' ', 0, 0).toLower(),
                                            domain.left(20));
    DemoCrm::describe(customer, mCounts.customers + 1, mOtherContacts);
    auto customerId = insert(customer);
    if (!customerId)
        return customerId.error();
    ++mCounts.customers;
    const qint64 regionId = mRegionIds.at(seed.region);
    const QString currency = QString::fromUtf8(Regions[seed.region].currency);

    const QDate start(2024 + int(mRandom.bounded(3)), 1 + int(mRandom.bounded(12)), 1);
    Agreement base;
    base.kind = AgreementKind::CustomerSla;
    base.partyId = *customerId;
    base.startDate = start;
    base.endDate = start.addYears(3).addDays(-1);
    base.reviewMonths = 12;

    // Every fourth customer has a multi-level SLA: corporate > customer > service.
    if (c % 4 == 0) {
        Agreement corporate = base;
        corporate.level = AgreementLevel::Corporate;
        corporate.title = DemoData::tr("%1 corporate SLA").arg(customer.name);
        corporate.status = AgreementStatus::Active;
        corporate.price = Money(0, currency);
        corporate.reviewMonths = 24;
        auto corporateId = addAgreement(corporate, regionId, {4, 11});
        if (!corporateId)
            return corporateId.error();

        Agreement customerLevel = base;
        customerLevel.level = AgreementLevel::Customer;
        customerLevel.parentId = *corporateId;
        customerLevel.title = DemoData::tr("%1 workplace services").arg(customer.name);
        customerLevel.status = nextStatus();
        customerLevel.price = Money(1200000 + 50000 * qint64(mRandom.bounded(40)), currency);
        auto customerLevelId = addAgreement(customerLevel, regionId, {0, 1, 3, 4, 5});
        if (!customerLevelId)
            return customerLevelId.error();

        const int serviceLevels[][2] = {{6, 7}, {10, 8}};
        for (const auto &pair : serviceLevels) {
            Agreement serviceLevel = base;
            serviceLevel.level = AgreementLevel::Service;
            serviceLevel.parentId = *customerLevelId;
            serviceLevel.title = DemoData::tr("%1 — %2").arg(
                customer.name, QString::fromUtf8(Services[pair[0]].name));
            serviceLevel.status = nextStatus();
            serviceLevel.price = Money(300000 + 25000 * qint64(mRandom.bounded(30)), currency);
            // The custom metrics' targets go to one SLA of the first copy, late in it so that
            // the ids of the records before stay as they were.
            const bool metrics = suffix.isEmpty() && pair[1] == 8
                                 && customer.name == DemoMetrics::customer();
            const auto adjust = [&](Agreement &a) {
                if (metrics)
                    DemoMetrics::addTargets(a, mServiceIds.at(8), mServiceIds.at(2));
            };
            if (!addAgreement(serviceLevel, regionId, {pair[0], pair[1]}, adjust))
                return Error{DemoData::tr("could not create %1").arg(serviceLevel.title)};
        }
    } else {
        Agreement single = base;
        single.level = AgreementLevel::Customer;
        single.title = DemoData::tr("%1 managed IT services").arg(customer.name);
        single.status = nextStatus();
        if (single.status == AgreementStatus::Expired) {
            single.startDate = QDate(2023, 7, 1);
            single.endDate = QDate(2026, 6, 30);
        }
        single.price = Money(250000 + 25000 * qint64(mRandom.bounded(60)), currency);
        const int first = int(mRandom.bounded(int(std::size(Services)) - 2));
        auto id = addAgreement(single, regionId, {first, first + 1, 3});
        if (!id)
            return id.error();
    }
    return {};
}

// Internal SLAs, OLAs with the teams behind them, and underpinning contracts.
Result<void> Generator::addInternals(int copy, const QString &suffix)
{
    struct InternalSeed
    {
        AgreementKind kind;
        int party;
        const char *title;
        QList<int> services;
    };
    const InternalSeed internals[] = {
        {AgreementKind::InternalSla, 4, "HR on-boarding and off-boarding", {0, 1}},
        {AgreementKind::InternalSla, 5, "Finance workplace support", {4, 10}},
        {AgreementKind::InternalSla, 3, "Procurement equipment requests", {2}},
        {AgreementKind::Ola, 0, "Service desk first-line support", {4, 3}},
        {AgreementKind::Ola, 1, "Network operations second line", {6, 9}},
        {AgreementKind::Ola, 2, "Field services on-site support", {3, 2}},
        {AgreementKind::Ola, 1, "Security operations escalation", {11}},
        {AgreementKind::Ola, 0, "Account administration", {0, 1}},
        {AgreementKind::UnderpinningContract, 6, "Hardware supply and shipping", {2}},
        {AgreementKind::UnderpinningContract, 7, "Cloud hosting platform", {7, 8}},
        {AgreementKind::UnderpinningContract, 8, "Managed print services", {3}},
        {AgreementKind::UnderpinningContract, 9, "WAN carrier services", {6}},
    };
    for (const InternalSeed &seed : internals) {
        Agreement agreement;
        agreement.kind = seed.kind;
        agreement.level = AgreementLevel::Service;
        agreement.partyId = mInternalIds.at(seed.party);
        agreement.title = QString::fromUtf8(seed.title) + suffix;
        agreement.startDate = QDate(2025, 1 + int(mRandom.bounded(12)), 1);
        agreement.endDate = agreement.startDate.addYears(2).addDays(-1);
        agreement.status = nextStatus();
        agreement.reviewMonths = 6;
        agreement.price = seed.kind == AgreementKind::UnderpinningContract
                              ? Money(800000 + 100000 * qint64(mRandom.bounded(20)), u"EUR"_s)
                              : Money(0, u"EUR"_s);
        // The inconsistent OLA the consistency check finds: network operations promise
        // 6 h for P1 network resolution, looser than the 3-4 h of the customer SLAs.
        const bool loose = copy == 0 && qstrcmp(seed.title, "Network operations second line") == 0;
        auto id = addAgreement(agreement, mRegionIds.first(), seed.services, [&](Agreement &a) {
            if (!loose)
                return;
            for (Target &t : a.targets) {
                if (t.serviceId == mServiceIds.at(6) && t.metric == Metric::Resolution
                    && t.priority == u"P1"_s)
                    t.threshold = 6 * 3600;
            }
        });
        if (!id)
            return id.error();
        if (!report())
            return Error{DemoData::tr("cancelled")};
    }
    return {};
}

} // namespace

namespace {

// The page cache the demo's transaction gets, in KiB: 256 MB, and 0.5 MB more per unit of
// scale (about 1 GB at 1500, roughly what the workspace grows to), at most 2 GB. SQLite
// takes the pages only as it needs them.
int demoCacheKiB(int scale)
{
    return std::min(262144 + 512 * scale, 2097152);
}

// The customer-level SLA in force of the customer with the most tickets.
const QString kBusiestCustomerSla =
    uR"(SELECT a.id FROM agreements a JOIN parties p ON p.id = a.party_id
                                        WHERE a.kind = 'customer_sla' AND a.level = 'customer'
                                          AND a.status = 'active'
                                        ORDER BY (SELECT count(*) FROM tickets t
                                                  WHERE t.customer = p.name) DESC, a.id
                                        LIMIT 1)"_s;

// A renegotiation in progress, for the agreement view's Backtest…: the customer-level SLA of
// the busiest customer amended by alice, its response and resolution times proposed a
// quarter tighter. Drafts govern no ticket, so the measurements and KPIs stay as they are.
Result<void> addRenegotiation(Workspace &workspace)
{
    const auto busiest = Sql::scalar(workspace.connection(), kBusiestCustomerSla);
    if (!busiest || !busiest->isValid())
        return {};
    const qint64 active = busiest->toLongLong();
    const QString manager = u"alice"_s;
    AgreementWorkflow workflow(workspace);
    TransitionRequest amend;
    amend.transition = Transition::Amend;
    amend.reason = DemoData::tr("Renewal: the customer asks for faster response and resolution");
    auto draft = workflow.transition(active, amend, manager);
    if (!draft)
        return draft.error();
    auto agreement = workspace.agreement(*draft);
    if (!agreement)
        return agreement.error();
    for (Target &t : agreement->targets) {
        if (TargetValue::isDuration(t.metric)) // to the nearest five minutes, as people ask
            t.threshold = std::max<qint64>(300, (t.threshold * 3 / 4 + 150) / 300 * 300);
    }
    const Workspace::Identity acting = workspace.identity();
    workspace.setActingUser(manager);
    auto updated = workspace.update(*agreement);
    workspace.setIdentity(acting);
    return updated;
}

} // namespace

Result<DemoData::Counts> DemoData::populate(Workspace &workspace, int scale,
                                            const Progress &progress, Path path)
{
    if (scale < 1 || scale > 10000)
        return Error{tr("the demo scale must be between 1 and 10000, not %1").arg(scale)};
    // The demo is one transaction of many rows (Sql::BulkWrite).
    const Sql::BulkWrite bulk(workspace.connection(), demoCacheKiB(scale));
    Transaction transaction(workspace.connection());
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    // The library comes first: every agreement version the demo makes gets its document.
    auto library = LibraryJson::builtIn();
    if (!library)
        return library.error();
    if (auto r = LibraryJson::store(workspace, *library); !r)
        return r.error();
    if (auto r = ClauseStore(workspace).setProviderName(u"Meridiana IT Services S.p.A."_s); !r)
        return r.error();
    QElapsedTimer clock;
    clock.start();
    const auto phase = [&](const char *name) {
        qCDebug(lcDemo, "%s: %lld ms", name, clock.restart());
    };
    phase("library");
    Generator generator(workspace, progress, path);
    auto counts = generator.run(scale);
    if (!counts)
        return counts;
    phase("customers and agreements");
    if (auto r = DemoMetrics::generate(workspace); !r)
        return r.error();
    phase("metrics");
    if (auto measured = DemoMeasurements::generate(workspace.connection()); !measured)
        return measured.error();
    phase("measurements");
    if (auto r = addRenegotiation(workspace); !r)
        return r.error();
    phase("renegotiation");
    if (auto r = DemoChanges::generate(workspace, path); !r)
        return r.error();
    phase("changes");
    if (auto r = DemoReviews::add(workspace, path); !r)
        return r.error();
    phase("reviews");
    if (auto r = DemoCrm::add(workspace); !r)
        return r.error();
    phase("crm");
    if (auto r = transaction.commit(); !r)
        return r.error();
    phase("commit");
    return counts;
}

} // namespace Accordo
