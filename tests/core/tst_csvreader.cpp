#include "measurement/csvreader.h"

#include <QTest>

using namespace Accordo;
using namespace Qt::StringLiterals;

/// The CSV reader as import files meet it: RFC 4180 quoting, odd line breaks, located errors.
class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void malformed_data();
    void malformed();
};

void tst_CsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("records"); // fields joined by '|'
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("plain-lf") << QByteArray("a,b\n1,2\n") << QStringList{u"a|b"_s, u"1|2"_s}
                              << QList<qint64>{1, 2};
    QTest::newRow("crlf-no-final-newline")
        << QByteArray("a,b\r\n1,2") << QStringList{u"a|b"_s, u"1|2"_s} << QList<qint64>{1, 2};
    QTest::newRow("empty-fields") << QByteArray(",x,\n") << QStringList{u"|x|"_s}
                                  << QList<qint64>{1};
    QTest::newRow("quoted-comma-and-doubled-quote")
        << QByteArray("\"a,b\",\"say \"\"hi\"\"\",c\n") << QStringList{u"a,b|say \"hi\"|c"_s}
        << QList<qint64>{1};
    QTest::newRow("newline-inside-quotes-counts-lines")
        << QByteArray("\"multi\nline\",x\nnext,y\n") << QStringList{u"multi\nline|x"_s, u"next|y"_s}
        << QList<qint64>{1, 3};
    QTest::newRow("blank-lines-skipped-but-counted")
        << QByteArray("a\n\n\nb\n") << QStringList{u"a"_s, u"b"_s} << QList<qint64>{1, 4};
    QTest::newRow("lone-cr-ends-a-line")
        << QByteArray("a\rb\rc\n") << QStringList{u"a"_s, u"b"_s, u"c"_s} << QList<qint64>{1, 2, 3};
    QTest::newRow("blank-lone-cr-lines-counted")
        << QByteArray("a\r\r\rb\r\n") << QStringList{u"a"_s, u"b"_s} << QList<qint64>{1, 4};
    QTest::newRow("lone-cr-inside-quotes-counts-lines")
        << QByteArray("\"x\ry\",1\rz\n") << QStringList{u"x\ry|1"_s, u"z"_s} << QList<qint64>{1, 3};
    QTest::newRow("utf8-bom-dropped")
        << QByteArray("\xEF\xBB\xBFid\nü\n") << QStringList{u"id"_s, u"ü"_s} << QList<qint64>{1, 2};
}

void tst_CsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, records);
    QFETCH(QList<qint64>, lines);

    CsvReader reader;
    reader.setData(input, u"test.csv"_s);
    QStringList read;
    QList<qint64> readLines;
    while (reader.next()) {
        QStringList fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields << QString::fromUtf8(reader.field(i));
        read << fields.join(u'|');
        readLines << reader.line();
    }
    QVERIFY(!reader.error());
    QCOMPARE(read, records);
    QCOMPARE(readLines, lines);
}

void tst_CsvReader::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("unclosed-quote")
        << QByteArray("a,b\n1,\"open\n") << u"test.csv:2: a quoted field is not closed"_s;
    QTest::newRow("text-after-quote")
        << QByteArray("a\n\"x\"y\n") << u"test.csv:2: unexpected text after a closing quote"_s;
    QTest::newRow("unclosed-quote-after-lone-cr")
        << QByteArray("a\r\r1,\"open\n") << u"test.csv:3: a quoted field is not closed"_s;
}

void tst_CsvReader::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    CsvReader reader;
    reader.setData(input, u"test.csv"_s);
    while (reader.next()) {}
    QVERIFY(reader.error());
    QCOMPARE(reader.error()->message, error);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
