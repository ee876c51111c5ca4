#include "domain/money.h"
#include "domain/targetvalue.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejectsBadAmounts_data();
    void rejectsBadAmounts();
    void percentageRoundsHalfAwayFromZero_data();
    void percentageRoundsHalfAwayFromZero();
    void limits_data();
    void limits();
    void displaysInLocale();
    void targetValues_data();
    void targetValues();
    void targetValueLimits_data();
    void targetValueLimits();
    void targetValuesOutOfRange_data();
    void targetValuesOutOfRange();
};

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");

    QTest::newRow("plain") << u"1200"_s << qint64(120000) << u"EUR"_s;
    QTest::newRow("two-decimals") << u"1234.56"_s << qint64(123456) << u"EUR"_s;
    QTest::newRow("one-decimal") << u"0.5"_s << qint64(50) << u"EUR"_s;
    QTest::newRow("grouping") << u"1,234,567.89"_s << qint64(123456789) << u"EUR"_s;
    QTest::newRow("currency-after") << u"99.90 GBP"_s << qint64(9990) << u"GBP"_s;
    QTest::newRow("currency-before") << u"USD 10"_s << qint64(1000) << u"USD"_s;
    QTest::newRow("negative") << u"-3.05"_s << qint64(-305) << u"EUR"_s;
    // 0.1 + 0.2 style amounts stay exact because no double is involved.
    QTest::newRow("no-binary-rounding") << u"0.29"_s << qint64(29) << u"EUR"_s;
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);

    const auto money = Money::parse(text, u"EUR"_s);
    QVERIFY2(money.ok(), qPrintable(money.errorString()));
    QCOMPARE(money->minorUnits(), minor);
    QCOMPARE(money->currency(), currency);
    QCOMPARE(Money::parse(money->toPlainString() + u' ' + currency)->minorUnits(), minor);
}

void tst_Money::rejectsBadAmounts_data()
{
    TestSupport::addRows<QString>("text", {{"three-decimals", u"1.005"_s},
                                           {"letters", u"ten"_s},
                                           {"two-currencies", u"EUR 5 USD"_s},
                                           {"lowercase-currency", u"5 eur"_s},
                                           {"empty", QString()},
                                           {"too-large", u"12345678901234567"_s}});
}

void tst_Money::rejectsBadAmounts()
{
    QFETCH(QString, text);
    const auto money = Money::parse(text, u"EUR"_s);
    QVERIFY(!money.ok());
    QVERIFY(!money.errorString().isEmpty());
}

void tst_Money::percentageRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("five-percent") << qint64(1000000) << qint64(500) << qint64(50000);
    QTest::newRow("half-cent-up") << qint64(10) << qint64(500) << qint64(1); // 0.5 -> 1
    QTest::newRow("below-half") << qint64(9) << qint64(500) << qint64(0);    // 0.45 -> 0
    QTest::newRow("negative-half") << qint64(-10) << qint64(500) << qint64(-1);
    QTest::newRow("full") << qint64(12345) << qint64(10000) << qint64(12345);
    // The largest amount Money holds: minor * rate exceeds 64 bits before the division.
    QTest::newRow("largest-full") << Money::MaxMinorUnits << qint64(10000) << Money::MaxMinorUnits;
    QTest::newRow("largest-ten-percent")
        << Money::MaxMinorUnits << qint64(1000) << qint64(9223372036854776);
    QTest::newRow("largest-negative-half")
        << -Money::MaxMinorUnits << qint64(5000) << qint64(-46116860184273879);
}

void tst_Money::percentageRoundsHalfAwayFromZero()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, hundredths);
    QFETCH(qint64, expected);
    const auto credit = Money(minor, u"EUR"_s).percentage(hundredths);
    QVERIFY2(credit, qPrintable(credit.errorString()));
    QCOMPARE(credit->minorUnits(), expected);
}

void tst_Money::displaysInLocale()
{
    const Money money(123456789, u"EUR"_s);
    QCOMPARE(money.toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)),
             u"EUR 1,234,567.89"_s);
    QCOMPARE(money.toDisplayString(QLocale(QLocale::Italian, QLocale::Italy)),
             u"EUR 1.234.567,89"_s);
    QCOMPARE(money.toPlainString(), u"1234567.89"_s);
}

void tst_Money::targetValues_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("response-4h") << int(Metric::FirstResponse) << u"4h"_s << qint64(14400)
                                 << u"4h"_s;
    QTest::newRow("resolution-1h30m")
        << int(Metric::Resolution) << u"1h30m"_s << qint64(5400) << u"1h30m"_s;
    QTest::newRow("resolution-90m")
        << int(Metric::Resolution) << u"90m"_s << qint64(5400) << u"1h30m"_s;
    QTest::newRow("availability") << int(Metric::Availability) << u"99.95"_s << qint64(99950)
                                  << u"99.95 %"_s;
    QTest::newRow("satisfaction") << int(Metric::Satisfaction) << u"4.2"_s << qint64(4200)
                                  << u"4.2 / 5"_s;
}

void tst_Money::targetValues()
{
    QFETCH(int, metric);
    QFETCH(QString, text);
    QFETCH(qint64, value);
    QFETCH(QString, formatted);
    const auto parsed = TargetValue::parse(Metric(metric), text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QCOMPARE(*parsed, value);
    QCOMPARE(TargetValue::format(Metric(metric), value), formatted);
}

void tst_Money::limits_data()
{
    // The operation: "parse" of `text`, or `minor` "percent" / "times" / "plus" `operand`.
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("operand");
    QTest::addColumn<qint64>("expected"); // the result in minor units when accepted
    QTest::addColumn<QString>("error");   // the start of the message when refused

    const qint64 max = Money::MaxMinorUnits;
    const QString tooLarge = u"amounts of money go up to ±922337203685477.58"_s;
    QTest::newRow("parse: the largest amount")
        << u"parse"_s << u"922337203685477.58"_s << qint64(0) << qint64(0) << max << QString();
    QTest::newRow("parse: one cent more")
        << u"parse"_s << u"922337203685477.59"_s << qint64(0) << qint64(0) << qint64(0)
        << u"\"922337203685477.59\" is too large: "_s + tooLarge;
    QTest::newRow("parse: the most negative")
        << u"parse"_s << u"-922337203685477.58"_s << qint64(0) << qint64(0) << -max << QString();
    QTest::newRow("percent: 100 % of the largest")
        << u"percent"_s << QString() << max << qint64(10000) << max << QString();
    QTest::newRow("percent: 100.01 % of the largest")
        << u"percent"_s << QString() << max << qint64(10001) << qint64(0)
        << u"922337203685477.58 × 100.01 % is too large: "_s + tooLarge;
    // The product 9.2e16 × 9.2e18 would wrap a qint64 many times over.
    QTest::newRow("percent: a rate that would wrap")
        << u"percent"_s << QString() << max << std::numeric_limits<qint64>::max() << qint64(0)
        << u"922337203685477.58 × "_s;
    QTest::newRow("percent: an amount beyond the limit")
        << u"percent"_s << QString() << std::numeric_limits<qint64>::max() << qint64(1) << qint64(0)
        << u"\"92233720368547758.07\" is too large: "_s + tooLarge;
    QTest::newRow("times: a quarter of a third of the largest")
        << u"times"_s << QString() << max / 3 << qint64(3) << max / 3 * 3 << QString();
    QTest::newRow("times: three times the largest")
        << u"times"_s << QString() << max << qint64(3) << qint64(0)
        << u"922337203685477.58 × 3 is too large: "_s + tooLarge;
    QTest::newRow("plus: up to the largest")
        << u"plus"_s << QString() << max - 1 << qint64(1) << max << QString();
    QTest::newRow("plus: one past the largest")
        << u"plus"_s << QString() << max << qint64(1) << qint64(0)
        << u"922337203685477.58 + 0.01 is too large: "_s + tooLarge;
}

void tst_Money::limits()
{
    QFETCH(QString, operation);
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    QFETCH(qint64, operand);
    QFETCH(qint64, expected);
    QFETCH(QString, error);

    const Money amount(minor, u"EUR"_s);
    Result<Money> result = Money();
    if (operation == u"parse"_s)
        result = Money::parse(text, u"EUR"_s);
    else if (operation == u"percent"_s)
        result = amount.percentage(operand);
    else if (operation == u"times"_s)
        result = amount.multiplied(operand);
    else
        result = amount.plus(Money(operand, u"EUR"_s));
    if (error.isEmpty()) {
        QVERIFY2(result, qPrintable(result.errorString()));
        QCOMPARE(result->minorUnits(), expected);
    } else {
        QVERIFY(!result);
        QVERIFY2(result.errorString().startsWith(error), qPrintable(result.errorString()));
    }
}

void tst_Money::targetValueLimits_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value"); // 0: refused
    QTest::addColumn<QString>("error");

    const int resolution = int(Metric::Resolution);
    const QString tooLong = u"is too long: durations go up to 100 years (36525d)"_s;
    QTest::newRow("100 years") << resolution << u"36525d"_s << qint64(3155760000) << QString();
    QTest::newRow("100 years in hours")
        << resolution << u"876600h"_s << qint64(3155760000) << QString();
    QTest::newRow("100 years and a second")
        << resolution << u"36525d 1s"_s << qint64(0) << u"\"36525d 1s\" "_s + tooLong;
    QTest::newRow("hours that would wrap") << resolution << u"99999999999999999999h"_s << qint64(0)
                                           << u"\"99999999999999999999h\" "_s + tooLong;
    QTest::newRow("days that would wrap when multiplied")
        << resolution << u"106751991167301d"_s << qint64(0) << u"\"106751991167301d\" "_s + tooLong;
    QTest::newRow("custom: 15 digits") << int(Metric::Custom) << u"999999999999999.999"_s
                                       << qint64(999999999999999999) << QString();
    QTest::newRow("custom: 20 digits that would wrap")
        << int(Metric::Custom) << u"99999999999999999999"_s << qint64(0)
        << u"\"99999999999999999999\" is too large: numbers go up to 999,999,999,999,999.999"_s;
}

void tst_Money::targetValueLimits()
{
    QFETCH(int, metric);
    QFETCH(QString, text);
    QFETCH(qint64, value);
    QFETCH(QString, error);
    const auto parsed = TargetValue::parse(Metric(metric), text);
    if (error.isEmpty()) {
        QVERIFY2(parsed, qPrintable(parsed.errorString()));
        QCOMPARE(*parsed, value);
    } else {
        QVERIFY(!parsed);
        QCOMPARE(parsed.errorString(), error);
    }
}

void tst_Money::targetValuesOutOfRange_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // a part of the message

    const QString longer = u"is too long: durations go up to 100 years (36525d)"_s;
    // Each of these overflowed 64 bits or gave a threshold no period could ever reach.
    QTest::newRow("days-overflow") << int(Metric::Resolution) << u"999999999999999999d"_s << longer;
    QTest::newRow("hours-past-the-years") << int(Metric::Resolution) << u"2100000h"_s << longer;
    QTest::newRow("sum-past-the-years")
        << int(Metric::FirstResponse) << u"83000d 3000000m"_s << longer;
    QTest::newRow("seconds-too-many-digits")
        << int(Metric::FirstResponse) << u"99999999999999999999s"_s << longer;
    QTest::newRow("custom-thousandths-overflow")
        << int(Metric::Custom) << u"9999999999999999"_s << u"is too large"_s;
    QTest::newRow("custom-too-many-digits")
        << int(Metric::Custom) << u"99999999999999999999.5"_s << u"is too large"_s;
}

void tst_Money::targetValuesOutOfRange()
{
    QFETCH(int, metric);
    QFETCH(QString, text);
    QFETCH(QString, error);
    const auto parsed = TargetValue::parse(Metric(metric), text);
    QVERIFY2(!parsed.ok(), qPrintable(QString::number(parsed.ok() ? *parsed : 0)));
    QVERIFY2(parsed.errorString().contains(error), qPrintable(parsed.errorString()));
    QVERIFY(parsed.errorString().contains(text));
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
