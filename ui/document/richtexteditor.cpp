#include "richtexteditor.h"
#include "widgets/namedwidget.h"

#include "document/placeholders.h"
#include "widgets/icons.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

RichTextEditor::RichTextEditor(QWidget *parent) : QWidget(parent)
{
    mEdit = newNamed<QTextEdit>(u"richText"_s, this);
    mEdit->setAcceptRichText(true);
    mEdit->setTabChangesFocus(true);
    mTools = newNamed<QToolBar>(u"richTextTools"_s, this);
    mTools->setIconSize(QSize(16, 16));
    mTools->setToolButtonStyle(Qt::ToolButtonIconOnly);

    mBold = mTools->addAction(
        Icons::action(u"format-text-bold"_s), QString(), this,
        [this](bool on) { mEdit->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    mBold->setShortcut(QKeySequence::Bold);
    mItalic = mTools->addAction(Icons::action(u"format-text-italic"_s), QString(), this,
                                [this](bool on) { mEdit->setFontItalic(on); });
    mItalic->setShortcut(QKeySequence::Italic);
    for (QAction *action : {mBold, mItalic})
        action->setCheckable(true);
    mTools->addSeparator();
    mBullets = mTools->addAction(Icons::action(u"format-list-unordered"_s), QString(), this,
                                 [this] { toggleList(QTextListFormat::ListDisc); });
    mNumbers = mTools->addAction(Icons::action(u"format-list-ordered"_s), QString(), this,
                                 [this] { toggleList(QTextListFormat::ListDecimal); });
    mBullets->setCheckable(true);
    mNumbers->setCheckable(true);
    mTable = mTools->addAction(Icons::action(u"insert-table"_s), QString(), this,
                               &RichTextEditor::insertTable);
    mTools->addSeparator();
    mUndo = mTools->addAction(Icons::action(u"edit-undo"_s), QString(), mEdit, &QTextEdit::undo);
    mRedo = mTools->addAction(Icons::action(u"edit-redo"_s), QString(), mEdit, &QTextEdit::redo);
    mUndo->setEnabled(false);
    mRedo->setEnabled(false);
    connect(mEdit, &QTextEdit::undoAvailable, mUndo, &QAction::setEnabled);
    connect(mEdit, &QTextEdit::redoAvailable, mRedo, &QAction::setEnabled);
    mTools->addSeparator();

    mPlaceholders = newNamed<QMenu>(u"placeholderMenu"_s, this);
    for (const QString &name : Placeholders::names()) {
        QAction *insert = mPlaceholders->addAction(u"{{%1}}"_s.arg(name), this,
                                                   [this, name] { insertPlaceholder(name); });
        insert->setData(name);
    }
    mPlaceholderAction = mTools->addAction(Icons::action(u"insert-text"_s), QString());
    mPlaceholderAction->setMenu(mPlaceholders);
    if (auto *button = qobject_cast<QToolButton *>(mTools->widgetForAction(mPlaceholderAction))) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(u"placeholderButton"_s);
    }

    connect(mEdit, &QTextEdit::currentCharFormatChanged, this,
            &RichTextEditor::updateFormatActions);
    connect(mEdit, &QTextEdit::cursorPositionChanged, this, &RichTextEditor::updateFormatActions);
    connect(mEdit, &QTextEdit::textChanged, this, &RichTextEditor::textChanged);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(2);
    layout->addWidget(mTools);
    layout->addWidget(mEdit);
    retranslate();
}

void RichTextEditor::retranslate()
{
    mBold->setText(tr("Bold"));
    mItalic->setText(tr("Italic"));
    mBullets->setText(tr("Bulleted List"));
    mNumbers->setText(tr("Numbered List"));
    mTable->setText(tr("Insert Table"));
    mUndo->setText(tr("Undo"));
    mRedo->setText(tr("Redo"));
    mPlaceholderAction->setText(tr("Placeholder"));
    mPlaceholderAction->setToolTip(tr("Insert a placeholder that the document fills from the "
                                      "agreement"));
}

void RichTextEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RichTextEditor::setHtml(const QString &html)
{
    const QSignalBlocker blocker(mEdit);
    mEdit->setHtml(html);
    mEdit->document()->clearUndoRedoStacks();
    mEdit->document()->setModified(false);
    mUndo->setEnabled(false);
    mRedo->setEnabled(false);
    updateFormatActions();
}

QString RichTextEditor::html() const
{
    // An editor left empty still holds an empty paragraph: that is no text.
    const QString html = bodyHtml(*mEdit->document());
    if (mEdit->toPlainText().trimmed().isEmpty() && !html.contains(u"<table"_s))
        return {};
    return html;
}

bool RichTextEditor::isModified() const
{
    return mEdit->document()->isModified();
}

void RichTextEditor::setModified(bool modified)
{
    mEdit->document()->setModified(modified);
}

void RichTextEditor::setReadOnly(bool readOnly)
{
    mEdit->setReadOnly(readOnly);
    mTools->setEnabled(!readOnly);
}

void RichTextEditor::insertPlaceholder(const QString &name)
{
    if (mEdit->isReadOnly())
        return;
    mEdit->textCursor().insertText(u"{{%1}}"_s.arg(name));
    mEdit->setFocus();
}

QString RichTextEditor::bodyHtml(const QTextDocument &document)
{
    // QTextDocument writes a whole page, its font included; a clause is a fragment that the
    // document it ends up in gives its own font.
    const QString page = document.toHtml();
    static const QRegularExpression body(u"<body[^>]*>(.*)</body>"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    const auto match = body.match(page);
    return (match.hasMatch() ? match.captured(1) : page).trimmed();
}

void RichTextEditor::updateFormatActions()
{
    const QTextCharFormat format = mEdit->currentCharFormat();
    mBold->setChecked(format.fontWeight() >= QFont::Bold);
    mItalic->setChecked(format.fontItalic());
    const QTextList *list = mEdit->textCursor().currentList();
    mBullets->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    mNumbers->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
}

void RichTextEditor::toggleList(int style)
{
    QTextCursor cursor = mEdit->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // The same list again: back to plain paragraphs.
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        list->remove(cursor.block());
        cursor.setBlockFormat(plain);
    } else {
        QTextListFormat format;
        format.setStyle(QTextListFormat::Style(style));
        cursor.createList(format);
    }
    cursor.endEditBlock();
    updateFormatActions();
}

void RichTextEditor::insertTable()
{
    QTextTableFormat format;
    format.setBorder(1);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorderCollapse(true);
    mEdit->textCursor().insertTable(2, 2, format);
}

} // namespace Accordo
