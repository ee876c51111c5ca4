#include "dashboardraise.h"

#include "data/workspace.h"
#include "dialogs/actiondialog.h"
#include "kpi/actionproposal.h"
#include "kpi/portfoliochecks.h"
#include "report/reportformat.h"
#include "session/workspacesession.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Accordo {

void DashboardRaise::actionRows(WorkspaceSession *session, const QList<ActionFinding> &findings,
                                QList<std::pair<qint64, QStringList>> &rows, QStringList &headers,
                                QList<Origin> &origins)
{
    const ReportFormat f{QLocale()};
    headers = {tr("Agreement"), tr("What"),  tr("Action or target"),
               tr("Period"),    tr("Owner"), tr("Due")};
    for (const ActionFinding &a : findings) {
        const bool overdue = a.kind == u"overdue_action"_s;
        const Origin origin = session ? fromFinding(*session, a) : Origin{};
        qint64 id = origin.agreementId;
        if (id == 0 && session) {
            if (auto found = session->workspace().agreementIdByNumber(a.number))
                id = *found;
        }
        rows.append({id,
                     {a.number, overdue ? tr("action overdue") : tr("breach without action"),
                      a.subject, a.period, a.owner, a.due.isValid() ? f.date(a.due) : QString()}});
        origins.append(origin);
    }
}

DashboardRaise::Origin DashboardRaise::fromFinding(WorkspaceSession &session,
                                                   const ActionFinding &finding)
{
    Origin origin;
    if (finding.kind != u"breach_without_action"_s)
        return origin;
    auto id = session.workspace().agreementIdByNumber(finding.number);
    if (!id)
        return origin;
    origin.agreementId = *id;
    origin.source = u"breach"_s;
    origin.targetId = finding.targetId;
    origin.period = finding.period;
    origin.finding =
        tr("%1: breached in %2, no action follows").arg(finding.subject, finding.period);
    return origin;
}

Result<ImprovementAction> DashboardRaise::proposal(WorkspaceSession &session, const Origin &origin)
{
    if (origin.agreementId == 0)
        return Error{tr("Choose an agreement first.")};
    if (origin.targetId != 0 || origin.source == u"watermelon"_s) {
        ImprovementAction action;
        action.agreementId = origin.agreementId;
        action.source = origin.source;
        action.targetId = origin.targetId;
        action.period = origin.period.isEmpty() ? origin.month : origin.period;
        action.finding = origin.finding;
        return action;
    }
    return ActionProposal::forMonth(session.database().connection(), origin.agreementId,
                                    origin.month, origin.source);
}

bool DashboardRaise::raise(WorkspaceSession &session, const Origin &origin, QWidget *parent)
{
    auto action = proposal(session, origin);
    if (!action) {
        QMessageBox::warning(parent, tr("Raise Action"), action.errorString());
        return false;
    }
    ActionDialog dialog(session, *action, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Accordo
