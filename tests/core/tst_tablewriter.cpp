#include "io/tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_TableWriter : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesOnlyWhenNeeded_data();
    void csvQuotesOnlyWhenNeeded();
    void csvHasHeaderAndOneLinePerRecord();
    void jsonIsAnArrayOfObjects();
    void tableAlignsColumns();
    void parseFormat();
};

void tst_TableWriter::csvQuotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Acme"_s << u"Acme"_s;
    QTest::newRow("comma") << u"Acme, Inc."_s << u"\"Acme, Inc.\""_s;
    QTest::newRow("quote") << u"The \"best\""_s << u"\"The \"\"best\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_TableWriter::csvQuotesOnlyWhenNeeded()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(TableWriter::csvField(field), expected);
}

void tst_TableWriter::csvHasHeaderAndOneLinePerRecord()
{
    const TextTable table{{u"name"_s, u"region"_s},
                          {{u"Acme, Inc."_s, u"EMEA"_s}, {u"Globex"_s, u"NA"_s}}};
    QCOMPARE(TableWriter::write(TableWriter::Format::Csv, table),
             u"name,region\n\"Acme, Inc.\",EMEA\nGlobex,NA\n"_s);
}

void tst_TableWriter::jsonIsAnArrayOfObjects()
{
    const TextTable table{{u"name"_s, u"region"_s}, {{u"Acme"_s, u"EMEA"_s}}};
    const auto document = QJsonDocument::fromJson(
        TableWriter::write(TableWriter::Format::Json, table).toUtf8());
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), 1);
    QCOMPARE(document.array().first().toObject().value(u"region"_s).toString(), u"EMEA"_s);
}

void tst_TableWriter::tableAlignsColumns()
{
    const TextTable table{{u"a"_s, u"b"_s}, {{u"long value"_s, u"x"_s}}};
    QCOMPARE(TableWriter::write(TableWriter::Format::Table, table),
             u"a           b\n----------  -\nlong value  x\n"_s);
}

void tst_TableWriter::parseFormat()
{
    QCOMPARE(TableWriter::parseFormat(u"csv"_s), TableWriter::Format::Csv);
    QCOMPARE(TableWriter::parseFormat(u"json"_s), TableWriter::Format::Json);
    QCOMPARE(TableWriter::parseFormat(u"table"_s), TableWriter::Format::Table);
    QVERIFY(!TableWriter::parseFormat(u"xml"_s).has_value());
}

QTEST_GUILESS_MAIN(tst_TableWriter)
#include "tst_tablewriter.moc"
