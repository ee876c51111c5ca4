#pragma once

#include "document/clausetypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Accordo {

class WorkspaceSession;

/// The document template of each agreement kind: its sections in order and the library
/// clauses each holds, edited in place (sections and clauses added, removed and moved) and
/// stored as a whole through ClauseStore.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(WorkspaceSession &session, QWidget *parent = nullptr);

    /// Reads the library and the template of the kind shown, dropping unsaved changes.
    void reload();
    void setEditable(bool editable);
    void setKind(AgreementKind kind);
    AgreementKind kind() const;
    /// The template as edited.
    const DocumentTemplate &edited() const { return mTemplate; }
    bool isModified() const { return mModified; }

    /// Adds the library clause `clauseKey` to the selected section, after the selected clause.
    bool addClause(const QString &clauseKey);
    /// Adds a section after the selected one.
    bool addSection(const TemplateSection &section);
    void removeSelected();
    void moveSelected(int by);
    /// Stores the template; false with the reason shown when the store refuses it.
    bool save();

    QTreeWidget *tree() const { return mTree; }
    QLabel *errorLabel() const { return mError; }

private:
    void showTemplate();
    void updateControls();
    void chooseClause();
    void chooseSection();
    void kindChosen();
    void select(int section, int clause);
    // The selected section's index and the selected clause's (-1 for a section row).
    std::pair<int, int> selection() const;
    void changed();
    void showError(const QString &message);

    WorkspaceSession &mSession;
    DocumentTemplate mTemplate;
    QList<LibraryClause> mLibrary;
    bool mModified = false;
    bool mEditable = true;
    AgreementKind mShownKind = AgreementKind::CustomerSla;

    QComboBox *mKind;
    QTreeWidget *mTree;
    QPushButton *mAddSection;
    QPushButton *mAddClause;
    QPushButton *mRemove;
    QPushButton *mMoveUp;
    QPushButton *mMoveDown;
    QPushButton *mSave;
    QPushButton *mRevert;
    QLabel *mError;
};

} // namespace Accordo
