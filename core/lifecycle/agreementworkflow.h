#pragma once

#include "domain/entities.h"
#include "domain/user.h"
#include "lifecycle/lifecycletypes.h"
#include "lifecycle/transition.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Accordo {

class Workspace;
class LifecycleReads;
struct AuditEntry;
struct VersionDiff;

/// The guarded state machine of agreement versions: draft → negotiation → approval → active →
/// expired or terminated, with rework, rejection and amendment. It enforces roles and
/// segregation of duties, writes each transition with its audit record in one transaction,
/// and answers the GUI's question "what may this user do with this agreement now?".
class AgreementWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementWorkflow)

public:
    explicit AgreementWorkflow(Workspace &workspace);

    /// The date guards and due lists are computed for; today unless set (tests, what-ifs).
    void setToday(const QDate &today) { mToday = today; }
    QDate today() const;

    /// Every transition, each allowed or with the reason it is refused for this user now.
    /// Details that only the request carries (a reason, signatories) are not checked here.
    QList<TransitionOption> availableTransitions(qint64 agreementId, const QString &userName) const;
    /// The full guard of one request, details included.
    TransitionOption check(qint64 agreementId, const TransitionRequest &request,
                           const QString &userName) const;
    /// The step that moves a version in `status` on towards being in force: submit, request
    /// approval, sign; none once signed or ended.
    static std::optional<Transition> forwardStep(AgreementStatus status);
    /// What the version still lacks for its next step forward, in the guard's words.
    Result<NextStep> nextStep(qint64 agreementId) const;
    /// Who has approved the version this round, who is awaited, and whether it may be signed.
    Result<ApprovalProgress> approvalProgress(qint64 agreementId) const;
    /// The versions in approval that the user may approve or reject now (their role, their
    /// open approval, segregation of duties), by number and version.
    Result<QList<AwaitedApproval>> awaitingDecision(const QString &userName) const;

    /// Performs the transition or changes nothing. Returns the id of the version the
    /// transition leaves current: the new version for Amend, the same id otherwise.
    Result<qint64> transition(qint64 agreementId, const TransitionRequest &request,
                              const QString &userName);

    /// Draft and negotiation edits beside the terms (which Workspace::update writes).
    Result<void> setCharter(qint64 agreementId, const Charter &charter, const QString &userName);
    Result<void> setRequiredApprovers(qint64 agreementId, const QList<RequiredApprover> &approvers,
                                      const QString &userName);

    Result<AgreementLifecycle> lifecycle(qint64 agreementId) const;
    /// Ids of all versions of a number, oldest first.
    QList<qint64> versions(const QString &number) const;
    Result<qint64> versionId(const QString &number, int version) const;
    /// The version in force (active) for a number, if any.
    Result<qint64> inForce(const QString &number) const;
    /// The last day KPIs are computed for: the termination date, else the end date (null when
    /// open-ended).
    Result<QDate> monitoringEnd(qint64 agreementId) const;

    QList<DueItem> reviewsDue(int withinDays) const;
    QList<DueItem> renewalsDue(int withinDays) const;

    /// Field-by-field and target-by-target differences between two versions.
    Result<VersionDiff> diff(qint64 fromId, qint64 toId) const;

    static QString sideKey(Side side);
    static std::optional<Side> sideFromKey(const QString &key);
    static QStringList signingMethods();
    static QDate nextReview(const Agreement &agreement, const QDate &asOf);

private:
    LifecycleReads reads() const;
    /// The writes of an allowed transition; `current` receives the id it leaves current.
    Result<QList<AuditEntry>> perform(const Agreement &agreement,
                                      const AgreementLifecycle &lifecycle,
                                      const TransitionRequest &request, const QString &userName,
                                      qint64 &current);

    Workspace &mWorkspace;
    QSqlDatabase mDb;
    QDate mToday;
};

} // namespace Accordo
