#pragma once

#include "result.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTableView;

namespace Accordo {

class ImportBatchModel;
struct RollbackReport;

/// File ▸ Import History: every import batch with its counts, and Roll Back… for the one
/// selected (confirmed first), which removes the rows it added and restores those it changed.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportHistoryDialog(QSqlDatabase db, QString userName, QWidget *parent = nullptr);

    ImportBatchModel *model() const { return mModel; }
    QTableView *view() const { return mView; }
    QPushButton *rollBackButton() const { return mRollBack; }
    /// Rolls the batch back without asking; the message line says what happened.
    bool rollBack(qint64 batchId);
    QString message() const;

signals:
    /// A batch was rolled back: the measurements changed.
    void rolledBack();

private:
    void reload();
    void updateButtons();
    void confirmRollBack();

    QSqlDatabase mDb;
    QString mUserName;
    ImportBatchModel *mModel = nullptr;
    QTableView *mView = nullptr;
    QPushButton *mRollBack = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace Accordo
