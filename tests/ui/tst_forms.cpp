#include "charts/chartbuilder.h"
#include "data/agreementrules.h"
#include "data/workspace.h"
#include "demosession.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/agreementgeneraltab.h"
#include "dialogs/holidayruledialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/partydialog.h"
#include "dialogs/servicedialog.h"
#include "dialogs/transitiondialog.h"
#include "language.h"
#include "mainwindow.h"
#include "reportdata/dashboarddata.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "widgets/dateedit.h"
#include "widgets/historypanel.h"
#include "widgets/recordlistview.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Accordo;
using Accordo::TestSupport::whenDialogOpens;

namespace {

// The texts a chart view draws: its title, legend and axis labels.
QStringList textsOf(const QChartView &view)
{
    QStringList texts;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
    }
    return texts;
}

// Runs `fill` on the first modal `Dialog` that opens within a few seconds, also when another
// dialog opens and closes before it.
template<typename Dialog, typename Fill>
void whenDialogEventuallyOpens(QObject *context, Fill fill)
{
    auto *poll = new QTimer(context);
    auto *waited = new QElapsedTimer;
    waited->start();
    QObject::connect(poll, &QTimer::timeout, context, [poll, waited, fill] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            poll->deleteLater();
            delete waited;
            fill(dialog);
        } else if (waited->elapsed() > 5000) {
            poll->deleteLater();
            delete waited;
            QFAIL("the expected dialog did not open");
        }
    });
    poll->start(10);
}

// The dialog called `name` over `session`: "agreement", "sign", "terminate", "reject" (a step of
// SLA-1, dated `date`), "holiday", "party", "service" or "import"; null for another name.
std::unique_ptr<QDialog> dialogNamed(const QString &name, WorkspaceSession &session,
                                     const QDate &date)
{
    if (name == u"agreement"_s)
        return std::make_unique<AgreementDialog>(session, AgreementDialog::Save());
    if (name == u"sign"_s)
        return std::make_unique<TransitionDialog>(Transition::Sign, u"SLA-1"_s, date);
    if (name == u"terminate"_s)
        return std::make_unique<TransitionDialog>(Transition::Terminate, u"SLA-1"_s, date);
    if (name == u"reject"_s)
        return std::make_unique<TransitionDialog>(Transition::Reject, u"SLA-1"_s, date);
    if (name == u"holiday"_s)
        return std::make_unique<HolidayRuleDialog>();
    if (name == u"party"_s)
        return std::make_unique<PartyDialog>(session.workspace().regions().value(),
                                             session.workspace().services().value(),
                                             PartyDialog::Save());
    if (name == u"service"_s)
        return std::make_unique<ServiceDialog>(ServiceDialog::Save());
    if (name == u"import"_s)
        return std::make_unique<ImportWizard>(session.database().connection());
    return nullptr;
}

} // namespace

// The daily path through the forms: dates typed in full, a new agreement started from its
// customer, labels without stray '&', the history in words, Italian numbers and a change of
// language while the window is open.
class tst_Forms : public TestFixtures::TemplateCopyTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dateFieldTakesTypedDates_data();
    void dateFieldTakesTypedDates();
    void dateFieldRefusesTextThatIsNoDate_data();
    void dateFieldRefusesTextThatIsNoDate();
    void everyDateFieldIsTyped_data();
    void everyDateFieldIsTyped();
    void newAgreementFromACustomer_data();
    void newAgreementFromACustomer();
    void newAgreementAssumesNoCounterparty();
    void noLabelShowsAnAmpersand_data();
    void noLabelShowsAnAmpersand();
    void historyShowsChangesInWords();
    void italianFeeAndChartAxis();
    void volumeChartNamesItsScale();
    void forecastMonthsStayOnTheVolumeAxisAlone();
    void languageChangeRetitlesTheMenus();

private:
    std::unique_ptr<WorkspaceSession> openSession();
    bool mainWindowNeedsSqlite();
};

void tst_Forms::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    TestSupport::isolateSettings();
    QCOMPARE(createDemoTemplate({Role::SlaManager}), QString());
}

void tst_Forms::init()
{
    Language::install(u"en"_s);
    // A copy of the demo made once: populating it for every test is slow on the server.
    copyTemplate(u"forms"_s);
}

void tst_Forms::cleanup()
{
    Language::install(u"en"_s);
}

std::unique_ptr<WorkspaceSession> tst_Forms::openSession()
{
    return TestSupport::openSessionOn(mLocation, u"alice"_s);
}

bool tst_Forms::mainWindowNeedsSqlite()
{
    // QSKIP returns from the function it is in: the test function itself must return too.
    if (!TestBackend::isPostgres())
        return false;
    QTest::qSkip("the main window's own tests open workspace files; the server path is covered "
                 "by the session tests",
                 __FILE__, __LINE__);
    return true;
}

void tst_Forms::dateFieldTakesTypedDates_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    const QDate newYear(2027, 1, 1);
    const QDate late(2027, 11, 23);
    for (const QString &name : {u"en_US"_s, u"it_IT"_s}) {
        const QLocale locale(name);
        QTest::addRow("%s-iso", qPrintable(name)) << name << u"2027-01-01"_s << newYear;
        QTest::addRow("%s-english-month", qPrintable(name)) << name << u"1 Jan 2027"_s << newYear;
        QTest::addRow("%s-short", qPrintable(name))
            << name << locale.toString(late, QLocale::ShortFormat) << late;
        QTest::addRow("%s-short-four-digit-year", qPrintable(name))
            << name << locale.toString(late, DateEdit::displayFormat(locale)) << late;
        QTest::addRow("%s-own-month-name", qPrintable(name))
            << name << locale.toString(late, u"d MMM yyyy"_s) << late;
    }
    QTest::newRow("it-month-in-full") << u"it_IT"_s << u"23 novembre 2027"_s << late;
    QTest::newRow("en-spaces-around") << u"en_US"_s << u"  2027-11-23 "_s << late;
}

void tst_Forms::dateFieldTakesTypedDates()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    // Given a date field in the locale, showing another date
    QLocale::setDefault(QLocale(locale));
    DateEdit edit(QDate(2026, 5, 5));
    QSignalSpy changed(&edit, &DateEdit::dateChanged);

    // When the user types the date in full and presses Enter
    TestSupport::typeOver(edit.lineEdit(), text);

    // Then the field holds that date, says nothing is wrong and shows it with a four-digit year
    QCOMPARE(edit.date(), expected);
    QCOMPARE(edit.errorText(), QString());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toDate(), expected);
    QCOMPARE(changed.last().first().toDate(), expected);
    QVERIFY2(edit.lineEdit()->text().contains(QString::number(expected.year())),
             qPrintable(edit.lineEdit()->text()));
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_Forms::dateFieldRefusesTextThatIsNoDate_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named");
    QTest::newRow("en-words") << u"en_US"_s << u"next Tuesday"_s << u"next Tuesday"_s;
    QTest::newRow("en-no-such-day") << u"en_US"_s << u"2027-02-30"_s << u"2027-02-30"_s;
    QTest::newRow("it-no-such-day") << u"it_IT"_s << u"31/02/2027"_s << u"31/02/2027"_s;
    QTest::newRow("beyond-supported-years") << u"en_US"_s << u"2300-01-01"_s << u"2199"_s;
    QTest::newRow("empty") << u"it_IT"_s << QString() << u"2027"_s;
}

void tst_Forms::dateFieldRefusesTextThatIsNoDate()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, named);
    // Given a visible date field holding a date
    QLocale::setDefault(QLocale(locale));
    QWidget window;
    auto *edit = new DateEdit(QDate(2026, 5, 5), &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // When the user types text that is no supported date and presses Enter
    TestSupport::typeOver(edit->lineEdit(), text);

    // Then the field holds no date, keeps the text and says beneath itself what is wrong
    QVERIFY(!edit->date().isValid());
    QCOMPARE(edit->lineEdit()->text(), text);
    auto *message = edit->findChild<QLabel *>(u"dateError"_s);
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(named), qPrintable(message->text()));
    QLocale::setDefault(QLocale(QLocale::English));
}

void tst_Forms::everyDateFieldIsTyped_data()
{
    TestSupport::addWordRows("dialog", {u"agreement"_s, u"sign"_s, u"terminate"_s, u"holiday"_s});
}

void tst_Forms::everyDateFieldIsTyped()
{
    QFETCH(QString, dialog);
    auto session = openSession();
    const std::unique_ptr<QDialog> shown = dialogNamed(dialog, *session, QDate(2027, 1, 1));
    QVERIFY(shown);
    // Every date of the dialog is a field that takes typed dates, none a spin box of sections.
    QCOMPARE(shown->findChildren<QDateEdit *>().size(), 0);
    QVERIFY(!shown->findChildren<DateEdit *>().isEmpty());
}

void tst_Forms::newAgreementFromACustomer_data()
{
    TestSupport::addRows<bool>("fromDialog", {{"context-menu", false}, {"customer-dialog", true}});
}

void tst_Forms::newAgreementFromACustomer()
{
    QFETCH(bool, fromDialog);
    if (mainWindowNeedsSqlite())
        return;
    // Given a customer, not the first in the list, who is delivered two services
    qint64 partyId = 0;
    QList<qint64> delivered;
    {
        auto session = openSession();
        auto customers = session->workspace().parties(PartyKind::Customer);
        QVERIFY(customers.ok() && customers->size() > 2);
        Party party = customers->at(2);
        const auto services = session->workspace().services();
        QVERIFY(services.ok() && services->size() > 3);
        delivered = {services->at(1).id, services->at(3).id};
        std::sort(delivered.begin(), delivered.end());
        party.deliveredServiceIds = delivered;
        QVERIFY(session->workspace().update(party).ok());
        partyId = party.id;
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(mLocation, false, u"alice"_s));
    window.show();
    window.showPage(MainWindow::CustomersPage);
    RecordListView *customers = window.listView(MainWindow::CustomersPage);
    customers->selectId(partyId);

    // When the user asks for a new agreement with that customer
    qint64 shownParty = -1;
    QList<qint64> ticked;
    whenDialogEventuallyOpens<AgreementDialog>(this, [&](AgreementDialog *dialog) {
        auto *party = dialog->findChild<QComboBox *>(u"party"_s);
        shownParty = party->currentData().toLongLong();
        auto *list = dialog->findChild<QListWidget *>(u"services"_s);
        for (int row = 0; list && row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                ticked.append(list->item(row)->data(Qt::UserRole).toLongLong());
        }
        dialog->reject();
    });
    if (fromDialog) {
        whenDialogOpens<PartyDialog>(this, [](PartyDialog *dialog) {
            auto *button = dialog->findChild<QPushButton *>(u"newAgreement"_s);
            QVERIFY(button && button->isVisible());
            button->click();
        });
        window.findChild<QAction *>(u"actionEdit"_s)->trigger();
    } else {
        auto *action = window.findChild<QAction *>(u"actionNewAgreementForParty"_s);
        QVERIFY(action);
        QVERIFY(customers->view()->actions().contains(action));
        action->trigger();
    }

    // Then the agreement starts with that counterparty and its delivered services ticked
    QCOMPARE(shownParty, partyId);
    std::sort(ticked.begin(), ticked.end());
    QCOMPARE(ticked, delivered);
}

void tst_Forms::newAgreementAssumesNoCounterparty()
{
    // Given the agreement dialog of a new agreement, its title typed, nothing else chosen
    auto session = openSession();
    const QSqlDatabase db = session->database().connection();
    const qint64 before = TestSupport::count(db, u"SELECT COUNT(*) FROM agreements"_s);
    bool saved = false;
    AgreementDialog dialog(*session, [&](const Agreement &) -> Result<qint64> {
        saved = true;
        return qint64(0);
    });
    dialog.setAgreement(Agreements::newDraft(QDate(2027, 1, 1)));
    auto *party = dialog.findChild<QComboBox *>(u"party"_s);
    QVERIFY(party->count() > 0);
    dialog.findChild<QLineEdit *>(u"title"_s)->setText(u"Print care"_s);

    // Then no counterparty is chosen for the user
    QCOMPARE(party->currentIndex(), -1);

    // When the user saves
    dialog.show();
    dialog.accept();

    // Then the dialog stays open and says the counterparty is missing; nothing is stored
    QVERIFY(!saved);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(u"error"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"counterparty"_s), qPrintable(error->text()));
    QCOMPARE(TestSupport::count(db, u"SELECT COUNT(*) FROM agreements"_s), before);
}

void tst_Forms::noLabelShowsAnAmpersand_data()
{
    TestSupport::addWordRows("dialog", {u"agreement"_s, u"sign"_s, u"terminate"_s, u"reject"_s,
                                        u"holiday"_s, u"party"_s, u"service"_s, u"import"_s});
}

void tst_Forms::noLabelShowsAnAmpersand()
{
    QFETCH(QString, dialog);
    auto session = openSession();
    const std::unique_ptr<QDialog> shown = dialogNamed(dialog, *session, QDate());
    QVERIFY(shown);

    // A label shows its '&' as it is unless it names the field the mnemonic jumps to.
    for (const QLabel *label : shown->findChildren<QLabel *>()) {
        QString text = label->text();
        if (Qt::mightBeRichText(text))
            continue;
        text.remove(u"&&"_s);
        QVERIFY2(!text.contains(u'&') || label->buddy(),
                 qPrintable(u"%1 shows \"%2\""_s.arg(dialog, label->text())));
    }
}

void tst_Forms::historyShowsChangesInWords()
{
    // Given an agreement whose first target's credit cap went from 10 % to 15 % and whose fee
    // went up
    auto session = openSession();
    Workspace &workspace = session->workspace();
    if (TestBackend::isPostgres())
        workspace.setActingUser(QUrl(mLocation).userName());
    else
        workspace.setActingUser(u"alice"_s);
    Agreement agreement;
    QSqlQuery ids(session->database().connection());
    QVERIFY(ids.exec(u"SELECT id FROM agreements ORDER BY id"_s));
    while (ids.next()) {
        const Agreement a = workspace.agreement(ids.value(0).toLongLong()).value();
        if (Agreements::isEditable(a.status) && !a.targets.isEmpty()) {
            agreement = a;
            break;
        }
    }
    QVERIFY2(agreement.id, "the demo has an editable agreement with targets");
    agreement.targets[0].creditCapHundredths = 1000;
    // (a single fee typed in: with a price breakdown the fee is the breakdown's total)
    agreement.priceLines.clear();
    agreement.price = Money(800000, agreement.price.currency());
    auto first = workspace.update(agreement);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    agreement = workspace.agreement(agreement.id).value();
    agreement.targets[0].creditCapHundredths = 1500;
    agreement.price = Money(925000, agreement.price.currency());
    auto second = workspace.update(agreement);
    QVERIFY2(second.ok(), qPrintable(second.errorString()));

    // When its history is shown
    HistoryPanel panel(*session);
    panel.setAgreement(agreement.id, agreement.number);

    // Then the latest change reads in words, its field named and its values formatted
    QTableWidget *table = panel.table();
    QVERIFY(table->rowCount() >= 2);
    int changeColumn = -1;
    for (int column = 0; column < table->columnCount(); ++column) {
        if (table->horizontalHeaderItem(column)->text() == u"Change"_s)
            changeColumn = column;
    }
    QVERIFY(changeColumn >= 0);
    const QString latest = table->item(0, changeColumn)->text();
    QVERIFY2(latest.contains(u"Credit cap: 10 % → 15 %"_s), qPrintable(latest));
    QVERIFY2(latest.contains(u"Monthly fee: 8,000.00 → 9,250.00"_s), qPrintable(latest));
    // and no row shows the stored JSON
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString change = table->item(row, changeColumn)->text();
        QVERIFY2(!change.contains(u'{') && !change.contains(u"_hundredths"_s)
                     && !change.contains(u"\""_s),
                 qPrintable(change));
    }
}

void tst_Forms::italianFeeAndChartAxis()
{
    // Given Italian as the language of the interface
    Language::install(u"it"_s);
    auto session = openSession();

    // When the terms of an agreement with a fee of 9250 EUR are shown
    AgreementGeneralTab terms(*session);
    Agreement agreement = Agreements::newDraft(QDate(2027, 1, 1));
    agreement.price = Money(925000, u"EUR"_s);
    terms.setAgreement(agreement);

    // Then the fee reads as Italians write it, and reads back as the same amount
    auto *fee = terms.findChild<QLineEdit *>(u"price"_s);
    QCOMPARE(fee->text(), u"9.250,00"_s);
    fee->setText(u"12.500,50"_s);
    Agreement edited = agreement;
    QVERIFY(terms.applyTo(edited).ok());
    QCOMPARE(edited.price.minorUnits(), qint64(1250050));
    fee->setText(u"12500.50"_s); // the plain form keeps its meaning
    QVERIFY(terms.applyTo(edited).ok());
    QCOMPARE(edited.price.minorUnits(), qint64(1250050));

    // And an availability chart's axis labels are Italian numbers
    TrendPoint a;
    a.period = u"2027-01"_s;
    a.availabilityMilli = 98000;
    TrendPoint b = a;
    b.period = u"2027-02"_s;
    b.availabilityMilli = 99500;
    QChartView view(ChartBuilder(QLocale(u"it_IT"_s)).availabilityTrend({a, b}));
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QStringList labels = textsOf(view);
    QVERIFY2(labels.contains(u"98,0 %"_s), qPrintable(labels.join(u" | "_s)));
    QVERIFY2(!labels.contains(u"98.0 %"_s), qPrintable(labels.join(u" | "_s)));
}

void tst_Forms::volumeChartNamesItsScale()
{
    // Given a year of ticket volumes around a thousand a month
    QList<TrendPoint> trend;
    for (int month = 1; month <= 12; ++month) {
        TrendPoint p;
        p.period = u"2026-%1"_s.arg(month, 2, 10, QChar(u'0'));
        p.tickets = 700 + 60 * month;
        trend.append(p);
    }

    // When the volume chart is drawn
    QChartView view(ChartBuilder(QLocale(u"en_GB"_s)).volumeTrend(trend));
    view.resize(640, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Then its value axis is labelled with whole numbers
    const QStringList labels = textsOf(view);
    QVERIFY2(labels.contains(u"1,000"_s), qPrintable(labels.join(u" | "_s)));
}

void tst_Forms::forecastMonthsStayOnTheVolumeAxisAlone()
{
    // Given three measured months, then a month the forecast skips (it starts after the
    // as-of, a month after the last measurement) and two forecast months
    QList<TrendPoint> trend;
    for (const QString &month : {u"2026-08"_s, u"2026-09"_s, u"2026-10"_s}) {
        TrendPoint p;
        p.period = month;
        p.tickets = 900;
        p.complianceMilli = 95000;
        trend.append(p);
    }
    for (const QString &month : {u"2026-11"_s, u"2026-12"_s, u"2027-01"_s}) {
        TrendPoint p;
        p.period = month;
        p.forecastMonth = true;
        if (month != u"2026-11"_s)
            p.forecastTickets = 950;
        trend.append(p);
    }
    const ChartBuilder builder(QLocale(u"en_GB"_s));
    const auto labelsOf = [](QChart *chart) {
        QChartView view(chart);
        view.resize(800, 400);
        view.show();
        return QTest::qWaitForWindowExposed(&view) ? textsOf(view) : QStringList();
    };
    // When the volume and compliance charts are drawn
    const QStringList volume = labelsOf(builder.volumeTrend(trend));
    const QStringList compliance = labelsOf(builder.complianceTrend(trend));
    // Then the volume axis names every month, the one without a forecast too, and the
    // compliance axis only the measured ones
    for (const QString &month : {u"Oct 26"_s, u"Nov 26"_s, u"Dec 26"_s, u"Jan 27"_s})
        QVERIFY2(volume.contains(month), qPrintable(volume.join(u" | "_s)));
    QVERIFY2(compliance.contains(u"Oct 26"_s), qPrintable(compliance.join(u" | "_s)));
    for (const QString &month : {u"Nov 26"_s, u"Dec 26"_s, u"Jan 27"_s})
        QVERIFY2(!compliance.contains(month), qPrintable(compliance.join(u" | "_s)));
}

void tst_Forms::languageChangeRetitlesTheMenus()
{
    if (mainWindowNeedsSqlite())
        return;
    // Given the main window in English
    MainWindow window;
    QVERIFY(window.openWorkspace(mLocation, false, u"alice"_s));
    window.show();
    const auto titles = [&window] {
        QStringList texts;
        for (QAction *menu : window.menuBar()->actions())
            texts.append(menu->text());
        return texts;
    };
    const QStringList english = titles();
    QVERIFY2(english.contains(u"&Edit"_s), qPrintable(english.join(u", "_s)));
    auto *tabs = window.findChild<QTabWidget *>();
    QCOMPARE(tabs->tabText(MainWindow::CustomersPage), u"Customers"_s);

    // When the user picks Italian while it runs
    Language::install(u"it"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

    // Then the menus, pages and headers are Italian at once
    const QStringList italian = titles();
    QVERIFY2(italian.contains(u"&Modifica"_s), qPrintable(italian.join(u", "_s)));
    for (int i = 0; i < english.size(); ++i) {
        QCOMPARE(italian.at(i),
                 QCoreApplication::translate("Accordo::MainWindow", english.at(i).toUtf8()));
    }
    QCOMPARE(tabs->tabText(MainWindow::CustomersPage),
             QCoreApplication::translate("Accordo::MainWindow", "Customers"));
    QVERIFY(tabs->tabText(MainWindow::CustomersPage) != u"Customers"_s);

    // And back to English the same way
    Language::install(u"en"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(titles(), english);
}

QTEST_MAIN(tst_Forms)
#include "tst_forms.moc"
