#include "partyimportmodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace Accordo {

void PartyImportModel::setPlan(const PartyImportPlan &plan)
{
    QList<PartyImportLine> lines;
    for (const PartyImportPlan::Change &change : plan.changes) {
        if (!change.create && change.changedFields.isEmpty())
            continue; // only what the last import set is noted: nothing to show
        lines.append({change.create ? PartyImportLine::Kind::Create : PartyImportLine::Kind::Update,
                      change.party.name,
                      change.changedFields.join(u", "_s),
                      {},
                      {}});
    }
    for (const PartyImportConflict &c : plan.conflicts)
        lines.append(
            {PartyImportLine::Kind::Conflict, c.party, c.field, c.accordoValue, c.fileValue});
    setRows(lines);
}

void PartyImportModel::clear()
{
    setRows({});
}

QVariant PartyImportModel::header(int section) const
{
    return title({tr("Action"), tr("Customer"), tr("Fields"), tr("In Accordo"), tr("In the file")},
                 section);
}

QVariant PartyImportModel::cell(const PartyImportLine &line, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        QString action;
        switch (line.kind) {
        case PartyImportLine::Kind::Create:
            action = tr("create");
            break;
        case PartyImportLine::Kind::Update:
            action = tr("update");
            break;
        case PartyImportLine::Kind::Conflict:
            action = tr("conflict");
            break;
        }
        return pick({action, line.party, line.fields, line.accordoValue, line.fileValue}, column);
    } else if (role == Qt::ForegroundRole && line.kind == PartyImportLine::Kind::Conflict
               && column == Action) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    return {};
}

} // namespace Accordo
