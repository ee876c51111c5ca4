#pragma once

// What the dashboard reads of the whole portfolio besides the KPI results, once, to count for
// any filter: the active agreements' reviews and renewals falling due, and the customers'
// satisfaction. For DashboardData alone.

#include "reportdata/dashboarddata.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Accordo::Dashboard {

class ResultIndex;

/// An active agreement, and whether its review or its renewal falls due soon.
struct DueAgreement
{
    qint64 agreement = 0;
    qint64 party = 0;
    QString region; // the party's; empty for none
    QString kind;
    bool review = false;
    bool renewal = false;
};

/// A customer's satisfaction answers of one month.
struct PartySatisfaction
{
    qint64 party = 0;
    QString region; // the party's; empty for none
    QString period;
    qint64 answers = 0;
    qint64 weighted = 0; // the sum of csat_milli × answers
};

/// An agreement flagged as a watermelon (green results, unhappy customer) in the range's last
/// month.
struct FlaggedAgreement
{
    qint64 agreement = 0;
    qint64 party = 0;
    QString region; // the party's; empty for none
    QString kind;
};

/// What a DashboardCache keeps of the portfolio for one range and day, read by the first load.
struct PortfolioInputs
{
    bool read = false;
    std::vector<DueAgreement> due;
    std::vector<PartySatisfaction> satisfaction;
    std::vector<FlaggedAgreement> watermelons;
    std::shared_ptr<ResultIndex> index; // null: the results are read for each filter
};

/// Reviews within `ReviewWindowDays` of `today`, renewals (the end date) within
/// `RenewalWindowDays`, of every active agreement, or of those of `only` when it names any.
Result<std::vector<DueAgreement>> readDue(QSqlDatabase db, const QDate &today,
                                          const QList<qint64> &only = {});
/// The tiles' reviews and renewals due, of the agreements the filter keeps (its region,
/// customer and kind; the service does not apply).
void countDue(const std::vector<DueAgreement> &due, const DashboardFilter &filter,
              DashboardTiles &tiles);

/// Every customer's satisfaction in `months`.
Result<std::vector<PartySatisfaction>> readSatisfaction(QSqlDatabase db, const QStringList &months);
/// The satisfaction per month of the customers the filter keeps, weighted by answers.
/// Satisfaction belongs to a party, not an agreement: the kind and the service do not apply.
QHash<QString, qint64> satisfaction(const std::vector<PartySatisfaction> &rows,
                                    const DashboardFilter &filter);

/// Every agreement flagged in `month`, or those of `only` when it names any.
Result<std::vector<FlaggedAgreement>> readWatermelons(QSqlDatabase db, const QString &month,
                                                      const QList<qint64> &only = {});
/// The agreements the filter keeps (its region, customer and kind) of `rows`, counted on the
/// tile.
QSet<qint64> flagged(const std::vector<FlaggedAgreement> &rows, const DashboardFilter &filter,
                     DashboardTiles &tiles);

} // namespace Accordo::Dashboard
