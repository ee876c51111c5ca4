#include "domain/money.h"
#include "domain/targetvalue.h"

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
    void displaysInLocale();
    void targetValues_data();
    void targetValues();
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
    QTest::addColumn<QString>("text");
    QTest::newRow("three-decimals") << u"1.005"_s;
    QTest::newRow("letters") << u"ten"_s;
    QTest::newRow("two-currencies") << u"EUR 5 USD"_s;
    QTest::newRow("lowercase-currency") << u"5 eur"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("too-large") << u"12345678901234567"_s;
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
}

void tst_Money::percentageRoundsHalfAwayFromZero()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, hundredths);
    QFETCH(qint64, expected);
    QCOMPARE(Money(minor, u"EUR"_s).percentage(hundredths).minorUnits(), expected);
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

void tst_Money::targetValuesOutOfRange_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // a part of the message

    const QString longer = u"the duration is longer than the 230 years Accordo supports"_s;
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
