#include "dialogs/targetdialog.h"
#include "testfixtures.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// The target dialog in the user's locale: numbers typed and shown with the locale's decimal
/// separator (Italian "99,5", English "99.5"), and a warning while the credit tiers owe a
/// credit at a compliance that meets the target.
class tst_TargetDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void numbersInTheLocalesForm_data();
    void numbersInTheLocalesForm();
    void showsStoredNumbersInTheLocalesForm_data();
    void showsStoredNumbersInTheLocalesForm();
    void refusesANumberNamingIt();
    void warnsWhileACreditIsOwedAtMetCompliance_data();
    void warnsWhileACreditIsOwedAtMetCompliance();

private:
    static QList<Service> services();
    static void setTier(QTableWidget *tiers, int row, const QString &below, const QString &credit);
};

QList<Service> tst_TargetDialog::services()
{
    Service s;
    s.id = 7;
    s.code = u"PRINT"_s;
    s.name = u"Printing"_s;
    return {s};
}

void tst_TargetDialog::setTier(QTableWidget *tiers, int row, const QString &below,
                               const QString &credit)
{
    if (tiers->rowCount() <= row)
        tiers->setRowCount(row + 1);
    tiers->setItem(row, 0, new QTableWidgetItem(below));
    tiers->setItem(row, 1, new QTableWidgetItem(credit));
}

void tst_TargetDialog::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_TargetDialog::numbersInTheLocalesForm_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("threshold"); // availability, in %
    QTest::addColumn<QString>("goal");
    QTest::addColumn<QString>("tierBelow");
    QTest::addColumn<QString>("tierCredit");
    QTest::addColumn<QString>("cap");
    QTest::newRow("italian-commas")
        << u"it_IT"_s << u"99,5"_s << u"99,25"_s << u"99,5"_s << u"2,5"_s << u"12,75"_s;
    QTest::newRow("english-points")
        << u"en_US"_s << u"99.5"_s << u"99.25"_s << u"99.5"_s << u"2.5"_s << u"12.75"_s;
    // A point still reads as a decimal in Italian: "99.5" is no thousands.
    QTest::newRow("italian-points")
        << u"it_IT"_s << u"99.5"_s << u"99.25"_s << u"99.5"_s << u"2.5"_s << u"12.75"_s;
}

void tst_TargetDialog::numbersInTheLocalesForm()
{
    QFETCH(QString, locale);
    QFETCH(QString, threshold);
    QFETCH(QString, goal);
    QFETCH(QString, tierBelow);
    QFETCH(QString, tierCredit);
    QFETCH(QString, cap);
    // Given the target dialog in the locale, for an availability target
    QLocale::setDefault(QLocale(locale));
    TargetDialog dialog(services(), {}, {});
    const Target shown = TestFixtures::target(7, Metric::Availability, 99000, 100000);
    dialog.setTarget(shown);

    // When the numbers are typed as the locale writes them
    dialog.findChild<QLineEdit *>(u"threshold"_s)->setText(threshold);
    dialog.findChild<QLineEdit *>(u"goal"_s)->setText(goal);
    setTier(dialog.findChild<QTableWidget *>(u"creditTiers"_s), 0, tierBelow, tierCredit);
    dialog.findChild<QLineEdit *>(u"creditCap"_s)->setText(cap);

    // Then they read as those numbers
    auto t = dialog.target();
    QVERIFY2(t, qPrintable(t.errorString()));
    QCOMPARE(t->threshold, 99500);
    QCOMPARE(t->goalMilli, 99250);
    QCOMPARE(t->creditTiers, (QList<CreditTier>{{99500, 250}}));
    QCOMPARE(t->creditCapHundredths, 1275);
}

void tst_TargetDialog::showsStoredNumbersInTheLocalesForm_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("threshold");
    QTest::addColumn<QString>("goal");
    QTest::addColumn<QString>("tierBelow");
    QTest::addColumn<QString>("cap");
    QTest::newRow("italian") << u"it_IT"_s << u"99,95"_s << u"99,5"_s << u"99,9"_s << u"12,5"_s;
    QTest::newRow("english") << u"en_US"_s << u"99.95"_s << u"99.5"_s << u"99.9"_s << u"12.5"_s;
}

void tst_TargetDialog::showsStoredNumbersInTheLocalesForm()
{
    QFETCH(QString, locale);
    QFETCH(QString, threshold);
    QFETCH(QString, goal);
    QFETCH(QString, tierBelow);
    QFETCH(QString, cap);
    QLocale::setDefault(QLocale(locale));
    TargetDialog dialog(services(), {}, {});
    Target t = TestFixtures::target(7, Metric::Availability, 99950, 99500);
    t.creditTiers = {{99900, 500}};
    t.creditCapHundredths = 1250;
    dialog.setTarget(t);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"threshold"_s)->text(), threshold);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"goal"_s)->text(), goal);
    QCOMPARE(dialog.findChild<QTableWidget *>(u"creditTiers"_s)->item(0, 0)->text(), tierBelow);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"creditCap"_s)->text(), cap);
    // And what is shown reads back as it was stored
    auto back = dialog.target();
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->threshold, t.threshold);
    QCOMPARE(back->goalMilli, t.goalMilli);
    QCOMPARE(back->creditTiers, t.creditTiers);
    QCOMPARE(back->creditCapHundredths, t.creditCapHundredths);
}

void tst_TargetDialog::refusesANumberNamingIt()
{
    QLocale::setDefault(QLocale(QLocale::Italian));
    TargetDialog dialog(services(), {}, {});
    const Target t = TestFixtures::target(7, Metric::Resolution, 4 * 3600, 95000);
    dialog.setTarget(t);
    dialog.findChild<QLineEdit *>(u"goal"_s)->setText(u"novanta"_s);
    auto refused = dialog.target();
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"\"novanta\""_s), qPrintable(refused.errorString()));
    QVERIFY2(refused.errorString().contains(u"99,5"_s), qPrintable(refused.errorString()));
}

void tst_TargetDialog::warnsWhileACreditIsOwedAtMetCompliance_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<QString>("threshold");
    QTest::addColumn<QString>("goal");
    QTest::addColumn<QString>("firstTier");
    QTest::addColumn<bool>("warned");
    QTest::newRow("goal-90-tier-below-95")
        << int(Metric::Resolution) << u"45h"_s << u"90"_s << u"95"_s << true;
    QTest::newRow("goal-90-tier-below-90")
        << int(Metric::Resolution) << u"45h"_s << u"90"_s << u"90"_s << false;
    QTest::newRow("goal-95-tier-below-95")
        << int(Metric::Resolution) << u"4h"_s << u"95"_s << u"95"_s << false;
    QTest::newRow("availability-99.5-tier-below-99.9")
        << int(Metric::Availability) << u"99.5"_s << u"100"_s << u"99.9"_s << true;
    QTest::newRow("availability-99.9-tier-below-99.9")
        << int(Metric::Availability) << u"99.9"_s << u"100"_s << u"99.9"_s << false;
}

void tst_TargetDialog::warnsWhileACreditIsOwedAtMetCompliance()
{
    QFETCH(int, metric);
    QFETCH(QString, threshold);
    QFETCH(QString, goal);
    QFETCH(QString, firstTier);
    QFETCH(bool, warned);
    // Given a target with no tiers
    QLocale::setDefault(QLocale(QLocale::English));
    TargetDialog dialog(services(), {}, {});
    Target t = TestFixtures::target(7, Metric(metric), 1, 50000);
    dialog.setTarget(t);
    QCOMPARE(dialog.tierWarning(), QString());

    // When its terms and first credit tier are typed
    dialog.findChild<QLineEdit *>(u"threshold"_s)->setText(threshold);
    dialog.findChild<QLineEdit *>(u"goal"_s)->setText(goal);
    setTier(dialog.findChild<QTableWidget *>(u"creditTiers"_s), 0, firstTier, u"5"_s);

    // Then the dialog warns exactly when a credit is owed while the target is met
    const QString warning = dialog.tierWarning();
    QCOMPARE(!warning.isEmpty(), warned);
    if (warned) {
        QVERIFY2(warning.contains(u"below %1 %"_s.arg(firstTier)), qPrintable(warning));
        QVERIFY(dialog.findChild<QLabel *>(u"tierWarning"_s)->isVisibleTo(&dialog));
    }
    // And the warning does not stop the target from being saved
    QVERIFY(dialog.target());
}

QTEST_MAIN(tst_TargetDialog)
#include "tst_targetdialog.moc"
