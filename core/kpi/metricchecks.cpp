#include "portfoliochecks.h"

#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

// The consistency check's part about custom metrics: a target measures a custom metric only
// once the catalogue defines it.

namespace Accordo {

namespace {

const QString SelectUndefined = uR"(
    SELECT a.number, a.title, s.code AS service, t.custom_name, t.priority
    FROM targets t JOIN agreements a ON a.id = t.agreement_id
    JOIN services s ON s.id = t.service_id
    WHERE t.metric = 'custom'
      AND a.status IN ('draft', 'negotiation', 'approval', 'active')
      AND t.custom_name NOT IN (SELECT name FROM metric_definitions)
    ORDER BY a.number, a.version, t.position, t.id)"_s;

} // namespace

Result<QList<ConsistencyViolation>> PortfolioChecks::undefinedMetrics(QSqlDatabase db)
{
    return Sql::list(db, SelectUndefined, {}, [](const Sql::Rows &r) {
        ConsistencyViolation v;
        v.supportingNumber = r.text("number");
        v.supportingTitle = r.text("title");
        v.service = r.text("service");
        v.metric = u"custom"_s;
        v.priority = r.text("priority");
        v.aspect = u"undefined_metric"_s;
        v.supportingValue = r.text("custom_name");
        return v;
    });
}

} // namespace Accordo
