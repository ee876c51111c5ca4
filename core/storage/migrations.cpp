#include "migrations.h"

#include "storage/contenthash.h"
#include "storage/dialect.h"
#include "storage/schema/calendarhours.h"
#include "storage/schema/changealerts.h"
#include "storage/schema/changedmonths.h"
#include "storage/schema/checkchains.h"
#include "storage/schema/crm.h"
#include "storage/schema/documents.h"
#include "storage/schema/documenttexts.h"
#include "storage/schema/foundation.h"
#include "storage/schema/kpidirtytracking.h"
#include "storage/schema/kpinodata.h"
#include "storage/schema/kpis.h"
#include "storage/schema/kpiwritten.h"
#include "storage/schema/lifecycle.h"
#include "storage/schema/measurement.h"
#include "storage/schema/metrics.h"
#include "storage/schema/offerings.h"
#include "storage/schema/reviews.h"
#include "storage/schema/rowversions.h"
#include "storage/schema/scopedchanges.h"
#include "storage/schema/serveraccess.h"
#include "storage/schema/ticketsources.h"
#include "storage/schema/verdictscope.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// A schema step: its statements, and where a step moves data in a way SQL cannot (a hash),
// the C++ part that runs after them and the statements that run after that.
struct Step
{
    const char *const *begin;
    const char *const *end;
    Result<void> (*convert)(QSqlDatabase) = nullptr;
    const char *const *afterBegin = nullptr;
    const char *const *afterEnd = nullptr;
};

Result<void> moveDocumentTexts(QSqlDatabase db);
Result<void> rewriteCheckChains(QSqlDatabase db);
Result<void> freeTicketKey(QSqlDatabase db);

const Step Steps[] = {
    {std::begin(SchemaV1), std::end(SchemaV1)},
    {std::begin(SchemaV2), std::end(SchemaV2)},
    {std::begin(SchemaV3), std::end(SchemaV3)},
    {std::begin(SchemaV4), std::end(SchemaV4)},
    {std::begin(SchemaV5), std::end(SchemaV5)},
    {std::begin(SchemaV6), std::end(SchemaV6)},
    {std::begin(SchemaV7), std::end(SchemaV7)},
    {std::begin(SchemaV8), std::end(SchemaV8)},
    {std::begin(SchemaV9), std::end(SchemaV9)},
    {std::begin(SchemaV10), std::end(SchemaV10)},
    {std::begin(SchemaDocuments), std::end(SchemaDocuments)},
    {std::begin(SchemaOfferings), std::end(SchemaOfferings)},
    {std::begin(SchemaMetrics), std::end(SchemaMetrics)},
    {std::begin(SchemaCrm), std::end(SchemaCrm)},
    {std::begin(SchemaKpiDirtyTracking), std::end(SchemaKpiDirtyTracking)},
    {std::begin(SchemaVerdictScope), std::end(SchemaVerdictScope)},
    {std::begin(SchemaKpiNoData), std::end(SchemaKpiNoData)},
    {std::begin(SchemaDocumentTexts), std::end(SchemaDocumentTexts), &moveDocumentTexts,
     std::begin(SchemaDocumentTextsAfter), std::end(SchemaDocumentTextsAfter)},
    {std::begin(SchemaScopedChanges), std::end(SchemaScopedChanges)},
    {std::begin(SchemaCalendarHours), std::end(SchemaCalendarHours)},
    {nullptr, nullptr, &rewriteCheckChains},
    {std::begin(SchemaKpiWritten), std::end(SchemaKpiWritten)},
    {nullptr, nullptr, &freeTicketKey},
};

Result<void> exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        return Error{query.lastError().text() + u" — "_s + sql.simplified().left(120)};
    return {};
}

Result<void> execAll(QSqlDatabase db, const char *const *begin, const char *const *end)
{
    QSqlQuery query(db);
    // The steps are written for SQLite with placeholders; Dialect rewrites them.
    for (auto statement = begin; statement != end; ++statement) {
        for (const QString &sql :
             Dialect::schemaStatements(Dialect::of(db), QString::fromUtf8(*statement))) {
            if (auto r = exec(query, sql); !r)
                return r;
        }
    }
    return {};
}

// Version 18: each document's sections, stored in the row until now, go to document_texts
// once per distinct text, and the row names them by their SHA-256. The rows are read a batch
// at a time (PostgreSQL's driver runs no other statement while a result is streaming), and
// only the keys are kept in memory.
Result<void> moveDocumentTexts(QSqlDatabase db)
{
    constexpr int Batch = 256;
    QSqlQuery read(db);
    read.prepare(u"SELECT id, sections FROM agreement_documents WHERE id > ? ORDER BY id "
                 "LIMIT %1"_s.arg(Batch));
    QSqlQuery keep(db);
    keep.prepare(u"INSERT INTO document_texts (sha256, content) VALUES (?, ?) "
                 "ON CONFLICT (sha256) DO NOTHING"_s);
    QSqlQuery name(db);
    name.prepare(u"UPDATE agreement_documents SET sections_sha256 = ? WHERE id = ?"_s);
    QSet<QString> kept;
    qint64 last = 0;
    for (;;) {
        read.addBindValue(last);
        if (!read.exec())
            return Error{read.lastError().text()};
        QList<std::pair<qint64, QString>> rows;
        while (read.next())
            rows.append({read.value(u"id"_s).toLongLong(), read.value(u"sections"_s).toString()});
        read.finish();
        if (rows.isEmpty())
            return {};
        for (const auto &[id, content] : std::as_const(rows)) {
            const QString sha256 = contentSha256(content);
            if (!kept.contains(sha256)) {
                keep.addBindValue(sha256);
                keep.addBindValue(content);
                if (!keep.exec())
                    return Error{keep.lastError().text()};
                kept.insert(sha256);
            }
            name.addBindValue(sha256);
            name.addBindValue(id);
            if (!name.exec())
                return Error{name.lastError().text()};
            last = id;
        }
    }
}

// The procedure SQLite documents for changing a definition that every row already satisfies
// (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
// in the step's transaction, the schema writable while the definitions are rewritten, then a
// new schema version so that every connection reads them again.
class SchemaRewrite
{
public:
    explicit SchemaRewrite(QSqlDatabase db) : mDb(db) {}
    ~SchemaRewrite()
    {
        if (mWritable)
            QSqlQuery(mDb).exec(u"PRAGMA writable_schema = OFF"_s);
    }
    SchemaRewrite(const SchemaRewrite &) = delete;
    SchemaRewrite &operator=(const SchemaRewrite &) = delete;

    Result<void> begin()
    {
        QSqlQuery query(mDb);
        if (!query.exec(u"PRAGMA schema_version"_s) || !query.next())
            return Error{query.lastError().text()};
        mSchemaVersion = query.value(u"schema_version"_s).toLongLong();
        query.finish();
        if (auto r = exec(query, u"PRAGMA writable_schema = ON"_s); !r)
            return r;
        mWritable = true;
        return {};
    }
    Result<void> finish()
    {
        QSqlQuery query(mDb);
        return exec(query, u"PRAGMA schema_version = %1"_s.arg(mSchemaVersion + 1));
    }

private:
    QSqlDatabase mDb;
    qint64 mSchemaVersion = 0;
    bool mWritable = false;
};

// Version 21 on SQLite: each table's stored definition takes its check chain in place of its
// `IN` (SchemaRewrite).
Result<void> rewriteCheckChains(QSqlDatabase db)
{
    if (Dialect::isPostgres(db))
        return {};
    SchemaRewrite rewrite(db);
    if (auto r = rewrite.begin(); !r)
        return r;
    QSqlQuery query(db);
    for (const CheckChain &chain : SchemaCheckChains) {
        // Only a definition that holds the check exactly once is rewritten.
        query.prepare(u"UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
                      "WHERE type = 'table' AND name = ? AND instr(sql, ?) > 0 "
                      "AND instr(substr(sql, instr(sql, ?) + 1), ?) = 0"_s);
        const QString from = QString::fromUtf8(chain.from);
        for (const QString &value :
             {from, QString::fromUtf8(chain.to), QString::fromUtf8(chain.table), from, from, from})
            query.addBindValue(value);
        if (!query.exec())
            return Error{query.lastError().text()};
        if (query.numRowsAffected() == 1)
            continue;
        // A definition rewritten before (a workspace whose version was set back) stays.
        query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? "
                      "AND instr(sql, ?) > 0"_s);
        query.addBindValue(QString::fromUtf8(chain.table));
        query.addBindValue(QString::fromUtf8(chain.to));
        if (!query.exec())
            return Error{query.lastError().text()};
        if (!query.next())
            return Error{Migrations::tr("the table %1 does not hold its check \"%2\" once")
                             .arg(QString::fromUtf8(chain.table), from)};
    }
    return rewrite.finish();
}

// Version 23 on SQLite: the tickets' key, (source, number), becomes a unique index of its
// own, tickets_source_number, in place of the table's UNIQUE constraint, so that the import of
// a file about as large as the table sets it aside with the table's other indexes and makes it
// again at the end, from the rows sorted once, instead of putting a million keys into it one
// by one (a third of such an import). A constraint's index and a unique index of the same
// columns are the same b-tree: only the two definitions in sqlite_master are rewritten
// (SchemaRewrite). PostgreSQL keeps its constraint (its imports set no index aside).
Result<void> freeTicketKey(QSqlDatabase db)
{
    if (Dialect::isPostgres(db))
        return {};
    const QString keyIndex = u"tickets_source_number"_s;
    QSqlQuery query(db);
    const auto failed = [&query] { return Error{query.lastError().text()}; };
    // A workspace whose version was set back after this step keeps its index.
    query.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"_s);
    query.addBindValue(keyIndex);
    if (!query.exec())
        return failed();
    if (query.next())
        return {};
    // The constraint's index: the table's one index made for a UNIQUE constraint, of source
    // and number in that order.
    if (!query.exec(u"SELECT name FROM pragma_index_list('tickets') WHERE origin = 'u'"_s))
        return failed();
    QStringList automatic;
    while (query.next())
        automatic.append(query.value(u"name"_s).toString());
    QStringList columns;
    if (automatic.size() == 1) {
        query.prepare(u"SELECT name FROM pragma_index_info(?) ORDER BY seqno"_s);
        query.addBindValue(automatic.constFirst());
        if (!query.exec())
            return failed();
        while (query.next())
            columns.append(query.value(u"name"_s).toString());
    }
    if (!query.exec(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'tickets'"_s))
        return failed();
    QString definition = query.next() ? query.value(u"sql"_s).toString() : QString();
    query.finish();
    static const QRegularExpression constraint(uR"(,\s*UNIQUE\s*\(\s*source\s*,\s*number\s*\))"_s);
    const qsizetype constraints = definition.count(constraint);
    if (columns != QStringList{u"source"_s, u"number"_s} || constraints != 1)
        return Error{Migrations::tr("the table tickets does not hold its key (source, number) "
                                    "as one UNIQUE constraint")};
    definition.remove(constraint);
    SchemaRewrite rewrite(db);
    if (auto r = rewrite.begin(); !r)
        return r;
    query.prepare(u"UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'tickets'"_s);
    query.addBindValue(definition);
    if (!query.exec() || query.numRowsAffected() != 1)
        return failed();
    query.prepare(
        u"UPDATE sqlite_master SET name = ?, sql = ? WHERE type = 'index' AND name = ?"_s);
    query.addBindValue(keyIndex);
    query.addBindValue(u"CREATE UNIQUE INDEX %1 ON tickets (source, number)"_s.arg(keyIndex));
    query.addBindValue(automatic.constFirst());
    if (!query.exec() || query.numRowsAffected() != 1)
        return failed();
    return rewrite.finish();
}

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(Steps));
}

Result<int> Migrations::currentVersion(QSqlDatabase db)
{
    if (!db.tables().contains(u"accordo_meta"_s))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT value FROM accordo_meta WHERE key = 'schema_version'"_s))
        return Error{query.lastError().text()};
    if (!query.next())
        return Error{tr("the workspace has no schema version")};
    bool ok = false;
    const QString stored = query.value(u"value"_s).toString();
    const int version = stored.toInt(&ok);
    if (!ok || version < 0)
        return Error{tr("the workspace's schema version \"%1\" is not a number").arg(stored)};
    return version;
}

Result<void> Migrations::upgrade(QSqlDatabase db, int toVersion)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error{tr("the workspace has schema version %1, but this Accordo knows only up to "
                        "%2: it was written by a newer Accordo")
                         .arg(*current)
                         .arg(latestVersion())};

    for (int version = *current + 1; version <= toVersion; ++version) {
        Transaction transaction(db);
        if (!transaction.isActive())
            return Error{transaction.errorString()};
        QSqlQuery query(db);
        if (version == 1) {
            if (auto r = exec(query, u"CREATE TABLE accordo_meta (key TEXT PRIMARY KEY, "
                                     "value TEXT NOT NULL)"_s);
                !r)
                return r;
        }
        const Step &step = Steps[version - 1];
        auto stepDone = execAll(db, step.begin, step.end);
        if (stepDone && step.convert)
            stepDone = step.convert(db);
        if (stepDone && step.afterBegin)
            stepDone = execAll(db, step.afterBegin, step.afterEnd);
        if (!stepDone)
            return Error{tr("upgrading the schema to version %1 failed: %2")
                             .arg(version)
                             .arg(stepDone.error().message)};
        query.prepare(u"INSERT INTO accordo_meta (key, value) VALUES ('schema_version', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        query.addBindValue(QString::number(version));
        if (!query.exec())
            return Error{query.lastError().text()};
        if (auto r = transaction.commit(); !r)
            return r;
    }
    return {};
}

} // namespace Accordo
