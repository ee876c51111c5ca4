#pragma once

#include "domain/entities.h"
#include "lifecycle/transition.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Accordo {

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

/// Where the approval round of a version stands: which required approvals are in and from
/// whom, which are still awaited, and whether the version may now be signed.
struct ApprovalProgress
{
    struct Given
    {
        QString title;    // the required approval
        QString userName; // who gave it
    };
    AgreementStatus status = AgreementStatus::Draft;
    int required = 0;
    QList<Given> approved;
    QList<RequiredApprover> awaited;
    bool readyToSign = false; // in approval and nothing keeps it from being signed
};

/// What a version still lacks before its next step forward (submit, request approval, sign):
/// the guard's own reasons, all of them rather than the first.
struct NextStep
{
    std::optional<Transition> transition; // none once signed or ended
    QStringList missing;                  // translated reasons; empty when ready
};

/// A version in approval that a user may approve or reject now.
struct AwaitedApproval
{
    qint64 agreementId = 0;
    QString number;
    int version = 0;
    QString title;
    QString approverTitle; // the required approval the user would give
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
    QString note;         // why it is listed when not for its date (a translated sentence)
};

/// The stored keys of the two sides of an agreement.
namespace Sides {
QString key(Side side);
std::optional<Side> fromKey(const QString &key);
} // namespace Sides

} // namespace Accordo
