#pragma once

#include "document/clausetypes.h"
#include "result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace Accordo {

class RichTextEditor;

/// A library clause's key and, in English and in Italian, its title and rich text. Checks the
/// clause as the store does (an unknown placeholder is refused with its name) and saves it
/// through the callback it is given, staying open with the reason when either refuses.
class ClauseDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Result<void>(const LibraryClause &)>;

    ClauseDialog(Save save, QWidget *parent = nullptr);

    void setClause(const LibraryClause &clause);
    LibraryClause clause() const;
    void accept() override;
    /// Shows the clause without letting it change: only Close.
    void setReadOnly(bool readOnly);

    QLineEdit *keyEdit() const { return mKey; }
    QLineEdit *titleEdit(const QString &language) const;
    RichTextEditor *bodyEdit(const QString &language) const;
    QLabel *errorLabel() const { return mError; }

private:
    Save mSave;
    LibraryClause mOriginal;
    QLineEdit *mKey;
    QTabWidget *mLanguages;
    QList<QLineEdit *> mTitles;                     // English, Italian
    QList<RichTextEditor *> mBodies;                // English, Italian
    QStringList mShownBodies{QString(), QString()}; // as the editors showed them at first
    QLabel *mError;
    QDialogButtonBox *mButtons;
    bool mReadOnly = false;
};

} // namespace Accordo
