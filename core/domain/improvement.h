#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Accordo {

/// Where an improvement action stands: open → in progress → done, or dropped with a reason.
/// Done and dropped are final.
enum class ActionState { Open, InProgress, Done, Dropped };

/// What a service review decided.
enum class ReviewOutcome { NoChange, ActionsAgreed, AmendmentNeeded };

/// A corrective or improvement action on an agreement, owned by one user.
struct ImprovementAction
{
    qint64 id = 0;
    qint64 agreementId = 0;
    QString number; // the agreement's, read with the action
    QString title;
    QString source = QStringLiteral("manual"); // manual, breach, at_risk, watermelon, check, review
    qint64 targetId = 0;                       // 0: the agreement as a whole
    QString period;                            // "2026-09"; empty when none
    QString finding;                           // the check finding that raised it, as it read
    qint64 reviewId = 0;                       // the review that agreed it
    qint64 ownerId = 0;
    QString ownerName; // read with the action
    QDate dueDate;
    ActionState state = ActionState::Open;
    QString reason; // why it was dropped
    QString notes;
    int rowVersion = 0;
};

/// One person at a review, on the provider's or the customer's side.
struct ReviewParticipant
{
    QString side; // "provider" or "customer"
    QString name;
    friend bool operator==(const ReviewParticipant &, const ReviewParticipant &) = default;
};

/// A periodic service review of an agreement as it was held.
struct ServiceReview
{
    qint64 id = 0;
    qint64 agreementId = 0;
    QString number; // read with the review
    QDate heldOn;
    QString periods; // "2026-Q3", "2026-09" or "2026"
    QList<ReviewParticipant> participants;
    QString kpiSummary; // JSON array of the KPI rows of the periods, as they read when held
    QString notes;
    ReviewOutcome outcome = ReviewOutcome::NoChange;
    qint64 amendmentId = 0; // the version the review opened, when an amendment was needed
    QString recordedBy;
};

/// Stored keys (never translated), display names and the action state machine.
class Improvement
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Improvement)

public:
    static QString key(ActionState state);
    static QString key(ReviewOutcome outcome);
    static QString displayName(ActionState state);
    static QString displayName(ReviewOutcome outcome);
    static std::optional<ActionState> stateFromKey(const QString &key);
    static std::optional<ReviewOutcome> outcomeFromKey(const QString &key);
    static QList<ActionState> states();
    static QStringList sources();

    /// Why an action may not go from `from` to `to` (with `reason` given for a drop), or an
    /// empty text when it may. Staying in the same state is no transition and always allowed.
    static QString whyNotTransition(ActionState from, ActionState to, const QString &reason);
    /// Whether an action in `state` still needs work.
    static bool isOpen(ActionState state);

    /// The first and last month ("YYYY-MM") of a review period written "2026-Q3", "2026-09"
    /// or "2026"; nothing when the text is none of these.
    static std::optional<std::pair<QString, QString>> periodMonths(const QString &period);
};

} // namespace Accordo
