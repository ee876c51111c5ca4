#pragma once

#include "lifecycle/lifecycletypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace Accordo::Sql {
class Rows;
}

namespace Accordo {

class Workspace;

/// A version's terms and its lifecycle, read together.
struct VersionState
{
    Agreement agreement;
    AgreementLifecycle lifecycle;
};

/// What the workflow reads about agreement versions beyond their terms: the lifecycle of one
/// version (charter, approvers, decisions, signing, editors, transitions), the versions of a
/// number, and the reviews and renewals due. Every read returns an error when its query fails,
/// never an empty answer.
class LifecycleReads
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementWorkflow)

public:
    /// `today` is the date next reviews and due lists are computed for.
    LifecycleReads(const Workspace &workspace, const QDate &today);

    /// An agreement due for renewal, from a row with id, number, version, title, end_date and
    /// notice_days: the end date, and the notice date that many days before it.
    static DueItem renewalItem(const Sql::Rows &row);

    Result<AgreementLifecycle> lifecycle(qint64 agreementId) const;
    /// The agreement (its error first), then its lifecycle.
    Result<VersionState> state(qint64 agreementId) const;
    Result<Charter> charter(qint64 agreementId) const;
    Result<QList<RequiredApprover>> approvers(qint64 agreementId) const;
    Result<AgreementStatus> status(qint64 agreementId) const;

    /// Ids of all versions of a number, oldest first.
    Result<QList<qint64>> versions(const QString &number) const;
    Result<qint64> versionId(const QString &number, int version) const;
    Result<qint64> inForce(const QString &number) const;
    /// Ids of the versions in a state, by number and version.
    Result<QList<qint64>> inStatus(AgreementStatus status) const;
    /// The lowest version of the number in draft, negotiation or approval; 0 when none is.
    Result<int> openAmendment(const QString &number) const;
    /// The highest version of the number; 0 when it has none.
    Result<int> latestVersion(const QString &number) const;
    Result<QDate> monitoringEnd(qint64 agreementId) const;

    Result<QList<DueItem>> reviewsDue(int withinDays) const;
    Result<QList<DueItem>> renewalsDue(int withinDays) const;

    static QDate nextReview(const Agreement &agreement, const QDate &asOf);

private:
    Result<void> readVersionRow(AgreementLifecycle &lc) const;
    Result<void> readApprovalRound(AgreementLifecycle &lc) const;
    Result<std::optional<Signing>> signing(qint64 agreementId) const;
    Result<QStringList> editors(qint64 agreementId) const;
    Result<QList<TransitionLogEntry>> transitions(qint64 agreementId) const;
    Result<qint64> idOf(const QString &sql, const QVariantList &binds,
                        const QString &missing) const;

    const Workspace &mWorkspace;
    QSqlDatabase mDb;
    QDate mToday;
};

} // namespace Accordo
