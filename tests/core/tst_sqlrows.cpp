#include "kpi/kpisql.h"
#include "storage/database.h"
#include "storage/rowdigest.h"
#include "storage/sqlquery.h"
#include "testbackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Accordo;

// Rows read by stream() (on SQLite, SQLite's own statements on the driver's handle) read as
// the same fields as rows read by select() (Qt's driver), on both back ends.
class tst_SqlRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void streamReadsWhatSelectReads_data();
    void streamReadsWhatSelectReads();
    void anErrorInTheMiddleIsAnErrorNotAShorterList();
    void aStatementRefusedByTheDatabaseIsAnError();
    void finishedRowsLetTheConnectionWrite();
    void columnNamesAreFoundWhateverTheirCase();
    void sharedTextsAndColumnsInAnyOrderReadAsText();
    void aPreparedWriteBindsAsQtBinds();
    void aPreparedReadRunsAgainForEachValue();
    void keyedReadsEveryRowAsAnEntry();
    void aKeyedReadThatFailsIsAnErrorNotAnEmptyHash();
    void rowDigestsAgreeByTextAndDifferOtherwise_data();
    void rowDigestsAgreeByTextAndDifferOtherwise();

private:
    QSqlDatabase db() const { return mDatabase->connection(); }

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDatabase;
};

void tst_SqlRows::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    QVERIFY(mDir.isValid());
    auto database = Database::open(TestBackend::freshLocation(mDir, u"rows"_s),
                                   Database::OpenMode::CreateIfMissing);
    QVERIFY2(database, qPrintable(database.errorString()));
    mDatabase = std::move(*database);
}

void tst_SqlRows::cleanupTestCase()
{
    mDatabase.reset();
}

void tst_SqlRows::streamReadsWhatSelectReads_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<bool>("null");

    QTest::newRow("integer") << u"CAST(42 AS BIGINT)"_s << QVariantList() << u"42"_s << qint64(42)
                             << false;
    QTest::newRow("large negative integer")
        << u"CAST(-9007199254740993 AS BIGINT)"_s << QVariantList() << u"-9007199254740993"_s
        << qint64(-9007199254740993) << false;
    QTest::newRow("accented text")
        << u"'Città — ü'"_s << QVariantList() << u"Città — ü"_s << qint64(0) << false;
    QTest::newRow("empty text") << u"''"_s << QVariantList() << QString() << qint64(0) << false;
    QTest::newRow("NULL") << u"NULL"_s << QVariantList() << QString() << qint64(0) << true;
    QTest::newRow("bound text, quotes and all")
        << u"CAST(? AS TEXT)"_s << QVariantList{u"x'); DROP TABLE accordo_meta; --"_s}
        << u"x'); DROP TABLE accordo_meta; --"_s << qint64(0) << false;
    QTest::newRow("bound integer") << u"CAST(? AS BIGINT)"_s << QVariantList{qint64(1) << 40}
                                   << u"1099511627776"_s << (qint64(1) << 40) << false;
    QTest::newRow("bound NULL") << u"CAST(? AS BIGINT)"_s << QVariantList{Sql::nullId()}
                                << QString() << qint64(0) << true;
    QTest::newRow("bound text beyond Latin-1")
        << u"CAST(? AS TEXT)"_s << QVariantList{u"Città — ü \U0001F600"_s}
        << u"Città — ü \U0001F600"_s << qint64(0) << false;
    // The second text outgrows the room the first one left: the first must survive the move.
    const QString longText(20000, u'é');
    QTest::newRow("bound texts, one of them long")
        << u"CAST(? AS TEXT) || CAST(? AS TEXT) || CAST(? AS TEXT)"_s
        << QVariantList{u"a"_s, longText, u"z"_s} << u"a"_s + longText + u"z"_s << qint64(0)
        << false;
    QTest::newRow("bound empty text")
        << u"CAST(? AS TEXT)"_s << QVariantList{QString()} << QString() << qint64(0) << false;
}

void tst_SqlRows::streamReadsWhatSelectReads()
{
    QFETCH(QString, expression);
    QFETCH(QVariantList, values);
    QFETCH(QString, text);
    QFETCH(qint64, integer);
    QFETCH(bool, null);
    const QString sql = u"SELECT %1 AS v, 7 AS seven"_s.arg(expression);
    auto streamed = Sql::stream(db(), sql, values);
    auto selected = Sql::select(db(), sql, values);
    QVERIFY2(streamed, qPrintable(streamed.errorString()));
    QVERIFY2(selected, qPrintable(selected.errorString()));
    QVERIFY(streamed->next());
    QVERIFY(selected->next());
    for (Sql::Rows *rows : {&*streamed, &*selected}) {
        QCOMPARE(rows->isNull("v"), null);
        if (!null) // Qt's PostgreSQL driver reads a NULL integer's text as "0"
            QCOMPARE(rows->text("v"), text);
        QCOMPARE(rows->optionalInteger("v").has_value(), !null);
        QCOMPARE(rows->value("v").isNull(), null);
        QCOMPARE(rows->integer("seven"), 7);
        if (!text.isEmpty() && integer != 0)
            QCOMPARE(rows->integer("v"), integer);
        QCOMPARE(rows->sharedText("v"), rows->text("v"));
        QCOMPARE(rows->sharedText("v").isNull(), rows->text("v").isNull());
    }
    QCOMPARE(streamed->text("v"), selected->text("v"));
    QCOMPARE(streamed->text("v").isNull(), selected->text("v").isNull());
    QVERIFY(!streamed->next());
    QVERIFY(!selected->next());
    QCOMPARE(streamed->errorText(), QString());
}

void tst_SqlRows::anErrorInTheMiddleIsAnErrorNotAShorterList()
{
    // The second row overflows a 64-bit integer: both back ends stop with an error there.
    const QString sql = u"SELECT CASE WHEN n = 2 THEN abs(n - 9223372036854775807 - 3) ELSE n END "
                        "AS v FROM (SELECT 1 AS n UNION ALL SELECT 2 AS n) s ORDER BY n"_s;
    auto rows = Sql::stream(db(), sql);
    if (!rows) {
        QVERIFY(!rows.errorString().isEmpty()); // refused before any row, as PostgreSQL does
        return;
    }
    int read = 0;
    while (rows->next())
        ++read;
    QVERIFY(read < 2);
    QVERIFY2(!rows->errorText().isEmpty(), "the rows ended early without an error");
    // And reading on does not start the statement over.
    QVERIFY(!rows->next());
}

void tst_SqlRows::aStatementRefusedByTheDatabaseIsAnError()
{
    auto rows = Sql::stream(db(), u"SELECT no_such_column FROM accordo_meta"_s);
    QVERIFY(!rows);
    QVERIFY2(rows.errorString().contains(u"no_such_column"_s), qPrintable(rows.errorString()));
}

void tst_SqlRows::finishedRowsLetTheConnectionWrite()
{
    QSqlQuery ddl(db()); // not prepared: PostgreSQL prepares no CREATE TABLE
    QVERIFY2(ddl.exec(u"CREATE TABLE rows_test (n BIGINT)"_s), qPrintable(ddl.lastError().text()));
    for (int n = 1; n <= 3; ++n)
        QVERIFY(Sql::exec(db(), u"INSERT INTO rows_test (n) VALUES (?)"_s, {n}));
    // Given rows read half way, then finished
    auto rows = Sql::stream(db(), u"SELECT n FROM rows_test ORDER BY n"_s);
    QVERIFY(rows);
    QVERIFY(rows->next());
    QCOMPARE(rows->integer("n"), 1);
    rows->finish();
    QVERIFY(!rows->next());
    // Then the connection writes and commits, and what it wrote is read back
    QVERIFY(db().transaction());
    QVERIFY(Sql::exec(db(), u"INSERT INTO rows_test (n) VALUES (4)"_s));
    QVERIFY(db().commit());
    auto again = Sql::stream(db(), u"SELECT count(*) AS c FROM rows_test"_s);
    QVERIFY(again && again->next());
    QCOMPARE(again->integer("c"), 4);
}

void tst_SqlRows::columnNamesAreFoundWhateverTheirCase()
{
    auto rows = Sql::stream(db(), u"SELECT 5 AS five"_s);
    QVERIFY(rows && rows->next());
    QCOMPARE(rows->indexOf(u"FIVE"_s), 0);
    QCOMPARE(rows->indexOf(u"six"_s), -1);
    QCOMPARE(rows->integer("five"), 5);
}

void tst_SqlRows::sharedTextsAndColumnsInAnyOrderReadAsText()
{
    // More distinct values than sharedText() keeps, repeated, with NULLs and empty texts
    const qint64 rowCount = 1000;
    const qint64 distinct = qint64(Sql::Rows::SharedTexts) + 44;
    const QString sql = uR"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n
                                                  WHERE i < %1)
        SELECT i, CASE WHEN i % 7 = 0 THEN NULL WHEN i % 11 = 0 THEN ''
                       ELSE 'période ' || CAST(i % %2 AS TEXT) END AS p,
               'x' || CAST(i AS TEXT) AS x
        FROM n ORDER BY i)"_s.arg(rowCount)
                            .arg(distinct);
    for (const bool streamed : {true, false}) {
        auto rows = streamed ? Sql::stream(db(), sql) : Sql::select(db(), sql);
        QVERIFY2(rows, qPrintable(rows.errorString()));
        qint64 read = 0;
        while (rows->next()) {
            ++read;
            // The columns asked in one order on even rows, in the other on odd ones
            qint64 i = 0;
            QString x, p;
            if (read % 2 == 0) {
                i = rows->integer("i");
                x = rows->text("x");
                p = rows->sharedText("p");
            } else {
                p = rows->sharedText("p");
                x = rows->text("x");
                i = rows->integer("i");
            }
            QCOMPARE(i, read);
            QCOMPARE(x, u"x%1"_s.arg(read));
            if (read % 7 == 0)
                QVERIFY2(p.isNull(), qPrintable(p));
            else if (read % 11 == 0)
                QVERIFY2(p.isEmpty(), qPrintable(p));
            else
                QCOMPARE(p, u"période %1"_s.arg(read % distinct));
            QCOMPARE(p.isNull(), rows->text("p").isNull());
        }
        QCOMPARE(read, rowCount);
        QCOMPARE(rows->errorText(), QString());
    }
}

void tst_SqlRows::aPreparedWriteBindsAsQtBinds()
{
    QSqlQuery ddl(db());
    QVERIFY2(ddl.exec(u"CREATE TABLE writes_test (a TEXT, b TEXT, c BIGINT, d BIGINT)"_s),
             qPrintable(ddl.lastError().text()));
    Kpi::Statement insert(db());
    QVERIFY(insert.prepare(u"INSERT INTO writes_test (a, b, c, d) VALUES (?, ?, ?, ?)"_s));
    // A null text and a typed null are NULL; an empty text is text; run twice, rebound
    for (const qint64 c : {5, 6}) {
        const auto run = insert.run({QString(), u""_s, c, Kpi::nullable(std::nullopt)});
        QVERIFY2(run, qPrintable(run.errorString()));
    }
    // And on SQLite a row of the wrong width is refused (Qt's drivers keep the values bound
    // last for the placeholders a row leaves out)
    if (!TestBackend::isPostgres())
        QVERIFY(!insert.run({u"x"_s}));
    auto rows = Sql::select(db(), u"SELECT CASE WHEN a IS NULL THEN 1 ELSE 0 END AS a_null, "
                                  "CASE WHEN b = '' THEN 1 ELSE 0 END AS b_empty, c, "
                                  "CASE WHEN d IS NULL THEN 1 ELSE 0 END AS d_null "
                                  "FROM writes_test ORDER BY c"_s);
    QVERIFY(rows);
    for (const qint64 c : {5, 6}) {
        QVERIFY(rows->next());
        QCOMPARE(rows->integer("a_null"), 1);
        QCOMPARE(rows->integer("b_empty"), 1);
        QCOMPARE(rows->integer("c"), c);
        QCOMPARE(rows->integer("d_null"), 1);
    }
    QVERIFY(!rows->next());
}

void tst_SqlRows::aPreparedReadRunsAgainForEachValue()
{
    QSqlQuery ddl(db());
    QVERIFY2(ddl.exec(u"CREATE TABLE reads_test (k TEXT, n BIGINT)"_s),
             qPrintable(ddl.lastError().text()));
    for (const auto &[k, n] : {std::pair{"a", 1}, {"a", 2}, {"b", 3}, {"c", 4}, {"c", 5}})
        QVERIFY(Sql::exec(db(), u"INSERT INTO reads_test (k, n) VALUES (?, ?)"_s,
                          {QString::fromLatin1(k), n}));
    Sql::Statement read(db());
    QVERIFY(read.prepare(u"SELECT n AS Value FROM reads_test WHERE k = ? ORDER BY n"_s));
    // Each run reads its own rows, whether the one before was read to its end, left half way
    // or had none, and a write in between is seen by the next run
    const auto values = [&read](const QString &k) {
        QList<qint64> out;
        auto rows = read.select({k});
        if (!rows)
            return QList<qint64>{-1};
        while (rows->next())
            out.append(rows->integer("value"));
        return out;
    };
    QCOMPARE(values(u"a"_s), (QList<qint64>{1, 2}));
    auto half = read.select({u"c"_s});
    QVERIFY(half && half->next());
    QCOMPARE(half->integer("VALUE"), 4);
    QCOMPARE(values(u"none"_s), QList<qint64>());
    QVERIFY(Sql::exec(db(), u"INSERT INTO reads_test (k, n) VALUES ('b', 6)"_s));
    QCOMPARE(values(u"b"_s), (QList<qint64>{3, 6}));
    QCOMPARE(values(u"c"_s), (QList<qint64>{4, 5}));
}

void tst_SqlRows::keyedReadsEveryRowAsAnEntry()
{
    // Given rows with a key that comes twice
    const QString sql = uR"(
        SELECT k, v FROM (SELECT 1 AS k, 'one' AS v, 1 AS o
                          UNION ALL SELECT 2, 'two', 2
                          UNION ALL SELECT 1, 'one again', 3) t
        ORDER BY o)"_s;
    // When they are read keyed
    auto hash = Sql::keyed(db(), sql, {}, [](const Sql::Rows &row) {
        return std::pair{row.integer("k"), row.text("v")};
    });
    // Then every key has its entry, the later row's for the key that came twice
    QVERIFY2(hash, qPrintable(hash.errorString()));
    const QHash<qint64, QString> expected{{1, u"one again"_s}, {2, u"two"_s}};
    QCOMPARE(*hash, expected);
}

void tst_SqlRows::aKeyedReadThatFailsIsAnErrorNotAnEmptyHash()
{
    auto hash = Sql::keyed(db(), u"SELECT no_such_column FROM accordo_meta"_s, {},
                           [](const Sql::Rows &row) {
                               return std::pair{row.text("k"), 0};
                           });
    QVERIFY(!hash);
    QVERIFY2(hash.errorString().contains(u"no_such_column"_s), qPrintable(hash.errorString()));
}

// A stored row and the row about to be written digest alike when their values read alike as
// text, whatever type the driver hands back, and differently otherwise: a digest that
// merged two different rows would leave a changed KPI period or ticket unwritten.
void tst_SqlRows::rowDigestsAgreeByTextAndDifferOtherwise_data()
{
    QTest::addColumn<QVariantList>("left");
    QTest::addColumn<QVariantList>("right");
    QTest::addColumn<bool>("same");
    const QString longText = u"a text longer than sixteen bytes, in two words"_s;
    QTest::newRow("the same values")
        << QVariantList{1, u"met"_s} << QVariantList{1, u"met"_s} << true;
    QTest::newRow("an integer and its digits")
        << QVariantList{qint64(-1234567890123)} << QVariantList{u"-1234567890123"_s} << true;
    QTest::newRow("int and long long") << QVariantList{42} << QVariantList{qint64(42)} << true;
    QTest::newRow("the least qint64")
        << QVariantList{std::numeric_limits<qint64>::min()}
        << QVariantList{QString::number(std::numeric_limits<qint64>::min())} << true;
    QTest::newRow("a long text") << QVariantList{longText} << QVariantList{QString(longText)}
                                 << true;
    QTest::newRow("one value changed") << QVariantList{1, 2, 3} << QVariantList{1, 2, 4} << false;
    QTest::newRow("null against empty")
        << QVariantList{QVariant()} << QVariantList{QString()} << false;
    QTest::newRow("null against zero") << QVariantList{QVariant()} << QVariantList{0} << false;
    QTest::newRow("a boundary moved")
        << QVariantList{u"ab"_s, u"c"_s} << QVariantList{u"a"_s, u"bc"_s} << false;
    QTest::newRow("a value more") << QVariantList{u"a"_s} << QVariantList{u"a"_s, QString()}
                                  << false;
    QTest::newRow("values swapped") << QVariantList{1, 2} << QVariantList{2, 1} << false;
    QTest::newRow("last character of a long text")
        << QVariantList{longText} << QVariantList{QString(longText).replace(u's', u'z')} << false;
    QTest::newRow("a trailing zero character")
        << QVariantList{u"ab"_s} << QVariantList{QString(u"ab"_s + QChar(0))} << false;
    QTest::newRow("a real") << QVariantList{99.5} << QVariantList{99.25} << false;
}

void tst_SqlRows::rowDigestsAgreeByTextAndDifferOtherwise()
{
    QFETCH(QVariantList, left);
    QFETCH(QVariantList, right);
    QFETCH(bool, same);
    QCOMPARE(Sql::rowDigest(left) == Sql::rowDigest(right), same);
    // Values before `from` are left out.
    QCOMPARE(Sql::rowDigest(QVariantList{u"key"_s} + left, 1), Sql::rowDigest(left));
}

QTEST_GUILESS_MAIN(tst_SqlRows)
#include "tst_sqlrows.moc"
