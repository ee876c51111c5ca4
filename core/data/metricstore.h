#pragma once

#include "domain/metricdefinition.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Accordo {

class Workspace;

/// The custom metric definitions of the service catalogue (metric_definitions). Whoever may
/// edit services may edit them; every write is audited. A definition is known by its name,
/// which targets on custom metrics refer to: renaming one renames it in those targets'
/// terms only by a new version, so a definition in use keeps its name, and one that targets
/// name cannot be removed.
class MetricStore
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::MetricStore)

public:
    explicit MetricStore(const Workspace &workspace) : mWorkspace(workspace) {}

    /// Every definition, by name.
    Result<QList<MetricDefinition>> definitions() const;
    Result<MetricDefinition> definition(qint64 id) const;
    Result<qint64> insert(const MetricDefinition &definition);
    Result<void> update(const MetricDefinition &definition);
    Result<void> remove(qint64 id);

    /// Why a definition cannot be stored (the field and value named), or empty.
    static QString problem(const MetricDefinition &definition);

private:
    Result<int> targetsNaming(const QString &name) const;

    const Workspace &mWorkspace;
};

} // namespace Accordo
