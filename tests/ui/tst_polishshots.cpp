#include "data/workspace.h"
#include "demo/demodata.h"
#include "demo/demomeasurements.h"
#include "demosession.h"
#include "dialogs/agreementdialog.h"
#include "dialogs/agreementservicestab.h"
#include "dialogs/metricsdialog.h"
#include "dialogs/partydialog.h"
#include "dialogs/partyimportdialog.h"
#include "dialogs/portfoliochecksdialog.h"
#include "kpi/kpiengine.h"
#include "language.h"
#include "measurement/evaluator.h"
#include "models/findingsmodel.h"
#include "models/partyimportmodel.h"
#include "pricing/pricebreakdownpanel.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// The screens of the custom metrics, the CRM import and the price breakdown at 1366×768, in
/// English and in Italian: the metrics dialog, File ▸ Import Customers… after a preview, the
/// party dialog's contacts, the price breakdown with a what-if, and Portfolio Checks on its
/// custom metrics tab. No label or button of them is cut, and the price breakdown shows at
/// least six lines. The screenshots are saved in ACCORDO_SHOTS_DIR when it is set.
class tst_PolishShots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void screenHasRoomForItsTexts_data();
    void screenHasRoomForItsTexts();
    void priceBreakdownShowsSixLines_data();
    void priceBreakdownShowsSixLines();

private:
    std::unique_ptr<QWidget> open(const QString &screen);
    std::unique_ptr<AgreementDialog> priceBreakdown();
    void shot(QWidget *widget, const QString &name);

    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceSession> mSession;
    QString mLang;
};

void tst_PolishShots::initTestCase()
{
    TestSupport::isolateSettings(u"AccordoPolishShotsTest"_s);
    QCOMPARE(TestSupport::openDemoSession(mDir, mSession, TestSupport::DemoResults::UpToDate),
             QString());
}

void tst_PolishShots::cleanup()
{
    Language::install(u"en"_s);
}

void tst_PolishShots::shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ACCORDO_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(u"%1/%2-%3.png"_s.arg(dir, name, mLang)));
}

std::unique_ptr<AgreementDialog> tst_PolishShots::priceBreakdown()
{
    // The demo's renegotiation of a customer SLA priced by breakdown, on its services tab, at
    // the size of a 1366×768 screen, with Gold compared for its service desk
    const Agreement draft = TestSupport::demoRenegotiation(*mSession);
    if (!draft.id)
        return {};
    auto dialog = std::make_unique<AgreementDialog>(
        *mSession, [](const Agreement &a) -> Result<qint64> { return a.id; });
    dialog->setAgreement(draft);
    dialog->resize(1366, 768);
    auto *services = static_cast<AgreementServicesTab *>(
        dialog->findChild<QWidget *>(u"servicesTab"_s));
    dialog->findChild<QTabWidget *>()->setCurrentWidget(services);
    PriceBreakdownPanel *panel = services->priceBreakdown();
    auto *service = panel->findChild<QComboBox *>(u"whatIfService"_s);
    auto *level = panel->findChild<QComboBox *>(u"whatIfLevel"_s);
    service->setCurrentIndex(std::max(0, service->findText(u"SERVICE-DESK"_s)));
    level->setCurrentIndex(level->findText(u"Gold"_s));
    panel->setToday(QDate(2026, 10, 31));
    panel->compare();
    return dialog;
}

std::unique_ptr<QWidget> tst_PolishShots::open(const QString &screen)
{
    if (screen == u"metrics"_s)
        return std::make_unique<MetricsDialog>(*mSession);
    if (screen == u"metric"_s) {
        auto dialog = std::make_unique<MetricDialog>(MetricDialog::Save());
        MetricDefinition backups;
        backups.id = 1;
        backups.name = u"Backup success rate"_s;
        backups.unit = u"%"_s;
        backups.aggregation = MetricAggregation::Rate;
        backups.description = u"Nightly backup jobs that completed, out of those scheduled."_s;
        dialog->setDefinition(backups);
        return dialog;
    }
    if (screen == u"crm-import"_s) {
        const QString path = mDir.filePath(u"crm.csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write("external_id,name,region,status,segment,contact_name,contact_role,"
                   "contact_email,contact_phone\n"
                   "T-1,Tundra Logistics,EMEA-S,active,Enterprise,Giulia Ferri,CIO,"
                   "giulia@tundra.example,+39 02 1\n"
                   "T-1,Tundra Logistics,EMEA-S,active,Enterprise,Marco Bassi,Buyer,"
                   "marco@tundra.example,\n"
                   "T-2,Vega Foods,EMEA-S,lost,Mid-market,Ann Lee,Head of IT,ann@vega.example,\n");
        file.close();
        auto dialog = std::make_unique<PartyImportDialog>(*mSession);
        dialog->setFile(path);
        return dialog;
    }
    if (screen == u"party-contacts"_s) {
        auto dialog = std::make_unique<PartyDialog>(orEmpty(mSession->workspace().regions()),
                                                    orEmpty(mSession->workspace().services()),
                                                    PartyDialog::Save());
        const qint64 id = TestSupport::count(mSession->database().connection(),
                                             u"SELECT party_id FROM party_contacts GROUP BY "
                                             "party_id ORDER BY count(*) DESC, party_id LIMIT 1"_s);
        dialog->setParty(*mSession->workspace().party(id));
        return dialog;
    }
    if (screen == u"price-breakdown"_s)
        return priceBreakdown();
    auto dialog = std::make_unique<PortfolioChecksDialog>(*mSession);
    dialog->setToday(QDate(2026, 10, 31));
    dialog->findChild<QTabWidget *>()->setCurrentIndex(PortfolioChecksDialog::Metrics);
    return dialog;
}

void tst_PolishShots::screenHasRoomForItsTexts_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("screen");
    for (const QString &language : {u"en"_s, u"it"_s}) {
        for (const QString &screen :
             {u"metrics"_s, u"metric"_s, u"crm-import"_s, u"party-contacts"_s, u"price-breakdown"_s,
              u"portfolio-checks"_s})
            QTest::addRow("%s-%s", qPrintable(language), qPrintable(screen)) << language << screen;
    }
}

void tst_PolishShots::screenHasRoomForItsTexts()
{
    QFETCH(QString, language);
    QFETCH(QString, screen);
    // Given the screen open in the language, at the size it has on a 1366×768 screen
    Language::install(language);
    mLang = language;
    std::unique_ptr<QWidget> widget = open(screen);
    QVERIFY(widget);
    widget->show();
    // The offscreen screen is 800×600: the windows a 1366×768 screen shows larger are sized
    // here as there
    if (screen == u"portfolio-checks"_s)
        widget->resize(1280, 640);
    else if (screen == u"price-breakdown"_s)
        widget->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    QTest::qWait(50);
    shot(widget.get(), screen);

    // Then every label on one line and every button is as wide as its text needs
    QStringList cut;
    for (QLabel *label : widget->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(widget.get()) || label->wordWrap() || label->text().isEmpty()
            || label->pixmap().isNull() == false)
            continue;
        if (label->width() < label->minimumSizeHint().width())
            cut.append(u"label \"%1\": %2 of %3 pixels"_s.arg(label->text())
                           .arg(label->width())
                           .arg(label->minimumSizeHint().width()));
    }
    for (QAbstractButton *button : widget->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(widget.get()) || button->text().isEmpty())
            continue;
        const int needed = button->fontMetrics().horizontalAdvance(button->text().remove(u'&'));
        if (button->width() < needed)
            cut.append(u"button \"%1\": %2 of %3 pixels"_s.arg(button->text())
                           .arg(button->width())
                           .arg(needed));
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
    // and the tabs and column headers of the tables show their whole titles
    for (QTableView *table : widget->findChildren<QTableView *>()) {
        if (!table->isVisibleTo(widget.get()))
            continue;
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column + 1 < header->count(); ++column) {
            if (header->isSectionHidden(column) || header->sectionSize(column) == 0)
                continue;
            const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text) + 8;
            QVERIFY2(
                header->sectionSize(column) >= needed,
                qPrintable(u"%1 header \"%2\": %3 of %4 pixels"_s.arg(table->objectName(), text)
                               .arg(header->sectionSize(column))
                               .arg(needed)));
        }
    }
}

void tst_PolishShots::priceBreakdownShowsSixLines_data()
{
    TestSupport::addWordRows("language", {u"en"_s, u"it"_s});
}

void tst_PolishShots::priceBreakdownShowsSixLines()
{
    QFETCH(QString, language);
    // Given the price breakdown with a what-if, the agreement view filling a 1366×768 screen
    Language::install(language);
    std::unique_ptr<AgreementDialog> dialog = priceBreakdown();
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::qWait(50);
    auto *lines = dialog->findChild<QTableView *>(u"priceLines"_s);
    QVERIFY(lines && lines->isVisible());
    QVERIFY(lines->model()->rowCount() > 0);

    // Then the breakdown's table has room for six lines at least
    const int rows = lines->viewport()->height() / lines->rowHeight(0);
    QVERIFY2(rows >= 6, qPrintable(u"room for %1 lines (%2 pixels)"_s.arg(rows).arg(
                            lines->viewport()->height())));
    // and the what-if still shows its comparison
    auto *whatIf = dialog->findChild<QTableView *>(u"whatIfTargets"_s);
    QVERIFY(whatIf && whatIf->isVisible());
    QVERIFY(whatIf->viewport()->height() >= 2 * whatIf->rowHeight(0));
}

QTEST_MAIN(tst_PolishShots)
#include "tst_polishshots.moc"
