#include "importhistorydialog.h"
#include "widgets/dialogparts.h"

#include "measurement/measurementimporter.h"
#include "models/importbatchmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

ImportHistoryDialog::ImportHistoryDialog(QSqlDatabase db, QString userName, QWidget *parent)
    : QDialog(parent), mDb(db), mUserName(std::move(userName)), mModel(new ImportBatchModel(this))
{
    setWindowTitle(tr("Import History"));
    mView = new QTableView;
    mView->setObjectName(u"importHistoryView"_s);
    mView->setModel(mModel);
    showRowsReadOnly(mView);
    mView->horizontalHeader()->setStretchLastSection(true);
    mMessage = new QLabel;
    mMessage->setWordWrap(true);
    mMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    mRollBack = buttons->addButton(tr("&Roll Back…"), QDialogButtonBox::ActionRole);
    mRollBack->setObjectName(u"rollBack"_s);
    mRollBack->setToolTip(tr("Remove the rows the selected import added and restore those it "
                             "changed"));
    connect(mRollBack, &QPushButton::clicked, this, &ImportHistoryDialog::confirmRollBack);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every import is kept as a batch, the latest first. Rolling "
                                    "one back removes the rows it added and restores the rows "
                                    "it changed, as they were before it.")));
    layout->addWidget(mView, 1);
    layout->addWidget(mMessage);
    layout->addWidget(buttons);
    reload();
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    updateButtons();
    const QByteArray geometry = QSettings().value(u"importHistory/geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(960, 420);
    connect(this, &QDialog::finished, this,
            [this] { QSettings().setValue(u"importHistory/geometry"_s, saveGeometry()); });
}

void ImportHistoryDialog::reload()
{
    auto batches = MeasurementImporter::batches(mDb);
    if (!batches) {
        mMessage->setText(tr("The import history cannot be read: %1").arg(batches.errorString()));
        return;
    }
    mModel->setBatches(*batches);
    mView->resizeColumnsToContents();
}

void ImportHistoryDialog::updateButtons()
{
    const QModelIndexList rows = mView->selectionModel()->selectedRows();
    const ImportBatch *b = rows.isEmpty() ? nullptr : mModel->batch(rows.first());
    mRollBack->setEnabled(b && !b->rolledBackAt);
    mRollBack->setToolTip(!b                ? tr("Select an import to roll it back")
                          : b->rolledBackAt ? tr("This import was rolled back already")
                                            : tr("Remove the rows the selected import added "
                                                 "and restore those it changed"));
}

void ImportHistoryDialog::confirmRollBack()
{
    const QModelIndexList rows = mView->selectionModel()->selectedRows();
    const ImportBatch *b = rows.isEmpty() ? nullptr : mModel->batch(rows.first());
    if (!b)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Roll Back Import"),
        tr("Roll back batch %1 (%2)?").arg(b->id).arg(b->fileName) + u' '
            + tr("%Ln new row(s) will be removed.", nullptr, int(b->inserted)) + u' '
            + tr("%Ln changed row(s) will be restored as they were.", nullptr, int(b->updated)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        rollBack(b->id);
}

bool ImportHistoryDialog::rollBack(qint64 batchId)
{
    auto report = MeasurementImporter::rollBack(mDb, batchId, mUserName);
    if (!report) {
        mMessage->setText(
            tr("Batch %1 was not rolled back: %2").arg(batchId).arg(report.errorString()));
        return false;
    }
    mMessage->setText(tr("Batch %1 rolled back:").arg(batchId) + u' '
                      + tr("%Ln added row(s) removed,", nullptr, int(report->removed)) + u' '
                      + tr("%Ln changed row(s) restored.", nullptr, int(report->restored)));
    reload();
    updateButtons();
    emit rolledBack();
    return true;
}

QString ImportHistoryDialog::message() const
{
    return mMessage->text();
}

} // namespace Accordo
