#pragma once

#include "domain/improvement.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <utility>

class QWidget;

namespace Accordo {

struct ActionFinding;
class WorkspaceSession;

/// Raise Action… from the dashboard: a row of the lists behind the breach, at-risk,
/// watermelon and actions tiles, or a cell of the heat map, starts an improvement action
/// pre-filled with its agreement, target and period.
class DashboardRaise
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DashboardView)

public:
    /// Where an action would come from; nothing is raised from an origin without agreement.
    struct Origin
    {
        qint64 agreementId = 0;
        QString month;  // the dashboard's month the figure is of
        QString source; // breach, at_risk, watermelon or check
        // Known already (a check's finding); else the worst target of the month is looked up.
        qint64 targetId = 0;
        QString period;
        QString finding;
    };

    /// The origin of a finding of `accordo-cli check actions`: a breach no action follows
    /// raises one; an overdue action raises none (it exists).
    static Origin fromFinding(WorkspaceSession &session, const ActionFinding &finding);
    /// The action an origin starts, read from the stored KPIs, or why it cannot be.
    static Result<ImprovementAction> proposal(WorkspaceSession &session, const Origin &origin);
    /// The rows of the actions tile's list: each finding's agreement id and cells, the list's
    /// headers, and where each row would raise an action from (`session` may be null).
    static void actionRows(WorkspaceSession *session, const QList<ActionFinding> &findings,
                           QList<std::pair<qint64, QStringList>> &rows, QStringList &headers,
                           QList<Origin> &origins);
    /// Opens the action dialog pre-filled; whether an action was saved.
    static bool raise(WorkspaceSession &session, const Origin &origin, QWidget *parent);
};

} // namespace Accordo
