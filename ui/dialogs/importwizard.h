#pragma once

#include "measurement/measurementimporter.h"
#include "measurement/records.h"

#include <QSqlDatabase>
#include <QWizard>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressDialog;
class QRadioButton;
class QStandardItemModel;
class QTableView;

namespace Accordo {

/// File ▸ Import Measurements: chooses a CSV file and its kind, a mapping (the ServiceNow
/// preset, a JSON file or a saved profile) with a preview of the first rows, then imports.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, RunPage, SummaryPage };
    enum class MappingSource { ServiceNow, File, Profile };

    explicit ImportWizard(QSqlDatabase db, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    void setKind(RecordKind kind);
    RecordKind kind() const;
    void setMappingSource(MappingSource source);
    void setMappingPath(const QString &path);
    void setSkipBadRows(bool skip);
    /// Which system the tickets come from (a ticket is known by its source and id); the
    /// wizard proposes one from the mapping chosen.
    void setSource(const QString &source);
    QString source() const;
    /// Who imports, kept with the batch.
    void setUserName(const QString &name) { mUserName = name; }
    /// Every row's customer (or service) is this one of the workspace's, whatever the file
    /// says; empty: as the file says.
    void setFixedCustomer(const QString &name);
    void setFixedService(const QString &code);

    /// The header and the first rows of the chosen file.
    QStandardItemModel *previewModel() const { return mPreview; }
    static constexpr int kPreviewRows = 20;

    /// Runs the import with a progress dialog; false when it failed or was cancelled. The run
    /// page's Import button (the wizard's Next) does this, then shows the summary.
    bool runImport();
    /// Counts what the import would do without storing anything, and shows it on the run
    /// page; false when the file cannot be imported as it is.
    bool check();
    QString checkText() const;
    const std::optional<ImportReport> &report() const { return mReport; }
    QString resultText() const;

    /// Mapping profiles remembered by name: a name and the path of its JSON file.
    static QStringList profileNames();
    static QString profilePath(const QString &name);
    static void saveProfile(const QString &name, const QString &path);

signals:
    /// After a successful import (and its evaluation).
    void imported();

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createRunPage();
    QWizardPage *createSummaryPage();
    bool validateCurrentPage() override;
    ImportOptions importOptions(QProgressDialog &progress) const;
    Result<ImportMapping> currentMapping() const;
    void loadPreview();
    void updateMappingWidgets();
    void chooseFile();
    void chooseMapping();
    void saveAsProfile();
    QString currentMappingPath() const;
    QString proposedSource() const;

    QSqlDatabase mDb;
    QLineEdit *mFile = nullptr;
    QComboBox *mKind = nullptr;
    QRadioButton *mUsePreset = nullptr;
    QRadioButton *mUseFile = nullptr;
    QRadioButton *mUseProfile = nullptr;
    QLineEdit *mMappingFile = nullptr;
    QComboBox *mProfiles = nullptr;
    QLabel *mPreviewError = nullptr;
    QStandardItemModel *mPreview = nullptr;
    QTableView *mPreviewView = nullptr;
    QCheckBox *mSkipBad = nullptr;
    QLineEdit *mSource = nullptr;
    QString mUserName;
    QPlainTextEdit *mResult = nullptr;
    QLabel *mCheck = nullptr;
    QLabel *mSummary = nullptr;
    QComboBox *mCustomer = nullptr;
    QComboBox *mService = nullptr;
    std::optional<ImportReport> mReport;
    QString mError;
};

} // namespace Accordo
