#include "workspacecopy.h"

#include "audit/auditlog.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Tables that triggers write while other tables are copied (stale markers, dirty KPI
// months, changes of terms): copied last, replacing what the triggers wrote, so they end as
// in the source.
const QStringList TriggerFed{u"kpi_dirty_months"_s, u"kpi_dirty_targets"_s, u"kpi_dirty_periods"_s,
                             u"verdict_scope"_s, u"accordo_meta"_s};

// Rows of accordo_meta that belong to the back end, not to the workspace.
const auto BackEndKeys = u"('application_id', 'schema_version')"_s;

QString rowFilter(const QString &table)
{
    return table == u"accordo_meta"_s ? u" WHERE key NOT IN "_s + BackEndKeys : QString();
}

QString quotedTable(const QSqlDatabase &db, const QString &table)
{
    return db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
}

QString quotedList(const QSqlDatabase &db, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(db.driver()->escapeIdentifier(column, QSqlDriver::FieldName));
    return quoted.join(u", "_s);
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) AS n FROM "_s + quotedTable(db, table) + rowFilter(table))
        || !query.next())
        return Error{WorkspaceCopy::tr("%1: %2").arg(table, query.lastError().text())};
    return query.value(u"n"_s).toLongLong();
}

// Parents before children; a table's references to itself are written in a second pass.
Result<QStringList> dependencyOrder(const QSqlDatabase &db, QStringList tables)
{
    tables.sort();
    QHash<QString, QSet<QString>> parents;
    for (const QString &table : tables) {
        auto keys = Dialect::foreignKeys(db, table);
        if (!keys)
            return keys.error();
        for (const auto &key : *keys) {
            if (key.parentTable != table)
                parents[table].insert(key.parentTable);
        }
    }
    QStringList ordered;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (const QString &table : tables) {
            if (ordered.contains(table))
                continue;
            bool ready = true;
            for (const QString &parent : parents.value(table))
                ready = ready && (ordered.contains(parent) || !tables.contains(parent));
            if (ready) {
                ordered.append(table);
                progress = true;
            }
        }
        if (!progress)
            return Error{WorkspaceCopy::tr("the tables refer to each other in a cycle")};
    }
    return ordered;
}

QVariant bindable(const QVariant &value)
{
    // An empty text is text, not NULL, on both sides.
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return u""_s;
    return value;
}

Result<void> copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    auto fail = [&table](const QString &what) {
        return Error{WorkspaceCopy::tr("%1: %2").arg(table, what)};
    };
    auto keys = Dialect::foreignKeys(to, table);
    if (!keys)
        return fail(keys.errorString());
    QSet<QString> selfReferences;
    for (const auto &key : *keys) {
        if (key.parentTable == table)
            selfReferences.insert(key.column);
    }

    // The columns are the target's, Accordo's own schema: a source table with a column the
    // target lacks, or without one the target has, is not a workspace of this schema version
    // and is refused. Every identifier is quoted by the driver; none is taken from the source
    // as text.
    const QSqlRecord targetColumns = to.record(table);
    const QSqlRecord sourceColumns = from.record(table);
    for (int i = 0; i < sourceColumns.count(); ++i) {
        if (!targetColumns.contains(sourceColumns.fieldName(i)))
            return fail(WorkspaceCopy::tr("the source has a column \"%1\" that Accordo's schema "
                                          "does not have: it is not an Accordo workspace")
                            .arg(sourceColumns.fieldName(i).left(80)));
    }
    QStringList columns;
    QStringList quoted;
    QStringList placeholders;
    for (int i = 0; i < targetColumns.count(); ++i) {
        const QString name = targetColumns.fieldName(i);
        if (!sourceColumns.contains(name))
            return fail(WorkspaceCopy::tr("the source has no column \"%1\": it is not an "
                                          "Accordo workspace of this schema version")
                            .arg(name));
        columns.append(name);
        quoted.append(name);
        placeholders.append(u"?"_s);
    }
    QSqlQuery read(from);
    read.setForwardOnly(true);
    const QString sourceColumnList = quotedList(from, quoted);
    if (!read.exec(u"SELECT %1 FROM %2%3"_s.arg(sourceColumnList, quotedTable(from, table),
                                                rowFilter(table))))
        return fail(read.lastError().text());
    const QSqlRecord record = read.record();
    QSqlQuery write(to);
    if (!write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            quotedTable(to, table), quotedList(to, quoted), placeholders.join(u", "_s))))
        return fail(write.lastError().text());
    while (read.next()) {
        for (int i = 0; i < record.count(); ++i) {
            if (selfReferences.contains(columns.at(i)))
                write.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
            else
                write.addBindValue(bindable(read.value(i)));
        }
        if (!write.exec())
            return fail(write.lastError().text());
    }
    // Self-references (a parent agreement, the version that superseded this one) may point
    // to rows copied after this one: they are set once every row is there.
    if (!selfReferences.isEmpty()) {
        QSqlQuery source(from);
        if (!source.exec(u"SELECT id, %1 FROM %2"_s.arg(
                quotedList(from, QStringList(selfReferences.cbegin(), selfReferences.cend())),
                quotedTable(from, table))))
            return fail(source.lastError().text());
        const QSqlRecord refs = source.record();
        while (source.next()) {
            for (int i = 1; i < refs.count(); ++i) {
                if (source.value(i).isNull())
                    continue;
                QSqlQuery update(to);
                update.prepare(u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(
                    quotedTable(to, table), quotedList(to, {refs.fieldName(i)})));
                update.addBindValue(source.value(i));
                update.addBindValue(source.value(u"id"_s));
                if (!update.exec())
                    return fail(update.lastError().text());
            }
        }
    }
    if (record.contains(u"id"_s)) {
        if (auto r = Dialect::resetIdSequence(to, table); !r)
            return fail(r.errorString());
    }
    return {};
}

} // namespace

Result<WorkspaceCopy::Report> WorkspaceCopy::copy(Database &source, Database &target)
{
    const QSqlDatabase from = source.connection();
    const QSqlDatabase to = target.connection();
    if (source.schemaVersion() != target.schemaVersion())
        return Error{tr("%1 has schema version %2 but %3 has %4")
                         .arg(source.location())
                         .arg(source.schemaVersion())
                         .arg(target.location())
                         .arg(target.schemaVersion())};
    QStringList tables = from.tables(QSql::Tables);
    const QStringList targetTables = to.tables(QSql::Tables);
    for (const QString &table : tables) {
        if (!targetTables.contains(table))
            return Error{tr("%1 has no table \"%2\": the source is not an Accordo workspace of "
                            "this schema version")
                             .arg(target.location(), table.left(80))};
    }
    for (const QString &table : tables) {
        if (TriggerFed.contains(table))
            continue;
        auto rows = countRows(to, table);
        if (!rows)
            return rows.error();
        if (*rows > 0)
            return Error{tr("%1 is not empty: its table %2 has %n row(s); copy into a new "
                            "workspace",
                            nullptr, int(*rows))
                             .arg(target.location(), table)};
    }
    for (const QString &table : TriggerFed)
        tables.removeAll(table);
    auto ordered = dependencyOrder(from, tables);
    if (!ordered)
        return ordered.error();
    for (const QString &table : TriggerFed) {
        if (targetTables.contains(table))
            ordered->append(table);
    }

    {
        Transaction transaction(to);
        if (!transaction.isActive())
            return Error{tr("%1: %2").arg(target.location(), transaction.errorString())};
        for (const QString &table : *ordered) {
            if (TriggerFed.contains(table)) {
                QSqlQuery clear(to);
                if (!clear.exec(u"DELETE FROM "_s + quotedTable(to, table) + rowFilter(table)))
                    return Error{tr("%1: %2").arg(table, clear.lastError().text())};
            }
            if (auto r = copyTable(from, to, table); !r)
                return Error{tr("copying into %1 failed, nothing was written: %2")
                                 .arg(target.location(), r.errorString())};
        }
        if (auto r = transaction.commit(); !r)
            return Error{tr("%1: %2").arg(target.location(), r.errorString())};
    }

    Report report;
    for (const QString &table : *ordered) {
        auto expected = countRows(from, table);
        auto copied = countRows(to, table);
        if (!expected)
            return expected.error();
        if (!copied)
            return copied.error();
        if (*expected != *copied)
            return Error{tr("the copy is incomplete: %1 has %2 rows in %3 but %4 in %5")
                             .arg(table)
                             .arg(*expected)
                             .arg(source.location())
                             .arg(*copied)
                             .arg(target.location())};
        report.tables.append({table, *copied});
    }
    auto verification = AuditLog(to).verify();
    if (!verification)
        return verification.error();
    if (!verification->intact)
        return Error{tr("the copied audit trail does not verify: %1").arg(verification->problem)};
    report.auditRecords = verification->records;
    return report;
}

} // namespace Accordo
