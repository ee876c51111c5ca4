#include "portfoliochecksdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "dialogs/actiondialog.h"
#include "domain/enums.h"
#include "kpi/kpiengine.h"
#include "kpi/portfoliochecks.h"
#include "models/findingsmodel.h"
#include "session/workspacesession.h"
#include "widgets/localetext.h"
#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QString percent(const std::optional<qint64> &milli)
{
    if (!milli)
        return {};
    return QLocale().toString(double(*milli) / 1000, 'f', 1) + u" %"_s;
}

} // namespace

PortfolioChecksDialog::PortfolioChecksDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent), mSession(session), mToday(QDate::currentDate())
{
    setWindowTitle(tr("Portfolio checks"));
    mSummary = newWrappedLabel(this);
    mTabs = new QTabWidget(this);
    for (int check = 0; check < CheckCount; ++check) {
        mModels[check] = new FindingsModel(this);
        auto *view = newNamed<QTableView>(u"checkView%1"_s.arg(check), mTabs);
        view->setModel(mModels[check]);
        showRowsReadOnly(view);
        view->setWordWrap(false);
        view->horizontalHeader()->setStretchLastSection(true);
        connect(view, &QTableView::doubleClicked, this, [this, check](const QModelIndex &index) {
            const QString number = mModels[check]->agreementNumber(index);
            if (number.isEmpty())
                return;
            if (auto id = mSession.workspace().agreementIdByNumber(number))
                emit openAgreement(*id);
        });
        mViews[check] = view;
        mTabs->addTab(view, QString());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *again = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    connect(again, &QPushButton::clicked, this, &PortfolioChecksDialog::refresh);
    QPushButton *raise = buttons->addButton(tr("Raise &Action…"), QDialogButtonBox::ActionRole);
    raise->setObjectName(u"raiseAction"_s);
    connect(raise, &QPushButton::clicked, this, &PortfolioChecksDialog::raiseAction);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(mTabs, 1);
    layout->addWidget(new QLabel(tr("Double-click a row to open its agreement."), this));
    layout->addWidget(buttons);
    resize(1120, 520);
    WindowGeometry::remember(this, u"portfolioChecksDialog"_s);
    refresh();
}

void PortfolioChecksDialog::setToday(const QDate &today)
{
    mToday = today;
    refresh();
}

int PortfolioChecksDialog::findings(Check check) const
{
    return mModels[check]->rowCount();
}

void PortfolioChecksDialog::refresh()
{
    QSqlDatabase db = mSession.database().connection();
    QStringList errors;
    const QLocale locale;

    QList<FindingsModel::Row> rows;
    if (auto violations = PortfolioChecks::consistency(db)) {
        for (const ConsistencyViolation &v : std::as_const(*violations)) {
            const QString promise =
                v.aspect == u"goal"_s
                    ? tr("goal %1 % where the SLA has %2 %")
                          .arg(v.supportingValue, v.supportedValue)
                    : tr("%1 where the SLA promises %2").arg(v.supportingValue, v.supportedValue);
            rows.append(
                {{v.supportingNumber, v.supportingTitle, v.supportedNumber, v.supportedTitle,
                  v.service, Enums::displayNameOfKey<Metric>(v.metric), v.priority, promise},
                 v.supportingNumber});
        }
    } else {
        errors.append(violations.errorString());
    }
    if (auto tiers = PortfolioChecks::creditTiers(db)) {
        for (const ConsistencyViolation &v : std::as_const(*tiers))
            rows.append({{v.supportingNumber, v.supportingTitle, QString(), QString(), v.service,
                          Enums::displayNameOfKey<Metric>(v.metric), v.priority,
                          tr("a credit is owed below %1 % while the target is met from %2 %")
                              .arg(LocaleText::decimal(v.supportingValue, locale),
                                   LocaleText::decimal(v.supportedValue, locale))},
                         v.supportingNumber});
    } else {
        errors.append(tiers.errorString());
    }
    mModels[Consistency]->setFindings({tr("OLA or UC"), tr("Title"), tr("Supports"),
                                       tr("SLA title"), tr("Service"), tr("Metric"), tr("Priority"),
                                       tr("Looser promise")},
                                      rows);

    rows.clear();
    if (auto gaps = PortfolioChecks::coverage(db, mToday)) {
        for (const CoverageGap &g : std::as_const(*gaps))
            rows.append({{g.customer, g.service, locale.toString(g.tickets),
                          g.delivered ? tr("yes") : tr("no")},
                         QString()});
    } else {
        errors.append(gaps.errorString());
    }
    mModels[Coverage]->setFindings(
        {tr("Customer"), tr("Service"), tr("Tickets (last 90 days)"), tr("Listed as delivered")},
        rows);

    rows.clear();
    if (auto due = PortfolioChecks::reviews(db, mToday)) {
        for (const DueAgreement &d : std::as_const(*due))
            rows.append({{d.number, d.title,
                          d.kind == u"review"_s ? tr("review overdue")
                          : d.kind == u"customer_ended"_s
                              ? tr("customer ended in CRM: termination to be decided")
                              : tr("renewal"),
                          LocaleText::date(d.due, locale),
                          d.noticeDeadline.isValid() ? LocaleText::date(d.noticeDeadline, locale)
                                                     : QString()},
                         d.number});
    } else {
        errors.append(due.errorString());
    }
    mModels[Reviews]->setFindings(
        {tr("Agreement"), tr("Title"), tr("What"), tr("Due"), tr("Notice by")}, rows);

    rows.clear();
    if (auto flags = KpiEngine::watermelons(db)) {
        for (const WatermelonFlag &f : std::as_const(*flags))
            rows.append({{f.number, f.customer, f.period, percent(f.csatMilli),
                          percent(f.previousCsatMilli),
                          f.reason == u"low"_s ? tr("CSAT low while every target is met")
                                               : tr("CSAT down more than 10 points")},
                         f.number});
    } else {
        errors.append(flags.errorString());
    }
    mModels[Watermelons]->setFindings(
        {tr("Agreement"), tr("Customer"), tr("Month"), tr("CSAT"), tr("Month before"), tr("Why")},
        rows);

    refreshMetrics(errors);

    const QString titles[CheckCount] = {tr("&Consistency (%1)"), tr("C&overage (%1)"),
                                        tr("&Reviews and renewals (%1)"), tr("&Watermelons (%1)"),
                                        tr("Custom &metrics (%1)")};
    int total = 0;
    for (int check = 0; check < CheckCount; ++check) {
        const int count = mModels[check]->rowCount();
        total += count;
        mTabs->setTabText(check, titles[check].arg(count));
        // Long titles give way to the last column, which says what is wrong.
        QTableView *view = mViews[check];
        view->resizeColumnsToContents();
        for (int column = 0; column + 1 < mModels[check]->columnCount(); ++column)
            view->setColumnWidth(column, std::min(view->columnWidth(column), 240));
    }
    mSummary->setText(errors.isEmpty()
                          ? (total == 0 ? tr("No problems found on %1.")
                                        : tr("%n problem(s) found on %1.", nullptr, total))
                                .arg(locale.toString(mToday, QLocale::LongFormat))
                          : errors.join(u'\n'));
}

void PortfolioChecksDialog::refreshMetrics(QStringList &errors)
{
    QList<FindingsModel::Row> rows;
    const QLocale locale;
    auto findings = PortfolioChecks::metrics(mSession.database().connection(), mToday);
    if (!findings)
        errors.append(findings.errorString());
    for (const MetricFinding &f : orEmpty(findings)) {
        const QString periods = f.periods <= 1 ? f.firstPeriod
                                               : tr("%1 to %2 (%3 periods)")
                                                     .arg(f.firstPeriod, f.lastPeriod,
                                                          locale.toString(f.periods));
        rows.append({{f.number, f.title, f.target, f.metric, periods,
                      f.kind == u"undefined_metric"_s
                          ? tr("no definition in the catalogue: nothing measures it")
                          : tr("no observations for periods that have ended")},
                     f.number});
    }
    mModels[Metrics]->setFindings(
        {tr("Agreement"), tr("Title"), tr("Target"), tr("Metric"), tr("Periods"), tr("Problem")},
        rows);
}

void PortfolioChecksDialog::raiseAction()
{
    const int check = mTabs->currentIndex();
    if (check < 0 || check >= CheckCount)
        return;
    const QModelIndex index = mViews[check]->currentIndex();
    const FindingsRow *row = mModels[check]->rowAt(index.row());
    if (!row || row->agreementNumber.isEmpty())
        return;
    auto id = mSession.workspace().agreementIdByNumber(row->agreementNumber);
    if (!id)
        return;
    ImprovementAction action;
    action.agreementId = *id;
    action.source = check == Watermelons ? u"watermelon"_s : u"check"_s;
    action.finding = row->cells.join(u" · "_s);
    ActionDialog dialog(mSession, action, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

} // namespace Accordo
