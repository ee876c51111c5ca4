#include "metricstore.h"

#include "data/auditedwrite.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/workspace.h"
#include "storage/rowfields.h"
#include "storage/sqlquery.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString DefinitionColumns = uR"(
    SELECT id, name, unit, aggregation, better, description, row_version
    FROM metric_definitions )"_s;
const QString SelectDefinitions = DefinitionColumns + u"ORDER BY name"_s;
const QString SelectDefinition = DefinitionColumns + u"WHERE id = ?"_s;
const QString InsertDefinition = uR"(
    INSERT INTO metric_definitions (name, unit, aggregation, better, description)
    VALUES (?, ?, ?, ?, ?) RETURNING id)"_s;
const QString DefinitionAssignments =
    u"name = ?, unit = ?, aggregation = ?, better = ?, description = ?"_s;
const QString DeleteDefinition = u"DELETE FROM metric_definitions WHERE id = ?"_s;
const QString TargetsNaming =
    u"SELECT count(*) AS n FROM targets WHERE metric = 'custom' AND custom_name = ?"_s;

MetricDefinition readDefinition(const Sql::Rows &row)
{
    MetricDefinition d;
    Sql::readFields(row, d, "id", &MetricDefinition::id, "name", &MetricDefinition::name, "unit",
                    &MetricDefinition::unit, "description", &MetricDefinition::description,
                    "row_version", &MetricDefinition::rowVersion);
    d.aggregation = MetricDefinitions::aggregationFromKey(row.text("aggregation"))
                        .value_or(MetricAggregation::Mean);
    d.direction = MetricDefinitions::directionFromKey(row.text("better"))
                      .value_or(MetricDirection::HigherIsBetter);
    return d;
}

QJsonObject snapshot(const MetricDefinition &d)
{
    return {{u"name"_s, d.name},
            {u"unit"_s, d.unit},
            {u"aggregation"_s, MetricDefinitions::key(d.aggregation)},
            {u"better"_s, MetricDefinitions::key(d.direction)},
            {u"description"_s, d.description}};
}

// The values of InsertDefinition and of DefinitionAssignments, in order.
QVariantList storedValues(const MetricDefinition &d)
{
    return {d.name, d.unit, MetricDefinitions::key(d.aggregation),
            MetricDefinitions::key(d.direction), d.description};
}

MetricDefinition trimmed(MetricDefinition d)
{
    d.name = d.name.trimmed();
    d.unit = d.unit.trimmed();
    return d;
}

} // namespace

QString MetricStore::problem(const MetricDefinition &definition)
{
    const QString name = definition.name.trimmed();
    if (name.isEmpty())
        return tr("Metric definition: the name is empty");
    if (name.size() > 80)
        return tr("Metric definition \"%1…\": the name is longer than 80 characters")
            .arg(name.left(40));
    if (definition.unit.trimmed().size() > 40)
        return tr("Metric definition \"%1\": the unit \"%2\" is longer than 40 characters")
            .arg(name, definition.unit.trimmed());
    return {};
}

Result<QList<MetricDefinition>> MetricStore::definitions() const
{
    return Sql::list(mWorkspace.connection(), SelectDefinitions, {}, readDefinition);
}

Result<MetricDefinition> MetricStore::definition(qint64 id) const
{
    return Sql::one(mWorkspace.connection(), SelectDefinition, {id}, readDefinition,
                    tr("there is no metric definition with id %1").arg(id));
}

Result<int> MetricStore::targetsNaming(const QString &name) const
{
    auto rows = Sql::scalar(mWorkspace.connection(), TargetsNaming, {name});
    if (!rows || !rows->isValid())
        return Error{rows.errorString()};
    return rows->toInt();
}

Result<qint64> MetricStore::insert(const MetricDefinition &definition)
{
    if (const QString p = problem(definition); !p.isEmpty())
        return Error{p};
    const MetricDefinition d = trimmed(definition);
    const QString what = tr("Metric definition \"%1\"").arg(d.name);
    return AuditedWrite::runOne(
        mWorkspace, EditRoles::services(), what, [&]() -> Result<AuditEntry> {
            auto id = Records::insert(mWorkspace.connection(), InsertDefinition, storedValues(d),
                                      what);
            if (!id)
                return id.error();
            return Records::inserted(u"metric_definition"_s, *id, snapshot(d));
        });
}

Result<void> MetricStore::update(const MetricDefinition &definition)
{
    if (const QString p = problem(definition); !p.isEmpty())
        return Error{p};
    const MetricDefinition d = trimmed(definition);
    const QString what = tr("Metric definition \"%1\"").arg(d.name);
    return Records::done(
        AuditedWrite::runOne(mWorkspace, EditRoles::services(), what, [&]() -> Result<AuditEntry> {
            auto before = this->definition(d.id);
            if (!before)
                return Error{tr("Metric definition \"%1\" no longer exists").arg(d.name)};
            // The targets on it name it: their terms are signed, so the name stays.
            if (before->name != d.name) {
                auto renamable = Records::refuseWhileUsed(
                    targetsNaming(before->name), [&](int uses) {
                        return tr("Metric definition \"%1\": %n target(s) refer to it by "
                                  "name, so it cannot be renamed to \"%2\"",
                                  nullptr, uses)
                            .arg(before->name, d.name);
                    });
                if (!renamable)
                    return renamable.error();
            }
            if (auto r = Records::updateRow(mWorkspace, u"metric_definitions"_s,
                                            u"metric_definition"_s, d.id, d.rowVersion,
                                            DefinitionAssignments, storedValues(d), what);
                !r)
                return r.error();
            return Records::updated(u"metric_definition"_s, d.id, snapshot(*before), snapshot(d));
        }));
}

Result<void> MetricStore::remove(qint64 id)
{
    auto existing = definition(id);
    if (!existing)
        return existing.error();
    const QString what = tr("Metric definition \"%1\"").arg(existing->name);
    auto unused = [&]() -> Result<void> {
        return Records::refuseWhileUsed(targetsNaming(existing->name), [&](int uses) {
            return tr("Metric definition \"%1\": %n target(s) refer to it, so it cannot "
                      "be removed",
                      nullptr, uses)
                .arg(existing->name);
        });
    };
    return Records::remove(mWorkspace, EditRoles::services(), what,
                           {u"metric_definition"_s, id, snapshot(*existing), DeleteDefinition, {}},
                           unused);
}

} // namespace Accordo
