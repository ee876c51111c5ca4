#include "dashboardview.h"

#include "charts/chartbuilder.h"
#include "charts/chartview.h"
#include "dashboard/statusgridmodel.h"
#include "dialogs/servicereportdialog.h"
#include "domain/enums.h"
#include "report/portfolioreport.h"
#include "report/reportfiles.h"
#include "report/reportformat.h"
#include "report/valuesection.h"
#include "session/workspacesession.h"
#include "widgets/icons.h"

#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QString settingsKey(const char *name)
{
    return u"dashboard/"_s + QLatin1StringView(name);
}

// Texts two to a line, the two joined by `separator`.
QString pairsPerLine(const QStringList &texts, const QString &separator)
{
    QStringList lines;
    for (qsizetype i = 0; i < texts.size(); i += 2)
        lines.append(texts.mid(i, 2).join(separator));
    return lines.join(u'\n');
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

DashboardView::DashboardView(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // Filters on one row, the data's date and the reports on the next: both fit 1366 pixels.
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(8, 6, 8, 0);
    auto *reports = new QHBoxLayout;
    reports->setContentsMargins(8, 0, 8, 0);
    mAsOf = new QLabel;
    mAsOf->setObjectName(u"dataAsOf"_s);
    mAsOf->setStyleSheet(u"color: #455a64"_s);
    mAsOf->setWordWrap(true);
    reports->addWidget(mAsOf, 1);
    // A large portfolio takes seconds to read: the figures shown stay, and this says newer
    // ones are on their way.
    mBusy = new QProgressBar;
    mBusy->setObjectName(u"dashboardBusy"_s);
    mBusy->setRange(0, 0);
    mBusy->setMaximumWidth(160);
    mBusy->setTextVisible(false);
    mBusy->setToolTip(tr("The dashboard is reading the results for these filters"));
    mBusy->hide();
    auto *busyText = new QLabel(tr("Reading the results…"));
    busyText->setObjectName(u"dashboardBusyText"_s);
    busyText->hide();
    reports->addWidget(busyText);
    reports->addWidget(mBusy);
    mLoader = new DashboardLoader(this);
    connect(mLoader, &DashboardLoader::busyChanged, mBusy, &QWidget::setVisible);
    connect(mLoader, &DashboardLoader::busyChanged, busyText, &QWidget::setVisible);
    connect(mLoader, &DashboardLoader::loaded, this,
            qOverload<const DashboardFigures &>(&DashboardView::showFigures));
    connect(mLoader, &DashboardLoader::failed, this, &DashboardView::showFailure);
    createFilters(filters, reports);
    outer->addLayout(filters);
    outer->addLayout(reports);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    mEmpty = new QLabel;
    mEmpty->setWordWrap(true);
    mEmpty->hide();
    layout->addWidget(mEmpty);

    auto *tiles = new QGridLayout;
    for (int i = 0; i < TileCount; ++i) {
        auto *button = new QToolButton;
        button->setObjectName(u"tile%1"_s.arg(i));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        button->setMinimumHeight(96); // four lines: two of credits, two of label
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, this, [this, i] { openList(Tile(i)); });
        // Two rows, so that each tile keeps room for its figure and two lines of label.
        tiles->addWidget(button, i / 5, i % 5);
        mTiles.append(button);
    }
    layout->addLayout(tiles);

    auto *charts = new QGridLayout;
    for (int i = 0; i < ChartCount; ++i) {
        auto *view = new ChartView;
        view->setObjectName(u"chart%1"_s.arg(i));
        view->setMinimumHeight(i >= RegionChart ? 260 : 240);
        mCharts.append(view);
    }
    charts->addWidget(mCharts[ComplianceChart], 0, 0, 1, 3);
    charts->addWidget(mCharts[VolumeChart], 0, 3, 1, 3);
    charts->addWidget(mCharts[AvailabilityChart], 1, 0, 1, 3);
    charts->addWidget(mCharts[SatisfactionChart], 1, 3, 1, 3);
    charts->addWidget(mCharts[RegionChart], 2, 0, 1, 2);
    charts->addWidget(mCharts[ServiceChart], 2, 2, 1, 2);
    charts->addWidget(mCharts[CustomerChart], 2, 4, 1, 2);
    layout->addLayout(charts);

    auto *gridTitle = new QLabel(tr("<b>Agreements by risk</b> — worst status of each month; "
                                    "select one for its service report"));
    layout->addWidget(gridTitle);
    mGrid = new StatusGridModel(this);
    mGridView = new QTableView;
    mGridView->setObjectName(u"statusGrid"_s);
    mGridView->setModel(mGrid);
    mGridView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mGridView->setSelectionMode(QAbstractItemView::SingleSelection);
    mGridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mGridView->verticalHeader()->hide();
    mGridView->horizontalHeader()->setMinimumSectionSize(28);
    // The columns fit the rows shown and the 200 worst below them, not each of a large
    // portfolio's agreements at every refresh.
    mGridView->horizontalHeader()->setResizeContentsPrecision(200);
    mGridView->setMinimumHeight(260);
    connect(mGridView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DashboardView::updateServiceButton);
    mGridView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mGridView, &QWidget::customContextMenuRequested, this, &DashboardView::showGridMenu);
    connect(mGridView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (qint64 id = mGrid->agreementId(index.row()))
            emit agreementActivated(id);
    });
    layout->addWidget(mGridView);

    scroll->setWidget(content);
    outer->addWidget(scroll);
}

DashboardView::~DashboardView() = default;

void DashboardView::createFilters(QHBoxLayout *layout, QHBoxLayout *reports)
{
    auto add = [&](const QString &label, QComboBox *&box, const char *name) {
        auto *text = new QLabel(label);
        box = new QComboBox;
        box->setObjectName(QString::fromLatin1(name));
        // Long customer and service names are cut in the box, not in the row.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        text->setBuddy(box);
        layout->addWidget(text);
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (mUpdating)
                return;
            saveFilter();
            refresh();
        });
    };
    add(tr("&From:"), mFrom, "fromMonth");
    add(tr("&To:"), mTo, "toMonth");
    add(tr("Re&gion:"), mRegion, "region");
    add(tr("C&ustomer:"), mCustomer, "customer");
    add(tr("Ser&vice:"), mService, "service");
    add(tr("&Kind:"), mKind, "kind");
    layout->addStretch();
    layout = reports;
    auto *language = new QLabel(tr("Report &language:"));
    mLanguage = new QComboBox;
    mLanguage->addItem(u"English"_s, u"en"_s);
    mLanguage->addItem(u"Italiano"_s, u"it"_s);
    language->setBuddy(mLanguage);
    connect(mLanguage, &QComboBox::currentIndexChanged, this, [this] {
        if (!mUpdating)
            saveFilter();
    });
    layout->addWidget(language);
    layout->addWidget(mLanguage);
    auto *preview = new QPushButton(Icons::action(u"office-report"_s), tr("Portfolio &Report…"));
    preview->setToolTip(tr("Print preview of the portfolio report for these filters"));
    connect(preview, &QPushButton::clicked, this, &DashboardView::printPortfolio);
    layout->addWidget(preview);
    auto *exportPdf = new QPushButton(Icons::action(u"document-export"_s),
                                      tr("&Export Portfolio PDF…"));
    exportPdf->setObjectName(u"exportPortfolioPdf"_s);
    exportPdf->setToolTip(tr("Save the portfolio report for these filters as a PDF"));
    connect(exportPdf, &QPushButton::clicked, this, &DashboardView::exportPortfolio);
    layout->addWidget(exportPdf);
    mServiceButton = new QPushButton(Icons::action(u"document-print-preview"_s),
                                     tr("&Service Report…"));
    mServiceButton->setObjectName(u"dashboardServiceReport"_s);
    connect(mServiceButton, &QPushButton::clicked, this, &DashboardView::printServiceReport);
    layout->addWidget(mServiceButton);
    updateServiceButton();
}

void DashboardView::setSession(WorkspaceSession *session)
{
    if (session != mSession) {
        // Another workspace's figures are not shown while this one's are read, and what was
        // kept of the last one's portfolio is freed.
        mLoader->forget();
        mSnapshot = {};
        mValue.clear();
    }
    mSession = session;
    if (!mSession)
        showFigures();
    fillFilterChoices(); // and refreshes with the saved filters
}

void DashboardView::fillFilterChoices()
{
    mUpdating = true;
    for (QComboBox *box : {mFrom, mTo, mRegion, mCustomer, mService, mKind})
        box->clear();
    if (mSession) {
        QSqlDatabase db = mSession->database().connection();
        // A failed read leaves a box with its "all" choice only: refreshing then says why.
        const auto latest = DashboardData::latestMonth(db);
        const QString last = !latest || latest->isEmpty()
                                 ? QDate::currentDate().toString(u"yyyy-MM"_s)
                                 : *latest;
        const QStringList months = DashboardData::monthRange(DashboardData::addMonths(last, -35),
                                                             last);
        mFrom->addItem(tr("12 months before"), QString());
        mTo->addItem(tr("Latest"), QString());
        for (auto it = months.crbegin(); it != months.crend(); ++it) {
            const QString label = QLocale().toString(
                QDate::fromString(*it + u"-01"_s, u"yyyy-MM-dd"_s), u"MMM yyyy"_s);
            mFrom->addItem(label, *it);
            mTo->addItem(label, *it);
        }
        mRegion->addItem(tr("All regions"), QString());
        if (const auto regions = DashboardData::regions(db))
            for (const auto &[code, name] : *regions)
                mRegion->addItem(name, code);
        mCustomer->addItem(tr("All customers"), 0);
        if (const auto customers = DashboardData::customers(db))
            for (const auto &[id, name] : *customers)
                mCustomer->addItem(name, id.toLongLong());
        mService->addItem(tr("All services"), QString());
        if (const auto services = DashboardData::services(db))
            for (const auto &[code, name] : *services)
                mService->addItem(name, code);
        mKind->addItem(tr("All kinds"), QString());
        for (AgreementKind kind : Enums::all<AgreementKind>())
            mKind->addItem(Enums::displayName(kind), Enums::key(kind));
    }
    mUpdating = false;
    setFilter(savedFilter());
}

DashboardFilter DashboardView::filter() const
{
    DashboardFilter f;
    f.fromMonth = mFrom->currentData().toString();
    f.toMonth = mTo->currentData().toString();
    f.regionCode = mRegion->currentData().toString();
    f.partyId = mCustomer->currentData().toLongLong();
    f.serviceCode = mService->currentData().toString();
    f.agreementKind = mKind->currentData().toString();
    return f;
}

void DashboardView::setFilter(const DashboardFilter &f)
{
    mUpdating = true;
    selectData(mFrom, f.fromMonth);
    selectData(mTo, f.toMonth);
    selectData(mRegion, f.regionCode);
    selectData(mCustomer, f.partyId);
    selectData(mService, f.serviceCode);
    selectData(mKind, f.agreementKind);
    mUpdating = false;
    saveFilter();
    refresh();
}

void DashboardView::saveFilter() const
{
    const DashboardFilter f = filter();
    QSettings settings;
    settings.setValue(settingsKey("from"), f.fromMonth);
    settings.setValue(settingsKey("to"), f.toMonth);
    settings.setValue(settingsKey("region"), f.regionCode);
    settings.setValue(settingsKey("customer"), f.partyId);
    settings.setValue(settingsKey("service"), f.serviceCode);
    settings.setValue(settingsKey("kind"), f.agreementKind);
    settings.setValue(settingsKey("language"), mLanguage->currentData());
}

DashboardFilter DashboardView::savedFilter() const
{
    QSettings settings;
    DashboardFilter f;
    f.fromMonth = settings.value(settingsKey("from")).toString();
    f.toMonth = settings.value(settingsKey("to")).toString();
    f.regionCode = settings.value(settingsKey("region")).toString();
    f.partyId = settings.value(settingsKey("customer")).toLongLong();
    f.serviceCode = settings.value(settingsKey("service")).toString();
    f.agreementKind = settings.value(settingsKey("kind")).toString();
    selectData(mLanguage, settings.value(settingsKey("language"), u"en"_s));
    return f;
}

void DashboardView::refresh()
{
    if (mUpdating)
        return;
    if (mSession) {
        mLoader->load(mSession->location(), filter());
        return;
    }
    mLoader->cancel();
    mSnapshot = {};
    mValue.clear();
    showFigures();
}

void DashboardView::showFigures(const DashboardFigures &figures)
{
    mSnapshot = figures.snapshot;
    mValue = figures.value;
    showFigures();
}

void DashboardView::showFailure(const QString &message)
{
    mEmpty->setText(message);
    mEmpty->show();
}

void DashboardView::showFigures()
{
    mEmpty->setText(tr("No KPIs are stored for this workspace yet: import tickets and "
                       "compute the KPIs (accordo-cli kpi) to fill the dashboard."));
    mEmpty->setVisible(mSession && !mLoader->isBusy() && mSnapshot.agreements.isEmpty());
    updateTiles();
    updateCharts();
    mGrid->setSnapshot(mSnapshot);
    mGridView->resizeColumnsToContents();
    updateServiceButton();
}

void DashboardView::updateServiceButton()
{
    const bool selected = mGridView && mGridView->currentIndex().isValid();
    mServiceButton->setEnabled(selected);
    mServiceButton->setToolTip(
        selected ? tr("The service report of the agreement selected in \"Agreements by "
                      "risk\", for %1")
                       .arg(ReportFormat(QLocale()).period(mSnapshot.filter.toMonth))
                 : tr("Select an agreement in \"Agreements by risk\" below first"));
}

void DashboardView::updateTiles()
{
    const ReportFormat f{QLocale()};
    const DashboardTiles &t = mSnapshot.tiles;
    QString change;
    if (t.complianceMilli && t.previousComplianceMilli) {
        const qint64 delta = *t.complianceMilli - *t.previousComplianceMilli;
        change = (delta > 0   ? u"▲ +"_s
                  : delta < 0 ? u"▼ "_s
                              : u"= "_s)
                 + f.percent(delta, 2).chopped(2) + u' ' + tr("pt");
    }
    // One total per currency, two to a line: amounts in different currencies do not add up.
    // A portfolio's millions are shown in millions, so that two fit on a line; the tooltip has
    // them to the cent.
    QStringList creditTexts, exactCredits;
    for (const Money &m : t.creditsOwed) {
        exactCredits.append(m.toDisplayString());
        creditTexts.append(
            std::abs(m.minorUnits()) < 100'000'000
                ? m.toDisplayString()
                : tr("%1 %2 M", "an amount in millions: currency, millions")
                      .arg(m.currency(), QLocale().toString(double(m.minorUnits()) / 1e8, 'f', 2)));
    }
    const QString creditLines = pairsPerLine(creditTexts, u"  "_s);
    // The ratios per currency, two to a line too.
    const QString ratioLines = pairsPerLine(
        ValueSection::ratioParts(ValueSection::totals(mValue), f), u" · "_s);
    mAsOf->setText(tr("Data as of %1 (the last measurement). The tiles show %2; the charts "
                      "%3 to %4.")
                       .arg(f.asOf(mSnapshot.dataAsOf), f.period(t.period),
                            f.period(mSnapshot.filter.fromMonth),
                            f.period(mSnapshot.filter.toMonth)));
    const QString values[TileCount] = {f.percent(t.complianceMilli, 2),
                                       QLocale().toString(t.breaches),
                                       QLocale().toString(t.agreementsAtRisk),
                                       creditLines.isEmpty() ? QLocale().toString(0) : creditLines,
                                       QLocale().toString(t.watermelons),
                                       QLocale().toString(t.reviewsDue),
                                       QLocale().toString(t.renewalsDue),
                                       ratioLines,
                                       QLocale().toString(t.actionFindings)};
    const QString labels[TileCount] = {
        tr("Compliance, %1").arg(f.period(t.period))
            + (t.goalMilli ? u"\n"_s + tr("goal %1").arg(f.percent(t.goalMilli, 2)) : QString())
            + (change.isEmpty() ? QString() : u"  "_s + change),
        tr("Breaches\n%Ln ticket(s)", nullptr, int(t.breachedTickets)),
        tr("Agreements at risk\nor breached"),
        t.creditsOwed.size() > 1 ? tr("Credits owed per currency\n%1").arg(f.period(t.period))
                                 : tr("Service credits owed\n%1").arg(f.period(t.period)),
        tr("Watermelons\ngreen, yet unhappy"),
        tr("Reviews due\nwithin 30 days"),
        tr("Renewals\nwithin 90 days"),
        tr("Credits against revenue\n%1").arg(f.period(t.period)),
        tr("Actions overdue\nor missing")};
    const char *colours[TileCount] = {"#1f4e79", "#c62828", "#ef8f00", "#c62828", "#ef8f00",
                                      "#455a64", "#455a64", "#2e7d32", "#6a1b9a"};
    for (int i = 0; i < TileCount; ++i) {
        mTiles[i]->setText(values[i] + u"\n"_s + labels[i]);
        QString tip = i == ActionsTile
                          ? tr("Improvement actions past their due date, and breached targets "
                               "no action follows, across the portfolio (accordo-cli check "
                               "actions)")
                          : tr("Show the list behind this figure");
        if (i == CreditsTile && !exactCredits.isEmpty())
            tip += u"\n"_s + exactCredits.join(u"\n"_s);
        mTiles[i]->setToolTip(tip);
        mTiles[i]->setStyleSheet(
            u"QToolButton { border: 1px solid #cfd8dc; border-left: 5px solid %1; "
            "border-radius: 4px; background: #fafafa; padding: 6px; font-size: 11pt; "
            "text-align: left; } QToolButton:hover { background: #eef3f8; }"_s.arg(
                QLatin1StringView(colours[i])));
    }
}

void DashboardView::updateCharts()
{
    const ChartBuilder builder;
    mCharts[ComplianceChart]->showChart(builder.complianceTrend(mSnapshot.trend));
    mCharts[AvailabilityChart]->showChart(builder.availabilityTrend(mSnapshot.trend));
    mCharts[SatisfactionChart]->showChart(builder.satisfactionTrend(mSnapshot.trend));
    mCharts[VolumeChart]->showChart(builder.volumeTrend(mSnapshot.trend));
    mCharts[RegionChart]->showChart(
        builder.breakdown(mSnapshot.byRegion, tr("Compliance by region"), 8));
    mCharts[ServiceChart]->showChart(
        builder.breakdown(mSnapshot.byService, tr("Compliance by service"), 8));
    mCharts[CustomerChart]->showChart(
        builder.breachBreakdown(mSnapshot.byCustomer, tr("Customers with the most breaches"), 8));
}

QDialog *DashboardView::openList(Tile tile)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"dashboardList"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(720, 420);
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget;
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    const ReportFormat f{QLocale()};
    QList<std::pair<qint64, QStringList>> rows;
    QList<DashboardRaise::Origin> origins; // per row, when the list raises actions
    QStringList headers{tr("Agreement"),  tr("Customer"), tr("Status"),
                        tr("Compliance"), tr("Breaches"), tr("Credit")};
    if (tile == ValueTile) {
        headers = {tr("Agreement"), tr("Title"), tr("Revenue"), tr("Credits"),
                   tr("Credits / revenue")};
        for (const ValueCost &v : std::as_const(mValue))
            rows.append({v.agreementId,
                         {v.number, v.title, v.revenue.toDisplayString(),
                          v.credits.toDisplayString(), f.percent(v.ratioMilli, 2)}});
    } else if (tile == ActionsTile) {
        DashboardRaise::actionRows(mSession, mSnapshot.actionFindings, rows, headers, origins);
    } else if (tile == ReviewsTile || tile == RenewalsTile) {
        headers = {tr("Agreement"), tr("Title"), tile == ReviewsTile ? tr("Review") : tr("Ends"),
                   tr("Notice by")};
        if (mSession) {
            const QList<DueItem> items = tile == ReviewsTile ? mSession->workflow().reviewsDue(30)
                                                             : mSession->workflow().renewalsDue(90);
            for (const DueItem &d : items)
                rows.append({d.agreementId,
                             {d.number, d.title, f.date(d.due),
                              d.noticeDeadline.isValid() ? f.date(d.noticeDeadline) : QString()}});
        }
    } else {
        for (const AgreementStanding &a : std::as_const(mSnapshot.agreements)) {
            const bool keep = tile == ComplianceTile || (tile == BreachesTile && a.breaches > 0)
                              || (tile == AtRiskTile
                                  && (a.status == u"at_risk"_s || a.status == u"breached"_s))
                              || (tile == CreditsTile && !a.credit.isZero())
                              || (tile == WatermelonsTile && a.watermelon);
            if (!keep)
                continue;
            rows.append({a.agreementId,
                         {a.number, a.customer, f.status(a.status), f.percent(a.complianceMilli, 2),
                          QLocale().toString(a.breaches), a.credit.toDisplayString()}});
            DashboardRaise::Origin origin;
            origin.agreementId = a.agreementId;
            origin.month = mSnapshot.tiles.period;
            origin.source = tile == WatermelonsTile ? u"watermelon"_s
                            : tile == AtRiskTile    ? u"at_risk"_s
                                                    : u"breach"_s;
            if (tile == WatermelonsTile)
                origin.finding = tr("Watermelon: every target met, the customer unhappy");
            origins.append(origin);
        }
    }
    const QString titles[TileCount] = {tr("Agreements measured"), tr("Agreements with breaches"),
                                       tr("Agreements at risk"),  tr("Service credits owed"),
                                       tr("Watermelons"),         tr("Reviews due"),
                                       tr("Renewals due"),        tr("Credits against revenue"),
                                       tr("Actions to take")};
    dialog->setWindowTitle(tr("%1 — %2").arg(titles[tile], f.period(mSnapshot.tiles.period)));
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].second.size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r].second[c]);
            item->setData(Qt::UserRole, rows[r].first);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    connect(table, &QTableWidget::cellDoubleClicked, this, [this, table](int row, int) {
        emit agreementActivated(table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    layout->addWidget(new QLabel(tr("Double-click an agreement to open it.")));
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    if (tile == BreachesTile || tile == AtRiskTile || tile == WatermelonsTile
        || tile == ActionsTile) {
        QPushButton *raise = buttons->addButton(tr("Raise &Action…"), QDialogButtonBox::ActionRole);
        raise->setObjectName(u"raiseAction"_s);
        raise->setIcon(Icons::action(u"task-new"_s));
        const auto update = [raise, table, origins] {
            const int row = table->currentRow();
            raise->setEnabled(row >= 0 && origins.value(row).agreementId != 0);
        };
        connect(table, &QTableWidget::currentCellChanged, raise, update);
        update();
        connect(raise, &QPushButton::clicked, this, [this, dialog, table, origins] {
            const int row = table->currentRow();
            if (mSession && row >= 0
                && DashboardRaise::raise(*mSession, origins.value(row), dialog))
                refresh();
        });
    }
    layout->addWidget(buttons);
    dialog->show();
    return dialog;
}

DashboardRaise::Origin DashboardView::cellOrigin(const QModelIndex &index) const
{
    DashboardRaise::Origin origin;
    if (!index.isValid())
        return origin;
    origin.agreementId = mGrid->agreementId(index.row());
    const int month = index.column() - StatusGridModel::FirstMonthColumn;
    origin.month = month >= 0 ? mSnapshot.months.value(month) : mSnapshot.tiles.period;
    const AgreementStanding standing = mSnapshot.agreements.value(index.row());
    const QString status = month >= 0 ? index.data(Qt::UserRole).toString() : standing.status;
    if (status == u"breached"_s) {
        origin.source = u"breach"_s;
    } else if (status == u"at_risk"_s) {
        origin.source = u"at_risk"_s;
    } else if (standing.watermelon && origin.month == mSnapshot.tiles.period) {
        origin.source = u"watermelon"_s;
        origin.finding = tr("Watermelon: every target met, the customer unhappy");
    } else {
        origin.source = u"manual"_s;
    }
    return origin;
}

void DashboardView::showGridMenu(const QPoint &position)
{
    const QModelIndex index = mGridView->indexAt(position);
    if (!mSession || !index.isValid())
        return;
    const DashboardRaise::Origin origin = cellOrigin(index);
    QMenu menu(mGridView);
    QAction *raise = menu.addAction(Icons::action(u"task-new"_s), tr("Raise &Action…"));
    QAction *open = menu.addAction(tr("&Open Agreement"));
    QAction *chosen = menu.exec(mGridView->viewport()->mapToGlobal(position));
    if (chosen == raise && DashboardRaise::raise(*mSession, origin, this))
        refresh();
    else if (chosen == open)
        emit agreementActivated(origin.agreementId);
}

QString DashboardView::reportLanguage() const
{
    return mLanguage->currentData().toString();
}

void DashboardView::printPortfolio()
{
    if (!mSession)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Portfolio Report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        PortfolioReport::Options options;
        options.filter = mSnapshot.filter;
        options.language = reportLanguage();
        if (auto r = PortfolioReport::render(mSession->database().connection(), options, p); !r)
            QMessageBox::warning(this, tr("Portfolio Report"), r.errorString());
    });
    preview.exec();
}

void DashboardView::exportPortfolio()
{
    if (!mSession)
        return;
    const QString path = ReportFiles::askPdfPath(
        this, tr("Export Portfolio Report"),
        ReportFiles::portfolioReportName(mSnapshot.filter.toMonth));
    if (path.isEmpty())
        return;
    PortfolioReport::Options options;
    options.filter = mSnapshot.filter;
    options.language = reportLanguage();
    if (auto r = PortfolioReport::writePdf(mSession->database().connection(), options, path); !r)
        QMessageBox::warning(this, tr("Export Portfolio Report"), r.errorString());
    else
        ReportFiles::announce(this, path);
}

void DashboardView::printServiceReport()
{
    const QModelIndex current = mGridView->currentIndex();
    if (!mSession || !current.isValid()) {
        QMessageBox::information(this, tr("Service Report"),
                                 tr("Select an agreement in \"Agreements by risk\" first."));
        return;
    }
    const qint64 id = mGrid->agreementId(current.row());
    const QString number =
        mGrid->index(current.row(), StatusGridModel::NumberColumn).data().toString();
    ServiceReportDialog dialog(*mSession, id, number, this, mSnapshot.filter.toMonth);
    const int language = dialog.languageBox()->findData(reportLanguage());
    dialog.languageBox()->setCurrentIndex(std::max(0, language));
    dialog.exec();
}

} // namespace Accordo
