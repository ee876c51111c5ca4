#include "data/offeringstore.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "demosession.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/agreementservicestab.h"
#include "models/pricelinesmodel.h"
#include "models/targetsmodel.h"
#include "pricing/offeringsdialog.h"
#include "pricing/pricebreakdownpanel.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// The agreement view's price breakdown on the demo: its lines and total, an offering applied
/// to a service, a quantity edited in place, the what-if of another level in negotiation, and
/// the catalogue window.
class tst_PriceBreakdown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void linesModelFollowsEdits();
    void dialogShowsBreakdownAndWhatIf();
    void applyingAnOfferingInTheDialog();
    void catalogueListsEveryLevel();

private:
    // The demo's renegotiation: the draft second version of its busiest customer's SLA.
    Agreement renegotiation() const;

    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceSession> mSession;
};

void tst_PriceBreakdown::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(TestSupport::openDemoSession(mDir, mSession), QString());
}

Agreement tst_PriceBreakdown::renegotiation() const
{
    return TestSupport::demoRenegotiation(*mSession);
}

void tst_PriceBreakdown::linesModelFollowsEdits()
{
    // Given a model under the tester with a service line and a discount
    PriceLinesModel model;
    QAbstractItemModelTester tester(&model);
    model.setServiceNames({{1, u"DESK"_s}});
    model.setLines({{1, 7, u"Gold"_s, PriceBasis::User, 10, Money(2500, u"EUR"_s)},
                    {0, 0, u"Loyalty"_s, PriceBasis::Month, 1, Money(-1000, u"EUR"_s)}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PriceLinesModel::Service).data().toString(), u"DESK"_s);
    QCOMPARE(model.index(1, PriceLinesModel::Service).data().toString(), u"Discount"_s);
    // When the service line's quantity is edited
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, PriceLinesModel::Quantity), 12));
    // Then that one line changed, and its amount is 12 × 25.00
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0, PriceLinesModel::ColumnCount - 1));
    QCOMPARE(model.lines().at(0).quantity, 12);
    QCOMPARE(*Pricing::amount(model.lines().at(0)), Money(30000, u"EUR"_s));
    // and a discount's quantity, or a quantity below one, is not editable
    QVERIFY(!(model.flags(model.index(1, PriceLinesModel::Quantity)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, PriceLinesModel::Quantity), 0));
    QCOMPARE(changed.size(), 1);
    model.remove(1);
    QCOMPARE(model.rowCount(), 1);
}

void tst_PriceBreakdown::dialogShowsBreakdownAndWhatIf()
{
    // Given the renegotiation open in the agreement view, on its services tab
    const Agreement draft = renegotiation();
    QVERIFY2(draft.id != 0, "the demo renegotiates a customer SLA priced by breakdown");
    AgreementDialog view(*mSession, [](const Agreement &a) -> Result<qint64> { return a.id; });
    view.setAgreement(draft);
    view.resize(1366, 768);
    auto *tabs = view.findChild<QTabWidget *>();
    auto *services = static_cast<AgreementServicesTab *>(
        view.findChild<QWidget *>(u"servicesTab"_s));
    QVERIFY(tabs && services);
    tabs->setCurrentWidget(services);
    PriceBreakdownPanel *panel = services->priceBreakdown();
    QCOMPARE(panel->model()->rowCount(), draft.priceLines.size());
    auto *total = panel->findChild<QLabel *>(u"total"_s);
    QVERIFY2(total->text().contains(Pricing::monthlyFee(draft).toDisplayString()),
             qPrintable(total->text()));
    // When switching a service to Gold is compared
    auto *whatIf = panel->findChild<QWidget *>(u"whatIf"_s);
    QVERIFY(!whatIf->isHidden());
    auto *service = panel->findChild<QComboBox *>(u"whatIfService"_s);
    auto *level = panel->findChild<QComboBox *>(u"whatIfLevel"_s);
    service->setCurrentIndex(
        service->findText(u"SERVICE-DESK"_s) >= 0 ? service->findText(u"SERVICE-DESK"_s) : 0);
    level->setCurrentIndex(level->findText(u"Gold"_s));
    QVERIFY(level->currentIndex() >= 0);
    panel->setToday(QDate(2026, 10, 31));
    QVERIFY2(panel->compare(), qPrintable(panel->whatIfText()));
    // Then the price difference and the backtest of both levels are shown
    QVERIFY2(panel->whatIfText().contains(u"to Gold"_s), qPrintable(panel->whatIfText()));
    QVERIFY2(panel->whatIfText().contains(u"more a month"_s), qPrintable(panel->whatIfText()));
    auto *targets = panel->findChild<QTableWidget *>(u"whatIfTargets"_s);
    QVERIFY(targets->rowCount() > 0);
    QVERIFY(!targets->item(0, 2)->text().isEmpty());
    // and nothing was saved
    QCOMPARE(mSession->workspace().agreement(draft.id)->rowVersion, draft.rowVersion);

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString shots = qEnvironmentVariable("ACCORDO_SHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(view.grab().save(shots + u"/price-breakdown-whatif.png"_s));
    }
}

void tst_PriceBreakdown::applyingAnOfferingInTheDialog()
{
    // Given the renegotiation's services tab
    const Agreement draft = renegotiation();
    AgreementDialog view(*mSession, [](const Agreement &a) -> Result<qint64> { return a.id; });
    view.setAgreement(draft);
    auto *services = static_cast<AgreementServicesTab *>(
        view.findChild<QWidget *>(u"servicesTab"_s));
    const qint64 serviceId = draft.serviceIds.first();
    auto gold =
        OfferingStore(mSession->workspace()).byName(serviceId, u"Gold"_s, draft.price.currency());
    QVERIFY2(gold, qPrintable(gold.errorString()));
    // When Gold is applied to its first service for 3 users or units
    auto applied = services->applyOffering(*gold, 3);
    QVERIFY2(applied, qPrintable(applied.errorString()));
    // Then the service's line is Gold's, and Gold's targets are in, marked
    const QList<PriceLine> lines = services->priceBreakdown()->lines();
    const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                   [&](const PriceLine &l) { return l.serviceId == serviceId; });
    QVERIFY(line != lines.cend());
    QCOMPARE(line->label, u"Gold"_s);
    QCOMPARE(line->quantity, 3);
    int marked = 0;
    for (const Target &t : services->targets())
        marked += t.offeringId == gold->id ? 1 : 0;
    QCOMPARE(marked, int(gold->targets.size()));
    // and the agreement is saved with them only on OK: nothing is stored yet
    QCOMPARE(mSession->workspace().agreement(draft.id)->priceLines, draft.priceLines);
}

void tst_PriceBreakdown::catalogueListsEveryLevel()
{
    OfferingsDialog dialog(*mSession);
    auto *table = dialog.table();
    QAbstractItemModelTester tester(table->model());
    const qint64 offerings = TestSupport::count(mSession->database().connection(),
                                                u"SELECT count(*) FROM offerings"_s);
    QVERIFY(offerings > 0);
    QCOMPARE(table->rowCount(), offerings);
    QVERIFY(!table->findItems(u"Bronze"_s, Qt::MatchExactly).isEmpty());
}

QTEST_MAIN(tst_PriceBreakdown)
#include "tst_pricebreakdown.moc"
