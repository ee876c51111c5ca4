#include "measurement/csvreader.h"

#include <QElapsedTimer>
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
    void encodings_data();
    void encodings();
    void unknownEncodingIsRefused();
    void limitsAreEnforcedQuickly_data();
    void limitsAreEnforcedQuickly();
    void headerNamedTwice_data();
    void headerNamedTwice();
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
    QVERIFY(reader.setData(input, u"test.csv"_s));
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
    QTest::newRow("latin1-byte")
        << QByteArray("a,b\n1,2\ncaf\xE9,3\n")
        << u"test.csv: line 3 is not valid UTF-8; use --encoding latin1 if the file is Latin-1"_s;
    QTest::newRow("latin1-byte-on-the-second-line-of-a-quoted-field")
        << QByteArray("a,b\n\"one\ntw\xF6\",2\n")
        << u"test.csv: line 3 is not valid UTF-8; use --encoding latin1 if the file is Latin-1"_s;
    QTest::newRow("truncated-utf8-sequence-in-the-header")
        << QByteArray("id,\xC3\n1,2\n")
        << u"test.csv: line 1 is not valid UTF-8; use --encoding latin1 if the file is Latin-1"_s;
    QTest::newRow("unclosed-quote-without-newline")
        << QByteArray("a,b\n1,\"open") << u"test.csv:2: a quoted field is not closed"_s;
    QTest::newRow("unclosed-quote-after-lone-cr")
        << QByteArray("a\r\r1,\"open\n") << u"test.csv:3: a quoted field is not closed"_s;
}

void tst_CsvReader::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    CsvReader reader;
    QVERIFY(reader.setData(input, u"test.csv"_s));
    while (reader.next()) {}
    QVERIFY(reader.error());
    QCOMPARE(reader.error()->message, error);
}

void tst_CsvReader::encodings_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("second");

    QTest::newRow("utf-8-default") << QString() << QByteArray("x\ncaf\xC3\xA9\n") << u"café"_s;
    QTest::newRow("utf-8-named") << u"UTF-8"_s << QByteArray("x\ncaf\xC3\xA9\n") << u"café"_s;
    QTest::newRow("latin1") << u"latin1"_s << QByteArray("x\ncaf\xE9\n") << u"café"_s;
    QTest::newRow("iso-8859-1") << u"iso-8859-1"_s << QByteArray("x\nM\xFCller\n") << u"Müller"_s;
    QTest::newRow("windows-1252-euro")
        << u"windows-1252"_s << QByteArray("x\n\x80 5\n") << u"€ 5"_s;
    QTest::newRow("cp1252-quotes")
        << u"cp1252"_s << QByteArray("x\n\x93hi\x94\n") << u"\u201chi\u201d"_s;
}

void tst_CsvReader::encodings()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, input);
    QFETCH(QString, second);

    CsvReader reader;
    QVERIFY(CsvReader::isKnownEncoding(encoding));
    auto set = reader.setEncoding(encoding);
    QVERIFY2(set, qPrintable(set.errorString()));
    QVERIFY(reader.setData(input, u"test.csv"_s));
    QVERIFY(reader.next());
    QVERIFY(reader.next());
    QCOMPARE(QString::fromUtf8(reader.field(0)), second);
    QVERIFY(!reader.next());
    QVERIFY(!reader.error());
}

void tst_CsvReader::unknownEncodingIsRefused()
{
    CsvReader reader;
    QVERIFY(!CsvReader::isKnownEncoding(u"klingon-8"_s));
    auto set = reader.setEncoding(u"klingon-8"_s);
    QVERIFY(!set);
    QVERIFY2(set.errorString().contains(u"\"klingon-8\""_s), qPrintable(set.errorString()));
}

void tst_CsvReader::limitsAreEnforcedQuickly_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    const QByteArray big(CsvReader::MaxFieldBytes + 1, 'x');
    QTest::newRow("unquoted-field-over-1-MiB")
        << QByteArray("a,b\n1," + big + "\n")
        << u"test.csv:2: field 2 is longer than 1048576 bytes"_s;
    QTest::newRow("quoted-field-over-1-MiB")
        << QByteArray("a,b\n\"" + big + "\",2\n")
        << u"test.csv:2: field 1 is longer than 1048576 bytes"_s;
    // A quote that never closes in 8 MiB of text without a line break: refused at the
    // field limit, not after a scan of everything.
    QTest::newRow("unclosed-quote-before-8-MiB-without-newline")
        << QByteArray("a\n\"" + QByteArray(8 * 1024 * 1024, 'y'))
        << u"test.csv:2: field 1 is longer than 1048576 bytes"_s;
    QByteArray wide = "a\n";
    for (int i = 0; i < CsvReader::MaxFields; ++i)
        wide += "1,";
    wide += "1\n";
    QTest::newRow("more-than-4096-fields")
        << wide << u"test.csv:2: the record has more than 4096 fields"_s;
    QByteArray longRecord = "a\n";
    for (int i = 0; i < 20; ++i)
        longRecord += QByteArray(CsvReader::MaxFieldBytes - 1, 'z') + ',';
    QTest::newRow("record-over-16-MiB")
        << longRecord << u"test.csv:2: the record is longer than 16777216 bytes"_s;
}

void tst_CsvReader::limitsAreEnforcedQuickly()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    CsvReader reader;
    QVERIFY(reader.setData(input, u"test.csv"_s));
    QElapsedTimer timer;
    timer.start();
    while (reader.next()) {}
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(reader.error());
    QVERIFY2(reader.error()->message.startsWith(error), qPrintable(reader.error()->message));
}

void tst_CsvReader::headerNamedTwice_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("error");

    QTest::newRow("same-name") << QByteArray("id,opened_at,id")
                               << u"test.csv:1: the column \"id\" is named twice in the header "
                                  "(columns 1 and 3)"_s;
    QTest::newRow("same-after-trimming")
        << QByteArray("id, status ,status")
        << u"test.csv:1: the column \"status\" is named twice in the header (columns 2 and 3)"_s;
}

void tst_CsvReader::headerNamedTwice()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, error);

    CsvReader reader;
    const QByteArray input = header + '\n';
    QVERIFY(reader.setData(input, u"test.csv"_s));
    QVERIFY(reader.next());
    auto checked = reader.checkHeader();
    QVERIFY(!checked);
    QCOMPARE(checked.errorString(), error);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
