#pragma once

#include "domain/improvement.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace Accordo {

struct KpiRow;
class Workspace;

/// The reviews table: the periodic service reviews held with the customer. SLA managers and
/// administrators record them. A review is recorded against the active version of an
/// agreement; its KPI summary is kept as it read, so that the record reads the same later.
/// The last review held counts as the review the schedule asked for
/// (PortfolioChecks::reviews).
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ReviewStore)

public:
    explicit ReviewStore(Workspace &workspace) : mWorkspace(workspace) {}

    /// Records the review; when its outcome is that an amendment is needed and
    /// `openAmendment` is set, opens the amendment (a new draft version) in the same
    /// transaction and notes it on the review. Returns the review's id.
    Result<qint64> record(const ServiceReview &review, bool openAmendment = false);
    Result<ServiceReview> review(qint64 id) const;
    /// The reviews of every version of `number` (every review when empty), newest first.
    Result<QList<ServiceReview>> reviews(const QString &number = {}) const;

    /// The KPI rows of agreement `number` in `periods` (see Improvement::periodMonths) as the
    /// JSON array a review keeps: target, period, status, achieved and goal (thousandths),
    /// tickets and breaches. Reads the stored KPIs: bring them up to date first.
    static Result<QString> kpiSummary(QSqlDatabase db, const QString &number,
                                      const QString &periods);
    /// The JSON array kpiSummary() makes of KPI rows already read.
    static QString kpiSummaryOf(const QList<KpiRow> &rows);

    /// The participants as the reviews table keeps them: a compact JSON array.
    static QString participantsJson(const QList<ReviewParticipant> &participants);
    /// What the audit trail keeps of a new review recorded by `recordedBy`.
    static QJsonObject auditSnapshot(const ServiceReview &review, const QString &recordedBy);

private:
    Result<void> validate(const ServiceReview &review) const;

    Workspace &mWorkspace;
};

/// The owner of each agreement number: the provider's representative who talks to the
/// customer. SLA managers and administrators assign them.
class AgreementOwners
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementOwners)

public:
    explicit AgreementOwners(const Workspace &workspace) : mWorkspace(workspace) {}

    /// Makes the active user `userName` the owner of `number`.
    Result<void> set(const QString &number, const QString &userName);
    /// The owner's user name, or an empty text when the agreement has none.
    Result<QString> ownerOf(const QString &number) const;
    /// Every owned number with its owner's user name.
    Result<QHash<QString, QString>> owners() const;

    /// What the audit trail keeps of an owner row.
    static QJsonObject auditSnapshot(const QString &number, qint64 userId);

private:
    const Workspace &mWorkspace;
};

} // namespace Accordo
