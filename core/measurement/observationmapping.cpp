// The observations of custom metrics as ImportMapping reads them from a row of a CSV file.

#include "measurement/importmapping.h"

#include "calendar/isotime.h"
#include "domain/metricdefinition.h"
#include "measurement/csvreader.h"

#include <QRegularExpression>

#include <charconv>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

enum ObservationField {
    OMetric,
    OCustomer,
    OService,
    ORegion,
    OId,
    OObservedAt,
    OPeriod,
    OValue,
    OSuccesses,
    OAttempts
};

} // namespace

QStringList ImportMapping::observationFields()
{
    return {u"metric"_s,      u"customer"_s, u"service"_s, u"region"_s,    u"id"_s,
            u"observed_at"_s, u"period"_s,   u"value"_s,   u"successes"_s, u"attempts"_s};
}

bool ImportMapping::count(const CsvReader &row, int field, std::optional<qint64> &out,
                          RowProblem &problem) const
{
    out.reset();
    const QByteArrayView value = raw(row, field).trimmed();
    if (value.isEmpty())
        return true;
    qint64 parsed = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    // A count of up to a trillion: sums of a year of them stay exact.
    if (ec != std::errc() || end != value.data() + value.size() || parsed < 0
        || parsed > 1'000'000'000'000)
        return fail(problem, field,
                    tr("\"%1\" is not a whole number from 0 to 1000000000000")
                        .arg(QString::fromUtf8(value)));
    out = parsed;
    return true;
}

bool ImportMapping::map(const CsvReader &row, Observation &observation, RowProblem &problem) const
{
    if (!startRow(row, OMetric, observation.metric, QT_TR_NOOP("the metric is missing"), problem))
        return false;
    observation.customer = text(row, OCustomer);
    observation.service = text(row, OService);
    observation.region = text(row, ORegion);
    observation.reference = text(row, OId);
    if (!instant(row, OObservedAt, observation.observedAt, problem))
        return false;
    observation.period = text(row, OPeriod);
    if (!observation.period.isEmpty()) {
        static const QRegularExpression month(u"^(\\d{4})-(\\d{2})$"_s);
        const auto match = month.match(observation.period);
        const int year = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int number = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (!match.hasMatch() || number < 1 || number > 12)
            return fail(problem, OPeriod,
                        tr("\"%1\" is not a month YYYY-MM").arg(observation.period.left(40)));
        if (year < IsoTime::FirstSupportedYear || year > IsoTime::LastSupportedYear)
            return fail(problem, OPeriod,
                        tr("\"%1\" is not a month from %2 to %3")
                            .arg(observation.period)
                            .arg(IsoTime::FirstSupportedYear)
                            .arg(IsoTime::LastSupportedYear));
    }
    if (observation.observedAt && !observation.period.isEmpty())
        return fail(problem, OPeriod,
                    tr("\"%1\": give an instant (observed_at) or a month (period), not both")
                        .arg(observation.period));
    if (!observation.observedAt && observation.period.isEmpty())
        return fail(problem, OObservedAt,
                    tr("neither an instant (observed_at) nor a month (period) is given"));

    observation.valueMilli.reset();
    if (const QString value = text(row, OValue); !value.isEmpty()) {
        observation.valueMilli = MetricDefinitions::parseMilli(value);
        if (!observation.valueMilli)
            return fail(
                problem, OValue,
                tr("\"%1\" is not a number with at most three decimals").arg(value.left(40)));
    }
    if (!count(row, OSuccesses, observation.successes, problem)
        || !count(row, OAttempts, observation.attempts, problem))
        return false;
    const bool counted = observation.successes || observation.attempts;
    if (observation.valueMilli && counted)
        return fail(
            problem, OValue,
            tr("\"%1\": give a value or successes and attempts, not both").arg(text(row, OValue)));
    if (!observation.valueMilli && !counted)
        return fail(problem, OValue, tr("neither a value nor successes and attempts are given"));
    if (counted) {
        if (!observation.successes)
            return fail(problem, OSuccesses, tr("the successes are missing"));
        if (!observation.attempts)
            return fail(problem, OAttempts, tr("the attempts are missing"));
        if (*observation.attempts == 0)
            return fail(problem, OAttempts, tr("\"0\": there must be at least one attempt"));
        if (*observation.successes > *observation.attempts)
            return fail(problem, OAttempts,
                        tr("%1 attempts cannot hold %2 successes")
                            .arg(*observation.attempts)
                            .arg(*observation.successes));
    }
    return true;
}

} // namespace Accordo
