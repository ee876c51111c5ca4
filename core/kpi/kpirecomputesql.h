#pragma once

// The statements of a KPI recompute (kpirecompute.cpp), named as Qt's SQL examples name theirs.

#include <QString>

namespace Accordo::Kpi::RecomputeSql {

using namespace Qt::StringLiterals;

inline const auto SelectCalendars = u"SELECT id, definition, name FROM calendars"_s;

inline const auto SelectRegions =
    u"SELECT id, code, name, coalesce(calendar_id, 0) AS calendar_id FROM regions"_s;

inline const auto SelectCreditTiers = u"SELECT target_id, below_milli, credit_hundredths "
                                      "FROM credit_tiers ORDER BY target_id, position"_s;
// The tiers of the targets a condition on SelectTargets' `a` (the agreement) selects.
inline const auto SelectCreditTiersWhere = uR"(
    SELECT c.target_id, c.below_milli, c.credit_hundredths FROM credit_tiers c
    JOIN targets t ON t.id = c.target_id JOIN agreements a ON a.id = t.agreement_id
    WHERE 1 = 1)"_s;
inline const auto CreditTierOrder = u" ORDER BY c.target_id, c.position"_s;

// The agreements the Evaluator judges against: signed, or a version that is or was active.
inline const auto SelectTargets = uR"(
    SELECT t.id, t.agreement_id, t.metric, t.threshold, t.goal_milli, t.period,
           coalesce(t.calendar_id, 0) AS target_calendar, coalesce(t.region_id, 0) AS target_region,
           t.credit_cap_hundredths, t.custom_name, a.start_date, a.end_date, a.terminated_on,
           s.signed_on, a.price_minor, a.currency, a.party_id, p.name AS party_name,
           coalesce(p.region_id, 0) AS party_region, t.service_id, v.code AS service_code,
           v.name AS service_name
    FROM targets t JOIN agreements a ON a.id = t.agreement_id
    JOIN parties p ON p.id = a.party_id
    JOIN services v ON v.id = t.service_id
    LEFT JOIN signings s ON s.agreement_id = a.id
    WHERE (s.agreement_id IS NOT NULL
           OR a.status IN ('active', 'expired', 'terminated'))
      AND t.metric IN ('first_response', 'resolution', 'availability',
                       'satisfaction', 'custom'))"_s;
inline const auto TargetOrder = u" ORDER BY t.id"_s;
// How many targets there are at most, to make room for their terms at once.
inline const auto CountTargets = u"SELECT count(*) AS targets FROM targets"_s;

inline const auto SelectOutages =
    u"SELECT service, customer, region, start_at, end_at, planned FROM outages"_s;

inline const auto SelectDirtyMonths = u"SELECT month FROM kpi_dirty_months"_s;

inline const auto SelectPendingPeriods =
    u"SELECT target_id, period FROM kpi_periods WHERE pending > 0"_s;

inline const auto SelectVerdicts = uR"(
    SELECT r.target_id,
           CASE r.verdict WHEN 'met' THEN 0 WHEN 'breached' THEN 1
                          ELSE 2 END AS verdict,
           r.elapsed, t.opened_at
    FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id
    WHERE t.opened_at >= ? AND t.opened_at < ?)"_s;

// A survey about a ticket counts for the ticket's customer; a ticket's own score counts
// unless a survey answers for that ticket. A survey names its ticket by number alone, which
// two sources may share: it counts once, for one of them.
inline const auto SelectSurveyScores = uR"(
    SELECT coalesce(nullif(s.customer, ''), t.customer) AS customer, s.answered_at AS at,
           s.score
    FROM surveys s LEFT JOIN
         (SELECT number, min(customer) AS customer FROM tickets
          WHERE number IN (SELECT ticket_number FROM surveys)
          GROUP BY number) t ON t.number = s.ticket_number)"_s;

inline const auto SelectTicketScores = uR"(
    SELECT customer, coalesce(resolved_at, closed_at, opened_at) AS at, satisfaction AS score
    FROM tickets WHERE satisfaction IS NOT NULL
      AND number NOT IN (SELECT ticket_number FROM surveys))"_s;

inline const auto SelectDirtyTargets = u"SELECT target_id FROM kpi_dirty_targets"_s;
inline const auto SelectDirtyPeriods = u"SELECT target_id, month FROM kpi_dirty_periods"_s;

// The verdicts of one target, through the ticket_results_target index.
inline const auto SelectTargetVerdicts = uR"(
    SELECT CASE r.verdict WHEN 'met' THEN 0 WHEN 'breached' THEN 1
                          ELSE 2 END AS verdict,
           r.elapsed, t.opened_at
    FROM ticket_results r JOIN tickets t ON t.id = r.ticket_id
    WHERE r.target_id = ?)"_s;

// The agreements of the targets noted as changed (those still there, and those a deleted
// target left rows for): at the same as-of, with no month of tickets or surveys changed, only
// their targets are read (every target of each, for its watermelon flags).
inline const auto NotedAgreements = uR"( AND t.agreement_id IN (
    SELECT agreement_id FROM targets WHERE id IN (
        SELECT target_id FROM kpi_dirty_targets UNION SELECT target_id FROM kpi_dirty_periods)
    UNION SELECT agreement_id FROM kpi_periods
        WHERE target_id IN (SELECT target_id FROM kpi_dirty_targets)))"_s;
inline const auto AnyDirtyMonth = u"SELECT 1 AS dirty FROM kpi_dirty_months LIMIT 1"_s;

inline const QString ClearDirty[] = {u"DELETE FROM kpi_dirty_months"_s,
                                     u"DELETE FROM kpi_dirty_targets"_s,
                                     u"DELETE FROM kpi_dirty_periods"_s};

} // namespace Accordo::Kpi::RecomputeSql
