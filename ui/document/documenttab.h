#pragma once

#include "document/clausetypes.h"
#include "document/documentmodel.h"
#include "domain/entities.h"
#include "report/documentrenderer.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace Accordo {

class DocumentOutline;
class RichTextEditor;
class WorkspaceSession;

/// The agreement version's document: its sections and clauses in order (added from the
/// library, removed, moved, sections marked as overriding the parents'), the selected
/// clause's text in a rich-text editor in English or Italian, and beside it a live preview of
/// the document as it is rendered. Every change is its own audited write through
/// DocumentStore; a frozen version, or a user whose role may not edit agreements, sees the
/// document with the editing controls disabled and a banner saying why.
class DocumentTab : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentTab(WorkspaceSession &session, QWidget *parent = nullptr);

    void setAgreement(const Agreement &agreement);

    /// Why the document may not change now; empty when it may.
    QString whyReadOnly() const;
    /// "en" or "it": the language edited and previewed.
    QString language() const;
    void setLanguage(const QString &language);

    /// Adds the library clause `clauseKey` after the selected clause (at the end of the
    /// selected section when a section is selected).
    bool addClause(const QString &clauseKey);
    /// Stores the editor's title and text as the selected clause's, in the current language.
    bool saveClause();
    /// Renders the preview now instead of after the pause that follows typing.
    void refreshPreview();

    DocumentOutline *outline() const { return mOutline; }
    RichTextEditor *editor() const { return mEditor; }
    QLineEdit *titleEdit() const { return mTitle; }
    QTextBrowser *preview() const { return mPreview; }
    QLabel *banner() const { return mBanner; }
    QLabel *errorLabel() const { return mError; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createOutlinePane();
    QWidget *createEditorPane();
    QWidget *createPreviewPane();
    void retranslate();
    void reload();
    void updateControls();
    void currentChanged();
    void loadEditor();
    /// Scrolls the preview to the heading of the clause titled `title`.
    void showInPreview(const QString &title);
    void languageChanged();
    void chooseClause();
    void removeClause();
    void moveClause(int by);
    void setOverridesParent(bool overrides);
    bool apply(const Result<void> &result);
    void showError(const QString &message);
    const VersionSection *section(const QString &key) const;
    Result<AgreementDocument> previewDocument();
    void printPreview();
    void exportDocument(DocumentRenderer::Format format);
    void compareWithVersion();

    WorkspaceSession &mSession;
    Agreement mAgreement;
    std::optional<VersionDocument> mDocument;
    // The clause in the editor, by its keys.
    QString mEditingSection;
    QString mEditingClause;
    QString mEditingLanguage;
    // The stored document as built, and the placeholder values, until the next write.
    std::optional<AgreementDocument> mBuilt;
    std::optional<QHash<QString, QString>> mValues;

    QLabel *mBanner;
    DocumentOutline *mOutline;
    QPushButton *mAddClause;
    QPushButton *mRemoveClause;
    QPushButton *mMoveUp;
    QPushButton *mMoveDown;
    QCheckBox *mOverrides;
    QLabel *mLanguageLabel;
    QComboBox *mLanguage;
    QLabel *mTitleLabel;
    QLineEdit *mTitle;
    RichTextEditor *mEditor;
    QPushButton *mSaveClause;
    QLabel *mError;
    QLabel *mPreviewNote;
    QTextBrowser *mPreview;
    QTimer *mPreviewTimer;
    QPushButton *mPrintPreview;
    QPushButton *mExportPdf;
    QPushButton *mExportOdt;
    QPushButton *mCompare;
};

} // namespace Accordo
