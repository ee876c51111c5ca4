#include "kpirecompute.h"

#include "calendar/isotime.h"
#include "kpi/kpiforecast.h"
#include "kpi/kpisql.h"

#include <QMap>
#include <QSet>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

// The tables Recompute derives beside the KPI rows: satisfaction per customer and month, the
// watermelon flags, and the ticket volumes with their forecast.

namespace Accordo::Kpi {

namespace {

const auto SelectSatisfactionRows = u"SELECT party_id, period, answers, score_milli, csat_milli "
                                    "FROM kpi_satisfaction"_s;
const auto UpdateSatisfaction = u"UPDATE kpi_satisfaction SET answers = ?, score_milli = ?, "
                                "csat_milli = ? WHERE party_id = ? AND period = ?"_s;
const auto DeleteSatisfaction = u"DELETE FROM kpi_satisfaction WHERE party_id = ? AND period = ?"_s;
const auto SelectCustomers = u"SELECT id, name FROM parties WHERE kind = 'customer'"_s;
const auto InsertSatisfaction = u"INSERT INTO kpi_satisfaction (party_id, period, answers, "
                                "score_milli, csat_milli) VALUES (?, ?, ?, ?, ?)"_s;

const auto ClearWatermelons = u"DELETE FROM kpi_watermelons"_s;
// The stored periods; those in which nothing was measured are derived from the recompute's
// targets (slaMonths()).
const auto SelectSlaPeriods = uR"(
    SELECT k.agreement_id, k.period, k.status, k.closed, a.party_id
    FROM kpi_periods k JOIN agreements a ON a.id = k.agreement_id
    WHERE a.kind = 'customer_sla')"_s;
const auto SelectAgreementSlaPeriods = uR"(
    SELECT k.agreement_id, k.period, k.status, k.closed, a.party_id
    FROM kpi_periods k JOIN agreements a ON a.id = k.agreement_id
    WHERE a.kind = 'customer_sla' AND k.agreement_id = ?)"_s;
const auto SelectSlaAgreements =
    u"SELECT id, party_id FROM agreements WHERE kind = 'customer_sla'"_s;
const auto SelectSlaAgreement =
    u"SELECT id, party_id FROM agreements WHERE kind = 'customer_sla' AND id = ?"_s;
const auto SelectStoredPeriods =
    u"SELECT target_id, period FROM kpi_periods WHERE agreement_id = ?"_s;
const auto ClearAgreementWatermelons = u"DELETE FROM kpi_watermelons WHERE agreement_id = ?"_s;
const auto SelectPartyAgreements = u"SELECT id FROM agreements WHERE party_id = ?"_s;
const auto CountAgreements = u"SELECT count(*) FROM agreements"_s;
const auto SelectSatisfaction =
    u"SELECT party_id, period, answers, csat_milli FROM kpi_satisfaction"_s;
const auto SelectPartySatisfaction = u"SELECT party_id, period, answers, csat_milli "
                                     "FROM kpi_satisfaction WHERE party_id = ?"_s;
// Whether an agreement's customer answered enough in some month to be flagged at all.
const auto SelectAnsweredAgreement =
    u"SELECT a.id FROM agreements a WHERE a.id = ? AND EXISTS (SELECT 1 FROM kpi_satisfaction s "
    "WHERE s.party_id = a.party_id AND s.answers >= ?)"_s;
const auto InsertWatermelon = u"INSERT INTO kpi_watermelons (agreement_id, period, csat_milli, "
                              "previous_csat_milli, reason) VALUES (?, ?, ?, ?, ?)"_s;

const auto ClearVolumes = u"DELETE FROM kpi_volumes"_s;
const auto SelectTicketDays =
    u"SELECT service, region, opened_at FROM tickets WHERE opened_at < ?"_s;
const auto InsertVolume = u"INSERT INTO kpi_volumes (service, region, period, tickets, forecast, "
                          "method) VALUES (?, ?, ?, ?, ?, coalesce(?, ''))"_s;

struct MonthState
{
    bool allMet = true;
    bool closed = true;
    bool any = false;
};

// Per customer SLA and month: whether every target was met, and the month is over.
struct SlaMonths
{
    QHash<qint64, QMap<QString, MonthState>> states;
    QHash<qint64, qint64> partyOf;
};

void addPeriod(SlaMonths &result, qint64 agreement, const QString &period, bool met, bool closed)
{
    for (const QString &month : monthsOf(period)) {
        MonthState &s = result.states[agreement][month];
        s.any = true;
        s.allMet &= met;
        // A quarter still open says "met so far"; the month itself must be over.
        if (!period.contains(u'Q'))
            s.closed &= closed;
    }
}

// Whether the agreement stores a row for the target's period, read once per agreement through
// `stored` (SelectStoredPeriods, prepared once).
Result<bool> isStored(Statement &stored, QHash<qint64, QSet<QPair<qint64, QString>>> &cache,
                      qint64 agreement, qint64 target, const QString &period)
{
    auto found = cache.find(agreement);
    if (found == cache.end()) {
        QSet<QPair<qint64, QString>> periods;
        if (auto r = eachRow(stored, SelectStoredPeriods, {agreement},
                             [&periods](const Sql::Rows &row) {
                                 periods.insert({row.integer("target_id"), row.text("period")});
                             });
            !r)
            return r.error();
        found = cache.insert(agreement, periods);
    }
    return found->contains({target, period});
}

// `read` for each row of `all`, or of `one` for each id `only` names (an agreement or a
// customer: one statement prepared once, run per id through its index).
Result<void> readEach(QSqlDatabase db, const QString &all, const QString &one,
                      const QSet<qint64> *only, const std::function<void(const Sql::Rows &)> &read)
{
    if (!only) {
        auto rows = select(db, all);
        if (!rows)
            return rows.error();
        while (rows->next())
            read(*rows);
        if (!rows->errorText().isEmpty())
            return failed(rows->errorText(), all);
        return {};
    }
    Statement each(db);
    if (auto r = each.prepare(one); !r)
        return failed(r.error().message, one);
    for (qint64 id : *only) {
        if (auto r = eachRow(each, one, {id}, read); !r)
            return r;
    }
    return {};
}

// The derived periods of the customer SLAs, from the recompute's targets. A derived row that
// is met (a period without a ticket) changes no state a stored row of the same period already
// set, so only the others are checked against the stored rows.
Result<void> addNoData(QSqlDatabase db, const Recompute &recompute, const QSet<qint64> *only,
                       SlaMonths &result)
{
    QHash<qint64, qint64> slas; // agreement -> party
    if (auto r = readEach(db, SelectSlaAgreements, SelectSlaAgreement, only,
                          [&slas](const Sql::Rows &row) {
                              slas.insert(row.integer("id"), row.integer("party_id"));
                          });
        !r)
        return r;
    Statement storedPeriods(db);
    if (auto r = storedPeriods.prepare(SelectStoredPeriods); !r)
        return failed(r.error().message, SelectStoredPeriods);
    QHash<qint64, QSet<QPair<qint64, QString>>> stored;
    Result<void> failure;
    for (const Work &w : recompute.work()) {
        const auto party = slas.constFind(w.agreementId);
        if (party == slas.cend())
            continue;
        auto r = recompute.noDataStatuses(
            w, [&](const QString &period, KpiStatus status, bool closed) {
                const bool met = status == KpiStatus::Met;
                if (!met && failure) {
                    auto known = isStored(storedPeriods, stored, w.agreementId, w.targetId, period);
                    if (!known)
                        failure = known.error();
                    if (!known || *known)
                        return;
                }
                result.partyOf.insert(w.agreementId, *party);
                addPeriod(result, w.agreementId, period, met, closed);
            });
        if (!r)
            return r;
        if (!failure)
            return failure;
    }
    return {};
}

// Every customer SLA's months, or those of the agreements `only` names.
Result<SlaMonths> slaMonths(QSqlDatabase db, const Recompute &recompute, const QSet<qint64> *only)
{
    SlaMonths result;
    if (auto r = readEach(db, SelectSlaPeriods, SelectAgreementSlaPeriods, only,
                          [&result](const Sql::Rows &row) {
                              const qint64 agreement = row.integer("agreement_id");
                              result.partyOf.insert(agreement, row.integer("party_id"));
                              addPeriod(result, agreement, row.text("period"),
                                        row.text("status") == u"met"_s, row.number("closed") == 1);
                          });
        !r)
        return r.error();
    if (auto r = addNoData(db, recompute, only, result); !r)
        return r.error();
    return result;
}

using Csat = QMap<QString, std::pair<qint64, qint64>>; // month -> (answers, csat)

// Every customer's satisfaction, or that of the customers `parties` names.
Result<QHash<qint64, Csat>> csatByParty(QSqlDatabase db, const QSet<qint64> *parties)
{
    QHash<qint64, Csat> csat;
    if (auto r = readEach(db, SelectSatisfaction, SelectPartySatisfaction, parties,
                          [&csat](const Sql::Rows &row) {
                              csat[row.integer("party_id")].insert(
                                  row.text("period"),
                                  {row.integer("answers"), row.integer("csat_milli")});
                          });
        !r)
        return r.error();
    return csat;
}

} // namespace

Result<void> Recompute::storeSatisfaction()
{
    // Per customer and UTC month, from every answer: what the watermelon check compares. Only
    // the rows that differ from those stored are written, and their customers noted, so that
    // a recompute with no new answer writes nothing here.
    using Row = std::array<qint64, 3>; // answers, score_milli, csat_milli
    QHash<std::pair<qint64, QString>, Row> stored;
    auto read = stream(mDb, SelectSatisfactionRows);
    if (!read)
        return read.error();
    while (read->next())
        stored.insert(
            {read->integer("party_id"), read->text("period")},
            {read->integer("answers"), read->integer("score_milli"), read->integer("csat_milli")});
    if (!read->errorText().isEmpty())
        return failed(read->errorText(), SelectSatisfactionRows);
    QHash<QString, QList<qint64>> partyIds;
    auto q = select(mDb, SelectCustomers);
    if (!q)
        return q.error();
    while (q->next())
        partyIds[q->text("name")].append(q->integer("id"));
    Statement insert(mDb), update(mDb), remove(mDb);
    for (const auto &[statement, sql] :
         {std::pair{&insert, &InsertSatisfaction}, std::pair{&update, &UpdateSatisfaction},
          std::pair{&remove, &DeleteSatisfaction}}) {
        if (auto r = statement->prepare(*sql); !r)
            return r;
    }
    for (auto it = mScores.cbegin(); it != mScores.cend(); ++it) {
        const QList<qint64> ids = partyIds.value(it.key());
        if (ids.isEmpty())
            continue;
        QMap<QString, std::array<qint64, 3>> months; // answers, sum, good
        for (const auto &[at, score] : it.value()) {
            auto &m = months[IsoTime::utcMonth(at)];
            ++m[0];
            m[1] += score;
            m[2] += score >= 4;
        }
        for (auto m = months.cbegin(); m != months.cend(); ++m) {
            const auto &[answers, sum, good] = m.value();
            const Row row{answers, sum * 1000 / answers, good * kWhole / answers};
            for (qint64 id : ids) {
                const auto found = stored.constFind({id, m.key()});
                Result<void> written;
                if (found == stored.cend())
                    written = insert.run({id, m.key(), row[0], row[1], row[2]});
                else if (*found != row)
                    written = update.run({row[0], row[1], row[2], id, m.key()});
                if (!written)
                    return written;
                if (found == stored.cend() || *found != row)
                    mCsatChanged.insert(id);
                if (found != stored.cend())
                    stored.erase(found);
            }
        }
    }
    // What no answer supports any more.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (auto r = remove.run({it.key().first, it.key().second}); !r)
            return r;
        mCsatChanged.insert(it.key().first);
    }
    return {};
}

Result<void> Recompute::storeWatermelons()
{
    if (auto r = exec(mDb, ClearWatermelons); !r)
        return r;
    return writeWatermelons(nullptr);
}

Result<void> Recompute::storeWatermelonsOf(const QSet<qint64> &agreements)
{
    Statement clear(mDb);
    if (auto r = clear.prepare(ClearAgreementWatermelons); !r)
        return r;
    for (qint64 agreement : agreements) {
        if (auto r = clear.run({agreement}); !r)
            return failed(r.error().message, ClearAgreementWatermelons);
    }
    return writeWatermelons(&agreements);
}

Result<void> Recompute::storeChangedWatermelons()
{
    if (mWatermelonsFull)
        return storeWatermelons();
    QSet<qint64> agreements = mFlagAgreements;
    Statement agreementsOf(mDb);
    if (auto r = agreementsOf.prepare(SelectPartyAgreements); !r)
        return r;
    for (qint64 party : std::as_const(mCsatChanged)) {
        if (auto r = eachRow(
                agreementsOf, SelectPartyAgreements, {party},
                [&agreements](const Sql::Rows &row) { agreements.insert(row.integer("id")); });
            !r)
            return r;
    }
    // One by one costs a few prepared statements an agreement (about 40 µs), every flag again
    // a pass over every customer SLA's periods (about 30 µs an agreement): one by one while
    // they are under half the agreements.
    if (agreements.size() > kTargetsReadOneByOne) {
        auto total = Sql::scalar(mDb, CountAgreements);
        if (!total)
            return total.error();
        if (agreements.size() * 2 > total->toLongLong())
            return storeWatermelons();
    }
    return storeWatermelonsOf(agreements);
}

Result<void> Recompute::writeWatermelons(const QSet<qint64> *only)
{
    // A customer SLA whose targets are all met in a closed month while its customer is
    // unhappy: green outside, red inside. All agreements', or those `only` names. A flag needs
    // a month with enough answers: of those named, only the agreements whose customer has one
    // are read (few of a large portfolio's customers answer surveys).
    QSet<qint64> answered;
    if (only) {
        Statement answeredOf(mDb);
        if (auto r = answeredOf.prepare(SelectAnsweredAgreement); !r)
            return r;
        for (qint64 agreement : *only) {
            if (auto r = eachRow(
                    answeredOf, SelectAnsweredAgreement, {agreement, mOptions.watermelonMinAnswers},
                    [&answered](const Sql::Rows &row) { answered.insert(row.integer("id")); });
                !r)
                return r;
        }
        if (answered.isEmpty())
            return {};
        only = &answered;
    }
    auto months = slaMonths(mDb, *this, only);
    if (!months)
        return months.error();
    const QList<qint64> partyList = months->partyOf.values();
    const QSet<qint64> parties(partyList.cbegin(), partyList.cend());
    auto csat = csatByParty(mDb, only ? &parties : nullptr);
    if (!csat)
        return csat.error();
    const QString currentMonth = IsoTime::utcMonth(mOptions.asOf);
    Statement insert(mDb);
    if (auto r = insert.prepare(InsertWatermelon); !r)
        return r;
    for (auto a = months->states.cbegin(); a != months->states.cend(); ++a) {
        const Csat scores = csat->value(months->partyOf.value(a.key()));
        for (auto m = a->cbegin(); m != a->cend(); ++m) {
            if (!m->any || !m->allMet || !m->closed || m.key() >= currentMonth)
                continue;
            const auto now = scores.constFind(m.key());
            if (now == scores.constEnd() || now->first < mOptions.watermelonMinAnswers)
                continue;
            const auto before = scores.constFind(addMonths(m.key(), -1));
            std::optional<qint64> previous;
            if (before != scores.constEnd() && before->first >= mOptions.watermelonMinAnswers)
                previous = before->second;
            QString reason;
            if (now->second < mOptions.watermelonCsatMilli)
                reason = u"low"_s;
            else if (previous && *previous - now->second > mOptions.watermelonDropMilli)
                reason = u"drop"_s;
            if (reason.isEmpty())
                continue;
            if (auto r = insert.run({a.key(), m.key(), now->second, nullable(previous), reason});
                !r)
                return r;
            ++mSummary.watermelons;
        }
    }
    return {};
}

Result<void> Recompute::storeVolumes()
{
    if (auto r = exec(mDb, ClearVolumes); !r)
        return r;
    const QString currentMonth = IsoTime::utcMonth(mOptions.asOf);
    // Counted here rather than by a GROUP BY: sorting a million rows for it took SQLite
    // 1.5 s, streaming them into a hash a third of that.
    auto q = stream(mDb, SelectTicketDays, {utcMonthStart(currentMonth)});
    if (!q)
        return q.error();
    const int serviceColumn = q->column("service");
    const int regionColumn = q->column("region");
    const int openedColumn = q->column("opened_at");
    QHash<QPair<QString, QString>, QHash<qint64, qint64>> days; // per UTC day
    while (q->next())
        ++days[{q->value(serviceColumn).toString(), q->value(regionColumn).toString()}]
              [IsoTime::floorDiv(q->value(openedColumn).toLongLong(), 86400)];
    QMap<QPair<QString, QString>, QMap<QString, qint64>> series;
    QHash<qint64, QString> monthOfDay;
    for (auto s = days.cbegin(); s != days.cend(); ++s) {
        QMap<QString, qint64> &months = series[s.key()];
        for (auto d = s->cbegin(); d != s->cend(); ++d) {
            auto month = monthOfDay.constFind(d.key());
            if (month == monthOfDay.constEnd())
                month = monthOfDay.insert(d.key(), IsoTime::utcMonth(d.key() * 86400));
            months[*month] += d.value();
        }
    }
    Statement insert(mDb);
    if (auto r = insert.prepare(InsertVolume); !r)
        return r;
    const auto put = [&](const QPair<QString, QString> &key, const QString &month, qint64 tickets,
                         bool forecast, const QString &method) -> Result<void> {
        if (auto r = insert.run({key.first, key.second, month, tickets, forecast ? 1 : 0, method});
            !r)
            return r;
        ++mSummary.volumeRows;
        return {};
    };
    for (auto s = series.cbegin(); s != series.cend(); ++s) {
        // Every month from the first with tickets to the last complete one, zeros included.
        QList<qint64> history;
        QString month = s->firstKey();
        for (; month < currentMonth; month = addMonths(month, 1)) {
            history.append(s->value(month));
            if (auto r = put(s.key(), month, history.last(), false, {}); !r)
                return r;
        }
        QString method;
        for (qint64 value : KpiForecast::forecast(history, 3, &method)) {
            if (auto r = put(s.key(), month, value, true, method); !r)
                return r;
            month = addMonths(month, 1);
        }
    }
    return {};
}

} // namespace Accordo::Kpi
