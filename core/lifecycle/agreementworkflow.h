#pragma once

#include "domain/entities.h"
#include "lifecycle/transition.h"
#include "domain/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Accordo {

class Workspace;
struct VersionDiff;

enum class Side { Provider, Counterparty };

/// The customer's needs gathered in draft, and the delivery options discussed in negotiation.
struct Charter
{
    QString needs;
    QStringList requirements;
    QStringList deliveryOptions;
    friend bool operator==(const Charter &, const Charter &) = default;
};

/// One approval the agreement needs: a provider role or the counterparty's representative,
/// optionally reserved to a named user.
struct RequiredApprover
{
    qint64 id = 0;
    Side side = Side::Provider;
    QString title;
    QString userName; // empty: any approver may give it
};

struct ApprovalDecision
{
    qint64 approverId = 0;
    int round = 0;
    QString userName;
    bool approved = false;
    QString reason;
    QString decidedAt;
};

struct Signatory
{
    Side side = Side::Provider;
    QString name;
    QString title;
};

struct Signing
{
    QDate signedOn;
    QString method; // handwritten, electronic, qualified_electronic
    QString registeredNumber;
    QList<Signatory> signatories;
    QString recordedBy;
};

struct TransitionLogEntry
{
    QString transition;
    AgreementStatus from = AgreementStatus::Draft;
    AgreementStatus to = AgreementStatus::Draft;
    QString userName;
    QString at;
    QString reason;
};

/// What a transition needs beyond the agreement and the user.
struct TransitionRequest
{
    Transition transition = Transition::Submit;
    QString reason;               // reject, terminate (required); others optional
    QDate date;                   // sign: signing date; terminate: effective date
    QString method;               // sign
    QList<Signatory> signatories; // sign
};

/// Whether one transition is open to a user now, and if not, why (a translated sentence).
struct TransitionOption
{
    Transition transition = Transition::Submit;
    bool allowed = false;
    QString refusal;
};

/// Everything the workflow knows about one version beyond its terms.
struct AgreementLifecycle
{
    qint64 agreementId = 0;
    AgreementStatus status = AgreementStatus::Draft;
    Charter charter;
    QList<RequiredApprover> approvers;
    int round = 0;                     // how often it went to approval
    QList<ApprovalDecision> decisions; // of the current round
    std::optional<Signing> signing;
    QDate terminatedOn;
    QString terminationReason;
    qint64 supersedesId = 0;
    qint64 supersededById = 0;
    QStringList editors;
    QList<TransitionLogEntry> transitions;
    QDate nextReview;     // active versions only
    QDate noticeDeadline; // end date minus notice period
};

/// An agreement whose review or renewal falls within a window.
struct DueItem
{
    qint64 agreementId = 0;
    QString number;
    int version = 0;
    QString title;
    QDate due;            // review date or end date
    QDate noticeDeadline; // renewals: last day to give notice
};

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
    TransitionOption guard(const Agreement &agreement, const AgreementLifecycle &lifecycle,
                           Transition transition, const QString &userName) const;
    Result<void> checkDetails(const Agreement &agreement, const TransitionRequest &request) const;
    std::optional<qint64> openApproverSlot(const AgreementLifecycle &lifecycle,
                                           const QString &userName) const;
    bool hasEdited(const QString &number, const QString &userName) const;
    Result<void> requireEditable(qint64 agreementId, const QString &userName,
                                 const QString &what) const;

    Result<void> setStatus(const Agreement &agreement, AgreementStatus to, Transition transition,
                           const QString &userName, const QString &reason,
                           const QJsonObject &details);
    Result<qint64> amend(const Agreement &agreement, const QString &userName);
    Result<void> sign(const Agreement &agreement, const AgreementLifecycle &lifecycle,
                      const TransitionRequest &request, const QString &userName);
    Result<void> decide(const Agreement &agreement, const AgreementLifecycle &lifecycle,
                        const TransitionRequest &request, const QString &userName);

    Workspace &mWorkspace;
    QSqlDatabase mDb;
    QDate mToday;
};

} // namespace Accordo
