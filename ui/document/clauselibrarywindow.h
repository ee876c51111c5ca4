#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Accordo {

class ClauseDialog;
class ClauseLibraryModel;
class TemplateEditor;
class WorkspaceSession;
struct LibraryClause;

/// The workspace's clause library (Edit ▸ Clause Library…): the clauses in a sortable table
/// filtered as the user types, added, edited and deleted (after a confirmation) in both
/// languages; and the document template of each agreement kind. Users whose role may not
/// change the library see it with the editing controls disabled and a banner saying why.
class ClauseLibraryWindow : public QDialog
{
    Q_OBJECT

public:
    explicit ClauseLibraryWindow(WorkspaceSession &session, QWidget *parent = nullptr);

    /// Reads the library again.
    void reload();
    /// Why the user may not change the library; empty when they may.
    QString whyReadOnly() const;

    /// Opens the clause at `row` of the table (as sorted and filtered) for editing.
    void editClause(int row);
    /// Asks for confirmation, then deletes the clause at `row` of the table.
    void deleteClause(int row);
    void addClause();

    ClauseLibraryModel *model() const { return mModel; }
    QSortFilterProxyModel *proxy() const { return mProxy; }
    QTableView *table() const { return mTable; }
    QLineEdit *filter() const { return mFilter; }
    TemplateEditor *templates() const { return mTemplates; }
    QLabel *errorLabel() const { return mError; }

private:
    QWidget *createClausesPage();
    void updateControls();
    void showError(const QString &message);
    int selectedRow() const;
    void select(const QString &key);
    /// The clause at `row` of the table (as sorted and filtered), if there is one.
    std::optional<LibraryClause> clauseAt(int row) const;
    /// Runs `dialog`; once it saved, shows the library again with the clause it saved selected.
    void runClauseDialog(ClauseDialog &dialog);

    WorkspaceSession &mSession;
    ClauseLibraryModel *mModel;
    QSortFilterProxyModel *mProxy;
    QLabel *mBanner;
    QTabWidget *mTabs;
    QLineEdit *mFilter;
    QTableView *mTable;
    QPushButton *mAdd;
    QPushButton *mEdit;
    QPushButton *mDelete;
    QLabel *mError;
    TemplateEditor *mTemplates;
};

} // namespace Accordo
