#include "data/workspace.h"
#include "demo/demodata.h"
#include "models/agreementsmodel.h"
#include "models/partiesmodel.h"
#include "models/servicesmodel.h"
#include "models/targetsmodel.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

// The texts of `column` in every row of `model`, in order.
QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

// `texts` sorted in `order`, case-sensitively, as the models sort.
QStringList sortedCopy(QStringList texts, Qt::SortOrder order)
{
    std::sort(texts.begin(), texts.end(), [order](const QString &a, const QString &b) {
        const int c = QString::compare(a, b, Qt::CaseSensitive);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return texts;
}

} // namespace

class tst_Models : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTheTester_data();
    void modelsPassTheTester();
    void searchFiltersInSql_data();
    void searchFiltersInSql();
    void sortingOrdersAllRowsNotJustLoadedOnes();
    void partyKindFilter_data();
    void partyKindFilter();
    void agreementsShowNamesNotKeys();
    void refreshSeesNewRecords();
    void targetsModelEditsInMemory();
    void largeWorkspaceLoadsLazily();

private:
    qint64 count(const QString &sql, const QVariantList &binds = {}) const;

    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
};

void tst_Models::initTestCase()
{
    QCOMPARE(TestFixtures::create(mDir.filePath(u"models.accordo"_s), mDb), QString());
    Workspace workspace(*mDb);
    QVERIFY(DemoData::populate(workspace).ok());
    // Next to the demo, a customer of the test's own with two agreements that the searches
    // below find by words no demo record uses.
    const auto customer = workspace.insert(TestFixtures::party(u"Zebedee Quartz"_s));
    QVERIFY2(customer.ok(), qPrintable(customer.errorString()));
    const auto service = workspace.insert(
        Service{0, u"ZQ-MAIL"_s, u"Zebedee mail"_s, {}, {}, {}, true});
    QVERIFY2(service.ok(), qPrintable(service.errorString()));
    for (const QString &title : {u"Corporate plan"_s, u"Branch plan"_s}) {
        const auto id = workspace.insert(TestFixtures::agreement(
            title, *customer, {*service},
            {TestFixtures::target(*service, Metric::Availability, 99900)}, QDate(2026, 1, 1),
            QDate(2027, 12, 31), Money(50000, u"EUR"_s)));
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
    }
}

qint64 tst_Models::count(const QString &sql, const QVariantList &binds) const
{
    return TestSupport::count(mDb->connection(), sql, binds);
}

void tst_Models::modelsPassTheTester_data()
{
    TestSupport::addRows<int>("which", {{"agreements", 0}, {"parties", 1}, {"services", 2}});
}

void tst_Models::modelsPassTheTester()
{
    QFETCH(int, which);
    std::unique_ptr<PagedSqlModel> model;
    switch (which) {
    case 0:
        model = std::make_unique<AgreementsModel>(mDb->connection());
        break;
    case 1:
        model = std::make_unique<PartiesModel>(mDb->connection());
        break;
    default:
        model = std::make_unique<ServicesModel>(mDb->connection());
        break;
    }
    // Given a tester watching before anything changes
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = model->rowCount();
    QVERIFY(rows > 0);
    // When the model sorts, searches and refreshes, the tester sees consistent signals, and
    // every sort keeps all the rows, the first of them with its key (number, name, code)
    for (int column = 0; column < model->columnCount(); ++column) {
        model->sort(column, Qt::DescendingOrder);
        QCOMPARE(model->rowCount(), rows);
        QVERIFY2(!model->index(0, 0).data().toString().isEmpty(),
                 qPrintable(QString::number(column)));
    }
    model->setSearchText(u"a"_s);
    model->setSearchText(QString());
    model->refresh();
    QVERIFY2(model->lastError().isEmpty(), qPrintable(model->lastError()));
}

void tst_Models::searchFiltersInSql_data()
{
    // The searches look for the test's own customer (Zebedee Quartz: a corporate and a branch
    // plan); the number prefix is counted in the data.
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::newRow("customer-name") << u"Zebedee"_s << 2;
    QTest::newRow("two-words-both-match") << u"zebedee corporate"_s << 1;
    QTest::newRow("case-insensitive") << u"ZEBEDEE CORPORATE"_s << 1;
    QTest::newRow("number-prefix") << u"UC-"_s << -1;
    QTest::newRow("like-wildcards-are-literal") << u"%"_s << 0;
    QTest::newRow("nothing") << u"zzzz-no-such"_s << 0;
}

void tst_Models::searchFiltersInSql()
{
    QFETCH(QString, search);
    QFETCH(int, expected);
    if (expected < 0) {
        expected = int(count(u"SELECT count(*) FROM agreements WHERE number LIKE ?"_s,
                             {QString(search + u'%')}));
        QVERIFY(expected > 0);
    }
    AgreementsModel model(mDb->connection());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSearchText(search);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(reset.takeFirst(), QList<QVariant>()); // modelReset() has no arguments
    QCOMPARE(model.rowCount(), expected);
}

void tst_Models::sortingOrdersAllRowsNotJustLoadedOnes()
{
    AgreementsModel model(mDb->connection());
    model.sort(AgreementsModel::Title, Qt::DescendingOrder);
    const QStringList titles = columnTexts(model, AgreementsModel::Title);
    QCOMPARE(titles, sortedCopy(titles, Qt::DescendingOrder));
    QCOMPARE(qint64(titles.size()), count(u"SELECT count(*) FROM agreements"_s));
}

void tst_Models::partyKindFilter_data()
{
    TestSupport::addRows<int>("kind", {{"customers", int(PartyKind::Customer)},
                                       {"departments", int(PartyKind::Department)},
                                       {"suppliers", int(PartyKind::Supplier)},
                                       {"all", -1}});
}

void tst_Models::partyKindFilter()
{
    QFETCH(int, kind);
    const qint64 expected = kind < 0 ? count(u"SELECT count(*) FROM parties"_s)
                                     : count(u"SELECT count(*) FROM parties WHERE kind = ?"_s,
                                             {Enums::key(PartyKind(kind))});
    QVERIFY(expected > 0);
    PartiesModel model(mDb->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKindFilter(kind < 0 ? std::nullopt : std::optional(PartyKind(kind)));
    QCOMPARE(qint64(model.rowCount()), expected);
}

void tst_Models::agreementsShowNamesNotKeys()
{
    AgreementsModel model(mDb->connection());
    model.setSearchText(u"UC-"_s);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, AgreementsModel::Kind).data().toString(), u"Underpinning contract"_s);
    QVERIFY(model.index(0, AgreementsModel::Price).data().toString().startsWith(u"EUR "_s));
    QCOMPARE(model.headerData(AgreementsModel::Counterparty, Qt::Horizontal).toString(),
             u"Counterparty"_s);
}

void tst_Models::refreshSeesNewRecords()
{
    ServicesModel model(mDb->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    Workspace workspace(*mDb);
    const auto id = workspace.insert(Service{0, u"ZZ-NEW"_s, u"New service"_s, {}, {}, {}, true});
    QVERIFY(id.ok());
    model.refresh();
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.rowOfId(*id), before); // sorted by code: ZZ comes last
    QVERIFY(workspace.removeService(*id).ok());
}

void tst_Models::targetsModelEditsInMemory()
{
    TargetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNames({{1, u"PRINT"_s}}, {}, {});
    Target target;
    target.serviceId = 1;
    target.metric = Metric::FirstResponse;
    target.threshold = 4 * 3600;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(target);
    QCOMPARE(inserted.count(), 1);
    const QList<QVariant> insertedRows = inserted.takeFirst(); // parent, first, last
    QCOMPARE(insertedRows.at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(insertedRows.at(1).toInt(), 0);
    QCOMPARE(insertedRows.at(2).toInt(), 0);
    QCOMPARE(model.index(0, TargetsModel::Service).data().toString(), u"PRINT"_s);
    QCOMPARE(model.index(0, TargetsModel::Value).data().toString(), u"4h"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    target.threshold = 2 * 3600;
    model.replace(0, target);
    QCOMPARE(changed.count(), 1);
    const QList<QVariant> changedCells = changed.takeFirst(); // the whole first row
    QCOMPARE(changedCells.at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changedCells.at(1).value<QModelIndex>(),
             model.index(0, TargetsModel::ColumnCount - 1));
    QCOMPARE(model.index(0, TargetsModel::Value).data().toString(), u"2h"_s);
    model.remove(0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_Models::largeWorkspaceLoadsLazily()
{
    auto db = Database::open(mDir.filePath(u"large.accordo"_s),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY(db.ok());
    Workspace workspace(**db);
    QVERIFY(DemoData::populate(workspace, 40).ok());
    AgreementsModel model((*db)->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(qint64(model.rowCount()),
             TestSupport::count((*db)->connection(), u"SELECT count(*) FROM agreements"_s));
    QVERIFY(model.rowCount() > 40 * 10);
    // The last row is readable without reading the ones before it.
    const QString last =
        model.index(model.rowCount() - 1, AgreementsModel::Number).data().toString();
    QVERIFY(!last.isEmpty());
    // A sort orders every row, those not loaded yet too.
    model.sort(AgreementsModel::Counterparty, Qt::AscendingOrder);
    const QStringList counterparties = columnTexts(model, AgreementsModel::Counterparty);
    QCOMPARE(counterparties, sortedCopy(counterparties, Qt::AscendingOrder));
    QVERIFY(counterparties.first() != counterparties.last());
}

QTEST_MAIN(tst_Models)
#include "tst_models.moc"
