#include "partyimportdialog.h"
#include "widgets/namedwidget.h"

#include "crm/partyimportfile.h"
#include "models/partyimportmodel.h"
#include "session/workspacesession.h"
#include "widgets/windowgeometry.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Imports of more customers than this show their progress.
constexpr int ProgressFrom = 50;

} // namespace

PartyImportDialog::PartyImportDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent), mSession(session)
{
    setWindowTitle(tr("Import Customers"));
    mFile = newNamed<QLineEdit>(u"file"_s, this);
    mFile->setPlaceholderText(tr("a CSV export of the CRM, or a vCard file of contacts"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Customers"), mFile->text(),
            tr("CRM exports (*.csv *.vcf *.vcard);;All files (*)"));
        if (!path.isEmpty())
            setFile(path, mMapping->text());
    });
    mMapping = newNamed<QLineEdit>(u"mapping"_s, this);
    mMapping->setPlaceholderText(tr("optional: a JSON file naming the CSV's columns"));
    auto *browseMapping = new QPushButton(tr("B&rowse…"), this);
    connect(browseMapping, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Column Mapping"), mMapping->text(), tr("Mappings (*.json);;All files (*)"));
        if (!path.isEmpty())
            setFile(mFile->text(), path);
    });
    connect(mFile, &QLineEdit::editingFinished, this, &PartyImportDialog::preview);
    connect(mMapping, &QLineEdit::editingFinished, this, &PartyImportDialog::preview);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mFile, 1);
    fileRow->addWidget(browse);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(mMapping, 1);
    mappingRow->addWidget(browseMapping);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(mFile);
    form->addRow(fileLabel, fileRow);
    auto *mappingLabel = new QLabel(tr("&Mapping:"), this);
    mappingLabel->setBuddy(mMapping);
    form->addRow(mappingLabel, mappingRow);

    mPrefer = new QCheckBox(tr("&Prefer the file's values where they conflict with changes "
                               "made in Accordo"),
                            this);
    mPrefer->setObjectName(u"prefer"_s);
    connect(mPrefer, &QCheckBox::toggled, this, &PartyImportDialog::preview);

    mModel = new PartyImportModel(this);
    mView = newNamed<QTableView>(u"preview"_s, this);
    mView->setModel(mModel);
    mView->verticalHeader()->hide();
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->setWordWrap(false);

    mSummary = newNamed<QLabel>(u"summary"_s, tr("Choose a file to see what it changes."), this);
    mSummary->setWordWrap(true);
    mError = newNamed<QLabel>(u"error"_s, this);
    mError->setWordWrap(true);
    mError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mError->setStyleSheet(u"color: #b00020"_s);
    mError->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mImport = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    mImport->setObjectName(u"import"_s);
    mImport->setEnabled(false);
    connect(mImport, &QPushButton::clicked, this, &PartyImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mPrefer);
    layout->addWidget(mView, 1);
    layout->addWidget(mSummary);
    layout->addWidget(mError);
    layout->addWidget(buttons);
    resize(820, 480);
    WindowGeometry::remember(this, u"partyImportDialog"_s);
}

// QWidget's destructor takes the focus from the fields, whose editingFinished would then call
// preview() on a dialog already half destroyed.
PartyImportDialog::~PartyImportDialog()
{
    mFile->disconnect(this);
    mMapping->disconnect(this);
}

void PartyImportDialog::setFile(const QString &path, const QString &mappingPath)
{
    mFile->setText(path);
    mMapping->setText(mappingPath);
    preview();
}

QString PartyImportDialog::errorText() const
{
    return mError->isHidden() ? QString() : mError->text();
}

void PartyImportDialog::showError(const QString &message)
{
    mError->setText(message);
    mError->setVisible(!message.isEmpty());
}

void PartyImportDialog::preview()
{
    mPlan.reset();
    mModel->clear();
    mImport->setEnabled(false);
    showError({});
    const QString path = mFile->text().trimmed();
    if (path.isEmpty()) {
        mSummary->setText(tr("Choose a file to see what it changes."));
        return;
    }
    auto parties = PartyImportFile::read(path, mMapping->text().trimmed());
    auto plan = parties ? PartyImport(mSession.workspace()).plan(*parties, mPrefer->isChecked())
                        : Result<PartyImportPlan>(parties.error());
    if (!plan) {
        mSummary->setText(tr("Nothing can be imported until the file is corrected."));
        showError(plan.errorString());
        return;
    }
    mPlan = *plan;
    mModel->setPlan(*plan);
    mView->resizeColumnsToContents();
    const QString conflicts =
        plan->conflicts.isEmpty() ? QString()
        : plan->preferImport
            ? tr("%n conflict(s): the file's value is taken.", nullptr, int(plan->conflicts.size()))
            : tr("%n conflict(s): Accordo's value is kept.", nullptr, int(plan->conflicts.size()));
    mSummary->setText(tr("%1 to create, %2 to update, %3 unchanged. %4")
                          .arg(plan->created)
                          .arg(plan->updated)
                          .arg(plan->unchanged)
                          .arg(conflicts)
                          .trimmed());
    mImport->setEnabled(!plan->changes.isEmpty());
}

void PartyImportDialog::import()
{
    if (!mPlan)
        return;
    const int total = int(mPlan->changes.size());
    std::unique_ptr<QProgressDialog> progress;
    if (total > ProgressFrom) {
        progress = std::make_unique<QProgressDialog>(tr("Importing customers…"), QString(), 0,
                                                     total, this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    const auto written = PartyImport(mSession.workspace()).apply(*mPlan, [&](int done, int) {
        if (progress)
            progress->setValue(done);
    });
    progress.reset();
    if (!written) {
        showError(written.errorString());
        return;
    }
    mSession.notifyChanged(WorkspaceSession::Table::Parties);
    emit imported();
    accept();
}

} // namespace Accordo
