#include "verdictscope.h"

#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString kAny = u"SELECT 1 AS noted FROM verdict_scope LIMIT 1"_s;
const QString kClaim = u"UPDATE verdict_scope SET running = 1 WHERE running = 0"_s;
const QString kClaimed = uR"(SELECT party_id, service_id FROM verdict_scope WHERE running = 1
                             ORDER BY party_id, service_id)"_s;
// A ticket names its service by code or by name (TargetMatcher): both.
const QString kClaimedTickets = uR"(
    SELECT p.name AS customer, v.code AS service FROM verdict_scope s
        JOIN parties p ON p.id = s.party_id JOIN services v ON v.id = s.service_id
        WHERE s.running = 1
    UNION SELECT p.name, v.name FROM verdict_scope s
        JOIN parties p ON p.id = s.party_id JOIN services v ON v.id = s.service_id
        WHERE s.running = 1
    ORDER BY 1, 2)"_s;
// What the schema's triggers note for a change of these targets (verdictscope.h).
const QString kNoteAgreement = uR"(
    INSERT INTO verdict_scope (party_id, service_id)
        SELECT DISTINCT a.party_id, t.service_id FROM targets t
        JOIN agreements a ON a.id = t.agreement_id
        WHERE a.number = ? AND t.metric IN ('first_response', 'resolution')
    ON CONFLICT (party_id, service_id) DO UPDATE SET running = 0)"_s;
const QString kClear = u"DELETE FROM verdict_scope WHERE running = 1"_s;

} // namespace

Result<void> VerdictScope::noteAgreement(QSqlDatabase db, const QString &number)
{
    if (auto r = Sql::exec(db, kNoteAgreement, {number}); !r)
        return r.error();
    return {};
}

Result<bool> VerdictScope::any(QSqlDatabase db)
{
    auto noted = Sql::scalar(db, kAny);
    if (!noted)
        return noted.error();
    return noted->isValid();
}

Result<QList<VerdictScope::Pair>> VerdictScope::claim(QSqlDatabase db)
{
    if (auto r = Sql::exec(db, kClaim); !r)
        return r.error();
    return Sql::list(db, kClaimed, {}, [](const Sql::Rows &r) {
        return Pair{r.integer("party_id"), r.integer("service_id")};
    });
}

Result<QList<VerdictScope::TicketKey>> VerdictScope::claimedTickets(QSqlDatabase db)
{
    return Sql::list(db, kClaimedTickets, {}, [](const Sql::Rows &r) {
        return TicketKey{r.text("customer"), r.text("service")};
    });
}

Result<void> VerdictScope::clearClaimed(QSqlDatabase db)
{
    if (auto r = Sql::exec(db, kClear); !r)
        return r.error();
    return {};
}

} // namespace Accordo
