#include "clauselibrarywindow.h"
#include "session/outcome.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/clausestore.h"
#include "data/editroles.h"
#include "document/clausedialog.h"
#include "document/clauselibrarymodel.h"
#include "document/templateeditor.h"
#include "session/workspacesession.h"
#include "widgets/errorlabel.h"
#include "widgets/icons.h"
#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

ClauseLibraryWindow::ClauseLibraryWindow(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent), mSession(session)
{
    setWindowTitle(tr("Clause Library"));
    setWindowIcon(Icons::action(u"view-list-text"_s));
    mModel = new ClauseLibraryModel(this);
    mProxy = new QSortFilterProxyModel(this);
    mProxy->setSourceModel(mModel);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setFilterKeyColumn(-1); // any column: key, titles or placeholders
    mProxy->setSortLocaleAware(true);

    mBanner = newNamed<QLabel>(u"clauseLibraryBanner"_s, this);
    mBanner->setWordWrap(true);
    mBanner->setStyleSheet(u"background: #fff4ce; padding: 6px"_s);

    mTemplates = new TemplateEditor(session, this);
    mTabs = new QTabWidget(this);
    mTabs->addTab(createClausesPage(), tr("&Clauses"));
    mTabs->addTab(mTemplates, tr("&Templates"));

    auto *buttons = newDialogButtons(this, QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mBanner);
    layout->addWidget(mTabs, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    WindowGeometry::remember(this, u"clauseLibrary"_s);
    reload();
}

QWidget *ClauseLibraryWindow::createClausesPage()
{
    auto *page = new QWidget(this);
    mFilter = newNamed<QLineEdit>(u"clauseFilter"_s, page);
    mFilter->setClearButtonEnabled(true);
    mFilter->setPlaceholderText(tr("Filter by key, title or placeholder"));
    connect(mFilter, &QLineEdit::textChanged, mProxy, &QSortFilterProxyModel::setFilterFixedString);
    mTable = newNamed<QTableView>(u"clauseTable"_s, page);
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(ClauseLibraryModel::Key, Qt::AscendingOrder);
    showRowsReadOnly(mTable);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mTable->setWordWrap(false);
    connect(mTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { editClause(index.row()); });
    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClauseLibraryWindow::updateControls);

    mAdd = newNamed<QPushButton>(u"clauseAdd"_s, Icons::action(u"list-add"_s), tr("&Add…"), page);
    mEdit = newNamed<QPushButton>(u"clauseEdit"_s, Icons::action(u"document-edit"_s), tr("&Edit…"),
                                  page);
    mDelete = newNamed<QPushButton>(u"clauseDelete"_s, Icons::action(u"edit-delete"_s),
                                    tr("&Delete…"), page);
    connect(mAdd, &QPushButton::clicked, this, &ClauseLibraryWindow::addClause);
    connect(mEdit, &QPushButton::clicked, this, [this] { editClause(selectedRow()); });
    connect(mDelete, &QPushButton::clicked, this, [this] { deleteClause(selectedRow()); });
    mError = newErrorLabel(page, u"clauseLibraryError"_s);

    auto *side = new QVBoxLayout;
    side->addWidget(mAdd);
    side->addWidget(mEdit);
    side->addWidget(mDelete);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(mTable, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(mFilter);
    layout->addLayout(middle, 1);
    layout->addWidget(mError);
    return page;
}

QString ClauseLibraryWindow::whyReadOnly() const
{
    auto allowed = mSession.workspace().requireRole(EditRoles::clauseLibrary(),
                                                    tr("Changing the clause library"));
    return allowed ? QString() : allowed.errorString();
}

void ClauseLibraryWindow::reload()
{
    auto clauses = ClauseStore(mSession.workspace()).clauses();
    if (!clauses) {
        mModel->setClauses({});
        showError(clauses.errorString());
    } else {
        mModel->setClauses(*clauses);
    }
    mTable->resizeColumnsToContents();
    for (int column = 0; column < ClauseLibraryModel::Placeholders; ++column)
        mTable->setColumnWidth(column, qMin(mTable->columnWidth(column), 260));
    // A template being edited keeps its changes while clauses are added or deleted.
    if (!mTemplates->isModified())
        mTemplates->reload();
    updateControls();
}

void ClauseLibraryWindow::updateControls()
{
    const QString why = whyReadOnly();
    mBanner->setText(why);
    mBanner->setVisible(!why.isEmpty());
    mAdd->setEnabled(why.isEmpty());
    mEdit->setEnabled(selectedRow() >= 0);
    mEdit->setText(why.isEmpty() ? tr("&Edit…") : tr("&View…"));
    mDelete->setEnabled(why.isEmpty() && selectedRow() >= 0);
    mTemplates->setEditable(why.isEmpty());
}

int ClauseLibraryWindow::selectedRow() const
{
    const QModelIndexList rows = mTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ClauseLibraryWindow::select(const QString &key)
{
    const QModelIndex index = mProxy->mapFromSource(mModel->index(mModel->rowOf(key), 0));
    if (index.isValid()) {
        mTable->selectRow(index.row());
        mTable->scrollTo(index);
    }
}

void ClauseLibraryWindow::showError(const QString &message)
{
    showErrorText(mError, message);
}

void ClauseLibraryWindow::addClause()
{
    ClauseDialog dialog(
        [&](const LibraryClause &clause) -> Result<void> {
            auto id = ClauseStore(mSession.workspace()).addClause(clause);
            return outcomeOf(id);
        },
        this);
    dialog.setClause({});
    runClauseDialog(dialog);
}

std::optional<LibraryClause> ClauseLibraryWindow::clauseAt(int row) const
{
    if (row < 0 || row >= mProxy->rowCount())
        return std::nullopt;
    return mModel->clause(mProxy->mapToSource(mProxy->index(row, 0)).row());
}

void ClauseLibraryWindow::runClauseDialog(ClauseDialog &dialog)
{
    if (dialog.exec() != QDialog::Accepted)
        return;
    mError->hide();
    reload();
    select(dialog.clause().key);
}

void ClauseLibraryWindow::editClause(int row)
{
    const std::optional<LibraryClause> clause = clauseAt(row);
    if (!clause)
        return;
    const bool editable = whyReadOnly().isEmpty();
    ClauseDialog dialog(
        [this](const LibraryClause &changed) {
            return ClauseStore(mSession.workspace()).updateClause(changed);
        },
        this);
    dialog.setClause(*clause);
    dialog.setReadOnly(!editable);
    runClauseDialog(dialog);
}

void ClauseLibraryWindow::deleteClause(int row)
{
    const std::optional<LibraryClause> found = clauseAt(row);
    if (!found)
        return;
    const LibraryClause &clause = *found;
    const auto answer = QMessageBox::question(
        this, tr("Delete Clause"),
        tr("Delete the clause \"%1\" (%2) from the library?\n\nAgreement versions that hold it "
           "keep their own copy.")
            .arg(clause.title.en, clause.key),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = ClauseStore(mSession.workspace()).removeClause(clause.id); !removed)
        return showError(removed.errorString());
    mError->hide();
    reload();
}

} // namespace Accordo
