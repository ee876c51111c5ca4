#pragma once

#include "crm/partyimport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Accordo {

class PartyImportModel;
class WorkspaceSession;

/// File ▸ Import Customers…: a CRM export (CSV or vCard) previewed as the customers it creates
/// and updates and the conflicts with changes made in Accordo, then imported as one change.
class PartyImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PartyImportDialog(WorkspaceSession &session, QWidget *parent = nullptr);
    ~PartyImportDialog() override;

    /// Chooses the file (and the CSV mapping, if any) and previews it.
    void setFile(const QString &path, const QString &mappingPath = {});
    PartyImportModel *model() const { return mModel; }
    /// The problem shown, or empty.
    QString errorText() const;

signals:
    void imported();

private:
    void preview();
    void import();
    void showError(const QString &message);

    WorkspaceSession &mSession;
    QLineEdit *mFile;
    QLineEdit *mMapping;
    QCheckBox *mPrefer;
    QLabel *mSummary;
    QLabel *mError;
    QTableView *mView;
    QPushButton *mImport;
    PartyImportModel *mModel;
    std::optional<PartyImportPlan> mPlan;
};

} // namespace Accordo
