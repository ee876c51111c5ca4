#include "importwizard.h"
#include "widgets/namedwidget.h"

#include "data/workspace.h"

#include "measurement/csvreader.h"
#include "measurement/evaluator.h"
#include "measurement/importmapping.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString kProfilesGroup = u"importProfiles"_s;
constexpr int kShownProblems = 10;

} // namespace

ImportWizard::ImportWizard(QSqlDatabase db, QWidget *parent)
    : QWizard(parent), mDb(db), mPreview(new QStandardItemModel(this))
{
    setWindowTitle(tr("Import Measurements"));
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(RunPage, createRunPage());
    setPage(SummaryPage, createSummaryPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == MappingPage)
            loadPreview();
        if (id == RunPage && !mSource->isModified())
            mSource->setText(proposedSource());
        // A small file is checked at once; a large one when asked (Check).
        if (id == RunPage && QFileInfo(filePath()).size() <= 5 * 1024 * 1024)
            check();
        if (id == SummaryPage) {
            mSummary->setText(resultText());
            setOption(QWizard::NoCancelButton, true); // what is imported stays imported
        }
    });
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("File"));
    page->setSubTitle(tr("Choose the CSV file and what it holds."));
    mFile = new QLineEdit;
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mFile);
    fileRow->addWidget(browse);
    mKind = new QComboBox;
    mKind->addItem(tr("Tickets"), int(RecordKind::Ticket));
    mKind->addItem(tr("Outages"), int(RecordKind::Outage));
    mKind->addItem(tr("Satisfaction surveys"), int(RecordKind::Survey));
    connect(mKind, &QComboBox::currentIndexChanged, this, &ImportWizard::updateMappingWidgets);
    auto *form = new QFormLayout(page);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(mFile); // a layout as the field: named, or the label shows its "&"
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Contents:"), mKind);
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Mapping"));
    page->setSubTitle(tr("Choose how the file's columns become fields."));
    mUsePreset = new QRadioButton(tr("&ServiceNow incident log"));
    mUseFile = new QRadioButton(tr("Mapping &file:"));
    mUseProfile = new QRadioButton(tr("Saved &profile:"));
    mUseFile->setChecked(true);
    mMappingFile = new QLineEdit;
    mMappingFile->setPlaceholderText(tr("none: columns named like the fields"));
    auto *browse = new QPushButton(tr("B&rowse…"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseMapping);
    auto *save = new QPushButton(tr("Save as P&rofile…"));
    connect(save, &QPushButton::clicked, this, &ImportWizard::saveAsProfile);
    mProfiles = new QComboBox;
    mProfiles->addItems(profileNames());

    auto *grid = new QFormLayout;
    grid->addRow(mUsePreset);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mMappingFile);
    fileRow->addWidget(browse);
    fileRow->addWidget(save);
    grid->addRow(mUseFile, fileRow);
    grid->addRow(mUseProfile, mProfiles);
    for (QRadioButton *button : {mUsePreset, mUseFile, mUseProfile})
        connect(button, &QRadioButton::toggled, this, &ImportWizard::updateMappingWidgets);

    // The workspace's own customers and services, for files that do not name them or name
    // them otherwise: every row gets the one chosen.
    mCustomer = new QComboBox;
    mCustomer->setObjectName(u"fixedCustomer"_s);
    mCustomer->addItem(tr("As the file says"), QString());
    mService = new QComboBox;
    mService->setObjectName(u"fixedService"_s);
    mService->addItem(tr("As the file says"), QString());
    const Workspace workspace(mDb);
    for (const Party &party : orEmpty(workspace.parties()))
        mCustomer->addItem(tr("Always %1").arg(party.name), party.name);
    for (const Service &service : orEmpty(workspace.services()))
        mService->addItem(tr("Always %1 (%2)").arg(service.code, service.name), service.code);
    for (QComboBox *box : {mCustomer, mService})
        box->setToolTip(tr("A file that does not name the workspace's customer or service "
                           "imports tickets nothing measures: choose the one every row is for"));
    grid->addRow(tr("C&ustomer:"), mCustomer);
    grid->addRow(tr("Ser&vice:"), mService);

    mPreviewError = new QLabel;
    mPreviewError->setWordWrap(true);
    mPreviewView = new QTableView;
    mPreviewView->setModel(mPreview);
    mPreviewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(grid);
    layout->addWidget(new QLabel(tr("Preview of the first %n row(s):", nullptr, kPreviewRows)));
    layout->addWidget(mPreviewView, 1);
    layout->addWidget(mPreviewError);
    updateMappingWidgets();
    return page;
}

QWizardPage *ImportWizard::createRunPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("Records are updated by their key, never duplicated. A ticket is known "
                         "by its source and its id: another system's tickets with the same ids "
                         "stay apart. File ▸ Import History… rolls an import back."));
    mSource = new QLineEdit;
    mSource->setObjectName(u"source"_s);
    mSource->setMaxLength(64);
    mSource->setToolTip(tr("Which system the tickets come from, e.g. servicenow-prod: letters, "
                           "digits, '.', '_' or '-'"));
    mSkipBad = new QCheckBox(tr("S&kip bad rows and import the good ones"));
    connect(mSkipBad, &QCheckBox::toggled, this, [this] { mCheck->clear(); });
    auto *checkButton = newNamed<QPushButton>(u"checkImport"_s, tr("&Check"));
    checkButton->setToolTip(tr("Count what the import would add, change and leave unmeasured, "
                               "without storing anything"));
    connect(checkButton, &QPushButton::clicked, this, &ImportWizard::check);
    mCheck = new QLabel;
    mCheck->setObjectName(u"checkResult"_s);
    mCheck->setWordWrap(true);
    mCheck->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mResult = new QPlainTextEdit;
    mResult->setReadOnly(true);
    mResult->hide(); // shown when an import fails, with why
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->addRow(tr("S&ource:"), mSource);
    layout->addLayout(form);
    layout->addWidget(mSkipBad);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(checkButton, 0, Qt::AlignTop);
    checkRow->addWidget(mCheck, 1);
    layout->addLayout(checkRow);
    layout->addWidget(mResult, 1);
    layout->addStretch();
    // One button imports: the wizard's own, named for it; once imported there is no going back.
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    page->setCommitPage(true);
    return page;
}

QWizardPage *ImportWizard::createSummaryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Imported"));
    page->setSubTitle(tr("The import is stored as one batch."));
    page->setButtonText(QWizard::FinishButton, tr("&Close"));
    mSummary = new QLabel;
    mSummary->setObjectName(u"summary"_s);
    mSummary->setWordWrap(true);
    mSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(mSummary, 1);
    return page;
}

Result<ImportMapping> ImportWizard::currentMapping() const
{
    const RecordKind recordKind = kind();
    const QString mappingPath = currentMappingPath();
    Result<ImportMapping> mapping = mappingPath.isEmpty()
                                        ? Result<ImportMapping>(ImportMapping(recordKind))
                                        : ImportMapping::readFile(mappingPath, recordKind);
    if (!mapping)
        return mapping;
    if (const QString customer = mCustomer->currentData().toString(); !customer.isEmpty())
        mapping->setConstant(u"customer"_s, customer);
    if (const QString service = mService->currentData().toString(); !service.isEmpty())
        mapping->setConstant(u"service"_s, service);
    return mapping;
}

void ImportWizard::setFixedCustomer(const QString &name)
{
    mCustomer->setCurrentIndex(std::max(0, mCustomer->findData(name)));
}

void ImportWizard::setFixedService(const QString &code)
{
    mService->setCurrentIndex(std::max(0, mService->findData(code)));
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == RunPage)
        return runImport();
    return QWizard::validateCurrentPage();
}

// The options both a check and an import run with, reporting to `progress` and stopped by it.
ImportOptions ImportWizard::importOptions(QProgressDialog &progress) const
{
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    ImportOptions options;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
    };
    options.cancelled = [&progress] { return progress.wasCanceled(); };
    options.source = source().isEmpty() ? proposedSource() : source();
    options.userName = mUserName;
    if (mUsePreset->isChecked() && kind() == RecordKind::Ticket)
        options.preset = TicketReader::Preset::ServiceNow;
    return options;
}

bool ImportWizard::check()
{
    const RecordKind recordKind = kind();
    Result<ImportMapping> mapping = currentMapping();
    if (!mapping) {
        mCheck->setText(mapping.errorString());
        return false;
    }
    QProgressDialog progress(tr("Checking %1…").arg(QFileInfo(filePath()).fileName()), tr("Cancel"),
                             0, 1000, this);
    ImportOptions options = importOptions(progress);
    if (mSkipBad->isChecked())
        options.rejectsPath = u"rejects.csv"_s; // skip bad rows; the dry run writes no file
    auto preview = MeasurementImporter::dryRun(mDb, recordKind, filePath(), *mapping, options);
    progress.reset();
    if (!preview) {
        mCheck->setText(tr("The file cannot be imported as it is: %1")
                            .arg(preview.errorString().section(u'\n', 0, 2)));
        return false;
    }
    const ImportReport &r = preview->report;
    const QLocale locale;
    QString text = tr("The import would add %1, update %2 and leave %3 unchanged.")
                       .arg(locale.toString(r.inserted), locale.toString(r.updated),
                            locale.toString(r.unchanged));
    if (r.rejected > 0)
        text += u' ' + tr("%n bad row(s) would be skipped.", nullptr, int(r.rejected));
    if (preview->unmatched > 0)
        text += u' '
                + tr("%n ticket(s) name a customer and service that no target of the "
                     "workspace names: nothing would measure them.",
                     nullptr, int(preview->unmatched));
    mCheck->setText(text);
    return true;
}

QString ImportWizard::checkText() const
{
    return mCheck->text();
}

void ImportWizard::setSource(const QString &source)
{
    mSource->setText(source);
    mSource->setModified(true);
}

QString ImportWizard::source() const
{
    return mSource->text().trimmed();
}

// The preset's name, the profile's or the mapping file's, made a valid source name.
QString ImportWizard::proposedSource() const
{
    QString name = mUsePreset->isChecked()    ? u"servicenow"_s
                   : mUseProfile->isChecked() ? mProfiles->currentText()
                   : !mMappingFile->text().isEmpty()
                       ? QFileInfo(mMappingFile->text()).completeBaseName()
                       : u"csv"_s;
    name = name.toLower();
    static const QRegularExpression invalid(u"[^a-z0-9._-]+"_s);
    name.replace(invalid, u"-"_s);
    name = name.left(64);
    return MeasurementImporter::sourceProblem(name).isEmpty() ? name : u"csv"_s;
}

void ImportWizard::setFilePath(const QString &path)
{
    mFile->setText(path);
}

QString ImportWizard::filePath() const
{
    return mFile->text();
}

void ImportWizard::setKind(RecordKind kind)
{
    mKind->setCurrentIndex(mKind->findData(int(kind)));
}

RecordKind ImportWizard::kind() const
{
    return RecordKind(mKind->currentData().toInt());
}

void ImportWizard::setMappingSource(MappingSource source)
{
    (source == MappingSource::ServiceNow ? mUsePreset
     : source == MappingSource::File     ? mUseFile
                                         : mUseProfile)
        ->setChecked(true);
}

void ImportWizard::setMappingPath(const QString &path)
{
    mMappingFile->setText(path);
}

void ImportWizard::setSkipBadRows(bool skip)
{
    mSkipBad->setChecked(skip);
}

void ImportWizard::updateMappingWidgets()
{
    // The preset folds ServiceNow's ticket log; it has no meaning for outages or surveys.
    const bool tickets = kind() == RecordKind::Ticket;
    mUsePreset->setEnabled(tickets);
    if (!tickets && mUsePreset->isChecked())
        mUseFile->setChecked(true);
    mMappingFile->setEnabled(mUseFile->isChecked() || mUsePreset->isChecked());
    mUseProfile->setEnabled(mProfiles->count() > 0);
    mProfiles->setEnabled(mUseProfile->isChecked());
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Measurements"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        mFile->setText(path);
}

void ImportWizard::chooseMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Mapping"), {},
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        mMappingFile->setText(path);
        mUseFile->setChecked(true);
    }
}

void ImportWizard::saveAsProfile()
{
    const QString path = mMappingFile->text();
    if (path.isEmpty())
        return;
    const QString name = QInputDialog::getText(this, tr("Save as Profile"), tr("Profile name:"),
                                               QLineEdit::Normal, QFileInfo(path).baseName());
    if (name.trimmed().isEmpty())
        return;
    saveProfile(name.trimmed(), QFileInfo(path).absoluteFilePath());
    mProfiles->clear();
    mProfiles->addItems(profileNames());
    mProfiles->setCurrentText(name.trimmed());
    updateMappingWidgets();
}

QStringList ImportWizard::profileNames()
{
    QSettings settings;
    settings.beginGroup(kProfilesGroup);
    return settings.childKeys();
}

QString ImportWizard::profilePath(const QString &name)
{
    QSettings settings;
    settings.beginGroup(kProfilesGroup);
    return settings.value(name).toString();
}

void ImportWizard::saveProfile(const QString &name, const QString &path)
{
    QSettings settings;
    settings.beginGroup(kProfilesGroup);
    settings.setValue(name, path);
}

QString ImportWizard::currentMappingPath() const
{
    if (mUseProfile->isChecked())
        return profilePath(mProfiles->currentText());
    return mMappingFile->text();
}

void ImportWizard::loadPreview()
{
    mPreview->clear();
    mPreviewError->clear();
    CsvReader reader;
    if (auto opened = reader.open(filePath()); !opened) {
        mPreviewError->setText(opened.errorString());
        return;
    }
    if (!reader.next()) {
        mPreviewError->setText(reader.error() ? reader.error()->message
                                              : tr("The file is empty, not even a header."));
        return;
    }
    QStringList header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        header.append(QString::fromUtf8(reader.field(i)));
    mPreview->setColumnCount(int(header.size()));
    mPreview->setHorizontalHeaderLabels(header);
    QStringList lines;
    while (mPreview->rowCount() < kPreviewRows && reader.next()) {
        QList<QStandardItem *> row;
        for (qsizetype i = 0; i < header.size(); ++i) {
            row.append(new QStandardItem(
                i < reader.fieldCount() ? QString::fromUtf8(reader.field(i)) : QString()));
        }
        mPreview->appendRow(row);
        lines.append(QString::number(reader.line()));
    }
    mPreview->setVerticalHeaderLabels(lines);
    if (reader.error())
        mPreviewError->setText(reader.error()->message);
}

bool ImportWizard::runImport()
{
    mReport.reset();
    mError.clear();
    const RecordKind recordKind = kind();
    Result<ImportMapping> mapping = currentMapping();
    if (!mapping) {
        mError = mapping.errorString();
        mResult->setPlainText(resultText());
        mResult->show();
        return false;
    }

    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(filePath()).fileName()),
                             tr("Cancel"), 0, 1000, this);
    ImportOptions options = importOptions(progress);
    // The importer writes the bad rows to a file; the wizard shows them from the report.
    QTemporaryDir rejects;
    if (mSkipBad->isChecked())
        options.rejectsPath = rejects.filePath(u"rejects.csv"_s);
    auto report = MeasurementImporter::importFile(mDb, recordKind, filePath(), *mapping, options);
    progress.reset();
    if (!report) {
        mError = report.errorString();
        mResult->setPlainText(resultText());
        mResult->show();
        return false;
    }
    mReport = *report;
    if (recordKind == RecordKind::Ticket || recordKind == RecordKind::Outage) {
        auto evaluated = Evaluator::evaluate(mDb, QDateTime::currentSecsSinceEpoch());
        if (!evaluated)
            mError =
                tr("The records were imported but not evaluated: %1").arg(evaluated.errorString());
    }
    mResult->setPlainText(resultText());
    emit imported();
    return true;
}

QString ImportWizard::resultText() const
{
    if (!mReport)
        return mError;
    QStringList text;
    text.append(tr("Imported %n record(s) as batch %1: %2 new, %3 updated, %4 unchanged.", nullptr,
                   int(mReport->records))
                    .arg(mReport->batchId)
                    .arg(mReport->inserted)
                    .arg(mReport->updated)
                    .arg(mReport->unchanged)
                + u' ' + tr("%n bad row(s) skipped.", nullptr, int(mReport->rejected)));
    text.append(tr("File ▸ Import History… rolls the batch back."));
    const auto shown = mReport->problems.mid(0, kShownProblems);
    for (const RowProblem &problem : shown) {
        text.append(
            problem.field.isEmpty()
                ? tr("line %1: %2").arg(problem.line).arg(problem.reason)
                : tr("line %1: %2: %3").arg(problem.line).arg(problem.field, problem.reason));
    }
    if (!mError.isEmpty())
        text.append(mError);
    return text.join(u'\n');
}

} // namespace Accordo
