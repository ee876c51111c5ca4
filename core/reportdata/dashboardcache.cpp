#include "reportdata/dashboardcachestate.h"

#include "reportdata/dashboardresults.h"

#include "data/workspacemeta.h"
#include "kpi/kpirecompute.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

using namespace Dashboard;

namespace {

constexpr auto LatestHolderSql = R"(SELECT agreement_id FROM kpi_periods
    WHERE period = ? AND tickets > 0 LIMIT 1)";
// The latest month with a ticket measured of some agreements (read through their index).
constexpr auto LatestOfAgreementsSql = R"(SELECT MAX(period) AS month FROM kpi_periods
    WHERE agreement_id IN (%1) AND tickets > 0 AND period NOT LIKE '%Q%')";

// What the figures a DashboardCache holds were read from: the stored results (their as-of,
// options, staleness and how many recomputes wrote them), the last import and the last audited
// change (names, kinds, parties, targets, actions, reviews).
constexpr auto CacheKeySql = R"(SELECT key, value FROM accordo_meta
    WHERE key IN ('kpi_as_of', 'kpi_options', 'kpi_stale', 'kpi_written')
    UNION ALL SELECT 'audit' AS key, CAST(MAX(seq) AS TEXT) AS value FROM audit_log
    UNION ALL SELECT 'import' AS key, CAST(MAX(id) AS TEXT) AS value FROM import_batches)";

// What changed since a cache was filled, when it can be read again agreement by agreement: the
// audited changes after its last one, and the agreements the recomputes since wrote.
constexpr auto AuditSinceSql = R"(SELECT entity, entity_id FROM audit_log WHERE seq > ?
    ORDER BY seq LIMIT ?)";
constexpr auto WrittenSinceSql = R"(SELECT DISTINCT agreement_id FROM kpi_written_agreements
    WHERE written > ? AND written <= ?)";
// The agreement an audited record belongs to, by its entity; an entity not listed may change
// any figure (a customer's name, a calendar, an outage): everything is read again then.
constexpr std::pair<const char *, const char *> AgreementOfEntity[] = {
    {"agreement", "SELECT number FROM agreements WHERE id = ?"},
    {"agreement_support", "SELECT number FROM agreements WHERE id = ?"},
    {"action", R"(SELECT a.number FROM actions x JOIN agreements a ON a.id = x.agreement_id
        WHERE x.id = ?)"},
    {"review", R"(SELECT a.number FROM reviews r JOIN agreements a ON a.id = r.agreement_id
        WHERE r.id = ?)"},
    {"agreement_owner", "SELECT number FROM agreement_owners WHERE id = ?"},
};
// Entities whose changes no figure of the dashboard reads.
constexpr const char *UnreadEntities[] = {"agreement_document", "alert", "alert_rule"};
// Up to this many audited changes and agreements, a cache reads those agreements again;
// beyond, everything.
constexpr qsizetype MostChangesPatched = 1000;
constexpr qsizetype MostAgreementsPatched = 200;

Result<CacheKey> cacheKey(QSqlDatabase db, const DashboardFilter &filter, const QDate &today,
                          DashboardData::ValueMonths valueMonths)
{
    CacheKey key;
    if (auto location = Database::alikeLocation(db))
        key.location = *location;
    else
        return key;
    auto stored = Sql::keyed(db, QString::fromLatin1(CacheKeySql), {}, [](const Sql::Rows &r) {
        return std::pair{r.text("key"), r.text("value")};
    });
    if (!stored)
        return stored.error();
    key.stored = std::move(*stored);
    key.fromMonth = filter.fromMonth;
    key.toMonth = filter.toMonth;
    key.today = today;
    key.valueMonths = valueMonths;
    return key;
}

// Whether a cache of `before` may be brought to `now` agreement by agreement: the same
// workspace, range, day, as-of, options and imports, with only audited changes and written
// results in between.
bool patchable(const CacheKey &before, const CacheKey &now)
{
    const auto rest = [](QHash<QString, QString> stored) {
        stored.remove(u"audit"_s);
        stored.remove(u"kpi_written"_s);
        return stored;
    };
    return before.location == now.location && before.fromMonth == now.fromMonth
           && before.toMonth == now.toMonth && before.today == now.today
           && before.valueMonths == now.valueMonths && rest(before.stored) == rest(now.stored);
}

// The numbers of the agreements whose figures changed from `before` to `now`; empty when any
// other figure may have changed, or too many agreements did.
Result<std::optional<QSet<QString>>> changedNumbers(QSqlDatabase db, const CacheKey &before,
                                                    const CacheKey &now)
{
    using Changed = std::optional<QSet<QString>>;
    QSet<QString> numbers;
    QSet<qint64> ids;
    auto audited = Sql::list(db, QString::fromLatin1(AuditSinceSql),
                             {before.stored.value(u"audit"_s).toLongLong(), MostChangesPatched + 1},
                             [](const Sql::Rows &r) {
                                 return std::pair{r.text("entity"), r.integer("entity_id")};
                             });
    if (!audited)
        return audited.error();
    if (audited->size() > MostChangesPatched)
        return Changed();
    for (const auto &[entity, id] : std::as_const(*audited)) {
        if (std::any_of(std::begin(UnreadEntities), std::end(UnreadEntities),
                        [&](const char *e) { return entity == QLatin1StringView(e); }))
            continue;
        const auto of = std::find_if(
            std::begin(AgreementOfEntity), std::end(AgreementOfEntity),
            [&](const auto &e) { return entity == QLatin1StringView(e.first); });
        if (of == std::end(AgreementOfEntity))
            return Changed();
        auto number = Sql::scalar(db, QString::fromLatin1(of->second), {id});
        if (!number)
            return number.error();
        if (!number->isValid() || number->isNull())
            return Changed(); // gone since: what it was is not known here
        numbers.insert(number->toString());
    }
    const qint64 writtenBefore = before.stored.value(u"kpi_written"_s).toLongLong();
    const qint64 writtenNow = now.stored.value(u"kpi_written"_s).toLongLong();
    if (writtenNow != writtenBefore) {
        // The recomputes' notes are kept for the last few only.
        if (writtenNow < writtenBefore || writtenNow - writtenBefore >= Kpi::kWrittenKept)
            return Changed();
        auto written = Sql::list(db, QString::fromLatin1(WrittenSinceSql),
                                 {writtenBefore, writtenNow},
                                 [](const Sql::Rows &r) { return r.integer("agreement_id"); });
        if (!written)
            return written.error();
        for (const qint64 id : std::as_const(*written)) {
            if (id == 0)
                return Changed(); // every agreement
            ids.insert(id);
        }
    }
    if (ids.size() > MostAgreementsPatched)
        return Changed();
    if (!ids.isEmpty()) {
        auto written = Sql::list(
            db,
            u"SELECT number FROM agreements WHERE id IN (%1)"_s.arg(Sql::placeholders(ids.size())),
            QVariantList(ids.cbegin(), ids.cend()),
            [](const Sql::Rows &r) { return r.text("number"); });
        if (!written)
            return written.error();
        if (written->size() != ids.size())
            return Changed(); // an agreement deleted since: what it was is not known here
        numbers.unite(QSet<QString>(written->cbegin(), written->cend()));
    }
    if (numbers.size() > MostAgreementsPatched)
        return Changed();
    return Changed(std::move(numbers));
}

// An agreement with a ticket measured in `month` (a month, not a quarter); 0 when there is
// none or the month is not one. Found by the first row of the month: most targets have one.
Result<qint64> holderOfMonth(QSqlDatabase db, const QString &month)
{
    if (!DashboardData::isMonth(month))
        return 0;
    auto holder = Sql::scalar(db, QString::fromLatin1(LatestHolderSql), {month});
    if (!holder)
        return holder.error();
    return holder->isValid() ? holder->toLongLong() : 0;
}

// The agreements of these numbers, every version.
Result<QSet<qint64>> agreementsNumbered(QSqlDatabase db, const QStringList &numbers)
{
    if (numbers.isEmpty())
        return QSet<qint64>();
    auto ids = Sql::list(
        db,
        u"SELECT id FROM agreements WHERE number IN (%1)"_s.arg(Sql::placeholders(numbers.size())),
        QVariantList(numbers.cbegin(), numbers.cend()),
        [](const Sql::Rows &r) { return r.integer("id"); });
    if (!ids)
        return ids.error();
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

// `list`, in the order `before` gives, with the entries of `numbers` replaced by `fresh` (in
// that order too): each fresh entry put in its place, for the few a change reaches among a
// hundred thousand.
template<typename T, typename Before>
void replaceNumbered(QList<T> &list, const QSet<QString> &numbers, QList<T> fresh, Before before)
{
    list.removeIf([&numbers](const T &entry) { return numbers.contains(entry.number); });
    for (T &entry : fresh)
        list.insert(std::upper_bound(list.begin(), list.end(), entry, before), std::move(entry));
}

} // namespace

Result<std::optional<CacheKey>> DashboardCacheState::refresh(DashboardCache &cache, QSqlDatabase db,
                                                             const DashboardFilter &filter,
                                                             DashboardData::ValueMonths months,
                                                             const QDate &today)
{
    cache.mReused = false;
    cache.mPatched = false;
    auto read = cacheKey(db, filter, today, months);
    if (!read)
        return read.error();
    if (read->location.isEmpty()) {
        cache.clear();
        return std::optional<CacheKey>();
    }
    CacheKey key = std::move(*read);
    if (cache.d && !(cache.d->key == key) && patchable(cache.d->key, key)) {
        QElapsedTimer clock;
        clock.start();
        auto changed = changedNumbers(db, cache.d->key, key);
        auto patched = changed && *changed ? cache.d->patch(db, key, **changed)
                                           : Result<bool>(false);
        cache.mPatched = patched && *patched;
        qCDebug(lcDashboard, "cache %s: %lld ms, %lld agreements",
                cache.mPatched ? "patched" : "not patched", clock.elapsed(),
                changed && *changed ? qint64((*changed)->size()) : -1);
        // Else read whole by the caller; an error there is reported then.
    }
    if (cache.d && cache.d->key == key)
        cache.mReused = !cache.mPatched;
    else
        cache.clear();
    return std::optional<CacheKey>(std::move(key));
}

void DashboardCacheState::keep(DashboardCache &cache, QSqlDatabase db, CacheKey key,
                               DashboardSnapshot range, PortfolioInputs inputs,
                               QList<ActionFinding> actions, QList<ValueCost> value,
                               const QString &latestWithKpis)
{
    auto holder = holderOfMonth(db, latestWithKpis);
    const bool held = holder && *holder > 0;
    cache.d.reset(new DashboardCacheState{std::move(key), std::move(range), std::move(inputs),
                                          std::move(actions), std::move(value),
                                          held ? latestWithKpis : QString(), held ? *holder : 0});
}

// What was read before for this range, for `filter`: only the filter's own choices differ.
Result<DashboardReading> DashboardCacheState::reading(QSqlDatabase db,
                                                      const DashboardFilter &filter,
                                                      const QDate &today)
{
    DashboardSnapshot snap = resolved;
    snap.filter = filter;
    snap.filter.fromMonth = resolved.filter.fromMonth;
    snap.filter.toMonth = resolved.filter.toMonth;
    auto snapshot = readSnapshot(db, std::move(snap), today, {}, false, &inputs);
    if (!snapshot)
        return snapshot.error();
    snapshot->actionFindings = actions;
    snapshot->tiles.actionFindings = actions.size();
    return DashboardReading{std::move(*snapshot), value};
}

// Whether the range resolved now is the one held. The last measurement cannot have moved
// (an import changes the key); the latest month with KPIs, from which a range not asked is
// derived, only through the agreements `ids` read again.
Result<bool> DashboardCacheState::rangeHolds(QSqlDatabase db, const CacheKey &now,
                                             const QSet<qint64> &ids,
                                             const QList<qint64> &idList) const
{
    if (DashboardData::isMonth(now.toMonth))
        return true;
    if (latestHolder > 0 && !ids.contains(latestHolder)) {
        // The holder's month stays the latest unless an agreement read again reaches past.
        if (idList.isEmpty())
            return true;
        auto latest = Sql::scalar(
            db, QString::fromLatin1(LatestOfAgreementsSql).arg(Sql::placeholders(idList.size())),
            QVariantList(idList.cbegin(), idList.cend()));
        if (!latest)
            return latest.error();
        return latest->isNull() || latest->toString() <= latestWithKpis;
    }
    auto range = resolvedSnapshot(db, DashboardFilter{now.fromMonth, now.toMonth, {}, 0, {}, {}},
                                  now.today);
    if (!range)
        return range.error();
    return range->filter == resolved.filter && range->months == resolved.months
           && range->dataAsOf == resolved.dataAsOf;
}

// Brings what is held to `now` by reading again the figures of the agreements of
// `numbers` alone; false when that cannot give what a full read gives (the range moved,
// the index cannot hold them). On false or an error, what is held is to be dropped.
Result<bool> DashboardCacheState::patch(QSqlDatabase db, CacheKey now, const QSet<QString> &numbers)
{
    if (numbers.isEmpty()) {
        // Changes no figure reads (a document, an alert), or results written unchanged.
        key = std::move(now);
        return true;
    }
    const QDate &today = now.today;
    QElapsedTimer clock;
    clock.start();
    const auto step = [&clock](const char *name) {
        qCDebug(lcDashboard, "patch, %s: %lld ms", name, clock.restart());
    };
    QStringList numberList(numbers.cbegin(), numbers.cend());
    numberList.sort();
    auto ids = agreementsNumbered(db, numberList);
    if (!ids)
        return ids.error();
    const QList<qint64> idList(ids->cbegin(), ids->cend());
    if (auto same = rangeHolds(db, now, *ids, idList); !same || !*same)
        return same;
    step("range");
    if (auto r = patchInputs(db, today, *ids, idList); !r)
        return r.error();
    step("agreements due and watermelons");
    // Their terms, loaded once for the results and value against cost.
    bool computed = false;
    KpiOptions options;
    options.asOf = WorkspaceMeta::value(db, u"kpi_as_of"_s).toLongLong(&computed);
    if (!computed)
        return false;
    auto terms = std::make_shared<Kpi::Recompute>(db, options);
    if (!idList.isEmpty()) {
        const QString condition = u" AND t.agreement_id IN (%1)"_s.arg(
            Sql::placeholders(idList.size()));
        if (auto r = terms->loadTermsWhere(condition, QVariantList(idList.cbegin(), idList.cend()));
            !r)
            return r.error();
    }
    step("their terms");
    if (inputs.index) {
        const QString previous = DashboardData::addMonths(resolved.filter.toMonth, -1);
        auto held = reindexAgreements(db, resolved, previous, *inputs.index, *ids, terms);
        if (!held || !*held)
            return held;
    }
    step("results");
    if (auto r = patchFindings(db, now, numbers, numberList, terms.get()); !r)
        return r.error();
    step("actions and value against cost");
    key = std::move(now);
    return true;
}

Result<void> DashboardCacheState::patchInputs(QSqlDatabase db, const QDate &today,
                                              const QSet<qint64> &ids, const QList<qint64> &idList)
{
    auto due = readDue(db, today, idList);
    if (!due)
        return due.error();
    std::erase_if(inputs.due,
                  [&](const Dashboard::DueAgreement &d) { return ids.contains(d.agreement); });
    inputs.due.insert(inputs.due.end(), due->begin(), due->end());
    // Satisfaction is written only with every agreement noted (new surveys, another as-of):
    // it stays.
    auto flagged = readWatermelons(db, resolved.filter.toMonth, idList);
    if (!flagged)
        return flagged.error();
    std::erase_if(inputs.watermelons,
                  [&](const FlaggedAgreement &w) { return ids.contains(w.agreement); });
    inputs.watermelons.insert(inputs.watermelons.end(), flagged->begin(), flagged->end());
    return {};
}

Result<void> DashboardCacheState::patchFindings(QSqlDatabase db, const CacheKey &now,
                                                const QSet<QString> &numbers,
                                                const QStringList &numberList,
                                                const Kpi::Recompute *terms)
{
    auto found = PortfolioChecks::actions(db, now.today, 92, numberList);
    if (!found)
        return found.error();
    // Overdue actions first, by due date; then breaches no action follows, by number.
    const auto overdueFirst = [](const ActionFinding &l, const ActionFinding &r) {
        const bool lOverdue = l.kind == u"overdue_action"_s;
        const bool rOverdue = r.kind == u"overdue_action"_s;
        if (lOverdue != rOverdue)
            return lOverdue;
        if (lOverdue)
            return std::tie(l.due, l.actionId) < std::tie(r.due, r.actionId);
        return l.number < r.number;
    };
    replaceNumbered(actions, numbers, *found, overdueFirst);
    const KpiFilter valueFilter{QString(),
                                now.valueMonths == DashboardData::ValueMonths::Range
                                    ? resolved.filter.fromMonth
                                    : resolved.filter.toMonth,
                                resolved.filter.toMonth};
    auto fresh = ValueVsCost::agreements(db, valueFilter, terms, numberList);
    if (!fresh)
        return fresh.error();
    replaceNumbered(value, numbers, std::move(*fresh),
                    [](const ValueCost &l, const ValueCost &r) { return l.number < r.number; });
    return {};
}

DashboardCache::DashboardCache() = default;
DashboardCache::~DashboardCache() = default;

void DashboardCache::clear()
{
    d.reset();
}

bool DashboardCache::lastLoadReused() const
{
    return mReused;
}

bool DashboardCache::lastLoadPatched() const
{
    return mPatched;
}

bool DashboardCache::holdsResults() const
{
    return d && d->inputs.index;
}

} // namespace Accordo
