#pragma once

#include <QString>

/// The statements that write a new record, shared by the data layer's stores and the demo's
/// bulk writers (which prepare each once for thousands of rows): both paths write the same
/// columns, and tst_demobulk compares what they store.
namespace Accordo::RecordSql {

using namespace Qt::StringLiterals;

/// A party: a customer, a department or a supplier.
inline const QString InsertParty = uR"(
    INSERT INTO parties (id, kind, name, region_id, segment, contact, email, external_id,
                         crm_status, crm_imported)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s;
/// One contact person of a party, at its position in the party's list.
inline const QString InsertContact = uR"(
    INSERT INTO party_contacts (party_id, position, name, role, email, phone)
    VALUES (?, ?, ?, ?, ?, ?))"_s;
/// A version of an agreement.
inline const QString InsertAgreement = uR"(
    INSERT INTO agreements (id, number, version, title, kind, level, parent_id, party_id,
                            start_date, end_date, review_months, status, price_minor, currency,
                            created_at, updated_at, notice_days)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s;
/// A service an agreement covers.
inline const QString InsertServiceId = uR"(
    INSERT INTO agreement_services (agreement_id, service_id) VALUES (?, ?))"_s;
/// A target of an agreement.
inline const QString InsertTarget = uR"(
    INSERT INTO targets (id, agreement_id, service_id, region_id, priority, metric, custom_name,
                         custom_unit, threshold, goal_milli, period, calendar_id,
                         credit_cap_hundredths, position, offering_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s;
/// One tier of a target's service credits.
inline const QString InsertCreditTier = uR"(
    INSERT INTO credit_tiers (target_id, position, below_milli, credit_hundredths)
    VALUES (?, ?, ?, ?))"_s;
/// One line of an agreement's price.
inline const QString InsertPriceLine = uR"(
    INSERT INTO price_lines (agreement_id, position, service_id, offering_id, label, basis,
                             quantity, unit_price_minor)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_s;
/// Segregation of duties: whoever shaped a version may not approve it.
inline const QString InsertEditor = uR"(
    INSERT INTO agreement_editors (agreement_id, user_name) VALUES (?, ?)
    ON CONFLICT DO NOTHING)"_s;
/// The next number of a prefix and year (SLA-2026-0001, …).
inline const QString AdvanceNumber = uR"(
    INSERT INTO number_sequences (prefix, year, last_value) VALUES (?, ?, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET last_value = number_sequences.last_value + 1
    RETURNING last_value)"_s;

/// The owner of an agreement number.
inline const QString InsertOwner =
    u"INSERT INTO agreement_owners (number, user_id) VALUES (?, ?) RETURNING id"_s;
/// A service review held with the customer.
inline const QString InsertReview = uR"(
    INSERT INTO reviews (agreement_id, held_on, periods, participants, kpi_summary, notes,
                         outcome, amendment_id, recorded_by, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s;
/// An improvement action.
inline const QString InsertAction = uR"(
    INSERT INTO actions (agreement_id, title, source, target_id, period, finding, review_id,
                         owner_id, due_date, state, reason, notes, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s;

/// An alert raised for a user.
inline const QString InsertAlert = uR"(
    INSERT INTO alerts (user_name, event, event_key, agreement_id, subject, raised_at)
    VALUES (?, ?, ?, ?, ?, ?) RETURNING id)"_s;

} // namespace Accordo::RecordSql
