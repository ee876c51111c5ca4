#include "performancepanel.h"

#include "charts/chartbuilder.h"
#include "charts/chartview.h"
#include "dialogs/servicereportdialog.h"
#include "report/reportcanvas.h"
#include "report/reportformat.h"
#include "session/workspacesession.h"
#include "widgets/icons.h"

#include <QChart>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QTableWidget *newTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

PerformancePanel::PerformancePanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    mPeriod = new QComboBox;
    mPeriod->setObjectName(u"performancePeriod"_s);
    auto *periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(mPeriod);
    top->addWidget(periodLabel);
    top->addWidget(mPeriod);
    mCredit = new QLabel;
    top->addWidget(mCredit, 1);
    auto *report = new QPushButton(Icons::action(u"document-print-preview"_s),
                                   tr("Service &Report…"));
    report->setObjectName(u"performanceServiceReport"_s);
    report->setToolTip(tr("Print preview or PDF of the service report of the chosen period"));
    connect(report, &QPushButton::clicked, this, &PerformancePanel::printReport);
    top->addWidget(report);
    layout->addLayout(top);

    mResults = newTable({tr("Target"), tr("Period"), tr("Tickets"), tr("Achieved"), tr("Goal"),
                         tr("Status"), tr("Error budget left"), tr("Credit")});
    mResults->setObjectName(u"performanceResults"_s);
    mBreaches = newTable({tr("Ticket"), tr("Target"), tr("Opened (UTC)"), tr("Due (UTC)"),
                          tr("Business time taken")});
    mBreaches->setObjectName(u"performanceBreaches"_s);

    auto *trend = new QWidget;
    auto *trendLayout = new QVBoxLayout(trend);
    trendLayout->setContentsMargins(0, 0, 0, 0);
    mTarget = new QComboBox;
    trendLayout->addWidget(mTarget);
    mChart = new ChartView;
    trendLayout->addWidget(mChart);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(mResults);
    auto *breaches = new QWidget;
    auto *breachesLayout = new QVBoxLayout(breaches);
    breachesLayout->setContentsMargins(0, 0, 0, 0);
    breachesLayout->addWidget(new QLabel(tr("Tickets that breached a target in the period:")));
    breachesLayout->addWidget(mBreaches);
    splitter->addWidget(breaches);
    splitter->addWidget(trend);
    layout->addWidget(splitter);

    connect(mPeriod, &QComboBox::currentIndexChanged, this, &PerformancePanel::showPeriod);
    connect(mTarget, &QComboBox::currentIndexChanged, this, &PerformancePanel::showTrend);
}

void PerformancePanel::setAgreement(qint64 id, const QString &number)
{
    mAgreementId = id;
    mNumber = number;
    const QSignalBlocker blocker(mPeriod);
    mPeriod->clear();
    const auto periods = ServiceReportData::periods(mSession.database().connection(), id);
    const ReportFormat f{QLocale()};
    for (const QString &period : periods ? *periods : QStringList())
        mPeriod->addItem(f.period(period), period);
    showPeriod();
    // A failed read is said, instead of "no KPIs are stored", which would not be true.
    if (!periods)
        mCredit->setText(periods.errorString());
}

void PerformancePanel::showPeriod()
{
    const ReportFormat f{QLocale()};
    mResults->setRowCount(0);
    mBreaches->setRowCount(0);
    mTarget->clear();
    const QString period = mPeriod->currentData().toString();
    if (period.isEmpty()) {
        mData = {};
        mCredit->setText(tr("No KPIs are stored for this agreement yet."));
        mChart->showChart(new QChart);
        return;
    }
    auto data = ServiceReportData::load(mSession.database().connection(), mNumber, period);
    if (!data) {
        mCredit->setText(data.errorString());
        return;
    }
    mData = *data;
    mCredit->setText(tr("Service credits owed for %1: <b>%2</b>")
                         .arg(f.period(period), mData.creditTotal.toDisplayString()));
    mResults->setRowCount(int(mData.results.size()));
    for (int row = 0; row < mData.results.size(); ++row) {
        const TargetResult &r = mData.results[row];
        QString budget;
        if (r.errorBudget)
            budget = r.metric == u"availability"_s ? f.duration(std::max<qint64>(0, *r.errorBudget))
                                                   : QLocale().toString(*r.errorBudget);
        const QStringList cells{f.targetName(r),
                                f.period(r.period),
                                QLocale().toString(r.tickets),
                                f.targetValue(r, r.achievedMilli),
                                f.targetValue(r, r.goalMilli),
                                f.status(r.status),
                                budget,
                                r.credit.toDisplayString()};
        for (int c = 0; c < cells.size(); ++c)
            mResults->setItem(row, c, new QTableWidgetItem(cells[c]));
        mResults->item(row, 5)->setBackground(ReportCanvas::statusColour(r.status));
        mResults->item(row, 5)->setForeground(Qt::white);
    }
    mResults->resizeColumnsToContents();
    mBreaches->setRowCount(int(mData.breaches.size()));
    for (int row = 0; row < mData.breaches.size(); ++row) {
        const BreachedTicket &b = mData.breaches[row];
        const QStringList cells{b.number,
                                b.service + u" · "_s + f.metric(b.metric) + u' ' + b.priority,
                                f.instant(b.openedAt), b.dueAt ? f.instant(*b.dueAt) : QString(),
                                f.duration(b.elapsed)};
        for (int c = 0; c < cells.size(); ++c)
            mBreaches->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    mBreaches->resizeColumnsToContents();
    const QSignalBlocker blocker(mTarget);
    QList<qint64> seen;
    for (const TargetResult &r : std::as_const(mData.history)) {
        if (seen.contains(r.targetId))
            continue;
        seen.append(r.targetId);
        mTarget->addItem(f.targetName(r), r.targetId);
    }
    showTrend();
}

void PerformancePanel::showTrend()
{
    const qint64 id = mTarget->currentData().toLongLong();
    QList<TargetResult> history;
    for (const TargetResult &r : std::as_const(mData.history))
        if (r.targetId == id)
            history.append(r);
    mChart->showChart(ChartBuilder().targetTrend(history, mTarget->currentText()));
}

void PerformancePanel::printReport()
{
    if (mAgreementId == 0)
        return;
    ServiceReportDialog dialog(mSession, mAgreementId, mNumber, this,
                               mPeriod->currentData().toString());
    dialog.exec();
}

} // namespace Accordo
