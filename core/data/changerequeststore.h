#pragma once

#include "domain/entities.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Accordo {

class Workspace;
struct AuditEntry;

enum class ChangeRequestStatus { Submitted, Assessed, Accepted, Rejected };
enum class ChangeRequestOrigin { Customer, Internal };

/// How one proposed target fared in the backtest of an assessment.
struct BacktestFigure
{
    QString target;
    qint64 tickets = 0;
    qint64 met = 0;
    qint64 breached = 0;
    qint64 goalMilli = 0; // 0: not known
};

/// A request to change an agreement's targets: what is asked and by whom, its assessment and
/// the decision on it.
struct ChangeRequest
{
    qint64 id = 0;
    qint64 agreementId = 0;
    ChangeRequestOrigin origin = ChangeRequestOrigin::Customer;
    QString requestedBy;
    QDate requestedOn;
    QString description;
    QList<Target> proposedTargets;
    ChangeRequestStatus status = ChangeRequestStatus::Submitted;
    QString submittedBy;
    // Assessment.
    QString feasibility;
    qint64 priceEffectMinor = 0; // per month, in the agreement's currency; negative: cheaper
    QList<BacktestFigure> backtest;
    QString assessedBy;
    // Decision.
    QString decidedBy;
    QDate decidedOn;
    QString reason;
    qint64 amendmentId = 0; // the draft version an acceptance opened
};

/// One line of the change request register, with the agreement it concerns.
struct ChangeRequestListing
{
    ChangeRequest request;
    QString agreementNumber;
    int agreementVersion = 0;
    QString agreementTitle;
    QString customer;
    QString currency;
};

/// The change_requests table: reads, and the writes the ChangeRequests state machine makes
/// inside its audited transactions. The stored row is the audit snapshot, column by column.
class ChangeRequestStore
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ChangeRequestStore)

public:
    explicit ChangeRequestStore(QSqlDatabase db) : mDb(std::move(db)) {}

    static QString statusKey(ChangeRequestStatus status);
    static std::optional<ChangeRequestStatus> statusFromKey(const QString &key);
    static QString statusName(ChangeRequestStatus status);
    static QString originKey(ChangeRequestOrigin origin);
    static std::optional<ChangeRequestOrigin> originFromKey(const QString &key);
    static QString originName(ChangeRequestOrigin origin);

    /// The proposed targets as stored (the audit trail's form of a target) and back; a stored
    /// text that is not such a list is an error naming the request.
    static QJsonArray targetsJson(const QList<Target> &targets);
    static Result<QList<Target>> targetsFrom(const QString &json, qint64 requestId);
    static QJsonArray backtestJson(const QList<BacktestFigure> &figures);
    /// The audit snapshot: every stored column but the id.
    static QJsonObject snapshot(const ChangeRequest &request);

    Result<ChangeRequest> request(qint64 id) const;
    /// request() with the row locked for the transaction about to change it.
    Result<ChangeRequest> requestForUpdate(qint64 id) const;
    /// The register: every request, newest first; of one agreement number's versions when
    /// `agreementNumber` is given.
    Result<QList<ChangeRequestListing>> list(const QString &agreementNumber = {}) const;
    /// Requests waiting for an assessment or a decision.
    Result<QList<ChangeRequestListing>> waiting() const;

    /// The audited row writes (the caller runs them inside AuditedWrite).
    Result<AuditEntry> insert(const ChangeRequest &request) const;
    Result<AuditEntry> update(const ChangeRequest &before, const ChangeRequest &after) const;

private:
    Result<QList<ChangeRequestListing>> listing(const QString &sql,
                                                const QVariantList &values) const;

    QSqlDatabase mDb;
};

} // namespace Accordo
