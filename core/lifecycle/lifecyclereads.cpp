#include "lifecyclereads.h"

#include "data/workspace.h"
#include "domain/reviewschedule.h"
#include "storage/sqlquery.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto SelectVersionRow = R"(SELECT status, coalesce(supersedes_id, 0) AS supersedes_id,
coalesce(superseded_by_id, 0) AS superseded_by_id, terminated_on, termination_reason
FROM agreements WHERE id = ?)"_L1;
constexpr auto SelectStatus = R"(SELECT status FROM agreements WHERE id = ?)"_L1;
constexpr auto SelectNeeds = R"(SELECT needs FROM agreement_charters WHERE agreement_id = ?)"_L1;
constexpr auto SelectItems = R"(SELECT kind, text FROM agreement_items WHERE agreement_id = ?
ORDER BY kind, position)"_L1;
constexpr auto SelectApprovers = R"(SELECT id, side, title, user_name FROM agreement_approvers
WHERE agreement_id = ? ORDER BY position)"_L1;
constexpr auto CountRounds = R"(SELECT count(*) AS n FROM agreement_transitions
WHERE agreement_id = ? AND transition = ?)"_L1;
constexpr auto SelectDecisions = R"(SELECT coalesce(approver_id, 0) AS approver_id, round,
user_name, decision, reason, decided_at FROM approvals WHERE agreement_id = ? AND round = ?
ORDER BY id)"_L1;
constexpr auto SelectSigning = R"(SELECT signed_on, method, registered_number, recorded_by
FROM signings WHERE agreement_id = ?)"_L1;
constexpr auto SelectSignatories = R"(SELECT side, name, title FROM signatories
WHERE agreement_id = ? ORDER BY position)"_L1;
constexpr auto SelectEditors = R"(SELECT user_name FROM agreement_editors WHERE agreement_id = ?
ORDER BY user_name)"_L1;
constexpr auto SelectTransitions = R"(SELECT transition, from_status, to_status, user_name, at,
reason FROM agreement_transitions WHERE agreement_id = ? ORDER BY id)"_L1;
constexpr auto SelectVersions = R"(SELECT id FROM agreements WHERE number = ?
ORDER BY version)"_L1;
constexpr auto SelectVersionId = R"(SELECT id FROM agreements
WHERE number = ? AND version = ?)"_L1;
constexpr auto SelectInForce = R"(SELECT id FROM agreements
WHERE number = ? AND status = 'active')"_L1;
constexpr auto SelectInStatus = R"(SELECT id FROM agreements WHERE status = ?
ORDER BY number, version)"_L1;
constexpr auto SelectOpenAmendment = R"(SELECT version FROM agreements WHERE number = ?
AND status IN ('draft', 'negotiation', 'approval') ORDER BY version LIMIT 1)"_L1;
constexpr auto SelectLatestVersion = R"(SELECT max(version) AS version FROM agreements
WHERE number = ?)"_L1;
constexpr auto SelectReviewCandidates = R"(SELECT a.id, a.number, a.version, a.title,
a.start_date, a.end_date, a.review_months,
(SELECT max(r.held_on) FROM reviews r JOIN agreements v ON v.id = r.agreement_id
 WHERE v.number = a.number) AS last_review
FROM agreements a WHERE a.status = 'active')"_L1;
constexpr auto SelectRenewals = R"(SELECT id, number, version, title, end_date, notice_days
FROM agreements WHERE status = 'active' AND end_date >= ? AND end_date <= ?
ORDER BY end_date, number)"_L1;

AgreementStatus statusOf(const Sql::Rows &row, const char *column)
{
    return Enums::fromKey<AgreementStatus>(row.text(column)).value_or(AgreementStatus::Draft);
}

// Stores a read's value in `target`, or passes its error on.
template<typename T>
Result<void> into(T &target, Result<T> read)
{
    if (!read)
        return read.error();
    target = std::move(*read);
    return {};
}

Side sideOf(const Sql::Rows &row)
{
    return Sides::fromKey(row.text("side")).value_or(Side::Provider);
}

} // namespace

LifecycleReads::LifecycleReads(const Workspace &workspace, const QDate &today)
    : mWorkspace(workspace), mDb(workspace.connection()), mToday(today)
{}

QDate LifecycleReads::nextReview(const Agreement &a, const QDate &asOf)
{
    return ReviewSchedule::firstOnOrAfter(a.startDate, a.reviewMonths, asOf, a.endDate);
}

Result<AgreementLifecycle> LifecycleReads::lifecycle(qint64 id) const
{
    AgreementLifecycle lc;
    lc.agreementId = id;
    Result<void> read = readVersionRow(lc);
    if (read)
        read = into(lc.charter, charter(id));
    if (read)
        read = into(lc.approvers, approvers(id));
    if (read)
        read = readApprovalRound(lc);
    if (read)
        read = into(lc.signing, signing(id));
    if (read)
        read = into(lc.editors, editors(id));
    if (read)
        read = into(lc.transitions, transitions(id));
    if (!read)
        return read.error();
    auto a = mWorkspace.agreement(id);
    if (!a)
        return a.error();
    if (lc.status == AgreementStatus::Active)
        lc.nextReview = nextReview(*a, mToday);
    if (a->endDate.isValid())
        lc.noticeDeadline = a->endDate.addDays(-a->noticeDays);
    return lc;
}

Result<VersionState> LifecycleReads::state(qint64 id) const
{
    auto a = mWorkspace.agreement(id);
    if (!a)
        return a.error();
    auto lc = lifecycle(id);
    if (!lc)
        return lc.error();
    return VersionState{std::move(*a), std::move(*lc)};
}

Result<void> LifecycleReads::readVersionRow(AgreementLifecycle &lc) const
{
    auto row = Sql::select(mDb, SelectVersionRow, {lc.agreementId});
    if (!row)
        return row.error();
    if (!row->next())
        return Error{tr("there is no agreement with id %1").arg(lc.agreementId)};
    lc.status = statusOf(*row, "status");
    lc.supersedesId = row->integer("supersedes_id");
    lc.supersededById = row->integer("superseded_by_id");
    lc.terminatedOn = row->date("terminated_on");
    lc.terminationReason = row->text("termination_reason");
    return {};
}

Result<AgreementStatus> LifecycleReads::status(qint64 id) const
{
    return Sql::one(
        mDb, SelectStatus, {id}, [](const Sql::Rows &r) { return statusOf(r, "status"); },
        tr("there is no agreement with id %1").arg(id));
}

Result<Charter> LifecycleReads::charter(qint64 id) const
{
    Charter charter;
    auto needs = Sql::scalar(mDb, SelectNeeds, {id});
    if (!needs)
        return needs.error();
    charter.needs = needs->toString();
    auto items = Sql::select(mDb, SelectItems, {id});
    if (!items)
        return items.error();
    while (items->next()) {
        (items->text("kind") == u"requirement"_s ? charter.requirements : charter.deliveryOptions)
            .append(items->text("text"));
    }
    return charter;
}

Result<QList<RequiredApprover>> LifecycleReads::approvers(qint64 id) const
{
    return Sql::list(mDb, SelectApprovers, {id}, [](const Sql::Rows &r) {
        return RequiredApprover{r.integer("id"), sideOf(r), r.text("title"), r.text("user_name")};
    });
}

Result<void> LifecycleReads::readApprovalRound(AgreementLifecycle &lc) const
{
    auto round = Sql::scalar(mDb, CountRounds,
                             {lc.agreementId, Transitions::key(Transition::RequestApproval)});
    if (!round)
        return round.error();
    lc.round = round->toInt();
    auto decisions = Sql::list(
        mDb, SelectDecisions, {lc.agreementId, lc.round}, [](const Sql::Rows &r) {
            return ApprovalDecision{r.integer("approver_id"), r.number("round"),
                                    r.text("user_name"),      r.text("decision") == u"approved"_s,
                                    r.text("reason"),         r.text("decided_at")};
        });
    if (!decisions)
        return decisions.error();
    lc.decisions = *decisions;
    return {};
}

Result<std::optional<Signing>> LifecycleReads::signing(qint64 id) const
{
    auto row = Sql::select(mDb, SelectSigning, {id});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<Signing>();
    Signing signing;
    signing.signedOn = row->date("signed_on");
    signing.method = row->text("method");
    signing.registeredNumber = row->text("registered_number");
    signing.recordedBy = row->text("recorded_by");
    auto signatories = Sql::list(mDb, SelectSignatories, {id}, [](const Sql::Rows &r) {
        return Signatory{sideOf(r), r.text("name"), r.text("title")};
    });
    if (!signatories)
        return signatories.error();
    signing.signatories = *signatories;
    return std::optional<Signing>(signing);
}

Result<QStringList> LifecycleReads::editors(qint64 id) const
{
    return Sql::list(mDb, SelectEditors, {id},
                     [](const Sql::Rows &r) { return r.text("user_name"); });
}

Result<QList<TransitionLogEntry>> LifecycleReads::transitions(qint64 id) const
{
    return Sql::list(mDb, SelectTransitions, {id}, [](const Sql::Rows &r) {
        return TransitionLogEntry{r.text("transition"),
                                  statusOf(r, "from_status"),
                                  statusOf(r, "to_status"),
                                  r.text("user_name"),
                                  r.text("at"),
                                  r.text("reason")};
    });
}

Result<QList<qint64>> LifecycleReads::versions(const QString &number) const
{
    return Sql::list(mDb, SelectVersions, {number},
                     [](const Sql::Rows &r) { return r.integer("id"); });
}

Result<qint64> LifecycleReads::idOf(const QString &sql, const QVariantList &binds,
                                    const QString &missing) const
{
    return Sql::one(
        mDb, sql, binds, [](const Sql::Rows &r) { return r.integer("id"); }, missing);
}

Result<qint64> LifecycleReads::versionId(const QString &number, int version) const
{
    return idOf(SelectVersionId, {number, version},
                tr("%1 has no version %2").arg(number).arg(version));
}

Result<qint64> LifecycleReads::inForce(const QString &number) const
{
    return idOf(SelectInForce, {number}, tr("no version of %1 is in force").arg(number));
}

Result<QList<qint64>> LifecycleReads::inStatus(AgreementStatus status) const
{
    return Sql::list(mDb, SelectInStatus, {Enums::key(status)},
                     [](const Sql::Rows &r) { return r.integer("id"); });
}

Result<int> LifecycleReads::openAmendment(const QString &number) const
{
    auto version = Sql::scalar(mDb, SelectOpenAmendment, {number});
    if (!version)
        return version.error();
    return version->toInt();
}

Result<int> LifecycleReads::latestVersion(const QString &number) const
{
    auto version = Sql::scalar(mDb, SelectLatestVersion, {number});
    if (!version)
        return version.error();
    return version->toInt();
}

Result<QDate> LifecycleReads::monitoringEnd(qint64 agreementId) const
{
    auto version = state(agreementId);
    if (!version)
        return version.error();
    const QDate end = version->agreement.endDate;
    const QDate terminated = version->lifecycle.terminatedOn;
    if (terminated.isValid() && (!end.isValid() || terminated < end))
        return terminated;
    return end;
}

Result<QList<DueItem>> LifecycleReads::reviewsDue(int withinDays) const
{
    QList<DueItem> items;
    const QDate until = mToday.addDays(withinDays);
    auto rows = Sql::select(mDb, SelectReviewCandidates);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Agreement a;
        a.startDate = rows->date("start_date");
        a.endDate = rows->date("end_date");
        a.reviewMonths = rows->number("review_months");
        // A review held on a scheduled date or after it answers that date.
        const QDate held = rows->date("last_review");
        const QDate review = nextReview(a, held.isValid() ? std::max(mToday, held.addDays(1))
                                                          : mToday);
        if (review.isValid() && review <= until)
            items.append({rows->integer("id"),
                          rows->text("number"),
                          rows->number("version"),
                          rows->text("title"),
                          review,
                          {},
                          {}});
    }
    std::sort(items.begin(), items.end(), [](const DueItem &l, const DueItem &r) {
        return std::tie(l.due, l.number) < std::tie(r.due, r.number);
    });
    return items;
}

Result<QList<DueItem>> LifecycleReads::renewalsDue(int withinDays) const
{
    return Sql::list(
        mDb, SelectRenewals,
        {mToday.toString(Qt::ISODate), mToday.addDays(withinDays).toString(Qt::ISODate)},
        &LifecycleReads::renewalItem);
}

DueItem LifecycleReads::renewalItem(const Sql::Rows &r)
{
    const QDate end = r.date("end_date");
    return DueItem{r.integer("id"),
                   r.text("number"),
                   r.number("version"),
                   r.text("title"),
                   end,
                   end.addDays(-r.number("notice_days")),
                   {}};
}

} // namespace Accordo
