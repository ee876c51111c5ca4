#include "dashboardresults.h"

#include "data/workspacemeta.h"
#include "kpi/kpicalculator.h"
#include "kpi/kpirecompute.h"
#include "reportdata/heldperiods.h"
#include "reportdata/resultindex.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>

#include <algorithm>
#include <memory>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Accordo::Dashboard {

namespace {

Q_LOGGING_CATEGORY(lcResults, "accordo.dashboard", QtWarningMsg)

// The stored results of some periods: the columns the dashboard counts. Agreements, targets
// and their names are looked up in what was read before (ReadContext).
constexpr auto KpiRowsSql = R"(SELECT k.agreement_id, k.target_id, k.period, k.metric, k.status,
        k.achieved_milli, k.met, k.breached, k.goal_milli, k.agreed_seconds,
        k.downtime_seconds, k.credit_minor, k.currency
    FROM kpi_periods k WHERE k.period IN (%1) %2)";

// A target's service and region (the target's, else its party's), for one the terms lack.
constexpr auto TargetNamesSql = R"(SELECT s.code AS service_code, s.name AS service_name,
        COALESCE(r.code, '') AS region_code, COALESCE(r.name, '') AS region_name
    FROM targets t JOIN agreements a ON a.id = t.agreement_id
    JOIN parties p ON p.id = a.party_id JOIN services s ON s.id = t.service_id
    LEFT JOIN regions r ON r.id = COALESCE(t.region_id, p.region_id) WHERE t.id = ?)";

// The agreements a filter keeps, with their customer.
constexpr auto OwnersSql = R"(SELECT a.id, a.number, a.title, a.kind, p.name AS customer,
        p.id AS party_id
    FROM agreements a JOIN parties p ON p.id = a.party_id WHERE 1 = 1 %1)";

// The filter's conditions, appended to a WHERE clause.
constexpr auto RegionCondition = " AND r.code = ?";
constexpr auto PartyCondition = " AND p.id = ?";
constexpr auto KindCondition = " AND a.kind = ?";
// The service, customer and kind on the terms the KPI engine loads, through its targets (t)
// and agreements (a).
constexpr auto TermsServiceCondition =
    " AND t.service_id IN (SELECT id FROM services WHERE code = ?)";
constexpr auto TermsPartyCondition = " AND a.party_id = ?";
// The same on stored results (`k`).
constexpr auto ResultServiceCondition =
    " AND k.target_id IN (SELECT id FROM targets "
    "WHERE service_id IN (SELECT id FROM services WHERE code = ?))";
constexpr auto ResultPartyCondition =
    " AND k.agreement_id IN (SELECT id FROM agreements WHERE party_id = ?)";
constexpr auto ResultKindCondition =
    " AND k.agreement_id IN (SELECT id FROM agreements WHERE kind = ?)";

bool isTicketMetric(const QString &metric)
{
    return metric == u"first_response"_s || metric == u"resolution"_s;
}

// The labels stored in kpi_periods for the months of a range: each month, and each
// quarter whose last month is in it.
QStringList periodLabels(const QStringList &months)
{
    QStringList labels = months;
    for (const QString &month : months) {
        const int m = month.mid(5, 2).toInt();
        if (m % 3 == 0)
            labels.append(month.left(5) + u'Q' + QString::number(m / 3));
    }
    return labels;
}

// The month a period counts in: its own, or a quarter's last.
QString monthOfPeriod(const QString &period)
{
    if (period.size() == 7 && period.at(5) == u'Q')
        return period.left(5) + u"%1"_s.arg(period.mid(6).toInt() * 3, 2, 10, QChar(u'0'));
    return period;
}

} // namespace

int severity(const QString &status)
{
    if (status == u"breached"_s)
        return 2;
    if (status == u"at_risk"_s)
        return 1;
    if (status == u"met"_s)
        return 0;
    return status.isEmpty() ? -2 : -1;
}

// The filter's conditions on agreements, parties and regions.
Prepared agreementConditions(const DashboardFilter &filter)
{
    Prepared p;
    if (!filter.regionCode.isEmpty()) {
        p.conditions += QLatin1StringView(RegionCondition);
        p.values.append(filter.regionCode);
    }
    if (filter.partyId > 0) {
        p.conditions += QLatin1StringView(PartyCondition);
        p.values.append(filter.partyId);
    }
    if (!filter.agreementKind.isEmpty()) {
        p.conditions += QLatin1StringView(KindCondition);
        p.values.append(filter.agreementKind);
    }
    return p;
}

// The values of a statement that lists periods first, then the filter's conditions.
QVariantList periodValues(const QStringList &periods, const Prepared &p)
{
    QVariantList values;
    for (const QString &period : periods)
        values.append(period);
    return values + p.values;
}

KpiTotals::KpiTotals(QString current, QStringList months, QStringList read)
    : current(std::move(current)), months(std::move(months)), read(std::move(read))
{
    perSlot.resize(size_t(this->read.size()));
    columnOfSlot.resize(size_t(this->read.size()));
    for (qsizetype i = 0; i < this->read.size(); ++i)
        columnOfSlot[size_t(i)] = this->months.indexOf(this->read.at(i));
    currentSlot = this->read.indexOf(this->current);
}

qsizetype KpiTotals::slotOf(const MonthResult &r) const
{
    return r.slot >= 0 ? r.slot : read.indexOf(r.month);
}

void KpiTotals::add(const MonthResult &r)
{
    const qsizetype slot = slotOf(r);
    if (slot < 0)
        return; // a month outside those read counts nowhere
    const Measure &m = r.m;
    MonthSums &sums = perSlot[size_t(slot)];
    m.addTo(sums.tally);
    if (r.availability && r.agreedSeconds) {
        sums.agreed += *r.agreedSeconds;
        sums.up += *r.agreedSeconds - r.downtimeSeconds;
        sums.hasAgreed = true;
    }
    const bool inCurrent = slot == currentSlot;
    if (inCurrent) {
        if (m.isBreach)
            ++breaches;
        if (m.ticket)
            breachedTickets += m.breached;
        if (m.severity > 0)
            atRiskAgreements.insert(r.owner.agreementId);
        if (r.creditMinor != 0)
            credits[r.currency] += r.creditMinor;
    }
    const qsizetype column = columnOfSlot[size_t(slot)];
    if (column < 0)
        return;
    addToBreakdowns(r);
    addToStanding(r, column, inCurrent);
}

void KpiTotals::finish()
{
    for (qsizetype i = 0; i < read.size(); ++i) {
        const MonthSums &sums = perSlot[size_t(i)];
        const QString &month = read.at(i);
        if (sums.tally.results > 0)
            perMonth.insert(month, sums.tally);
        if (sums.tally.breachedResults > 0)
            breachesPerMonth.insert(month, sums.tally.breachedResults);
        if (sums.hasAgreed) {
            agreedPerMonth.insert(month, sums.agreed);
            upPerMonth.insert(month, sums.up);
        }
    }
}

void KpiTotals::addToBreakdowns(const MonthResult &r)
{
    const ResultOwner &o = r.owner;
    if (!regionTally || o.region != lastRegion) {
        const QString &region = o.regionCode();
        if (!regionNames.contains(region))
            regionNames.insert(region, region.isEmpty() ? Accordo::DashboardData::tr("No region")
                                                        : o.regionName());
        regionTally = &byRegion[region];
        lastRegion = o.region;
    }
    r.m.addTo(*regionTally);
    if (!serviceTally || o.service != lastService) {
        const QString &service = o.serviceCode();
        if (!serviceNames.contains(service))
            serviceNames.insert(service, o.serviceName());
        serviceTally = &byService[service];
        lastService = o.service;
    }
    r.m.addTo(*serviceTally);
    if (!customerTally || o.agreementId != lastAgreement) {
        Tally *&customer = customerTallyOf[o.agreementId];
        if (!customer) {
            customerNames.insert(o.partyKey, o.customer);
            customer = &byCustomer[o.partyKey];
        }
        customerTally = customer;
        lastAgreement = o.agreementId;
        standingPlace = -1;
    }
    r.m.addTo(*customerTally);
}

void KpiTotals::addToStanding(const MonthResult &r, qsizetype column, bool inCurrent)
{
    const Measure &m = r.m;
    if (standingPlace < 0) { // another agreement than the last result's (addToBreakdowns)
        const qint64 agreementId = r.owner.agreementId;
        qsizetype &place = standingOf[agreementId]; // one past, so that 0 is "none yet"
        if (place == 0) {
            AgreementStanding s;
            s.agreementId = agreementId;
            s.number = r.owner.number;
            s.title = r.owner.title;
            s.customer = r.owner.customer;
            s.kind = r.owner.kind;
            s.monthStatus = QList<QString>(months.size());
            s.credit = Money(0, r.currency);
            standings.push_back({std::move(s), {}, -2, std::vector<qint8>(months.size(), -2)});
            place = qsizetype(standings.size());
        }
        standingPlace = place - 1;
    }
    Standing &standing = standings[size_t(standingPlace)];
    AgreementStanding &s = standing.shown;
    qint8 &monthSeverity = standing.monthSeverity[size_t(column)];
    if (m.severity >= monthSeverity) {
        s.monthStatus[column] = m.status;
        monthSeverity = qint8(m.severity);
    }
    if (!inCurrent)
        return;
    if (m.severity >= standing.statusSeverity) {
        s.status = m.status;
        standing.statusSeverity = m.severity;
    }
    s.breaches += m.isBreach ? 1 : 0;
    s.atRisk += m.severity == 1 ? 1 : 0;
    s.credit = Money(s.credit.minorUnits() + r.creditMinor, s.credit.currency());
    m.addTo(standing.current);
}

QStringList readMonths(const DashboardSnapshot &snap, const QString &previous)
{
    QStringList months = snap.months;
    if (!months.contains(previous))
        months.prepend(previous);
    return months;
}

namespace {

// The agreements a filter keeps, and the terms of their targets as of the stored as-of: what
// the results of the range are read with.
struct ReadContext
{
    QHash<qint64, ResultOwner> owners;           // by agreement; region and service left empty
    std::shared_ptr<const Kpi::Recompute> terms; // null when nothing was ever computed
    // The service and region of targets the terms do not hold; nodes stay put.
    std::unordered_map<qint64, std::pair<QStringList, QStringList>> looked;
};

// Only these agreements (`column` IN …), when there are any.
void restrictTo(Prepared &p, const QString &column, const QList<qint64> &only)
{
    if (only.isEmpty())
        return;
    p.conditions += u" AND %1 IN (%2)"_s.arg(column, Sql::placeholders(only.size()));
    for (const qint64 id : only)
        p.values.append(id);
}

// The agreements the filter keeps, by id, with what a standing shows of them.
Result<QHash<qint64, ResultOwner>> readOwners(QSqlDatabase db, const DashboardFilter &filter,
                                              const QList<qint64> &only)
{
    DashboardFilter byAgreement = filter;
    byAgreement.regionCode.clear(); // a target's region decides, not the party's alone
    Prepared p = agreementConditions(byAgreement);
    restrictTo(p, u"a.id"_s, only);
    auto rows = Sql::stream(db, QString::fromLatin1(OwnersSql).arg(p.conditions), p.values);
    if (!rows)
        return rows.error();
    QHash<qint64, ResultOwner> owners;
    while (rows->next()) {
        ResultOwner &o = owners[rows->integer("id")];
        o.agreementId = rows->integer("id");
        o.number = rows->text("number");
        o.title = rows->text("title");
        o.customer = rows->text("customer"); // tens of thousands of names: none repeats
        o.kind = rows->sharedText("kind");
        o.partyKey = rows->text("party_id");
    }
    if (!rows->errorText().isEmpty())
        return Error{rows->errorText()};
    return owners;
}

// The filter's conditions on the terms the KPI engine loads, or on kpi_periods (`k`).
Prepared termConditions(const DashboardFilter &f, bool onResults)
{
    Prepared p;
    if (!f.serviceCode.isEmpty()) {
        p.conditions += QLatin1StringView(onResults ? ResultServiceCondition
                                                    : TermsServiceCondition);
        p.values.append(f.serviceCode);
    }
    if (f.partyId > 0) {
        p.conditions += QLatin1StringView(onResults ? ResultPartyCondition : TermsPartyCondition);
        p.values.append(f.partyId);
    }
    if (!f.agreementKind.isEmpty()) {
        p.conditions += QLatin1StringView(onResults ? ResultKindCondition : KindCondition);
        p.values.append(f.agreementKind);
    }
    return p;
}

Result<ReadContext> readContext(QSqlDatabase db, DashboardSnapshot &snap, const QList<qint64> &only)
{
    ReadContext c;
    auto owners = readOwners(db, snap.filter, only);
    if (!owners)
        return owners.error();
    c.owners = std::move(*owners);
    bool computed = false;
    KpiOptions options;
    options.asOf = WorkspaceMeta::value(db, u"kpi_as_of"_s).toLongLong(&computed);
    // Terms handed in (a recompute's) answer only for the as-of they were loaded for.
    if (!computed || (snap.allTerms && snap.allTerms->asOf() != options.asOf))
        snap.allTerms.reset();
    if (!computed)
        return c; // never computed: nothing stored, nothing derived
    Prepared p = termConditions(snap.filter, false);
    restrictTo(p, u"t.agreement_id"_s, only); // through the targets' index
    // Terms handed in hold every target's, or those of at least the agreements read.
    if ((p.conditions.isEmpty() || !only.isEmpty()) && snap.allTerms) {
        c.terms = snap.allTerms;
        return c;
    }
    auto terms = std::make_shared<Kpi::Recompute>(db, options);
    if (auto r = terms->loadTermsWhere(p.conditions, p.values); !r)
        return r.error();
    c.terms = terms;
    if (p.conditions.isEmpty())
        snap.allTerms = std::move(terms);
    return c;
}

// A target's service and region (code and name), from its terms or, for a target the terms do
// not hold, from the database.
Result<std::pair<const QStringList *, const QStringList *>> targetNames(QSqlDatabase db,
                                                                        ReadContext &c,
                                                                        qint64 targetId)
{
    if (const Kpi::Work *w = c.terms ? c.terms->workOf(targetId) : nullptr)
        return std::pair{&w->serviceNames, &w->regionNames};
    auto it = c.looked.find(targetId);
    if (it == c.looked.end()) {
        auto rows = Sql::select(db, QString::fromLatin1(TargetNamesSql), {targetId});
        if (!rows)
            return rows.error();
        std::pair<QStringList, QStringList> names;
        if (rows->next()) {
            names.first = {rows->text("service_code"), rows->text("service_name")};
            if (!rows->text("region_code").isEmpty())
                names.second = {rows->text("region_code"), rows->text("region_name")};
        }
        it = c.looked.emplace(targetId, std::move(names)).first;
    }
    const std::pair<QStringList, QStringList> &names = it->second;
    return std::pair{&names.first, &names.second};
}

// The periods of ticket and satisfaction targets that hold a stored row, by the place of the
// period's label among those read (an integer key for over a million periods).
struct StoredPeriods
{
    explicit StoredPeriods(const QStringList &labels) : label(labels), held(labels.size()) {}

    PeriodLabels label;
    QList<QString> monthOfLabel;  // the month each label counts in, worked out once
    QList<qsizetype> slotOfLabel; // and that month's place among those read
    HeldPeriods held;
    KpiFilter months; // the first and last month a label may name
};

// The stored KPI rows of the range (and of the month before it), into `totals`; notes the
// periods of ticket and satisfaction targets that hold a row.
Result<void> readStored(QSqlDatabase db, const DashboardSnapshot &snap, const QStringList &labels,
                        ReadContext &c, const ResultSink &sink, StoredPeriods &stored,
                        const QList<qint64> &only)
{
    Prepared p = termConditions(snap.filter, true);
    restrictTo(p, u"k.agreement_id"_s, only);
    const QString sql =
        QString::fromLatin1(KpiRowsSql).arg(Sql::placeholders(labels.size()), p.conditions);
    // Streamed: a cached query would copy every row of the range first.
    auto rows = Sql::stream(db, sql, periodValues(labels, p));
    if (!rows)
        return rows.error();
    const QString &region = snap.filter.regionCode;
    while (rows->next()) {
        const auto owner = c.owners.find(rows->integer("agreement_id"));
        if (owner == c.owners.end())
            continue;
        const qint64 targetId = rows->integer("target_id");
        auto names = targetNames(db, c, targetId);
        if (!names)
            return names.error();
        std::tie(owner->service, owner->region) = *names;
        if (!region.isEmpty() && owner->regionCode() != region)
            continue;
        const QString period = rows->sharedText("period");
        const QString metric = rows->sharedText("metric");
        const bool ticket = isTicketMetric(metric);
        const int label = stored.label.of(period); // the statement reads only these
        if (label >= 0 && (ticket || metric == u"satisfaction"_s))
            stored.held.insert(targetId, label);
        sink({*owner, targetId, label >= 0 ? stored.monthOfLabel.at(label) : monthOfPeriod(period),
              Measure(KpiCalculator::verdictKey(rows->sharedText("status"),
                                                rows->optionalInteger("achieved_milli")),
                      rows->integer("met"), rows->integer("breached"), rows->integer("goal_milli"),
                      ticket),
              metric == u"availability"_s, rows->optionalInteger("agreed_seconds"),
              rows->integer("downtime_seconds"), rows->integer("credit_minor"),
              rows->sharedText("currency"), label >= 0 ? stored.slotOfLabel.at(label) : -1});
    }
    if (!rows->errorText().isEmpty())
        return Error{rows->errorText()};
    return {};
}

// The periods of the range in which a ticket or satisfaction target in force measured
// nothing: not stored, derived here from the terms as of the stored as-of, as the KPI
// readers of one agreement derive them.
Result<void> readNothingMeasured(const DashboardSnapshot &snap, ReadContext &c,
                                 const ResultSink &sink, const StoredPeriods &stored)
{
    if (!c.terms)
        return {};
    const QString &region = snap.filter.regionCode;
    for (const Kpi::Work &w : c.terms->work()) {
        const auto owner = c.owners.find(w.agreementId);
        if (owner == c.owners.end())
            continue;
        owner->service = &w.serviceNames;
        owner->region = &w.regionNames;
        if (!region.isEmpty() && owner->regionCode() != region)
            continue;
        const bool ticket = w.metric == Metric::FirstResponse || w.metric == Metric::Resolution;
        int label = -1; // of the period accept() took last, which the result then names
        const QBitArray *held = stored.held.of(w.targetId);
        const auto accept = [&](const QString &period) {
            label = stored.label.of(period);
            return label >= 0 && !HeldPeriods::holds(held, label);
        };
        auto done = c.terms->noDataResults(
            w, stored.months, accept, [&](const Kpi::NoDataResult &n) {
                sink({*owner, w.targetId, stored.monthOfLabel.at(label),
                      Measure(n.status, 0, 0, w.goalMilli, ticket), false, std::nullopt, 0,
                      n.credit.minorUnits(), n.credit.currency(), stored.slotOfLabel.at(label)});
            });
        if (!done)
            return done.error();
    }
    return {};
}

// The results of the range and of the month before it, each handed to `sink`: the rows
// stored, then the periods in which nothing was measured.
Result<void> readResults(QSqlDatabase db, DashboardSnapshot &snap, const QString &previous,
                         const ResultSink &sink, const QList<qint64> &only = {})
{
    const QStringList read = readMonths(snap, previous);
    const QStringList labels = periodLabels(read);
    QElapsedTimer clock;
    clock.start();
    auto context = readContext(db, snap, only);
    if (!context)
        return context.error();
    qCDebug(lcResults, "agreements and terms: %lld ms", clock.restart());
    StoredPeriods stored(labels);
    for (int i = 0; i < labels.size(); ++i) {
        stored.monthOfLabel.append(monthOfPeriod(labels.at(i)));
        stored.slotOfLabel.append(read.indexOf(stored.monthOfLabel.constLast()));
    }
    stored.months.fromMonth = *std::min_element(read.cbegin(), read.cend());
    stored.months.toMonth = *std::max_element(read.cbegin(), read.cend());
    if (auto r = readStored(db, snap, labels, *context, sink, stored, only); !r)
        return r.error();
    qCDebug(lcResults, "stored rows: %lld ms", clock.restart());
    if (auto r = readNothingMeasured(snap, *context, sink, stored); !r)
        return r.error();
    qCDebug(lcResults, "nothing measured: %lld ms", clock.restart());
    return {};
}

} // namespace

Result<KpiTotals> readKpis(QSqlDatabase db, DashboardSnapshot &snap, const QString &previous)
{
    KpiTotals totals(snap.filter.toMonth, snap.months, readMonths(snap, previous));
    auto read = readResults(db, snap, previous, [&totals](const MonthResult &r) { totals.add(r); });
    if (!read)
        return read.error();
    totals.finish();
    return totals;
}

Result<std::shared_ptr<ResultIndex>> indexKpis(QSqlDatabase db, DashboardSnapshot &snap,
                                               const QString &previous)
{
    DashboardSnapshot all = snap;
    all.filter.regionCode.clear();
    all.filter.partyId = 0;
    all.filter.serviceCode.clear();
    all.filter.agreementKind.clear();
    auto index = std::make_shared<ResultIndex>(readMonths(snap, previous));
    bool held = true;
    auto read = readResults(db, all, previous,
                            [&](const MonthResult &r) { held = held && index->add(r); });
    if (!read)
        return read.error();
    snap.allTerms = std::move(all.allTerms);
    if (!held)
        return std::shared_ptr<ResultIndex>();
    return std::shared_ptr<ResultIndex>(std::move(index));
}

Result<bool> reindexAgreements(QSqlDatabase db, const DashboardSnapshot &snap,
                               const QString &previous, ResultIndex &index,
                               const QSet<qint64> &agreements,
                               std::shared_ptr<const Kpi::Recompute> terms)
{
    index.forget(agreements);
    if (agreements.isEmpty())
        return true;
    DashboardSnapshot these = snap;
    these.filter = DashboardFilter{snap.filter.fromMonth, snap.filter.toMonth, {}, 0, {}, {}};
    these.allTerms = std::move(terms);
    QList<qint64> only(agreements.cbegin(), agreements.cend());
    std::sort(only.begin(), only.end());
    bool held = true;
    auto read = readResults(
        db, these, previous, [&](const MonthResult &r) { held = held && index.add(r); }, only);
    if (!read)
        return read.error();
    return held;
}

} // namespace Accordo::Dashboard
