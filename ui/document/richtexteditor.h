#pragma once

#include <QWidget>

class QAction;
class QMenu;
class QTextDocument;
class QTextEdit;
class QToolBar;

namespace Accordo {

/// A clause's rich text as the user writes it: bold, italic, lists and tables, undo and redo,
/// and a menu of the {{placeholders}} a clause may hold, inserted at the cursor.
class RichTextEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RichTextEditor(QWidget *parent = nullptr);

    /// Shows `html` with an empty undo history and no modification.
    void setHtml(const QString &html);
    /// The text as the HTML fragment a clause stores: what is inside <body>, without the
    /// document-wide style QTextEdit writes around it.
    QString html() const;
    bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);

    QTextEdit *textEdit() const { return mEdit; }
    QToolBar *toolBar() const { return mTools; }
    QMenu *placeholderMenu() const { return mPlaceholders; }
    /// Inserts "{{name}}" at the cursor.
    void insertPlaceholder(const QString &name);

    /// The inside of the <body> element of `document`'s HTML.
    static QString bodyHtml(const QTextDocument &document);

signals:
    void textChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFormatActions();
    void toggleList(int style);
    void insertTable();

    QTextEdit *mEdit;
    QToolBar *mTools;
    QMenu *mPlaceholders;
    QAction *mBold;
    QAction *mItalic;
    QAction *mBullets;
    QAction *mNumbers;
    QAction *mTable;
    QAction *mUndo;
    QAction *mRedo;
    QAction *mPlaceholderAction;
};

} // namespace Accordo
