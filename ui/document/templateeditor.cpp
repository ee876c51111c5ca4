#include "templateeditor.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/clausestore.h"
#include "session/workspacesession.h"
#include "widgets/errorlabel.h"
#include "widgets/icons.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QPushButton *button(const QString &text, const QString &icon, const QString &name, QWidget *parent)
{
    auto *b = newNamed<QPushButton>(name, Icons::action(icon), text, parent);
    return b;
}

} // namespace

TemplateEditor::TemplateEditor(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    mKind = newNamed<QComboBox>(u"templateKind"_s, this);
    for (AgreementKind kind : Enums::all<AgreementKind>())
        mKind->addItem(Enums::displayName(kind), int(kind));
    connect(mKind, &QComboBox::currentIndexChanged, this, &TemplateEditor::kindChosen);
    mTree = newNamed<QTreeWidget>(u"templateSections"_s, this);
    mTree->setHeaderHidden(true);
    connect(mTree, &QTreeWidget::currentItemChanged, this, &TemplateEditor::updateControls);

    mAddSection = button(tr("Add &Section…"), u"list-add"_s, u"templateAddSection"_s, this);
    mAddClause = button(tr("Add &Clause…"), u"list-add"_s, u"templateAddClause"_s, this);
    mRemove = button(tr("&Remove"), u"list-remove"_s, u"templateRemove"_s, this);
    mMoveUp = button(tr("Move U&p"), u"go-up"_s, u"templateMoveUp"_s, this);
    mMoveDown = button(tr("Move Dow&n"), u"go-down"_s, u"templateMoveDown"_s, this);
    mSave = button(tr("Sa&ve Template"), u"document-save"_s, u"templateSave"_s, this);
    mRevert = button(tr("&Discard Changes"), u"document-revert"_s, u"templateRevert"_s, this);
    connect(mAddSection, &QPushButton::clicked, this, &TemplateEditor::chooseSection);
    connect(mAddClause, &QPushButton::clicked, this, &TemplateEditor::chooseClause);
    connect(mRemove, &QPushButton::clicked, this, &TemplateEditor::removeSelected);
    connect(mMoveUp, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(mMoveDown, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(mSave, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(mRevert, &QPushButton::clicked, this, &TemplateEditor::reload);

    mError = newErrorLabel(this, u"templateError"_s);

    auto *kindRow = new QFormLayout;
    kindRow->addRow(tr("Template for &kind:"), mKind);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {mAddSection, mAddClause, mRemove, mMoveUp, mMoveDown})
        side->addWidget(b);
    side->addStretch();
    side->addWidget(mRevert);
    side->addWidget(mSave);
    auto *middle = new QHBoxLayout;
    middle->addWidget(mTree, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addLayout(middle, 1);
    layout->addWidget(mError);
}

AgreementKind TemplateEditor::kind() const
{
    return AgreementKind(mKind->currentData().toInt());
}

void TemplateEditor::setKind(AgreementKind kind)
{
    mKind->setCurrentIndex(mKind->findData(int(kind)));
}

void TemplateEditor::setEditable(bool editable)
{
    mEditable = editable;
    updateControls();
}

void TemplateEditor::kindChosen()
{
    if (mModified) {
        const auto answer = QMessageBox::question(
            this, tr("Template Changed"),
            tr("Save the changes to the template for %1?").arg(Enums::displayName(mShownKind)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            const QSignalBlocker blocker(mKind);
            mKind->setCurrentIndex(mKind->findData(int(mShownKind)));
            return;
        }
    }
    reload();
}

void TemplateEditor::reload()
{
    const ClauseStore store(mSession.workspace());
    mShownKind = kind();
    mModified = false;
    mError->hide();
    auto library = store.clauses();
    auto stored = store.templateOf(mShownKind);
    if (!library || !stored) {
        mLibrary.clear();
        mTemplate = DocumentTemplate{};
        showError(!library ? library.errorString() : stored.errorString());
    } else {
        mLibrary = *library;
        mTemplate = stored->value_or(DocumentTemplate{});
    }
    mTemplate.kind = mShownKind;
    if (mTemplate.name.en.isEmpty())
        mTemplate.name = {Enums::displayName(mShownKind), Enums::displayName(mShownKind)};
    showTemplate();
    select(0, -1);
}

void TemplateEditor::showTemplate()
{
    const QSignalBlocker blocker(mTree);
    mTree->clear();
    for (qsizetype s = 0; s < mTemplate.sections.size(); ++s) {
        const TemplateSection &section = mTemplate.sections.at(s);
        auto *item = new QTreeWidgetItem(mTree);
        item->setText(0, tr("%1. %2").arg(s + 1).arg(section.title.en));
        item->setToolTip(0, tr("%1 — Italian: %2").arg(section.key, section.title.it));
        for (const QString &key : section.clauseKeys) {
            auto *child = new QTreeWidgetItem(item);
            QString title = key;
            for (const LibraryClause &c : mLibrary) {
                if (c.key == key)
                    title = tr("%1 — %2").arg(c.title.en, key);
            }
            child->setText(0, title);
        }
    }
    mTree->expandAll();
}

std::pair<int, int> TemplateEditor::selection() const
{
    QTreeWidgetItem *item = mTree->currentItem();
    if (!item)
        return {-1, -1};
    if (QTreeWidgetItem *parent = item->parent())
        return {mTree->indexOfTopLevelItem(parent), parent->indexOfChild(item)};
    return {mTree->indexOfTopLevelItem(item), -1};
}

void TemplateEditor::select(int section, int clause)
{
    QTreeWidgetItem *item = mTree->topLevelItem(section);
    if (item && clause >= 0 && clause < item->childCount())
        item = item->child(clause);
    mTree->setCurrentItem(item);
    updateControls();
}

void TemplateEditor::updateControls()
{
    const auto [section, clause] = selection();
    const int count = section < 0  ? 0
                      : clause < 0 ? int(mTemplate.sections.size())
                                   : int(mTemplate.sections.at(section).clauseKeys.size());
    const int index = clause < 0 ? section : clause;
    mAddSection->setEnabled(mEditable);
    mAddClause->setEnabled(mEditable && section >= 0);
    mRemove->setEnabled(mEditable && section >= 0);
    mMoveUp->setEnabled(mEditable && section >= 0 && index > 0);
    mMoveDown->setEnabled(mEditable && section >= 0 && index + 1 < count);
    mSave->setEnabled(mEditable && mModified);
    mRevert->setEnabled(mModified);
}

void TemplateEditor::changed()
{
    mModified = true;
    mError->hide();
}

void TemplateEditor::chooseClause()
{
    const auto [section, clause] = selection();
    if (section < 0)
        return;
    QStringList items;
    for (const LibraryClause &c : mLibrary) {
        if (!mTemplate.sections.at(section).clauseKeys.contains(c.key))
            items.append(c.key);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Add Clause"), tr("Clause from the library:"), items, 0, false, &ok);
    if (ok && !chosen.isEmpty())
        addClause(chosen);
}

bool TemplateEditor::addClause(const QString &clauseKey)
{
    const auto [section, clause] = selection();
    if (section < 0)
        return false;
    QStringList &keys = mTemplate.sections[section].clauseKeys;
    if (keys.contains(clauseKey)) {
        showError(tr("The section already holds the clause %1.").arg(clauseKey));
        return false;
    }
    const int at = clause < 0 ? int(keys.size()) : clause + 1;
    keys.insert(at, clauseKey);
    changed();
    showTemplate();
    select(section, at);
    return true;
}

void TemplateEditor::chooseSection()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Section"));
    auto *key = new QLineEdit(&dialog);
    key->setPlaceholderText(tr("e.g. escalation"));
    auto *english = new QLineEdit(&dialog);
    auto *italian = new QLineEdit(&dialog);
    auto *buttons = newDialogButtons(&dialog, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = newForm({{tr("&Key:"), key},
                          {tr("Title in &English:"), english},
                          {tr("Title in &Italian:"), italian}},
                         &dialog);
    form->addRow(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        addSection(
            {key->text().trimmed(), {english->text().trimmed(), italian->text().trimmed()}, {}});
}

bool TemplateEditor::addSection(const TemplateSection &section)
{
    const auto [selected, clause] = selection();
    const int at = selected < 0 ? int(mTemplate.sections.size()) : selected + 1;
    mTemplate.sections.insert(at, section);
    changed();
    showTemplate();
    select(at, -1);
    return true;
}

void TemplateEditor::removeSelected()
{
    const auto [section, clause] = selection();
    if (section < 0)
        return;
    if (clause < 0)
        mTemplate.sections.removeAt(section);
    else
        mTemplate.sections[section].clauseKeys.removeAt(clause);
    changed();
    showTemplate();
    select(qMin(section, int(mTemplate.sections.size()) - 1), clause < 0 ? -1 : clause - 1);
}

void TemplateEditor::moveSelected(int by)
{
    const auto [section, clause] = selection();
    if (section < 0)
        return;
    if (clause < 0) {
        const int to = section + by;
        if (to < 0 || to >= mTemplate.sections.size())
            return;
        mTemplate.sections.move(section, to);
        changed();
        showTemplate();
        select(to, -1);
        return;
    }
    QStringList &keys = mTemplate.sections[section].clauseKeys;
    const int to = clause + by;
    if (to < 0 || to >= keys.size())
        return;
    keys.move(clause, to);
    changed();
    showTemplate();
    select(section, to);
}

bool TemplateEditor::save()
{
    if (auto saved = ClauseStore(mSession.workspace()).saveTemplate(mTemplate); !saved) {
        showError(saved.errorString());
        return false;
    }
    mSession.notifyChanged(WorkspaceSession::Table::Agreements);
    const auto [section, clause] = selection();
    reload();
    select(section, clause);
    return true;
}

void TemplateEditor::showError(const QString &message)
{
    showErrorText(mError, message);
}

} // namespace Accordo
