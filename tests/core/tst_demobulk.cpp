#include "audit/auditlog.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

// The demo written in bulk (DemoBulkWriter) against the same demo written one record at a time
// through the stores: every table holds the same rows, ids included; only the instants of the
// writes (and the hashes that cover them) differ.
class tst_DemoBulk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameTableContents_data();
    void sameTableContents();
    void bulkTrailVerifies();

private:
    QStringList tables() const;
    QStringList dump(const Database &db, const QString &table) const;

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<Database> mOneByOne;
    std::unique_ptr<Database> mBulk;
};

namespace {

constexpr int Scale = 2;

// Columns that hold the moment of a write, or a hash over it.
bool isInstant(const QString &column)
{
    return column == u"at"_s || column.endsWith(u"_at"_s) || column == u"hash"_s
           || column == u"prev_hash"_s;
}

} // namespace

void tst_DemoBulk::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    for (const auto path : {DemoData::Path::OneByOne, DemoData::Path::Bulk}) {
        const bool bulk = path == DemoData::Path::Bulk;
        auto db = Database::open(TestBackend::freshLocation(*mDir, bulk ? u"bulk"_s : u"one"_s),
                                 Database::OpenMode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorString()));
        Workspace workspace(**db);
        auto counts = DemoData::populate(workspace, Scale, {}, path);
        QVERIFY2(counts, qPrintable(counts.errorString()));
        QCOMPARE(counts->agreements, Scale * 68);
        (bulk ? mBulk : mOneByOne) = std::move(*db);
    }
}

QStringList tst_DemoBulk::tables() const
{
    QSqlQuery query(mOneByOne->connection());
    const bool postgres = Dialect::isPostgres(mOneByOne->connection());
    const bool ran = query.exec(
        postgres ? u"SELECT table_name FROM information_schema.tables "
                   "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                   "ORDER BY table_name"_s
                 : u"SELECT name FROM sqlite_master WHERE type = 'table' "
                   "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    if (!ran)
        qFatal("the tables cannot be listed");
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// Every row of the table as text, instants left out, in a stable order.
QStringList tst_DemoBulk::dump(const Database &db, const QString &table) const
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT * FROM "_s + table))
        return {u"unreadable: "_s + table};
    QStringList rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList fields;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            if (isInstant(column)
                || (table == u"accordo_meta"_s && column == u"value"_s
                    && query.value(u"key"_s).toString() == u"audit_head"_s))
                continue;
            fields.append(column + u'='
                          + (query.isNull(i) ? u"NULL"_s : query.value(i).toString()));
        }
        rows.append(fields.join(u'|'));
    }
    rows.sort();
    return rows;
}

void tst_DemoBulk::sameTableContents_data()
{
    TestSupport::addWordRows("table", tables());
}

void tst_DemoBulk::sameTableContents()
{
    QFETCH(QString, table);
    // Given the demo at scale 2 written both ways; when each table is read
    const QStringList expected = dump(*mOneByOne, table);
    const QStringList actual = dump(*mBulk, table);
    // Then both hold the same rows
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString &bulk = actual.at(i);
        const QString &oneByOne = expected.at(i);
        if (bulk == oneByOne)
            continue;
        // Where the rows part, with a little of what comes before.
        qsizetype at = 0;
        while (at < bulk.size() && at < oneByOne.size() && bulk.at(at) == oneByOne.at(at))
            ++at;
        const qsizetype from = std::max<qsizetype>(0, at - 80);
        QFAIL(qPrintable(u"%1, row %2 differs at character %3:\n  bulk:        …%4\n"
                         "  one by one:  …%5"_s.arg(table, QString::number(i + 1),
                                                    QString::number(at), bulk.mid(from, 240),
                                                    oneByOne.mid(from, 240))));
    }
}

void tst_DemoBulk::bulkTrailVerifies()
{
    // Given the demo written in bulk, when its audit trail is verified and replayed
    auto verification = AuditLog(mBulk->connection()).verify();
    QVERIFY2(verification, qPrintable(verification.errorString()));
    // Then the chain is intact and the replay leads to the tables as they are
    QVERIFY2(verification->intact, qPrintable(verification->problem));
    QCOMPARE(verification->records, AuditLog(mOneByOne->connection()).count());
}

QTEST_GUILESS_MAIN(tst_DemoBulk)
#include "tst_demobulk.moc"
