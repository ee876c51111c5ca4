#include "kpirecompute.h"

#include "calendar/isotime.h"
#include "data/workspacemeta.h"
#include "domain/enums.h"
#include "kpi/kpirecomputesql.h"
#include "kpi/kpisql.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QSqlError>

#include <algorithm>

Q_LOGGING_CATEGORY(lcKpi, "accordo.kpi", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace Accordo::Kpi {

using namespace RecomputeSql;

namespace {

// Counts the recomputes that wrote results, so that a reader holding results in memory sees
// that they changed even when the as-of did not (DashboardCache).
const QString WrittenKey = u"kpi_written"_s;

QString nextWritten(QSqlDatabase db)
{
    return QString::number(WorkspaceMeta::value(db, WrittenKey).toLongLong() + 1);
}

// Notes which agreements' results the recompute numbered `written` wrote
// (kpi_written_agreements): each one, or 0 for every agreement when there are more than a reader
// would rather read again one by one. Keeps the last kWrittenKept recomputes' notes.
Result<void> noteWritten(QSqlDatabase db, const QString &written, const QSet<qint64> &agreements,
                         bool every)
{
    const qint64 number = written.toLongLong();
    const auto apply = [&db](const QString &sql, const QVariantList &values) -> Result<void> {
        if (auto r = Sql::exec(db, sql, values); !r)
            return r.error();
        return {};
    };
    if (auto r = apply(u"DELETE FROM kpi_written_agreements WHERE written <= ?"_s,
                       {number - kWrittenKept});
        !r)
        return r;
    if (every || agreements.size() > kWrittenAgreementsNoted)
        return apply(u"INSERT INTO kpi_written_agreements (written, agreement_id) VALUES (?, 0)"_s,
                     {number});
    Sql::Statement note(db);
    if (auto r = note.prepare(
            u"INSERT INTO kpi_written_agreements (written, agreement_id) VALUES (?, ?)"_s);
        !r)
        return r;
    for (const qint64 agreement : agreements) {
        if (auto r = note.run({number, agreement}); !r)
            return r;
    }
    return {};
}

} // namespace

const PeriodTable *Recompute::periodTable(const QTimeZone &zone, bool quarter)
{
    // Once per process for each zone: a table of every month of the supported years takes
    // thousands of zone conversions, and every load of terms, however few, asks for its zones'.
    // A handful of zones, never removed: the tables stay where they are (a node-based map), and
    // a built table is only read.
    static QMutex guard;
    static std::map<QString, PeriodTable> tables;
    const QString key = QString::fromUtf8(zone.id()) + (quarter ? u"/q"_s : u"/m"_s);
    const QMutexLocker locked(&guard);
    auto it = tables.find(key);
    if (it == tables.end()) {
        it = tables.emplace(key, PeriodTable()).first;
        it->second.build(zone, quarter);
    }
    return &it->second;
}

Result<void> Recompute::load()
{
    if (auto r = loadTerms(); !r)
        return r;
    return loadOutages();
}

Result<bool> Recompute::onlyNotedChanged()
{
    // The as-of and options the stored rows answer for, and no month whose tickets or surveys
    // changed: then nothing but the noted targets and periods can have moved.
    bool ok = false;
    const qint64 stored = WorkspaceMeta::value(mDb, u"kpi_as_of"_s).toLongLong(&ok);
    if (!ok || stored != mOptions.asOf
        || WorkspaceMeta::value(mDb, u"kpi_options"_s) != optionsKey(mOptions))
        return false;
    auto months = Sql::scalar(mDb, AnyDirtyMonth);
    if (!months)
        return months.error();
    return !months->isValid();
}

Result<void> Recompute::readDirty()
{
    auto targets = list(mDb, SelectDirtyTargets, {},
                        [](const Sql::Rows &r) { return r.integer("target_id"); });
    if (!targets)
        return targets.error();
    mDirtyTargets = QSet<qint64>(targets->cbegin(), targets->cend());
    auto periods = select(mDb, SelectDirtyPeriods);
    if (!periods)
        return periods.error();
    while (periods->next()) {
        const QString month = periods->text("month");
        if (month.size() == 7)
            mDirtyPeriods[periods->integer("target_id")].push_back(
                {utcMonthStart(month) - 86400, utcMonthStart(addMonths(month, 1)) + 86400});
    }
    return {};
}

Result<void> Recompute::selectPeriods(bool full)
{
    // Partial: every period of the targets whose terms changed; the periods of a target in
    // a month whose verdicts changed and a satisfaction target's overlapping a month whose
    // tickets or surveys changed (a day of margin for the zones); and, when the as-of moved,
    // the periods that closed or opened between the two as-ofs, those of the other metrics
    // open at either, and those that held pending tickets.
    std::vector<Interval> changed;
    QSet<QPair<qint64, QString>> pendingPeriods;
    // The instants between the stored as-of and this one; when none is stored, every period
    // still open.
    Interval moved{mOptions.asOf, kForever};
    if (!full) {
        auto months = list(mDb, SelectDirtyMonths, {},
                           [](const Sql::Rows &r) { return r.text("month"); });
        if (!months)
            return months.error();
        for (const QString &month : *months) {
            if (month.size() == 7)
                changed.push_back(
                    {utcMonthStart(month) - 86400, utcMonthStart(addMonths(month, 1)) + 86400});
        }
        bool ok = false;
        const qint64 stored = WorkspaceMeta::value(mDb, u"kpi_as_of"_s).toLongLong(&ok);
        mAsOfMoved = !ok || stored != mOptions.asOf;
        if (ok)
            moved = {std::min(stored, mOptions.asOf), std::max(stored, mOptions.asOf)};
        if (mAsOfMoved) {
            auto pending = list(mDb, SelectPendingPeriods, {}, [](const Sql::Rows &r) {
                return QPair<qint64, QString>(r.integer("target_id"), r.text("period"));
            });
            if (!pending)
                return pending.error();
            pendingPeriods = QSet<QPair<qint64, QString>>(pending->cbegin(), pending->cend());
        }
        const bool optionsChanged = WorkspaceMeta::value(mDb, u"kpi_options"_s)
                                    != optionsKey(mOptions);
        mDerivedFull = mAsOfMoved || !changed.empty() || optionsChanged;
        // A flag reads its agreement's closed months, its customer's satisfaction and the
        // as-of's month: unless that month or the options changed, only the agreements whose
        // periods that flags read were written and those of the customers whose satisfaction
        // changed.
        mWatermelonsFull =
            optionsChanged
            || (mAsOfMoved
                && (!ok || IsoTime::utcMonth(stored) != IsoTime::utcMonth(mOptions.asOf)));
        // The volumes count every ticket opened before the as-of's month: they change with
        // that month or with tickets, whose every change notes its months.
        mVolumesStale = !ok || IsoTime::utcMonth(stored) != IsoTime::utcMonth(mOptions.asOf)
                        || !changed.empty();
    }
    mNeedScores = mDerivedFull;
    for (Work &w : mWork)
        selectWork(w, full, moved, changed, pendingPeriods);
    return {};
}

void Recompute::selectWork(Work &w, bool full, const Interval &moved,
                           const std::vector<Interval> &changed,
                           const QSet<QPair<qint64, QString>> &pendingPeriods)
{
    const bool dirty = full || mDirtyTargets.contains(w.targetId);
    // A target out of range keeps no rows; they can only have changed with it or the as-of.
    const bool mayHaveRows = dirty || mAsOfMoved;
    int last = 0;
    if (!span(w, w.first, last)) {
        if (mayHaveRows) {
            mOutOfRange.push_back(w.targetId);
            mFlagAgreements.insert(w.agreementId);
        }
        return;
    }
    const auto verdicts = mDirtyPeriods.constFind(w.targetId);
    w.selected.assign(size_t(last - w.first + 1), dirty ? 1 : 0);
    w.buckets.clear();
    bool any = false;
    // Whether the agreement's watermelon flags can change: they read the months closed at
    // this as-of, and a quarter's status for each of its months.
    bool flags = dirty;
    for (int i = w.first; i <= last; ++i) {
        const qint64 start = w.table->start(i);
        const qint64 stop = w.table->end(i);
        char &selected = w.selected[size_t(i - w.first)];
        if (!dirty) {
            // A ticket target's period reads the as-of only through whether it has closed:
            // the tickets the move reads differently are judged again, and each verdict that
            // changes notes its period (kpi_dirty_periods). The other metrics measure up to
            // the as-of, so every period open at either as-of.
            const qint64 end = std::min(stop, w.until);
            const bool ticketTarget = w.metric == Metric::FirstResponse
                                      || w.metric == Metric::Resolution;
            if (mAsOfMoved
                && ((end > moved.from && (!ticketTarget || end <= moved.to))
                    || pendingPeriods.contains({w.targetId, w.table->name(i)})))
                selected = 1;
            // A month whose tickets or surveys changed moves the scores a satisfaction target
            // reads. A ticket target's periods follow its verdicts alone, and the evaluator
            // notes the target and month of every verdict it changes (kpi_dirty_periods, also
            // for a ticket that moves in time); availability and custom targets read neither.
            if (w.metric == Metric::Satisfaction) {
                for (const Interval &span : changed)
                    selected |= char(span.from < stop && span.to > start);
            }
            if (verdicts != mDirtyPeriods.constEnd()) {
                for (const Interval &span : *verdicts)
                    selected |= char(span.from < stop && span.to > start);
            }
        }
        if (selected) {
            any = true;
            flags |= w.period == MeasurementPeriod::Quarter || std::min(stop, w.until) <= moved.to;
            mScanFrom = std::min(mScanFrom, start);
            mScanTo = std::max(mScanTo, stop);
        }
    }
    // The periods' counts only for a target with some period selected: most targets of a
    // large portfolio have none when the as-of moves, and their buckets came to hundreds of
    // megabytes.
    if (any)
        w.buckets.resize(w.selected.size());
    else
        w.selected.clear();
    if (any || dirty) {
        ++mSelectedTargets;
        mTouchedAgreements.insert(w.agreementId);
        if (flags)
            mFlagAgreements.insert(w.agreementId);
        mNeedScores |= any && w.metric == Metric::Satisfaction;
    }
}

bool Recompute::span(const Work &w, int &first, int &last) const
{
    const qint64 end = std::min(w.until, mOptions.asOf);
    if (end <= w.from)
        return false; // not in force yet as of the as-of
    // The bounds are local midnights of the same zone as the periods, so every ticket the
    // Evaluator let the target govern (opened inside them, before the as-of) falls in one
    // of these periods.
    first = w.table->indexOf(w.from);
    last = w.table->indexOf(mOptions.asOf - 1);
    if (w.until < kForever / 2)
        last = std::min(last, w.table->indexOf(w.until - 1));
    return last >= first;
}

void Recompute::count(Work &w, qint64 openedAt, int verdict, qint64 elapsed)
{
    const qint64 index = qint64(w.table->indexOf(openedAt)) - w.first;
    if (index < 0 || index >= qint64(w.selected.size()) || !w.selected[size_t(index)])
        return;
    Bucket &b = w.buckets[size_t(index)];
    switch (verdict) {
    case 0:
        ++b.met;
        b.elapsed.push_back(elapsed);
        break;
    case 1:
        ++b.breached;
        b.elapsed.push_back(elapsed);
        break;
    default:
        ++b.pending;
        if (KpiCalculator::isNearDue(elapsed, w.threshold))
            ++b.nearDue;
    }
}

Result<void> Recompute::readTickets()
{
    if (mScanFrom >= mScanTo)
        return {};
    // A few targets changed: their verdicts by target (an index), not every verdict of the
    // months they span.
    if (!mSummary.full && mSelectedTargets <= kTargetsReadOneByOne)
        return readTargetTickets();
    auto q = stream(mDb, SelectVerdicts, {mScanFrom, mScanTo});
    if (!q)
        return q.error();
    // Resolved once: this loop reads every verdict of the periods.
    const int targetColumn = q->column("target_id");
    const int verdictColumn = q->column("verdict");
    const int elapsedColumn = q->column("elapsed");
    const int openedColumn = q->column("opened_at");
    qint64 lastTarget = -1;
    Work *w = nullptr;
    while (q->next()) {
        ++mSummary.resultsRead;
        const qint64 targetId = q->value(targetColumn).toLongLong();
        if (targetId != lastTarget) {
            lastTarget = targetId;
            const auto it = mWorkByTarget.constFind(targetId);
            w = it == mWorkByTarget.constEnd() ? nullptr : &mWork[*it];
        }
        if (!w || w->selected.empty())
            continue;
        count(*w, q->value(openedColumn).toLongLong(), q->value(verdictColumn).toInt(),
              q->value(elapsedColumn).toLongLong());
    }
    return {};
}

Result<void> Recompute::readTargetTickets()
{
    for (Work &w : mWork) {
        if (std::find(w.selected.begin(), w.selected.end(), 1) == w.selected.end())
            continue;
        auto q = stream(mDb, SelectTargetVerdicts, {w.targetId});
        if (!q)
            return q.error();
        const int verdictColumn = q->column("verdict");
        const int elapsedColumn = q->column("elapsed");
        const int openedColumn = q->column("opened_at");
        while (q->next()) {
            ++mSummary.resultsRead;
            count(w, q->value(openedColumn).toLongLong(), q->value(verdictColumn).toInt(),
                  q->value(elapsedColumn).toLongLong());
        }
    }
    return {};
}

Result<void> Recompute::readSatisfaction(bool loadedOnly)
{
    QString only;
    QVariantList customers;
    QSet<QString> names;
    if (loadedOnly) {
        for (const Work &w : std::as_const(mWork))
            names.insert(w.partyName);
        if (names.isEmpty())
            return {};
        // A few customers are named in the statement; many are kept as they are read (a
        // statement takes a bounded number of values).
        if (names.size() <= kCustomersNamed) {
            customers = QVariantList(names.cbegin(), names.cend());
            only = u" WHERE customer IN (%1)"_s.arg(
                QStringList(customers.size(), u"?"_s).join(u','));
        }
    }
    for (const QString &scores : {SelectSurveyScores, SelectTicketScores}) {
        const QString sql = only.isEmpty() ? scores
                                           : u"SELECT * FROM (%1) scores%2"_s.arg(scores, only);
        auto q = stream(mDb, sql, customers);
        if (!q)
            return q.error();
        const int customer = q->column("customer");
        const int at = q->column("at");
        const int score = q->column("score");
        while (q->next()) {
            // An answer given at or after the as-of was not known then.
            const qint64 answeredAt = q->value(at).toLongLong();
            if (answeredAt >= mOptions.asOf)
                continue;
            const QString name = q->value(customer).toString();
            if (names.isEmpty() || names.contains(name))
                mScores[name].push_back({answeredAt, q->value(score).toInt()});
        }
    }
    for (auto &list : mScores)
        std::sort(list.begin(), list.end());
    return {};
}

QString optionsKey(const KpiOptions &options)
{
    return u"%1/%2/%3"_s.arg(options.watermelonCsatMilli)
        .arg(options.watermelonDropMilli)
        .arg(options.watermelonMinAnswers);
}

Recompute::~Recompute()
{
    if (mBesideThread)
        mBesideThread->wait();
}

Result<KpiSummary> Recompute::execute(bool full)
{
    mSummary.full = full;
    // Taken before the transaction: a second connection reads only what it has not written.
    const Result<QString> location = Database::alikeLocation(mDb);
    QElapsedTimer clock;
    clock.start();
    const auto step = [&clock](const char *name) {
        qCDebug(lcKpi, "%s: %lld ms", name, clock.restart());
    };
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (!full) {
        auto narrow = onlyNotedChanged();
        if (!narrow)
            return narrow.error();
        mNarrow = *narrow;
    }
    if (auto r = mNarrow ? loadTerms(NotedAgreements) : loadTerms(); !r)
        return r.error();
    if (auto r = loadOutages(); !r)
        return r.error();
    step(mNarrow ? "load the noted agreements' terms" : "load terms");
    if (!full) {
        if (auto r = readDirty(); !r)
            return r.error();
        // Most targets changed (a new portfolio): everything, without a lookup per target.
        full = !mNarrow
               && mDirtyTargets.size() > qsizetype(mWork.size() / 4 + kTargetsReadOneByOne);
        mSummary.full = full;
    }
    if (auto r = selectPeriods(full); !r)
        return r.error();
    if (!full && !mAsOfMoved && location && mDirtyTargets.size() >= kTargetsReadBeside)
        startReadingDirtyBeside(*location);
    step("select periods");
    if (auto r = readTickets(); !r)
        return r.error();
    step("read verdicts");
    if (mNeedScores) {
        // Narrow, nothing but the loaded targets' periods is written (no satisfaction table).
        if (auto r = readSatisfaction(mNarrow); !r)
            return r.error();
    }
    if (auto r = readObservations(); !r) {
        return r.error();
    }
    step("read scores and observations");
    if (auto r = store(full); !r)
        return r.error();
    step("store periods");
    if (mDerivedFull) {
        const std::tuple<Result<void> (Recompute::*)(), const char *, bool> steps[] = {
            {&Recompute::storeSatisfaction, "satisfaction", true},
            {&Recompute::storeVolumes, "volumes", mVolumesStale},
            {&Recompute::storeChangedWatermelons, "watermelons", true}};
        for (const auto &[store, name, wanted] : steps) {
            if (!wanted)
                continue;
            if (auto r = (this->*store)(); !r)
                return r.error();
            step(name);
        }
    } else if (!mNarrow && mTouchedAgreements.size() > kTargetsReadOneByOne) {
        if (auto r = storeWatermelons(); !r)
            return r.error();
    } else if (!mTouchedAgreements.isEmpty()) {
        // Only the flags of the agreements whose periods were written can have changed.
        if (auto r = storeWatermelonsOf(mTouchedAgreements); !r)
            return r.error();
    }
    if (!mDerivedFull)
        step("watermelons");
    for (const QString &sql : ClearDirty) {
        if (auto r = exec(mDb, sql); !r)
            return r.error();
    }
    const QString written = nextWritten(mDb);
    // A moved as-of, or derived tables made again from every ticket, may change any
    // agreement's figures.
    if (auto r = noteWritten(mDb, written, mTouchedAgreements + mFlagAgreements,
                             full || mAsOfMoved || mDerivedFull);
        !r)
        return r.error();
    const std::pair<QString, QString> meta[] = {
        {u"kpi_stale"_s, u"0"_s},
        {u"kpi_as_of"_s, QString::number(mOptions.asOf)},
        {u"kpi_options"_s, optionsKey(mOptions)},
        {WrittenKey, written},
    };
    for (const auto &[key, value] : meta) {
        if (auto r = WorkspaceMeta::set(mDb, key, value); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    step("commit");
    qCDebug(lcKpi,
            "watermelon flags: %s, %lld agreements written, %lld customers' satisfaction changed",
            mWatermelonsFull ? "all" : "some", qint64(mFlagAgreements.size()),
            qint64(mCsatChanged.size()));
    qCDebug(lcKpi, "%lld periods of %lld targets, %lld verdicts read", mSummary.periods,
            qint64(mSelectedTargets), mSummary.resultsRead);
    return mSummary;
}

Result<KpiSummary> Recompute::executeFor(const QString &number)
{
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    if (auto r = loadNumbered(number, Tiers::Load); !r)
        return r.error();
    if (auto r = loadOutages(); !r)
        return r.error();
    // Every loaded target as if its terms changed: store() clears its periods first.
    for (const Work &w : mWork)
        mDirtyTargets.insert(w.targetId);
    if (auto r = selectPeriods(true); !r)
        return r.error();
    mSummary.full = false; // the verdicts are read target by target
    if (auto r = readTickets(); !r)
        return r.error();
    if (mNeedScores) {
        if (auto r = readSatisfaction(true); !r)
            return r.error();
    }
    if (auto r = readObservations(); !r)
        return r.error();
    if (auto r = store(false); !r)
        return r.error();
    if (auto r = WorkspaceMeta::set(mDb, u"kpi_as_of"_s, QString::number(mOptions.asOf)); !r)
        return r.error();
    QSet<qint64> agreements;
    for (const Work &w : mWork)
        agreements.insert(w.agreementId);
    const QString written = nextWritten(mDb);
    // The as-of of the whole workspace's results is this one now.
    if (auto r = noteWritten(mDb, written, agreements, mAsOfMoved); !r)
        return r.error();
    if (auto r = WorkspaceMeta::set(mDb, WrittenKey, written); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return mSummary;
}

} // namespace Accordo::Kpi
