#include "evaluator.h"

#include "calendar/isotime.h"
#include "data/workspacemeta.h"
#include "measurement/targetjudgement.h"
#include "measurement/targetmatcher.h"
#include "measurement/targetmatcherloader.h"
#include "measurement/verdictscope.h"
#include "measurement/verdictstore.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <QVariant>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

// The time each step of an update takes: QT_LOGGING_RULES="accordo.evaluator.debug=true".
Q_LOGGING_CATEGORY(lcEvaluator, "accordo.evaluator", QtWarningMsg)

namespace Accordo {

namespace {

constexpr qint64 kForever = TargetMatcher::kForever;
// Up to this many noted (counterparty, service) pairs, an update at the same as-of loads the
// terms of their customers alone.
constexpr qsizetype kNarrowPairs = 64;

// One chunk of tickets judged: how many were read, the last id, and the verdicts reached.
struct JudgedChunk
{
    qint64 read = 0;
    qint64 last = 0;
    std::vector<TicketVerdict> verdicts;
};

// Judges the tickets of one chunk against the targets that govern them, as of `asOf`.
void judgeChunk(Sql::Rows &tickets, const TargetMatcher &matcher, qint64 asOf,
                EvaluationSummary &summary, JudgedChunk &chunk, VerdictStore *keeping = nullptr)
{
    const int idColumn = tickets.column("id"), customerColumn = tickets.column("customer"),
              serviceColumn = tickets.column("service"), regionColumn = tickets.column("region"),
              priorityColumn = tickets.column("priority"),
              openedColumn = tickets.column("opened_at"),
              respondedColumn = tickets.column("first_response_at"),
              resolvedColumn = tickets.column("resolved_at"),
              pausesColumn = tickets.column("pauses");
    while (tickets.next()) {
        // With `keeping`, a ticket comes once for each of its stored verdicts, which the store
        // keeps; it is judged once.
        if (keeping)
            keeping->keepStored(tickets);
        const qint64 ticketId = tickets.value(idColumn).toLongLong();
        if (keeping && chunk.read > 0 && ticketId == chunk.last)
            continue;
        ++chunk.read;
        chunk.last = ticketId;
        const qint64 openedAt = tickets.value(openedColumn).toLongLong();
        if (!TargetJudgement::exists(openedAt, asOf))
            continue; // not opened yet as of asOf
        ++summary.tickets;
        const TargetMatcher::Governing governing = matcher.governing(
            tickets.value(customerColumn).toString(), tickets.value(serviceColumn).toString(),
            tickets.value(regionColumn).toString(), tickets.value(priorityColumn).toString(),
            openedAt);
        if (!governing.any())
            continue;
        ++summary.governed;
        const QList<Pause> pauses = TargetJudgement::unpackPauses(
            tickets.value(pausesColumn).toString());
        for (const TargetMatcher::Candidate *t : {governing.firstResponse, governing.resolution}) {
            if (!t)
                continue;
            const QVariant end = tickets.value(t->firstResponse ? respondedColumn : resolvedColumn);
            const std::optional<qint64> endAt = end.isNull() ? std::nullopt
                                                             : std::optional(end.toLongLong());
            const Judgement j = TargetJudgement::judge(*t->calendar, t->threshold, openedAt, endAt,
                                                       pauses, asOf);
            const std::optional<qint64> due = TargetJudgement::due(*t->calendar, t->threshold,
                                                                   openedAt, pauses, asOf);
            chunk.verdicts.push_back(
                {ticketId, t->id, t->agreementId, j.elapsed, openedAt,
                 due ? QVariant(*due) : QVariant(QMetaType::fromType<qint64>()), j.verdict});
            ++summary.results;
            ++(j.verdict == Verdict::Met        ? summary.met
               : j.verdict == Verdict::Breached ? summary.breached
                                                : summary.pending);
        }
    }
}

// An as-of in the years IsoTime supports; another is refused at once, named.
auto supportedAsOf(qint64 asOf)
{
    return IsoTime::requireSupported(asOf, Evaluator::tr("as-of %1").arg(IsoTime::formatUtc(asOf)));
}

// A noted pair has a few tickets: past a chunk's worth of pairs at this many tickets each, a
// second connection reads and judges half of them beside the first.
constexpr qint64 kTicketsPerPair = 4;

// What a second connection read and judged: the verdicts reached, the stored ones read with
// the tickets, and the counts; or why it stopped.
struct JudgedBeside
{
    std::optional<Error> error;
    JudgedChunk judged;
    VerdictStore::Kept kept;
    EvaluationSummary summary;
};

// Reads and judges the tickets of the pairs `keys` from `from` on, on `db`, a connection of
// another thread (Database::readBeside), all in one snapshot.
void judgeBeside(QSqlDatabase db, const TargetMatcher &matcher, qint64 asOf,
                 const QList<VerdictScope::TicketKey> &keys, qsizetype from, JudgedBeside &out)
{
    VerdictStore store(db);
    if (auto r = store.begin(false); !r) {
        out.error = r.error();
        return;
    }
    for (qsizetype i = from; i < keys.size(); ++i) {
        auto tickets = store.ticketsOf(keys.at(i).first, keys.at(i).second);
        if (!tickets) {
            out.error = tickets.error();
            break;
        }
        judgeChunk(**tickets, matcher, asOf, out.summary, out.judged, &store);
        (*tickets)->finish();
    }
    out.kept = store.takeKept();
}

void addCounts(EvaluationSummary &to, const EvaluationSummary &from)
{
    to.tickets += from.tickets;
    to.governed += from.governed;
    to.results += from.results;
    to.met += from.met;
    to.breached += from.breached;
    to.pending += from.pending;
}

// The stale flag alone: a rolled back import, a target deleted with its agreement.
bool flagStale(QSqlDatabase db)
{
    return WorkspaceMeta::value(db, u"ticket_results_stale"_s) != u"0"_s;
}

// Whether the noted changes of terms reach more than half the (counterparty, service) pairs
// that targets govern: then one pass over every ticket costs less than the lookups.
bool scopeTooWide(const QList<VerdictScope::Pair> &scope, const TargetMatcher::Inputs &inputs)
{
    QHash<qint64, qint64> partyOf;
    for (const TargetMatcher::Inputs::Agreement &a : inputs.agreements)
        partyOf.insert(a.id, a.partyId);
    QSet<VerdictScope::Pair> governed;
    for (const TargetMatcher::Inputs::Target &t : inputs.targets) {
        if (const auto party = partyOf.constFind(t.agreementId); party != partyOf.constEnd())
            governed.insert({*party, t.serviceId});
    }
    return qint64(scope.size()) * 2 > qint64(governed.size());
}

// Whether the tickets the noted imports added or changed are more than a quarter of all
// (by the highest id, which costs one lookup): then one pass over every ticket, in id order,
// costs less than reading them one by one.
bool importTooLarge(QSqlDatabase db, const std::vector<qint64> &imported)
{
    const Result<qint64> last = VerdictScope::lastTicket(db);
    return !last || qint64(imported.size()) * 4 > *last;
}

} // namespace

bool Evaluator::isStale(QSqlDatabase db)
{
    if (flagStale(db))
        return true;
    const Result<bool> noted = VerdictScope::any(db);
    return !noted || *noted;
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
    if (auto supported = supportedAsOf(asOf); !supported)
        return supported.error();
    return runFull(db, asOf, chunk);
}

Result<EvaluationSummary> Evaluator::update(QSqlDatabase db, qint64 asOf, qint64 chunk)
{
    if (auto supported = supportedAsOf(asOf); !supported)
        return supported.error();
    const std::optional<qint64> stored = storedAsOf(db);
    if (flagStale(db) || !stored)
        return runFull(db, asOf, chunk);
    const Result<bool> noted = VerdictScope::any(db);
    if (!noted)
        return noted.error();
    EvaluationSummary summary;
    summary.full = false;
    if (*stored == asOf && !*noted)
        return summary;
    // The changes are claimed before the terms are read: one noted after that stays noted.
    QList<VerdictScope::Pair> scope;
    std::vector<qint64> imported;
    if (*noted) {
        auto claimed = VerdictScope::claim(db);
        if (!claimed)
            return claimed.error();
        scope = std::move(*claimed);
        if (auto r = VerdictScope::claimBatches(db); !r)
            return r.error();
        auto tickets = VerdictScope::claimedBatchTickets(db);
        if (!tickets)
            return tickets.error();
        imported = std::move(*tickets);
    }
    if (!imported.empty() && importTooLarge(db, imported))
        return runFull(db, asOf, chunk);
    QElapsedTimer clock;
    clock.start();
    // At the same as-of only the claimed tickets are judged: the terms of the customers they
    // name are enough, unless so many pairs are noted that one pass over every ticket may
    // cost less (which takes every term to tell).
    const bool narrow = *stored == asOf && scope.size() <= kNarrowPairs;
    auto inputs = narrow ? TargetMatcherLoader::loadClaimed(db) : TargetMatcherLoader::load(db);
    if (!inputs)
        return inputs.error();
    if (!narrow && !scope.isEmpty() && scopeTooWide(scope, *inputs))
        return runFull(db, asOf, chunk);
    const TargetMatcher matcher(std::move(*inputs));
    qCDebug(lcEvaluator, "load terms: %lld ms; %lld pairs, %lld imported tickets noted",
            clock.restart(), qint64(scope.size()), qint64(imported.size()));
    // Another as-of first: a run that stops half-way then leaves the changes noted.
    if (*stored != asOf) {
        // Only the tickets whose reading differs between the two as-ofs: those opened after
        // the earlier one, and those whose response or resolution came after it (or never).
        if (auto r = judgeAll(db, matcher, asOf, chunk, std::min(*stored, asOf), summary); !r)
            return r.error();
    }
    if (!scope.isEmpty()) {
        if (auto r = judgeScope(db, matcher, asOf, chunk, summary); !r)
            return r.error();
    }
    if (!imported.empty()) {
        if (auto r = judgeTickets(db, matcher, asOf, chunk, imported, summary); !r)
            return r.error();
    }
    qCDebug(lcEvaluator, "judge: %lld ms, %lld tickets", clock.restart(), summary.tickets);
    return summary;
}

Result<EvaluationSummary> Evaluator::judgeAgreement(QSqlDatabase db, qint64 asOf,
                                                    const QString &number, qint64 chunk)
{
    if (auto supported = supportedAsOf(asOf); !supported)
        return supported.error();
    if (auto r = VerdictScope::noteAgreement(db, number); !r)
        return r.error();
    if (auto r = VerdictScope::claim(db); !r)
        return r.error();
    auto inputs = TargetMatcherLoader::loadClaimed(db);
    if (!inputs)
        return inputs.error();
    const TargetMatcher matcher(std::move(*inputs));
    EvaluationSummary summary;
    summary.full = false;
    if (auto r = judgeScope(db, matcher, asOf, chunk, summary); !r)
        return r.error();
    return summary;
}

Result<EvaluationSummary> Evaluator::runFull(QSqlDatabase db, qint64 asOf, qint64 chunk)
{
    // The stale flag reads "running" and the noted changes are claimed before the terms are
    // read, so that a change after that leaves the results stale.
    VerdictStore marker(db);
    if (auto r = marker.begin(true); !r)
        return r.error();
    if (auto r = VerdictScope::claim(db); !r)
        return r.error();
    if (auto r = VerdictScope::claimBatches(db); !r)
        return r.error();
    auto inputs = TargetMatcherLoader::load(db);
    if (!inputs)
        return inputs.error();
    const TargetMatcher matcher(std::move(*inputs));
    EvaluationSummary summary;
    if (auto r = judgeAll(db, matcher, asOf, chunk, -kForever, summary); !r)
        return r.error();
    return summary;
}

Result<void> Evaluator::judgeAll(QSqlDatabase db, const TargetMatcher &matcher, qint64 asOf,
                                 qint64 chunk, qint64 since, EvaluationSummary &summary)
{
    // The tickets are judged a chunk at a time, outside any transaction, and only the verdicts
    // that differ from the stored ones are written, each chunk's in a short transaction of its
    // own: other writers (the window, another user) wait for a few changed rows, not for the
    // whole run. A run for another as-of (`since` after -kForever) reads only the tickets whose
    // verdicts can differ.
    const bool full = since <= -kForever;
    VerdictStore store(db);
    if (auto r = store.begin(false); !r)
        return r;
    summary.full = full;
    const qint64 kChunk = std::max<qint64>(chunk, 1);
    qint64 after = 0; // ids start at 1
    for (bool more = true; more;) {
        auto tickets = store.tickets(after, since, kChunk);
        if (!tickets)
            return tickets.error();
        JudgedChunk judged;
        judged.last = after;
        judgeChunk(**tickets, matcher, asOf, summary, judged);
        (*tickets)->finish();
        more = judged.read == kChunk;
        const qint64 upTo = more ? judged.last : std::numeric_limits<qint64>::max();
        if (auto r = store.write(after, upTo, since, judged.verdicts, asOf); !r)
            return r;
        after = judged.last;
    }
    return store.finish(full, asOf, full, full);
}

Result<void> Evaluator::judgeScope(QSqlDatabase db, const TargetMatcher &matcher, qint64 asOf,
                                   qint64 chunk, EvaluationSummary &summary)
{
    // Every ticket of each claimed customer and service, judged with all the targets that may
    // govern it: a changed target can take tickets from the others of its pair or give them
    // back. Pairs are gathered until a chunk's worth of tickets, then written together.
    auto keys = VerdictScope::claimedTickets(db);
    if (!keys)
        return keys.error();
    VerdictStore store(db);
    if (auto r = store.begin(false); !r)
        return r;
    const qint64 before = summary.tickets;
    const qint64 kChunk = std::max<qint64>(chunk, 1);
    // Past a chunk's worth, the second half of the pairs is read and judged beside, on a
    // connection and in a thread of their own, while this connection judges and writes the
    // first half; it then writes the second half's verdicts too. The halves share no ticket.
    qsizetype besideFrom = keys->size();
    JudgedBeside beside;
    std::unique_ptr<QThread> thread;
    if (qint64(keys->size()) * kTicketsPerPair > kChunk && keys->size() >= 2) {
        if (const auto location = Database::alikeLocation(db)) {
            besideFrom = keys->size() / 2;
            thread = Database::readBeside(*location, true, [&](Result<QSqlDatabase> on) {
                if (on)
                    judgeBeside(*on, matcher, asOf, *keys, besideFrom, beside);
                else
                    beside.error = on.error();
            });
        }
    }
    const auto joined = qScopeGuard([&] {
        if (thread)
            thread->wait();
    });
    for (qsizetype next = 0; next < besideFrom;) {
        // A chunk's reads, one small one per pair, share one snapshot.
        if (auto r = store.startReading(); !r)
            return r;
        JudgedChunk judged;
        while (next < besideFrom && judged.read < kChunk) {
            const VerdictScope::TicketKey &key = keys->at(next++);
            auto tickets = store.ticketsOf(key.first, key.second);
            if (!tickets)
                return tickets.error();
            judgeChunk(**tickets, matcher, asOf, summary, judged, &store);
            (*tickets)->finish();
        }
        if (auto r = store.writeKept(judged.verdicts, asOf); !r)
            return r;
    }
    if (thread) {
        thread->wait();
        if (beside.error)
            return *beside.error;
        store.adoptKept(std::move(beside.kept));
        if (auto r = store.writeKept(beside.judged.verdicts, asOf); !r)
            return r;
        addCounts(summary, beside.summary);
        summary.besideTickets += beside.summary.tickets;
    }
    summary.scopedTickets += summary.tickets - before;
    return store.finish(false, asOf, true, false);
}

Result<void> Evaluator::judgeTickets(QSqlDatabase db, const TargetMatcher &matcher, qint64 asOf,
                                     qint64 chunk, const std::vector<qint64> &ids,
                                     EvaluationSummary &summary)
{
    // The tickets an import added or changed, read by id a chunk at a time: a ticket's
    // verdicts depend on the ticket and the terms alone.
    VerdictStore store(db);
    if (auto r = store.begin(false); !r)
        return r;
    const qint64 before = summary.tickets;
    const size_t kChunk = size_t(std::max<qint64>(chunk, 1));
    for (size_t next = 0; next < ids.size();) {
        const size_t end = std::min(ids.size(), next + kChunk);
        const std::vector<qint64> batch(ids.begin() + qsizetype(next),
                                        ids.begin() + qsizetype(end));
        // A chunk's reads, two small ones per ticket, share one snapshot.
        if (auto r = store.startReading(); !r)
            return r;
        JudgedChunk judged;
        for (const qint64 id : batch) {
            auto ticket = store.ticket(id);
            if (!ticket)
                return ticket.error();
            judgeChunk(**ticket, matcher, asOf, summary, judged);
            (*ticket)->finish();
        }
        if (auto r = store.writeIds(batch, judged.verdicts, asOf); !r)
            return r;
        next = end;
    }
    summary.importedTickets += summary.tickets - before;
    return store.finish(false, asOf, false, true);
}

} // namespace Accordo
