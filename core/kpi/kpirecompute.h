#pragma once

#include "calendar/businesscalendar.h"
#include "domain/metricdefinition.h"
#include "kpi/kpiengine.h"
#include "kpi/kpinodata.h"
#include "kpi/kpiperiods.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

// The time each step of a recompute takes: QT_LOGGING_RULES="accordo.kpi.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcKpi)

namespace Accordo::Kpi {

/// Up to this many targets to recompute, their verdicts are read target by target (and up to
/// this many agreements written, their flags and periods without data are done one by one).
constexpr qint64 kTargetsReadOneByOne = 2000;
/// From this many targets whose terms changed, their stored periods are read on a second
/// connection while the first reads verdicts and scores.
constexpr qint64 kTargetsReadBeside = 256;

/// Up to this many customers, the scores of the customers a narrow recompute loaded are read by
/// name; more are read with every other and kept as they are read.
constexpr qsizetype kCustomersNamed = 500;

/// How many recomputes' notes of the agreements they wrote (kpi_written_agreements) are kept,
/// and the most agreements noted one by one: a recompute that wrote more notes every agreement.
constexpr qint64 kWrittenKept = 32;
constexpr qsizetype kWrittenAgreementsNoted = 2000;

struct OutageRecord
{
    QString service;
    QString customer;
    QString region;
    qint64 startAt = 0;
    std::optional<qint64> endAt;
    bool planned = false;
};

/// One observation of a custom metric, at the instant it counts for.
struct ObservationRecord
{
    QString customer;
    QString service;
    QString region;
    qint64 at = 0;
    ObservedValue value;
};

/// The verdicts of one target in one period.
struct Bucket
{
    qint64 met = 0, breached = 0, pending = 0, nearDue = 0;
    std::vector<qint64> elapsed;
};

/// One target and the periods of it a recompute writes.
struct Work
{
    qint64 targetId = 0;
    qint64 agreementId = 0;
    Metric metric = Metric::Resolution;
    QString customName; // custom metrics: the definition's name
    MeasurementPeriod period = MeasurementPeriod::Month;
    qint64 threshold = 0;
    qint64 goalMilli = 0;
    QList<CreditTier> tiers;
    qint64 capHundredths = 0;
    Money price;
    QString partyName;
    QStringList serviceNames; // code and name
    QStringList regionNames;  // code and name of the target's or the party's region
    const BusinessCalendar *calendar = nullptr;
    const PeriodTable *table = nullptr;
    qint64 from = 0;             // first instant in force
    qint64 until = 0;            // first instant no longer in force
    int first = 0;               // first period index
    std::vector<size_t> outages; // availability: the recompute's outages of its service
    std::vector<char> selected;  // per period from `first`: recompute it
    std::vector<Bucket> buckets;
};

/// The options a recompute's stored results depend on besides the as-of, as kept in the
/// workspace's metadata: results stored for other options are not up to date.
QString optionsKey(const KpiOptions &options);

/// The INSERT of one KPI row into kpi_periods or a table of the same columns.
QString insertPeriodSql(const QString &table);

/// A period of a target in which nothing was measured, as a reader shows it.
struct NoDataResult
{
    QString period; // its label: "2026-10", "2026-Q4"
    QString status; // KpiCalculator::verdictKey() of the derived row
    Money credit;
};

/// The part of a period a target was in force, and whether it is over as of the as-of.
struct Window
{
    qint64 from = 0; // first instant in force inside the period
    qint64 end = 0;  // end of the whole period in force
    qint64 to = 0;   // end so far
    bool closed = false;
};

/// Everything one recompute of the stored KPIs works on: the terms and calendars (load), the
/// periods to write (selectPeriods), the verdicts, answers and observations in them
/// (readTickets, readSatisfaction, readObservations in kpicustom.cpp), then the rows written (store, in kpistore.cpp) and the tables derived
/// from them (in kpiderived.cpp).
class Recompute
{
public:
    Recompute(QSqlDatabase db, const KpiOptions &options) : mDb(db), mOptions(options) {}
    ~Recompute();
    Recompute(const Recompute &) = delete;
    Recompute &operator=(const Recompute &) = delete;
    Result<KpiSummary> execute(bool full);
    /// Writes again every period of the targets of agreement `number` (every version) from
    /// the verdicts, answers and observations stored, and sets the stored as-of to the
    /// options' as-of. The other targets' rows and the derived tables (satisfaction, watermelon
    /// flags, volumes) stay as they were: this is for a look at one agreement inside a
    /// transaction that is rolled back, after Evaluator::judgeAgreement().
    Result<KpiSummary> executeFor(const QString &number);
    /// The "nothing measured" rows of the scope, as of the options' as-of, into the
    /// connection's temporary table kpi_no_data (kpinodata.cpp).
    Result<void> deriveNoData(const NoDataScope &scope);
    /// An empty kpi_no_data, for a workspace never computed.
    Result<void> createEmptyResults();
    /// The terms of the targets of every agreement, or of every version of one number, for
    /// the readers that derive the "nothing measured" rows themselves (kpireads.cpp).
    Result<void> loadForReads(const QString &agreementNumber);
    /// The instant the terms were loaded for (the results' as-of once execute() stored them).
    qint64 asOf() const { return mOptions.asOf; }
    /// Whether execute() loaded every target's terms rather than the noted agreements' alone:
    /// then a reader of the results it stored may use them as loadForReads({}) would give.
    bool heldEveryTarget() const { return !mNarrow; }
    const std::vector<Work> &work() const { return mWork; }
    /// The terms of one target, or null when they were not loaded.
    const Work *workOf(qint64 targetId) const
    {
        const auto it = mWorkByTarget.constFind(targetId);
        return it == mWorkByTarget.constEnd() ? nullptr : &mWork[*it];
    }
    /// The "nothing measured" rows of one target as of the options' as-of, in period order:
    /// each period in force that `accept` takes, as the values storedValues() gives (the
    /// columns of kpi_periods). Nothing for a metric always stored.
    Result<void> noDataRows(const Work &w, const std::function<bool(const QString &)> &accept,
                            const std::function<void(QVariantList &&)> &sink) const;
    /// The same rows as noDataRows(), as a reader shows them: each with its period, status
    /// and credit filled, and without the agreement's number and title or the target's label.
    /// Only periods in `months` (KpiFilter::fromMonth and toMonth; empty: every one) are
    /// asked of `accept`.
    Result<void> noDataKpiRows(const Work &w, const KpiFilter &months,
                               const std::function<bool(const QString &)> &accept,
                               const std::function<void(KpiRow &&)> &sink) const;
    /// The "nothing measured" periods of one target that `accept` takes, as a reader shows
    /// them: the periods noDataRows() gives, without building their rows. Each result comes
    /// right after `accept` took its period, before `accept` is asked of another. Only periods
    /// in `months` are asked of `accept`.
    Result<void> noDataResults(const Work &w, const KpiFilter &months,
                               const std::function<bool(const QString &)> &accept,
                               const std::function<void(const NoDataResult &)> &sink) const;
    /// The "nothing measured" periods of one target with the status and closedness
    /// noDataRows() gives them, without building their rows.
    Result<void> noDataStatuses(const Work &w,
                                const std::function<void(const QString &period, KpiStatus status,
                                                         bool closed)> &sink) const;
    /// The terms of the targets a condition selects, for readers as loadForReads() (neither
    /// holds the credit tiers: a derived period owes no credit). The condition may name the
    /// target (t) and its agreement (a) alone.
    Result<void> loadTermsWhere(const QString &condition, const QVariantList &values);
    /// Lets go of the connection the terms were loaded on, for terms that outlive it (read on
    /// another thread's connection): work() and noDataResults() read none.
    void releaseConnection() { mDb = QSqlDatabase(); }

private:
    using Scores = std::vector<std::pair<qint64, int>>; // (answered at, score), sorted

    Result<void> load();
    // Whether only the noted targets and periods can have changed (narrow).
    Result<bool> onlyNotedChanged();
    // What a period with nothing measured shows: with no ticket and no answer it depends on
    // the target's terms and on whether the period is closed alone, so it is worked out once
    // for a target's open periods and once for its closed ones.
    struct NoDataShown
    {
        KpiRow row;
        KpiStatus status = KpiStatus::Met;
        QString verdict; // KpiCalculator::verdictKey()
        Money credit;    // in the fee's currency
        bool closed = false;
    };
    using NoDataVisit = std::function<Result<void>(int index, const NoDataShown &shown)>;
    // Each "nothing measured" period of a target in force as of the as-of.
    Result<void> forEachNoData(const Work &w, const KpiFilter &months,
                               const std::function<bool(const QString &)> &accept,
                               const NoDataVisit &visit) const;
    Result<void> loadOutages();
    // The readers' terms leave the credit tiers out: a period in which nothing was measured
    // achieves nothing to compare with a tier, so it owes no credit.
    enum class Tiers { Load, Skip };
    Result<void> loadTerms(const QString &targetCondition = {}, const QVariantList &values = {},
                           Tiers tiers = Tiers::Load);
    // Every agreement's targets, or those of every version of one number.
    Result<void> loadNumbered(const QString &agreementNumber, Tiers tiers);
    Result<void> createNoDataTable();
    Result<QSet<QPair<qint64, QString>>> storedPeriods(const NoDataScope &scope) const;
    Result<void> fillNoData(const NoDataScope &scope, const QSet<qint64> &agreements = {});
    /// A ticket target's period without a ticket, a satisfaction target's without an answer:
    /// not stored, derived on read.
    static bool isNoData(const Work &w, const KpiRow &row);
    /// The first and last period index of a target in force as of the as-of; false for none.
    bool span(const Work &w, int &first, int &last) const;
    Result<void> loadTargets(const QHash<qint64, size_t> &calendarIndex, const QString &condition,
                             const QVariantList &values, Tiers tiers);
    Result<void> selectPeriods(bool full);
    Result<void> readDirty();
    void selectWork(Work &w, bool full, const Interval &moved, const std::vector<Interval> &changed,
                    const QSet<QPair<qint64, QString>> &pendingPeriods);
    Result<void> readTickets();
    Result<void> readTargetTickets();
    void count(Work &w, qint64 openedAt, int verdict, qint64 elapsed);
    // The survey and ticket scores, of every customer or, with `loadedOnly`, of the customers
    // of the targets loaded (a look at one agreement reads its customer's alone).
    Result<void> readSatisfaction(bool loadedOnly = false);
    Result<void> readMetricDefinitions();
    Result<void> readObservations();
    Result<void> store(bool full);
    Result<void> storeSatisfaction();
    // The stored periods of targets, by target, each period's digest of its values; their
    // agreements are added to `agreements`.
    using StoredPeriods = QHash<qint64, QHash<QString, size_t>>;
    static Result<StoredPeriods> readStoredPeriods(QSqlDatabase db, const QSet<qint64> &targets,
                                                   QSet<qint64> &agreements);
    // Those of the targets whose terms changed, their agreements noted; read beside (below)
    // when a second connection started reading them.
    Result<StoredPeriods> readDirtyTargets();
    // Starts reading them on a second connection in a thread of its own, while this one reads
    // verdicts and scores: when there are many, the as-of has not moved (which clears later
    // periods first) and `location` (Database::alikeLocation, taken before the transaction)
    // names the workspace. This connection has written none of kpi_periods yet, and its
    // transaction keeps other writers out: the second reads what this one would.
    void startReadingDirtyBeside(const QString &location);
    Result<void> storeWatermelons();
    Result<void> storeWatermelonsOf(const QSet<qint64> &agreements);
    // Every flag, or those of the agreements the change reached (mWatermelonsFull).
    Result<void> storeChangedWatermelons();
    Result<void> writeWatermelons(const QSet<qint64> *only);
    Result<void> storeVolumes();
    static const PeriodTable *periodTable(const QTimeZone &zone, bool quarter);

    Window window(const Work &w, int index) const;
    KpiStatus ticketRow(const Work &w, Bucket &b, bool closed, KpiRow &row) const;
    KpiStatus availabilityRow(const Work &w, const Window &window, KpiRow &row) const;
    KpiStatus satisfactionRow(const Work &w, const Window &window, const Scores &scores,
                              KpiRow &row) const;
    /// The row of one period from its verdicts (tickets), answers (satisfaction), outages
    /// (availability) or observations (custom), its credit included.
    KpiStatus measure(const Work &w, Bucket &bucket, const Window &window, const Scores &scores,
                      KpiRow &row) const;
    KpiStatus customRow(const Work &w, const Window &window, KpiRow &row) const;
    Result<QVariantList> storedValues(const Work &w, int index, const KpiRow &row, KpiStatus status,
                                      bool closed) const;

    QSqlDatabase mDb;
    KpiOptions mOptions;
    KpiSummary mSummary;
    std::vector<BusinessCalendar> mCalendars;
    std::vector<Work> mWork;
    QHash<qint64, size_t> mWorkByTarget;
    std::vector<OutageRecord> mOutages;
    QHash<QString, Scores> mScores;                               // customer name -> answers
    QHash<QString, MetricDefinition> mDefinitions;                // by name
    QHash<QString, std::vector<ObservationRecord>> mObservations; // by metric, by instant
    std::vector<qint64> mOutOfRange; // targets with no period as of the as-of
    qint64 mScanFrom = kForever;
    qint64 mScanTo = -kForever;

    // What a partial recompute reads as changed (schema version 11's dirty tables).
    bool mAsOfMoved = true;       // another as-of than the stored results': open periods move
    bool mDerivedFull = true;     // satisfaction, volumes and every watermelon flag again
    bool mVolumesStale = true;    // the ticket volumes again
    bool mWatermelonsFull = true; // every flag again (else those the changes reach)
    QSet<qint64> mCsatChanged;    // customers whose satisfaction figures changed
    bool mNarrow = false;         // only the agreements of the noted targets loaded
    bool mNeedScores = false;     // the survey and ticket scores are read
    QSet<qint64> mDirtyTargets;   // every period of these again
    QHash<qint64, std::vector<Interval>> mDirtyPeriods; // target -> changed UTC months
    qint64 mSelectedTargets = 0;                        // targets with a period to write
    QSet<qint64> mTouchedAgreements;                    // their watermelon flags again
    QSet<qint64> mFlagAgreements; // of those, the ones whose periods that flags read changed

    // The stored periods of the dirty targets, read beside (startReadingDirtyBeside()).
    struct ReadBeside
    {
        Result<StoredPeriods> periods = StoredPeriods();
        QSet<qint64> agreements;
    };
    ReadBeside mBeside;
    std::unique_ptr<QThread> mBesideThread;
};

} // namespace Accordo::Kpi
