#include "changerequests.h"

#include "data/auditedwrite.h"
#include "data/workspace.h"
#include "lifecycle/agreementworkflow.h"
#include "measurement/backtest.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QList<Role> SubmitRoles{Role::SlaManager, Role::Analyst};
const QList<Role> AssessRoles{Role::SlaManager, Role::Analyst};
const QList<Role> DecideRoles{Role::SlaManager};

qint64 startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

bool sameSlot(const Target &a, const Target &b)
{
    return a.serviceId == b.serviceId && a.regionId == b.regionId && a.priority == b.priority
           && a.metric == b.metric && a.customName == b.customName;
}

} // namespace

ChangeRequests::ChangeRequests(Workspace &workspace) : mWorkspace(workspace) {}

QDate ChangeRequests::today() const
{
    return mToday.isValid() ? mToday : QDate::currentDate();
}

QString ChangeRequests::refusal(ChangeRequestStatus status, Step step)
{
    switch (status) {
    case ChangeRequestStatus::Accepted:
        return tr("the change request was already accepted");
    case ChangeRequestStatus::Rejected:
        return tr("the change request was already rejected");
    case ChangeRequestStatus::Submitted:
        if (step == Step::Accept)
            return tr("the change request has not been assessed yet: assess it first");
        return {};
    case ChangeRequestStatus::Assessed:
        return {};
    }
    return {};
}

Result<void> ChangeRequests::validate(const ChangeRequest &r) const
{
    auto agreement = mWorkspace.agreement(r.agreementId);
    if (!agreement)
        return Error{tr("change request: %1").arg(agreement.errorString())};
    if (r.requestedBy.trimmed().isEmpty())
        return Error{tr("change request on %1: who asked for it (requested by) is empty")
                         .arg(agreement->number)};
    if (r.description.trimmed().isEmpty())
        return Error{tr("change request on %1: what is asked (the description) is empty")
                         .arg(agreement->number)};
    if (!r.requestedOn.isValid())
        return Error{tr("change request on %1: the request date is missing or not a date")
                         .arg(agreement->number)};
    for (qsizetype i = 0; i < r.proposedTargets.size(); ++i) {
        const Target &t = r.proposedTargets.at(i);
        if (auto valid = Validation::check(t, int(i) + 1); !valid)
            return Error{tr("change request on %1, proposed target %2: %3")
                             .arg(agreement->number)
                             .arg(i + 1)
                             .arg(valid.errorString())};
        if (!agreement->serviceIds.contains(t.serviceId))
            return Error{tr("change request on %1, proposed target %2: service id %3 is not "
                            "one of the agreement's services")
                             .arg(agreement->number)
                             .arg(i + 1)
                             .arg(t.serviceId)};
    }
    return {};
}

Result<qint64> ChangeRequests::submit(ChangeRequest request)
{
    if (auto valid = validate(request); !valid)
        return valid.error();
    request.id = 0;
    request.status = ChangeRequestStatus::Submitted;
    request.submittedBy = mWorkspace.actingUser();
    request.feasibility.clear();
    request.priceEffectMinor = 0;
    request.backtest.clear();
    request.assessedBy.clear();
    request.decidedBy.clear();
    request.decidedOn = {};
    request.reason.clear();
    request.amendmentId = 0;
    const ChangeRequestStore store(mWorkspace.connection());
    return AuditedWrite::runOne(mWorkspace, SubmitRoles, tr("Submit a change request"),
                                [&]() { return store.insert(request); });
}

Result<void> ChangeRequests::takeStep(
    qint64 id, Step step, const QString &what, const QString &refused,
    const std::function<Result<ChangeRequest>(ChangeRequest)> &decide)
{
    const ChangeRequestStore store(mWorkspace.connection());
    auto written = AuditedWrite::runOne(
        mWorkspace, step == Step::Assess ? AssessRoles : DecideRoles, what,
        [&]() -> Result<AuditEntry> {
            auto before = store.requestForUpdate(id);
            if (!before)
                return before.error();
            if (QString why = refusal(before->status, step); !why.isEmpty())
                return Error{refused.arg(id).arg(why)};
            auto after = decide(*before);
            if (!after)
                return after.error();
            return store.update(*before, *after);
        });
    if (!written)
        return written.error();
    return {};
}

Result<void> ChangeRequests::assess(qint64 id, const QString &feasibility, qint64 priceEffectMinor)
{
    if (feasibility.trimmed().isEmpty())
        return Error{tr("change request %1: the feasibility assessment is empty").arg(id)};
    return takeStep(id, Step::Assess, tr("Assess change request %1").arg(id),
                    tr("change request %1 cannot be assessed: %2"),
                    [&](ChangeRequest request) -> Result<ChangeRequest> {
                        auto agreement = mWorkspace.agreement(request.agreementId);
                        if (!agreement)
                            return agreement.error();
                        auto figures = backtest(mWorkspace.connection(), agreement->partyId,
                                                request.proposedTargets, today());
                        if (!figures)
                            return figures.error();
                        request.status = ChangeRequestStatus::Assessed;
                        request.feasibility = feasibility.trimmed();
                        request.priceEffectMinor = priceEffectMinor;
                        request.backtest = *figures;
                        request.assessedBy = mWorkspace.actingUser();
                        return request;
                    });
}

Result<qint64> ChangeRequests::accept(qint64 id)
{
    qint64 amendment = 0;
    auto accepted = takeStep(
        id, Step::Accept, tr("Accept change request %1").arg(id),
        tr("change request %1 cannot be accepted: %2"),
        [&](ChangeRequest request) -> Result<ChangeRequest> {
            // The amendment goes through the lifecycle, whose guard refuses it when the
            // agreement is not in force or already has an open amendment.
            AgreementWorkflow workflow(mWorkspace);
            workflow.setToday(today());
            TransitionRequest amend;
            amend.transition = Transition::Amend;
            amend.reason = tr("change request %1").arg(id);
            auto draftId = workflow.transition(request.agreementId, amend, mWorkspace.actingUser());
            if (!draftId)
                return Error{tr("change request %1 cannot be accepted: %2")
                                 .arg(id)
                                 .arg(draftId.errorString())};
            auto draft = mWorkspace.agreement(*draftId);
            if (!draft)
                return draft.error();
            draft->targets = merged(draft->targets, request.proposedTargets);
            if (auto r = mWorkspace.update(*draft); !r)
                return Error{tr("change request %1: the proposed targets cannot be set on the "
                                "amendment: %2")
                                 .arg(id)
                                 .arg(r.errorString())};
            request.status = ChangeRequestStatus::Accepted;
            request.decidedBy = mWorkspace.actingUser();
            request.decidedOn = today();
            request.amendmentId = *draftId;
            amendment = *draftId;
            return request;
        });
    if (!accepted)
        return accepted.error();
    return amendment;
}

Result<void> ChangeRequests::reject(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("change request %1: a rejection needs a reason").arg(id)};
    return takeStep(id, Step::Reject, tr("Reject change request %1").arg(id),
                    tr("change request %1 cannot be rejected: %2"),
                    [&](ChangeRequest request) -> Result<ChangeRequest> {
                        request.status = ChangeRequestStatus::Rejected;
                        request.decidedBy = mWorkspace.actingUser();
                        request.decidedOn = today();
                        request.reason = reason.trimmed();
                        return request;
                    });
}

Result<QList<BacktestFigure>> ChangeRequests::backtest(QSqlDatabase db, qint64 partyId,
                                                       const QList<Target> &targets,
                                                       const QDate &today)
{
    auto run = Backtest::forTargets(db, partyId, targets);
    if (!run)
        return run.error();
    const qint64 to = startOfDay(today);
    const qint64 from = startOfDay(today.addMonths(-12));
    if (auto r = run->runStored(db, from, to, to); !r)
        return r.error();
    QList<BacktestFigure> figures;
    for (const BacktestTarget &t : run->targets())
        figures.append({t.name, 0, 0, 0, t.goalMilli});
    for (const BacktestRow &row : run->rows()) {
        if (row.targetIndex < 0 || row.targetIndex >= figures.size())
            continue;
        BacktestFigure &f = figures[row.targetIndex];
        f.tickets += row.tickets;
        f.met += row.met;
        f.breached += row.breached;
    }
    return figures;
}

QList<Target> ChangeRequests::merged(const QList<Target> &current, const QList<Target> &proposed)
{
    QList<Target> out = current;
    for (const Target &p : proposed) {
        Target next = p;
        next.id = 0;
        bool replaced = false;
        for (Target &t : out) {
            if (sameSlot(t, p)) {
                next.id = t.id;
                t = next;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out.append(next);
    }
    return out;
}

} // namespace Accordo
