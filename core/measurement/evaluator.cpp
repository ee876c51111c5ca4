#include "evaluator.h"

#include "calendar/calendarjson.h"
#include "calendar/isotime.h"
#include "domain/enums.h"
#include "measurement/targetjudgement.h"
#include "storage/dialect.h"
#include "storage/transaction.h"
#include "data/workspacemeta.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max() / 4;

struct AgreementInfo
{
    qint64 partyId = 0;
    int levelRank = 0; // service 3, customer 2, corporate 1
    int version = 1;
    TargetJudgement::InForce days;
};

struct TargetInfo
{
    qint64 id = 0;
    qint64 agreementId = 0;
    qint64 regionId = 0;
    QString priority;
    bool firstResponse = false;
    qint64 threshold = 0;
    const BusinessCalendar *calendar = nullptr;
    qint64 from = 0;  // first instant in force, in the calendar's zone
    qint64 until = 0; // first instant no longer in force
};

Result<QSqlQuery> select(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    // Qt's PostgreSQL driver streams a forward-only result row by row and drops the rest when
    // the connection runs another statement, as storing each verdict does: there, read the
    // whole result first. SQLite keeps both going.
    query.setForwardOnly(!Dialect::isPostgres(db));
    if (!query.exec(sql))
        return Error{query.lastError().text() + u" — "_s + sql.simplified().left(80)};
    return query;
}

} // namespace

bool Evaluator::isStale(QSqlDatabase db)
{
    return WorkspaceMeta::value(db, u"ticket_results_stale"_s) != u"0"_s;
}

std::optional<qint64> Evaluator::storedAsOf(QSqlDatabase db)
{
    bool ok = false;
    const qint64 asOf = WorkspaceMeta::value(db, u"ticket_results_as_of"_s).toLongLong(&ok);
    return ok ? std::optional(asOf) : std::nullopt;
}

bool Evaluator::isUpToDate(QSqlDatabase db, qint64 asOf)
{
    return !isStale(db) && storedAsOf(db) == asOf;
}

Result<EvaluationSummary> Evaluator::evaluate(QSqlDatabase db, qint64 asOf, qint64 chunk)
{
    return run(db, asOf, chunk, -kForever);
}

Result<EvaluationSummary> Evaluator::update(QSqlDatabase db, qint64 asOf, qint64 chunk)
{
    const std::optional<qint64> stored = storedAsOf(db);
    if (isStale(db) || !stored)
        return run(db, asOf, chunk, -kForever);
    EvaluationSummary summary;
    summary.full = false;
    if (*stored == asOf)
        return summary;
    // Only the tickets whose reading differs between the two as-ofs: those opened after the
    // earlier one, and those whose response or resolution came after it (or never).
    return run(db, asOf, chunk, std::min(*stored, asOf));
}

Result<EvaluationSummary> Evaluator::run(QSqlDatabase db, qint64 asOf, qint64 chunk, qint64 since)
{
    // Everything the matching needs fits in memory: a workspace holds thousands of targets,
    // and the tickets are streamed.
    QHash<qint64, BusinessCalendar> calendars;
    auto q = select(db, u"SELECT id, definition, name FROM calendars"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        auto calendar = CalendarJson::fromJson(q->value(1).toByteArray(),
                                               tr("calendar \"%1\"").arg(q->value(2).toString()));
        if (!calendar)
            return calendar.error();
        calendars.insert(q->value(0).toLongLong(), *calendar);
    }
    QHash<QString, qint64> regionIds;
    QHash<qint64, qint64> regionCalendar;
    q = select(db, u"SELECT id, code, name, calendar_id FROM regions"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        regionIds.insert(q->value(1).toString(), q->value(0).toLongLong());
        regionIds.insert(q->value(2).toString(), q->value(0).toLongLong());
        regionCalendar.insert(q->value(0).toLongLong(), q->value(3).toLongLong());
    }
    QHash<QString, QList<qint64>> partyIds;
    QHash<qint64, qint64> partyRegion;
    q = select(db, u"SELECT id, name, region_id FROM parties"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        partyIds[q->value(1).toString()].append(q->value(0).toLongLong());
        partyRegion.insert(q->value(0).toLongLong(), q->value(2).toLongLong());
    }
    QHash<QString, qint64> serviceIds;
    q = select(db, u"SELECT id, code, name FROM services"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        serviceIds.insert(q->value(2).toString(), q->value(0).toLongLong());
        serviceIds.insert(q->value(1).toString(), q->value(0).toLongLong()); // code wins
    }
    QHash<qint64, AgreementInfo> agreements;
    // Only the sign transition leads to active, so a version that is or was active counts as
    // signed even without a signing record (agreements created before the workflow, demo data).
    q = select(db, uR"(SELECT a.id, a.party_id, a.level, a.version, a.start_date, a.end_date,
                              a.terminated_on, s.signed_on
                       FROM agreements a LEFT JOIN signings s ON s.agreement_id = a.id
                       WHERE s.agreement_id IS NOT NULL
                          OR a.status IN ('active', 'expired', 'terminated'))"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        AgreementInfo info;
        info.partyId = q->value(1).toLongLong();
        const QString level = q->value(2).toString();
        info.levelRank = level == u"service"_s ? 3 : level == u"customer"_s ? 2 : 1;
        info.version = q->value(3).toInt();
        info.days = TargetJudgement::InForce::fromDates(
            q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
            q->value(7).toString());
        agreements.insert(q->value(0).toLongLong(), info);
    }
    // Candidates per (counterparty, service), each with the calendar that governs it and the
    // instants its agreement is in force in that calendar's zone.
    const BusinessCalendar continuous = TargetJudgement::continuousCalendar();
    QHash<QPair<qint64, qint64>, std::vector<TargetInfo>> candidates;
    q = select(db, uR"(SELECT id, agreement_id, service_id, region_id, priority, metric,
                              threshold, calendar_id
                       FROM targets WHERE metric IN ('first_response', 'resolution'))"_s);
    if (!q)
        return q.error();
    while (q->next()) {
        const auto agreement = agreements.constFind(q->value(1).toLongLong());
        if (agreement == agreements.constEnd() || !agreement->days.from.isValid())
            continue; // never signed or never started: governs nothing
        TargetInfo t;
        t.id = q->value(0).toLongLong();
        t.agreementId = q->value(1).toLongLong();
        t.regionId = q->value(3).toLongLong();
        t.priority = q->value(4).toString();
        t.firstResponse = q->value(5).toString() == u"first_response"_s;
        t.threshold = q->value(6).toLongLong();
        const qint64 calendarId = TargetJudgement::governingCalendar(
            q->value(7).toLongLong(), regionCalendar.value(t.regionId),
            regionCalendar.value(partyRegion.value(agreement->partyId)),
            [&calendars](qint64 id) { return calendars.contains(id); });
        t.calendar = calendarId != 0 ? &*calendars.constFind(calendarId) : &continuous;
        std::tie(t.from, t.until) = agreement->days.instants(*t.calendar, kForever);
        candidates[{agreement->partyId, q->value(2).toLongLong()}].push_back(t);
    }

    // The tickets are judged a chunk at a time, outside any transaction, and only the verdicts
    // that differ from the stored ones are written, each chunk's in a short transaction of its
    // own: other writers (the window, another user) wait for a few changed rows, not for the
    // whole run. The stale flag reads "running" meanwhile: a run that dies half-way leaves the
    // results stale, and so does a change of terms or tickets during the run (its trigger or
    // the importer writes "1"). A run for another as-of (`since` after -kForever) reads only
    // the tickets whose verdicts can differ, and leaves the flag alone.
    const bool full = since <= -kForever;
    QSqlQuery meta(db);
    if (full
        && !meta.exec(u"UPDATE accordo_meta SET value = 'running' "
                      "WHERE key = 'ticket_results_stale'"_s))
        return Error{meta.lastError().text()};
    // An upsert: another session evaluating at the same time (two windows on one PostgreSQL
    // workspace, both told of the same change) may have written the row in between.
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO ticket_results (ticket_id, target_id, agreement_id, "
                        "elapsed, due_at, verdict, as_of) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (ticket_id, target_id) DO UPDATE SET "
                        "agreement_id = excluded.agreement_id, elapsed = excluded.elapsed, "
                        "due_at = excluded.due_at, verdict = excluded.verdict, "
                        "as_of = excluded.as_of"_s))
        return Error{insert.lastError().text()};
    // Which tickets a run reads: all of them, or those whose reading as of `since` and as of
    // a later instant can differ.
    const QString affected = u"(t.opened_at >= ? OR t.first_response_at IS NULL "
                             "OR t.first_response_at > ? OR t.resolved_at IS NULL "
                             "OR t.resolved_at > ?)"_s;
    QSqlQuery tickets(db);
    tickets.setForwardOnly(!Dialect::isPostgres(db));
    if (!tickets.prepare(u"SELECT t.id, t.customer, t.service, t.region, t.priority, "
                         "t.opened_at, t.first_response_at, t.resolved_at, t.pauses "
                         "FROM tickets t WHERE t.id > ? AND "_s
                         + affected + u" ORDER BY t.id LIMIT ?"_s))
        return Error{tickets.lastError().text()};
    QSqlQuery stored(db);
    stored.setForwardOnly(true);
    if (!stored.prepare(u"SELECT r.ticket_id, r.target_id, r.agreement_id, r.elapsed, r.due_at, "
                        "r.verdict, t.opened_at FROM ticket_results r "
                        "JOIN tickets t ON t.id = r.ticket_id "
                        "WHERE r.ticket_id > ? AND r.ticket_id <= ? AND "_s
                        + affected))
        return Error{stored.lastError().text()};
    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE ticket_results SET agreement_id = ?, elapsed = ?, due_at = ?, "
                        "verdict = ?, as_of = ? WHERE ticket_id = ? AND target_id = ?"_s))
        return Error{update.lastError().text()};
    QSqlQuery remove(db);
    if (!remove.prepare(u"DELETE FROM ticket_results WHERE ticket_id = ? AND target_id = ?"_s))
        return Error{remove.lastError().text()};
    // A changed verdict changes the KPIs of its month: the KPI engine refreshes those.
    QSqlQuery dirty(db);
    if (!dirty.prepare(u"INSERT INTO kpi_dirty_months (month) VALUES (?) "
                       "ON CONFLICT (month) DO NOTHING"_s))
        return Error{dirty.lastError().text()};

    EvaluationSummary summary;
    summary.full = full;
    const qint64 kChunk = std::max<qint64>(chunk, 1);
    qint64 after = 0; // ids start at 1
    for (bool more = true; more;) {
        tickets.addBindValue(after);
        for (int i = 0; i < 3; ++i)
            tickets.addBindValue(since);
        tickets.addBindValue(kChunk);
        if (!tickets.exec())
            return Error{tickets.lastError().text()};
        qint64 last = after;
        qint64 read = 0;
        struct Pending
        {
            qint64 ticket, target, agreement, elapsed, openedAt;
            QVariant due;
            Verdict verdict;
        };
        std::vector<Pending> pending;
        while (tickets.next()) {
            ++read;
            last = tickets.value(0).toLongLong();
            const qint64 openedAt = tickets.value(5).toLongLong();
            if (!TargetJudgement::exists(openedAt, asOf))
                continue; // not opened yet as of asOf
            ++summary.tickets;
            const auto parties = partyIds.constFind(tickets.value(1).toString());
            const auto service = serviceIds.constFind(tickets.value(2).toString());
            if (parties == partyIds.constEnd() || service == serviceIds.constEnd())
                continue;
            const qint64 regionId = regionIds.value(tickets.value(3).toString());
            const QString priority = tickets.value(4).toString();
            // Best target per metric: [0] first response, [1] resolution.
            const TargetInfo *best[2] = {nullptr, nullptr};
            const auto rank = [&](const TargetInfo &t) {
                const AgreementInfo &a = agreements[t.agreementId];
                const int specific = (t.regionId != 0) + !t.priority.isEmpty();
                return std::tuple(a.levelRank, specific, a.version);
            };
            for (qint64 partyId : *parties) {
                const auto list = candidates.constFind({partyId, *service});
                if (list == candidates.constEnd())
                    continue;
                for (const TargetInfo &t : *list) {
                    if (openedAt < t.from || openedAt >= t.until)
                        continue;
                    if ((t.regionId != 0 && t.regionId != regionId)
                        || (!t.priority.isEmpty() && t.priority != priority))
                        continue;
                    const int m = t.firstResponse ? 0 : 1;
                    if (!best[m] || rank(t) > rank(*best[m]))
                        best[m] = &t;
                }
            }
            if (!best[0] && !best[1])
                continue;
            ++summary.governed;
            const QList<Pause> pauses = TargetJudgement::unpackPauses(tickets.value(8).toString());
            for (int m = 0; m < 2; ++m) {
                if (!best[m])
                    continue;
                const TargetInfo &t = *best[m];
                const QVariant end = tickets.value(m == 0 ? 6 : 7);
                const std::optional<qint64> endAt = end.isNull() ? std::nullopt
                                                                 : std::optional(end.toLongLong());
                const Judgement j = TargetJudgement::judge(*t.calendar, t.threshold, openedAt,
                                                           endAt, pauses, asOf);
                const std::optional<qint64> due = TargetJudgement::due(*t.calendar, t.threshold,
                                                                       openedAt, pauses, asOf);
                pending.push_back(
                    {tickets.value(0).toLongLong(), t.id, t.agreementId, j.elapsed, openedAt,
                     due ? QVariant(*due) : QVariant(QMetaType::fromType<qint64>()), j.verdict});
                ++summary.results;
                ++(j.verdict == Verdict::Met        ? summary.met
                   : j.verdict == Verdict::Breached ? summary.breached
                                                    : summary.pending);
            }
        }
        tickets.finish();
        more = read == kChunk;

        // What is stored for the chunk's tickets, to write only what changed.
        struct Stored
        {
            qint64 agreement, elapsed, openedAt;
            QVariant due;
            QString verdict;
        };
        QHash<QPair<qint64, qint64>, Stored> before;
        stored.addBindValue(after);
        stored.addBindValue(more ? last : std::numeric_limits<qint64>::max());
        for (int i = 0; i < 3; ++i)
            stored.addBindValue(since);
        if (!stored.exec())
            return Error{stored.lastError().text()};
        while (stored.next())
            before.insert({stored.value(0).toLongLong(), stored.value(1).toLongLong()},
                          {stored.value(2).toLongLong(), stored.value(3).toLongLong(),
                           stored.value(6).toLongLong(), stored.value(4),
                           stored.value(5).toString()});
        stored.finish();
        std::vector<const Pending *> inserts, updates;
        QSet<QString> months;
        for (const Pending &p : pending) {
            const auto it = before.constFind({p.ticket, p.target});
            if (it == before.constEnd()) {
                inserts.push_back(&p);
                months.insert(IsoTime::utcMonth(p.openedAt));
                continue;
            }
            if (it->agreement != p.agreement || it->elapsed != p.elapsed
                || it->due.isNull() != p.due.isNull()
                || (!p.due.isNull() && it->due.toLongLong() != p.due.toLongLong())
                || it->verdict != TargetJudgement::key(p.verdict)) {
                updates.push_back(&p);
                months.insert(IsoTime::utcMonth(p.openedAt));
            }
            before.remove({p.ticket, p.target});
        }
        for (const Stored &gone : std::as_const(before))
            months.insert(IsoTime::utcMonth(gone.openedAt));
        if (inserts.empty() && updates.empty() && before.isEmpty()) {
            after = last;
            continue;
        }
        Transaction transaction(db);
        if (!transaction.isActive())
            return Error{transaction.errorString()};
        for (auto it = before.cbegin(); it != before.cend(); ++it) { // no longer governed
            remove.bindValue(0, it.key().first);
            remove.bindValue(1, it.key().second);
            if (!remove.exec())
                return Error{remove.lastError().text()};
        }
        for (const Pending *p : updates) {
            update.bindValue(0, p->agreement);
            update.bindValue(1, p->elapsed);
            update.bindValue(2, p->due);
            update.bindValue(3, TargetJudgement::key(p->verdict));
            update.bindValue(4, asOf);
            update.bindValue(5, p->ticket);
            update.bindValue(6, p->target);
            if (!update.exec())
                return Error{tr("ticket %1: the result cannot be stored: %2")
                                 .arg(p->ticket)
                                 .arg(update.lastError().text())};
        }
        for (const Pending *p : inserts) {
            insert.bindValue(0, p->ticket);
            insert.bindValue(1, p->target);
            insert.bindValue(2, p->agreement);
            insert.bindValue(3, p->elapsed);
            insert.bindValue(4, p->due);
            insert.bindValue(5, TargetJudgement::key(p->verdict));
            insert.bindValue(6, asOf);
            if (!insert.exec())
                return Error{tr("ticket %1: the result cannot be stored: %2")
                                 .arg(p->ticket)
                                 .arg(insert.lastError().text())};
        }
        for (const QString &month : std::as_const(months)) {
            dirty.bindValue(0, month);
            if (!dirty.exec())
                return Error{dirty.lastError().text()};
        }
        if (auto r = transaction.commit(); !r)
            return r.error();
        after = last;
    }
    // The as-of the stored verdicts now answer for. A full run completes only if no change
    // came in meanwhile; a run for another as-of leaves a pending "stale" as it found it.
    Transaction transaction(db);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (full
        && !meta.exec(u"UPDATE accordo_meta SET value = '0' "
                      "WHERE key = 'ticket_results_stale' AND value = 'running'"_s))
        return Error{meta.lastError().text()};
    if (auto r = WorkspaceMeta::set(db, u"ticket_results_as_of"_s, QString::number(asOf)); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return summary;
}

} // namespace Accordo
