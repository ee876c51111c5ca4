#include "backtestdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "domain/targetvalue.h"
#include "models/backtestmodel.h"
#include "widgets/windowgeometry.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const auto MonthsKey = u"backtest/months"_s;

// The first instant of the UTC month `months` before the one `instant` falls in.
QDateTime monthStart(const QDateTime &instant, int monthsBack)
{
    const QDate day = instant.toUTC().date();
    return QDateTime(QDate(day.year(), day.month(), 1).addMonths(-monthsBack), QTime(0, 0),
                     QTimeZone::utc());
}

} // namespace

BacktestDialog::BacktestDialog(QSqlDatabase db, qint64 partyId, const QList<Target> &targets,
                               const QString &agreementName, QWidget *parent)
    : QDialog(parent),
      mDb(db),
      mPartyId(partyId),
      mTargets(targets),
      mAsOf(QDateTime::currentDateTimeUtc())
{
    setWindowTitle(tr("Backtest — %1").arg(agreementName));
    auto *intro = new QLabel(tr("How would these targets have done? The agreement's response and "
                                "resolution targets, as they stand now, judged against the "
                                "customer's tickets stored in this workspace, as if the "
                                "agreement had been in force — in business time of each "
                                "target's calendar."),
                             this);
    intro->setWordWrap(true);

    mMonths = newNamed<QSpinBox>(u"months"_s, this);
    mMonths->setRange(1, 36);
    mMonths->setValue(QSettings().value(MonthsKey, 12).toInt());
    mMonths->setSuffix(tr(" months"));
    mMonths->setSpecialValueText(tr("1 month"));
    auto *runButton = newNamed<QPushButton>(u"run"_s, tr("&Run"), this);
    mWindow = new QLabel(this);
    auto *monthsRow = new QHBoxLayout;
    addLabelled(monthsRow, tr("Over the &last"), mMonths, this);
    monthsRow->addWidget(runButton);
    monthsRow->addWidget(mWindow, 1);

    mTargetFilter = newNamed<QComboBox>(u"targetFilter"_s, this);
    auto *filterRow = new QHBoxLayout;
    addLabelled(filterRow, tr("&Target"), mTargetFilter, this, 1);

    mModel = new BacktestModel(this);
    mProxy = new QSortFilterProxyModel(this);
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(Qt::UserRole);
    mProxy->setFilterKeyColumn(BacktestModel::Target);
    mView = newNamed<QTableView>(u"backtestView"_s, this);
    mView->setModel(mProxy);
    mView->setSortingEnabled(true);
    mView->sortByColumn(BacktestModel::Period, Qt::AscendingOrder);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setWordWrap(false);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setSectionResizeMode(BacktestModel::Target, QHeaderView::Stretch);

    mSummary = newNamed<QLabel>(u"summary"_s, this);
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mExport = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mExport, &QPushButton::clicked, this, &BacktestDialog::exportClicked);
    connect(runButton, &QPushButton::clicked, this, &BacktestDialog::run);
    connect(mTargetFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = mTargetFilter->currentData().toString();
        mProxy->setFilterRegularExpression(
            name.isEmpty() ? QString() : u"^"_s + QRegularExpression::escape(name) + u"$"_s);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(monthsRow);
    layout->addLayout(filterRow);
    layout->addWidget(mView, 1);
    layout->addWidget(mSummary);
    layout->addWidget(buttons);
    resize(900, 560);
    WindowGeometry::remember(this, u"backtestDialog"_s);
}

void BacktestDialog::setAsOf(const QDateTime &asOf)
{
    mAsOf = asOf.toUTC();
}

void BacktestDialog::setMonths(int months)
{
    mMonths->setValue(months);
}

bool BacktestDialog::run()
{
    QSettings().setValue(MonthsKey, mMonths->value());
    // The whole months before the current one: a month still running would show its open
    // tickets as pending and say little about the targets.
    const QDateTime from = monthStart(mAsOf, mMonths->value());
    const QDateTime to = monthStart(mAsOf, 0);
    const QLocale locale;
    const QString dateFormat = tr("d MMMM yyyy");
    mWindow->setText(tr("from %1 to %2 (UTC)")
                         .arg(locale.toString(from.date(), dateFormat),
                              locale.toString(to.date().addDays(-1), dateFormat)));
    mModel->clear();
    mTargetFilter->clear();
    mBacktest.reset();

    auto backtest = Backtest::forTargets(mDb, mPartyId, mTargets);
    if (!backtest) {
        mSummary->setText(backtest.errorString().toHtmlEscaped());
        updateSummary();
        return false;
    }
    QProgressDialog progress(tr("Judging the stored tickets…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = backtest->runStored(
        mDb, from.toSecsSinceEpoch(), to.toSecsSinceEpoch(), mAsOf.toSecsSinceEpoch(),
        [&progress](qint64 tickets) {
            progress.setLabelText(tr("Judging the stored tickets… %L1 so far").arg(tickets));
            progress.setValue(0);
            return !progress.wasCanceled();
        });
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!done) {
        mSummary->setText(
            done.errorString().isEmpty()
                ? tr("Cancelled: nothing is shown.")
                : tr("The backtest failed: %1").arg(done.errorString().toHtmlEscaped()));
        updateSummary();
        return false;
    }
    mBacktest = std::move(*backtest);
    mModel->setResult(mBacktest->rows(), mBacktest->targets());
    mTargetFilter->addItem(tr("All targets"), QString());
    for (const BacktestTarget &target : mBacktest->targets())
        mTargetFilter->addItem(target.name, target.name);
    mView->resizeColumnsToContents();
    mView->horizontalHeader()->setSectionResizeMode(BacktestModel::Target, QHeaderView::Stretch);
    updateSummary();
    return true;
}

QString BacktestDialog::summary() const
{
    return mSummary->text();
}

void BacktestDialog::updateSummary()
{
    mExport->setEnabled(mBacktest.has_value() && mModel->rowCount() > 0);
    if (!mBacktest)
        return;
    const QLocale locale;
    QStringList lines;
    const int skipped = int(mTargets.size() - mBacktest->targets().size());
    if (mBacktest->targets().isEmpty()) {
        mSummary->setText(tr("The agreement has no response or resolution target to backtest."));
        return;
    }
    for (qsizetype i = 0; i < mBacktest->targets().size(); ++i) {
        const BacktestTarget &target = mBacktest->targets().at(i);
        qint64 met = 0, breached = 0;
        int months = 0, below = 0;
        for (const BacktestRow &row : mModel->rows()) {
            if (row.targetIndex != i)
                continue;
            met += row.met;
            breached += row.breached;
            const auto compliance = BacktestModel::complianceMilli(row.met, row.breached);
            if (compliance) {
                ++months;
                below += target.goalMilli > 0 && *compliance < target.goalMilli;
            }
        }
        const auto compliance = BacktestModel::complianceMilli(met, breached);
        if (!compliance) {
            lines.append(tr("<b>%1</b>: no ticket to judge.").arg(target.name.toHtmlEscaped()));
            continue;
        }
        const QString share = locale.toString(double(*compliance) / 1000, 'f', 2);
        QString line = tr("<b>%1</b>: %2 % of %Ln judged ticket(s) met", nullptr, met + breached)
                           .arg(target.name.toHtmlEscaped(), share);
        if (target.goalMilli > 0)
            line += tr("; below the goal of %1 % in %2 of %n month(s)", nullptr, months)
                        .arg(TargetValue::formatMilli(target.goalMilli))
                        .arg(below);
        lines.append(line + u'.');
    }
    if (skipped > 0)
        lines.append(tr("%n target(s) of other metrics (availability, satisfaction, custom) "
                        "cannot be backtested on tickets and are left out.",
                        nullptr, skipped));
    mSummary->setText(lines.join(u"<br>"_s));
}

bool BacktestDialog::exportCsv(const QString &path, QString *error) const
{
    if (!mBacktest)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(mBacktest->csv()) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void BacktestDialog::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Backtest"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/backtest.csv"_s,
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Backtest"), error);
}

} // namespace Accordo
