#include "versionsteps.h"

#include "data/documentstore.h"
#include "data/workspace.h"
#include "document/signeddocuments.h"
#include "lifecycle/charteredits.h"
#include "lifecycle/lifecyclereads.h"
#include "lifecycle/statuschange.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto NextRegisteredNumber = R"(INSERT INTO number_sequences (prefix, year, last_value)
VALUES ('REG', ?, 1) ON CONFLICT (prefix, year)
DO UPDATE SET last_value = number_sequences.last_value + 1 RETURNING last_value)"_L1;
constexpr auto InsertSigning = R"(INSERT INTO signings (agreement_id, signed_on, method,
registered_number, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?))"_L1;
constexpr auto InsertSignatory = R"(INSERT INTO signatories (agreement_id, position, side, name,
title) VALUES (?, ?, ?, ?, ?))"_L1;
constexpr auto SetSupersededBy = R"(UPDATE agreements SET superseded_by_id = ? WHERE id = ?)"_L1;
constexpr auto SetSupersedes = R"(UPDATE agreements SET supersedes_id = ? WHERE id = ?)"_L1;
constexpr auto SetTermination = R"(UPDATE agreements SET terminated_on = ?,
termination_reason = ? WHERE id = ?)"_L1;

} // namespace

VersionSteps::VersionSteps(Workspace &workspace)
    : mWorkspace(workspace), mDb(workspace.connection())
{}

Result<QString> VersionSteps::nextRegisteredNumber(const Agreement &a, int year)
{
    auto value = Sql::scalar(mDb, NextRegisteredNumber, {year});
    if (!value || !value->isValid())
        return Error{tr("%1: no registered number could be assigned").arg(StatusChange::label(a))};
    return u"REG-%1-%2"_s.arg(year).arg(value->toInt(), 5, 10, QChar(u'0'));
}

Result<QJsonArray> VersionSteps::writeSignatories(const Agreement &a,
                                                  const QList<Signatory> &signatories)
{
    QJsonArray written;
    for (int position = 0; position < signatories.size(); ++position) {
        const Signatory &s = signatories.at(position);
        const QString side = Sides::key(s.side);
        if (auto r = Sql::exec(mDb, InsertSignatory,
                               {a.id, position, side, s.name.trimmed(), s.title});
            !r)
            return Error{tr("%1, signatory %2: %3")
                             .arg(StatusChange::label(a))
                             .arg(position + 1)
                             .arg(r.errorString())};
        written.append(
            QJsonObject{{u"side"_s, side}, {u"name"_s, s.name.trimmed()}, {u"title"_s, s.title}});
    }
    return written;
}

Result<QList<AuditEntry>> VersionSteps::sign(const Agreement &a, const AgreementLifecycle &lc,
                                             const TransitionRequest &request,
                                             const QString &userName)
{
    const QString signedOn = request.date.toString(Qt::ISODate);
    auto registered = nextRegisteredNumber(a, request.date.year());
    if (!registered)
        return registered.error();
    if (auto r = Sql::exec(
            mDb, InsertSigning,
            {a.id, signedOn, request.method, *registered, userName, StatusChange::nowUtc()});
        !r)
        return Error{tr("%1: %2").arg(StatusChange::label(a), r.errorString())};
    auto signatories = writeSignatories(a, request.signatories);
    if (!signatories)
        return signatories.error();
    QJsonObject details{{u"signed_on"_s, signedOn},
                        {u"method"_s, request.method},
                        {u"registered_number"_s, *registered},
                        {u"signatories"_s, *signatories}};
    // A version with a document is signed as the exact PDF stored with the signing record.
    auto fingerprint = SignedDocuments::fingerprint(mWorkspace, a);
    if (!fingerprint)
        return fingerprint.error();
    if (*fingerprint)
        details.insert(u"document_sha256"_s, **fingerprint);
    const StatusChange change(mDb);
    auto signing = change.apply(a, AgreementStatus::Active, Transition::Sign, userName,
                                request.reason, details);
    if (!signing)
        return signing.error();
    if (lc.supersedesId <= 0)
        return QList<AuditEntry>{*signing};

    auto previous = mWorkspace.agreement(lc.supersedesId);
    if (!previous)
        return previous.error();
    // The amendment takes over: the old version leaves force the moment the new one is signed.
    if (auto r = Sql::exec(mDb, SetSupersededBy, {a.id, previous->id}); !r)
        return r.error();
    auto expiry = change.apply(*previous, AgreementStatus::Expired, Transition::Expire, userName,
                               tr("superseded by version %1").arg(a.version),
                               {{u"superseded_by"_s, QString::number(a.id)}});
    if (!expiry)
        return expiry.error();
    return QList<AuditEntry>{*signing, *expiry};
}

Result<AuditEntry> VersionSteps::terminate(const Agreement &a, const TransitionRequest &request,
                                           const QString &userName)
{
    const QString effective = request.date.toString(Qt::ISODate);
    const QString reason = request.reason.trimmed();
    if (auto r = Sql::exec(mDb, SetTermination, {effective, reason, a.id}); !r)
        return r.error();
    return StatusChange(mDb).apply(a, AgreementStatus::Terminated, Transition::Terminate, userName,
                                   reason, {{u"effective_date"_s, effective}});
}

Result<AuditEntry> VersionSteps::amend(const Agreement &a, const QString &userName, qint64 &newId)
{
    auto latest = LifecycleReads(mWorkspace, {}).latestVersion(a.number);
    if (!latest)
        return Error{tr("%1: the versions cannot be read").arg(StatusChange::label(a))};
    Agreement next = a;
    next.id = 0;
    next.version = *latest + 1;
    next.status = AgreementStatus::Draft;
    for (Target &t : next.targets)
        t.id = 0;
    LifecycleReads reads(mWorkspace, {});
    auto charter = reads.charter(a.id);
    if (!charter)
        return charter.error();
    auto approvers = reads.approvers(a.id);
    if (!approvers)
        return approvers.error();

    auto id = mWorkspace.insert(next);
    if (!id)
        return id.error();
    if (auto r = Sql::exec(mDb, SetSupersedes, {a.id, *id}); !r)
        return r.error();
    // The draft continues the signed text, not the template as it stands today.
    auto copied = AuditedWrite::run(mWorkspace, {}, {}, [&]() -> Result<QList<AuditEntry>> {
        next.id = *id;
        auto entry = DocumentStore(mWorkspace).copyDocument(a.id, next);
        if (!entry)
            return entry.error();
        return *entry ? QList<AuditEntry>{**entry} : QList<AuditEntry>{};
    });
    if (!copied)
        return copied.error();
    const CharterEdits edits(mWorkspace);
    if (auto r = edits.writeCharter(*id, *charter); !r)
        return r.error();
    if (auto r = edits.writeApprovers(*id, *approvers); !r)
        return r.error();
    if (auto r = StatusChange(mDb).log(a.id, Transition::Amend, AgreementStatus::Active,
                                       AgreementStatus::Active, userName,
                                       tr("version %1 opened").arg(next.version));
        !r)
        return r.error();
    newId = *id;
    return AuditEntry{u"agreement"_s, a.id, u"transition:amend"_s,
                      QJsonObject{{u"status"_s, Enums::key(a.status)}},
                      QJsonObject{{u"status"_s, Enums::key(a.status)},
                                  {u"amendment_id"_s, QString::number(*id)},
                                  {u"amendment_version"_s, next.version}}};
}

} // namespace Accordo
