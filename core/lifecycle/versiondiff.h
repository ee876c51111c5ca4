#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Accordo {

class AgreementWorkflow;
class Workspace;
struct Agreement;
struct AgreementLifecycle;

/// The differences between two versions of an agreement: the changed fields (terms, charter,
/// approvers) and the targets added, removed or changed. Targets are matched by what they
/// measure (service, metric, priority, region, custom name), since each version has its own ids.
struct VersionDiff
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::VersionDiff)

public:
    struct FieldChange
    {
        QString field;
        QString oldValue;
        QString newValue;
        friend bool operator==(const FieldChange &, const FieldChange &) = default;
    };

    enum class TargetChangeKind { Added, Removed, Changed };

    struct TargetChange
    {
        TargetChangeKind kind = TargetChangeKind::Changed;
        QString target;            // "PRINT first_response P1"
        QList<FieldChange> fields; // for Changed
    };

    QList<FieldChange> fields;
    QList<TargetChange> targets;

    bool isEmpty() const { return fields.isEmpty() && targets.isEmpty(); }
    /// One line per change, for the CLI and tests.
    QStringList toLines() const;

    static Result<VersionDiff> compute(const Workspace &workspace,
                                       const AgreementWorkflow &workflow, qint64 fromId,
                                       qint64 toId);
    /// The same comparison for records in memory, e.g. an unsaved edit against what another
    /// user stored meanwhile.
    static VersionDiff between(const Workspace &workspace, const Agreement &from,
                               const AgreementLifecycle &fromLifecycle, const Agreement &to,
                               const AgreementLifecycle &toLifecycle);
};

} // namespace Accordo
