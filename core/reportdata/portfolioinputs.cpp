#include "portfolioinputs.h"

#include "lifecycle/agreementworkflow.h"
#include "reportdata/dashboardresults.h"
#include "storage/sqlquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo::Dashboard {

namespace {

constexpr int ReviewWindowDays = 30;
constexpr int RenewalWindowDays = 90;

constexpr auto ActiveAgreementsSql = R"(SELECT a.id, a.start_date, a.end_date, a.review_months,
        a.kind, a.party_id, COALESCE(r.code, '') AS region
    FROM agreements a JOIN parties p ON p.id = a.party_id
    LEFT JOIN regions r ON r.id = p.region_id
    WHERE a.status = 'active')";

constexpr auto SatisfactionSql = R"(SELECT k.party_id, COALESCE(r.code, '') AS region, k.period,
        SUM(k.answers) AS answers, SUM(k.csat_milli * k.answers) AS weighted
    FROM kpi_satisfaction k JOIN parties p ON p.id = k.party_id
    LEFT JOIN regions r ON r.id = p.region_id
    WHERE k.period IN (%1) GROUP BY k.party_id, r.code, k.period)";

constexpr auto WatermelonsSql = R"(SELECT k.agreement_id, a.party_id, a.kind,
        COALESCE(r.code, '') AS region
    FROM kpi_watermelons k JOIN agreements a ON a.id = k.agreement_id
    JOIN parties p ON p.id = a.party_id LEFT JOIN regions r ON r.id = p.region_id
    WHERE k.period = ?)";

// Whether a party-level row is one the filter keeps: its party, and the party's region.
bool keepsParty(const DashboardFilter &f, qint64 party, const QString &region)
{
    return (f.partyId <= 0 || f.partyId == party)
           && (f.regionCode.isEmpty() || f.regionCode == region);
}

} // namespace

Result<std::vector<DueAgreement>> readDue(QSqlDatabase db, const QDate &today,
                                          const QList<qint64> &only)
{
    QString sql = QString::fromLatin1(ActiveAgreementsSql);
    if (!only.isEmpty())
        sql += u" AND a.id IN (%1)"_s.arg(Sql::placeholders(only.size()));
    auto rows = Sql::stream(db, sql, QVariantList(only.cbegin(), only.cend()));
    if (!rows)
        return rows.error();
    const QString todayText = today.toString(Qt::ISODate);
    const QString renewalLimit = today.addDays(RenewalWindowDays).toString(Qt::ISODate);
    const QDate reviewLimit = today.addDays(ReviewWindowDays);
    std::vector<DueAgreement> due;
    while (rows->next()) {
        Agreement a;
        a.startDate = rows->date("start_date");
        a.endDate = rows->date("end_date");
        a.reviewMonths = rows->number("review_months");
        const QDate review = AgreementWorkflow::nextReview(a, today);
        const QString end = rows->text("end_date");
        due.push_back({rows->integer("id"), rows->integer("party_id"), rows->text("region"),
                       rows->text("kind"), review.isValid() && review <= reviewLimit,
                       !end.isEmpty() && end >= todayText && end <= renewalLimit});
    }
    if (!rows->errorText().isEmpty())
        return Error{rows->errorText()};
    return due;
}

void countDue(const std::vector<DueAgreement> &due, const DashboardFilter &filter,
              DashboardTiles &tiles)
{
    for (const DueAgreement &d : due) {
        if (!keepsParty(filter, d.party, d.region)
            || (!filter.agreementKind.isEmpty() && filter.agreementKind != d.kind))
            continue;
        tiles.reviewsDue += d.review ? 1 : 0;
        tiles.renewalsDue += d.renewal ? 1 : 0;
    }
}

Result<std::vector<PartySatisfaction>> readSatisfaction(QSqlDatabase db, const QStringList &months)
{
    const QString sql = QString::fromLatin1(SatisfactionSql).arg(Sql::placeholders(months.size()));
    auto rows = Sql::stream(db, sql, periodValues(months, {}));
    if (!rows)
        return rows.error();
    std::vector<PartySatisfaction> list;
    while (rows->next())
        list.push_back({rows->integer("party_id"), rows->text("region"), rows->text("period"),
                        rows->integer("answers"), rows->integer("weighted")});
    if (!rows->errorText().isEmpty())
        return Error{rows->errorText()};
    return list;
}

QHash<QString, qint64> satisfaction(const std::vector<PartySatisfaction> &rows,
                                    const DashboardFilter &filter)
{
    // A range holds a few periods and each row names one: a short list looked through costs
    // less than hashing every row's period.
    struct Sum
    {
        QString period;
        qint64 answers = 0, weighted = 0;
    };
    std::vector<Sum> sums;
    for (const PartySatisfaction &s : rows) {
        if (!keepsParty(filter, s.party, s.region))
            continue;
        auto sum = std::find_if(sums.begin(), sums.end(),
                                [&s](const Sum &known) { return known.period == s.period; });
        if (sum == sums.end())
            sum = sums.insert(sums.end(), Sum{s.period});
        sum->answers += s.answers;
        sum->weighted += s.weighted;
    }
    QHash<QString, qint64> csat;
    for (const Sum &sum : sums) {
        if (sum.answers > 0)
            csat.insert(sum.period, sum.weighted / sum.answers);
    }
    return csat;
}

Result<std::vector<FlaggedAgreement>> readWatermelons(QSqlDatabase db, const QString &month,
                                                      const QList<qint64> &only)
{
    QString sql = QString::fromLatin1(WatermelonsSql);
    if (!only.isEmpty())
        sql += u" AND k.agreement_id IN (%1)"_s.arg(Sql::placeholders(only.size()));
    auto rows = Sql::stream(db, sql,
                            QVariantList{month} + QVariantList(only.cbegin(), only.cend()));
    if (!rows)
        return rows.error();
    std::vector<FlaggedAgreement> list;
    while (rows->next())
        list.push_back({rows->integer("agreement_id"), rows->integer("party_id"),
                        rows->text("region"), rows->text("kind")});
    if (!rows->errorText().isEmpty())
        return Error{rows->errorText()};
    return list;
}

QSet<qint64> flagged(const std::vector<FlaggedAgreement> &rows, const DashboardFilter &filter,
                     DashboardTiles &tiles)
{
    QSet<qint64> agreements;
    for (const FlaggedAgreement &w : rows) {
        if (!keepsParty(filter, w.party, w.region)
            || (!filter.agreementKind.isEmpty() && filter.agreementKind != w.kind))
            continue;
        ++tiles.watermelons;
        agreements.insert(w.agreement);
    }
    return agreements;
}

} // namespace Accordo::Dashboard
