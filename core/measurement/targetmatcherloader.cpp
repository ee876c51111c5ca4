#include "targetmatcherloader.h"

#include "calendar/calendarjson.h"
#include "measurement/verdictscope.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString kCalendars = uR"(SELECT id, definition, name FROM calendars)"_s;
const QString kRegions = uR"(SELECT id, code, name, calendar_id FROM regions)"_s;
const QString kParties = uR"(SELECT id, name, region_id FROM parties)"_s;
const QString kServices = uR"(SELECT id, code, name FROM services)"_s;
// Only the sign transition leads to active, so a version that is or was active counts as
// signed even without a signing record (agreements created before the workflow, demo data).
const QString kAgreements = uR"(SELECT a.id, a.party_id, a.level, a.version, a.start_date,
                                        a.end_date, a.terminated_on, s.signed_on
                                 FROM agreements a LEFT JOIN signings s ON s.agreement_id = a.id
                                 WHERE s.agreement_id IS NOT NULL
                                    OR a.status IN ('active', 'expired', 'terminated')
                                 ORDER BY a.id)"_s;
const QString kTargets = uR"(SELECT id, agreement_id, service_id, region_id, priority, metric,
                                     threshold, calendar_id
                              FROM targets WHERE metric IN ('first_response', 'resolution')
                              ORDER BY id)"_s;

// The parties the claimed pairs' tickets can name: every party with a claimed party's name,
// since tickets name their customer by name (VerdictScope). The kinds make the lookup use the
// (kind, name) index.
const QString kClaimedParties = uR"(
    SELECT p.id FROM verdict_scope vs JOIN parties q ON q.id = vs.party_id
    JOIN parties p ON p.kind IN ('customer', 'department', 'supplier') AND p.name = q.name
    WHERE vs.running = 1
    UNION SELECT p.id FROM parties p
    WHERE p.kind IN ('customer', 'department', 'supplier') AND p.name IN (
        SELECT customer FROM tickets WHERE id IN ()"_s
                                + VerdictScope::claimedBatchTicketIds() + u"))"_s;
const QString kAgreementsClaimed = uR"(
    SELECT a.id, a.party_id, a.level, a.version, a.start_date, a.end_date, a.terminated_on,
           s.signed_on
    FROM agreements a LEFT JOIN signings s ON s.agreement_id = a.id
    WHERE (s.agreement_id IS NOT NULL OR a.status IN ('active', 'expired', 'terminated'))
      AND a.party_id IN ()"_s + kClaimedParties
                                   + u") ORDER BY a.id"_s;
const QString kPartiesClaimed = u"SELECT id, name, region_id FROM parties WHERE id IN ("_s
                                + kClaimedParties + u")"_s;
// Every target of those parties' agreements: the ones on other services govern none of the
// claimed tickets, and reading them keeps the lookup on the indexes (agreements by party,
// targets by agreement).
const QString kTargetsClaimed = uR"(
    SELECT id, agreement_id, service_id, region_id, priority, metric, threshold, calendar_id
    FROM targets
    WHERE metric IN ('first_response', 'resolution')
      AND agreement_id IN (SELECT a.id FROM agreements a WHERE a.party_id IN ()"_s
                                + kClaimedParties + u")) ORDER BY id"_s;

// A failed statement's error names the statement.
Error inStatement(const QString &error, const QString &sql)
{
    return Error{error + u" — "_s + sql.simplified().left(80)};
}

// Every row of `sql`, mapped, streamed (a portfolio's targets are hundreds of thousands).
template<typename Map>
auto rowsOf(QSqlDatabase db, const QString &sql, Map map)
    -> Result<QList<decltype(map(std::declval<const Sql::Rows &>()))>>
{
    auto rows = Sql::stream(db, sql);
    if (!rows)
        return inStatement(rows.errorString(), sql);
    QList<decltype(map(std::declval<const Sql::Rows &>()))> out;
    while (rows->next())
        out.append(map(*rows));
    if (const QString error = rows->errorText(); !error.isEmpty())
        return inStatement(error, sql);
    return out;
}

} // namespace

Result<TargetMatcher::Inputs> TargetMatcherLoader::load(QSqlDatabase db)
{
    return load(db, kParties, kAgreements, kTargets);
}

Result<TargetMatcher::Inputs> TargetMatcherLoader::loadClaimed(QSqlDatabase db)
{
    return load(db, kPartiesClaimed, kAgreementsClaimed, kTargetsClaimed);
}

Result<TargetMatcher::Inputs> TargetMatcherLoader::load(QSqlDatabase db, const QString &partiesSql,
                                                        const QString &agreementsSql,
                                                        const QString &targetsSql)
{
    // Everything the matching needs fits in memory: a workspace holds thousands of targets.
    TargetMatcher::Inputs in;
    {
        auto rows = Sql::select(db, kCalendars);
        if (!rows)
            return inStatement(rows.errorString(), kCalendars);
        while (rows->next()) {
            auto calendar = CalendarJson::fromJson(rows->value("definition").toByteArray(),
                                                   tr("calendar \"%1\"").arg(rows->text("name")));
            if (!calendar)
                return calendar.error();
            in.calendars.insert(rows->integer("id"), *calendar);
        }
    }
    auto regions = rowsOf(db, kRegions, [](const Sql::Rows &r) {
        return TargetMatcher::Inputs::Region{r.integer("id"), r.text("code"), r.text("name"),
                                             r.integer("calendar_id")};
    });
    if (!regions)
        return regions.error();
    in.regions = *regions;
    auto parties = rowsOf(db, partiesSql, [](const Sql::Rows &r) {
        return TargetMatcher::Inputs::Party{r.integer("id"), r.text("name"),
                                            r.integer("region_id")};
    });
    if (!parties)
        return parties.error();
    in.parties = *parties;
    auto services = rowsOf(db, kServices, [](const Sql::Rows &r) {
        return TargetMatcher::Inputs::Service{r.integer("id"), r.text("code"), r.text("name")};
    });
    if (!services)
        return services.error();
    in.services = *services;
    auto agreements = rowsOf(db, agreementsSql, [](const Sql::Rows &r) {
        return TargetMatcher::Inputs::Agreement{
            r.integer("id"), r.integer("party_id"), r.text("level"), r.number("version"),
            TargetJudgement::InForce::fromDates(r.text("start_date"), r.text("end_date"),
                                                r.text("terminated_on"), r.text("signed_on"))};
    });
    if (!agreements)
        return agreements.error();
    in.agreements = *agreements;
    auto targets = rowsOf(db, targetsSql, [](const Sql::Rows &r) {
        return TargetMatcher::Inputs::Target{
            r.integer("id"),         r.integer("agreement_id"),
            r.integer("service_id"), r.integer("region_id"),
            r.text("priority"),      r.text("metric") == u"first_response"_s,
            r.integer("threshold"),  r.integer("calendar_id")};
    });
    if (!targets)
        return targets.error();
    in.targets = *targets;
    return in;
}

} // namespace Accordo
