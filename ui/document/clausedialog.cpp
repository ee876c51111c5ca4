#include "clausedialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/clausestore.h"
#include "document/richtexteditor.h"
#include "widgets/errorlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

int languageIndex(const QString &language)
{
    return language == u"it"_s ? 1 : 0;
}

} // namespace

ClauseDialog::ClauseDialog(Save save, QWidget *parent) : QDialog(parent), mSave(std::move(save))
{
    setWindowTitle(tr("New Clause"));
    mKey = newNamed<QLineEdit>(u"clauseKey"_s, this);
    mKey->setPlaceholderText(tr("e.g. escalation.contacts"));
    mLanguages = new QTabWidget(this);
    for (const QString &language : {u"en"_s, u"it"_s}) {
        auto *page = new QWidget(mLanguages);
        auto *title = newNamed<QLineEdit>(u"clauseTitle_"_s + language, page);
        auto *body = newNamed<RichTextEditor>(u"clauseBody_"_s + language, page);
        newForm({{tr("&Title:"), title}, {tr("Te&xt:"), body}}, page); // lays the page out
        mTitles.append(title);
        mBodies.append(body);
        mLanguages->addTab(page, language == u"en"_s ? tr("&English") : tr("&Italian"));
    }
    mError = newErrorLabel(this, u"clauseError"_s);
    auto *buttons = mButtons = newDialogButtons(this,
                                                QDialogButtonBox::Save | QDialogButtonBox::Cancel);

    auto *keyRow = new QFormLayout;
    keyRow->addRow(tr("&Key:"), mKey);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(keyRow);
    layout->addWidget(mLanguages, 1);
    layout->addWidget(mError);
    layout->addWidget(buttons);
    resize(720, 520);
}

void ClauseDialog::setClause(const LibraryClause &clause)
{
    mOriginal = clause;
    setWindowTitle(clause.id ? tr("Clause %1").arg(clause.key) : tr("New Clause"));
    mKey->setText(clause.key);
    for (const QString &language : {u"en"_s, u"it"_s}) {
        mTitles.at(languageIndex(language))->setText(clause.title.in(language));
        mBodies.at(languageIndex(language))->setHtml(clause.body.in(language));
        mShownBodies[languageIndex(language)] = mBodies.at(languageIndex(language))->html();
    }
}

LibraryClause ClauseDialog::clause() const
{
    LibraryClause c = mOriginal;
    c.key = mKey->text().trimmed();
    for (const QString &language : {u"en"_s, u"it"_s}) {
        const int i = languageIndex(language);
        c.title.set(language, mTitles.at(i)->text().trimmed());
        // An untouched text is stored as it was, not as QTextEdit rewrites it.
        const QString html = mBodies.at(i)->html();
        c.body.set(language, html != mShownBodies.at(i) ? html : mOriginal.body.in(language));
    }
    return c;
}

QLineEdit *ClauseDialog::titleEdit(const QString &language) const
{
    return mTitles.at(languageIndex(language));
}

RichTextEditor *ClauseDialog::bodyEdit(const QString &language) const
{
    return mBodies.at(languageIndex(language));
}

void ClauseDialog::setReadOnly(bool readOnly)
{
    mReadOnly = readOnly;
    mKey->setReadOnly(readOnly);
    for (QLineEdit *title : std::as_const(mTitles))
        title->setReadOnly(readOnly);
    for (RichTextEditor *body : std::as_const(mBodies))
        body->setReadOnly(readOnly);
    mButtons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                          : QDialogButtonBox::Save | QDialogButtonBox::Cancel);
}

void ClauseDialog::accept()
{
    if (mReadOnly)
        return reject();
    const LibraryClause c = clause();
    Result<void> result = ClauseStore::validate(c);
    if (result && mSave)
        result = mSave(c);
    if (showFailure(mError, result))
        return;
    QDialog::accept();
}

} // namespace Accordo
