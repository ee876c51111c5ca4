#include "documenttab.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/clausestore.h"
#include "data/documentstore.h"
#include "document/documentbuilder.h"
#include "document/documentexport.h"
#include "document/documentoutline.h"
#include "document/placeholders.h"
#include "document/placeholdervalues.h"
#include "document/richtexteditor.h"
#include "lifecycle/agreementworkflow.h"
#include "report/reportfiles.h"
#include "session/workspacesession.h"
#include "widgets/errorlabel.h"
#include "widgets/icons.h"
#include "workflow/recordpermissions.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The pause after the last keystroke before the preview renders the document again.
constexpr int PreviewDelayMs = 400;

QPushButton *button(const QString &objectName, const QString &icon, QWidget *parent)
{
    auto *b = newNamed<QPushButton>(objectName, parent);
    if (!icon.isEmpty())
        b->setIcon(Icons::action(icon));
    return b;
}

} // namespace

DocumentTab::DocumentTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    mBanner = newNamed<QLabel>(u"documentBanner"_s, this);
    mBanner->setWordWrap(true);
    mBanner->setStyleSheet(u"background: #fff4ce; padding: 6px"_s);
    mBanner->hide();

    mPreviewTimer = new QTimer(this);
    mPreviewTimer->setSingleShot(true);
    mPreviewTimer->setInterval(PreviewDelayMs);
    connect(mPreviewTimer, &QTimer::timeout, this, &DocumentTab::refreshPreview);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(createOutlinePane());
    left->addWidget(createEditorPane());
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 1);
    left->setSizes({330, 330}); // the outline as tall as the editor: a dozen sections
    auto *panes = newNamed<QSplitter>(u"documentSplitter"_s, Qt::Horizontal, this);
    panes->addWidget(left);
    panes->addWidget(createPreviewPane());
    panes->setStretchFactor(0, 1);
    panes->setStretchFactor(1, 1);

    mPrintPreview = button(u"documentPrintPreview"_s, u"document-print-preview"_s, this);
    mExportPdf = button(u"documentExportPdf"_s, u"document-export"_s, this);
    mExportOdt = button(u"documentExportOdt"_s, u"document-export"_s, this);
    mCompare = button(u"documentCompare"_s, u"view-history"_s, this);
    connect(mPrintPreview, &QPushButton::clicked, this, &DocumentTab::printPreview);
    connect(mExportPdf, &QPushButton::clicked, this,
            [this] { exportDocument(DocumentRenderer::Format::Pdf); });
    connect(mExportOdt, &QPushButton::clicked, this,
            [this] { exportDocument(DocumentRenderer::Format::Odt); });
    connect(mCompare, &QPushButton::clicked, this, &DocumentTab::compareWithVersion);
    auto *outputs = newButtonRow({}, {mPrintPreview, mExportPdf, mExportOdt, mCompare});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mBanner);
    layout->addWidget(panes, 1);
    layout->addLayout(outputs);
    retranslate();
    updateControls();
}

QWidget *DocumentTab::createOutlinePane()
{
    auto *pane = new QWidget(this);
    mOutline = new DocumentOutline(pane);
    connect(mOutline, &QTreeWidget::currentItemChanged, this, &DocumentTab::currentChanged);
    mAddClause = button(u"documentAddClause"_s, u"list-add"_s, pane);
    mRemoveClause = button(u"documentRemoveClause"_s, u"list-remove"_s, pane);
    mMoveUp = button(u"documentMoveUp"_s, u"go-up"_s, pane);
    mMoveDown = button(u"documentMoveDown"_s, u"go-down"_s, pane);
    mOverrides = newNamed<QCheckBox>(u"documentOverridesParent"_s, pane);
    connect(mAddClause, &QPushButton::clicked, this, &DocumentTab::chooseClause);
    connect(mRemoveClause, &QPushButton::clicked, this, &DocumentTab::removeClause);
    connect(mMoveUp, &QPushButton::clicked, this, [this] { moveClause(-1); });
    connect(mMoveDown, &QPushButton::clicked, this, [this] { moveClause(+1); });
    connect(mOverrides, &QCheckBox::clicked, this, &DocumentTab::setOverridesParent);
    auto *buttons = newButtonRow({mAddClause, mRemoveClause, mMoveUp, mMoveDown});
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins({});
    layout->addWidget(mOutline, 1);
    layout->addLayout(buttons);
    layout->addWidget(mOverrides);
    return pane;
}

QWidget *DocumentTab::createEditorPane()
{
    auto *pane = new QWidget(this);
    mLanguageLabel = new QLabel(pane);
    mLanguage = newNamed<QComboBox>(u"documentLanguage"_s, pane);
    mLanguage->addItem(QString(), u"en"_s);
    mLanguage->addItem(QString(), u"it"_s);
    mLanguageLabel->setBuddy(mLanguage);
    connect(mLanguage, &QComboBox::currentIndexChanged, this, &DocumentTab::languageChanged);
    mTitleLabel = new QLabel(pane);
    mTitle = newNamed<QLineEdit>(u"documentClauseTitle"_s, pane);
    mTitleLabel->setBuddy(mTitle);
    mEditor = newNamed<RichTextEditor>(u"documentClauseText"_s, pane);
    mSaveClause = button(u"documentSaveClause"_s, u"document-save"_s, pane);
    connect(mSaveClause, &QPushButton::clicked, this, [this] {
        if (saveClause())
            reload();
    });
    const auto edited = [this] {
        mSaveClause->setEnabled(whyReadOnly().isEmpty() && !mEditingClause.isEmpty());
        mPreviewTimer->start();
    };
    connect(mEditor, &RichTextEditor::textChanged, this, edited);
    connect(mTitle, &QLineEdit::textEdited, this, edited);
    mError = newErrorLabel(pane, u"documentError"_s);
    mError->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(mTitleLabel);
    top->addWidget(mTitle, 1);
    top->addWidget(mLanguageLabel);
    top->addWidget(mLanguage);
    auto *bottom = newButtonRow({}, {mSaveClause});
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins({});
    layout->addLayout(top);
    layout->addWidget(mEditor, 1);
    layout->addWidget(mError);
    layout->addLayout(bottom);
    return pane;
}

QWidget *DocumentTab::createPreviewPane()
{
    auto *pane = new QWidget(this);
    mPreviewNote = newNamed<QLabel>(u"documentPreviewNote"_s, pane);
    mPreviewNote->setWordWrap(true);
    mPreview = newNamed<QTextBrowser>(u"documentPreview"_s, pane);
    mPreview->setOpenLinks(false);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins({});
    layout->addWidget(mPreviewNote);
    layout->addWidget(mPreview, 1);
    return pane;
}

void DocumentTab::retranslate()
{
    mAddClause->setText(tr("&Add Clause…"));
    mAddClause->setToolTip(tr("Add a clause from the library to the selected section"));
    mRemoveClause->setText(tr("&Remove"));
    mMoveUp->setText(tr("Move U&p"));
    mMoveDown->setText(tr("Move Dow&n"));
    mOverrides->setText(tr("This section &overrides the parent agreement's"));
    mLanguageLabel->setText(tr("&Language:"));
    mLanguage->setItemText(0, tr("English"));
    mLanguage->setItemText(1, tr("Italian"));
    mTitleLabel->setText(tr("&Title:"));
    mSaveClause->setText(tr("Save Clause"));
    // After the text: a button's text sets its shortcut to its mnemonic.
    mSaveClause->setShortcut(QKeySequence::Save);
    mSaveClause->setToolTip(
        tr("Store this clause's title and text (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    mPrintPreview->setText(tr("Print Previe&w…"));
    mExportPdf->setText(tr("Export PD&F…"));
    mExportOdt->setText(tr("E&xport ODT…"));
    mCompare->setText(tr("&Compare with Version…"));
    mPreviewNote->setText(tr("Preview"));
}

void DocumentTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DocumentTab::setAgreement(const Agreement &agreement)
{
    mAgreement = agreement;
    mEditingSection.clear();
    mEditingClause.clear();
    mError->hide();
    reload();
}

QString DocumentTab::whyReadOnly() const
{
    if (mAgreement.id == 0)
        return tr("Save the agreement to start its document from the template of its kind.");
    if (const QString frozen = DocumentStore::whyFrozen(mAgreement); !frozen.isEmpty())
        return frozen;
    return RecordPermissions::refusal(mSession.workspace(), RecordPermissions::Kind::Agreements);
}

QString DocumentTab::language() const
{
    return mLanguage->currentData().toString();
}

void DocumentTab::setLanguage(const QString &language)
{
    mLanguage->setCurrentIndex(qMax(0, mLanguage->findData(language)));
}

void DocumentTab::reload()
{
    mBuilt.reset();
    mValues.reset();
    mDocument.reset();
    if (mAgreement.id != 0) {
        auto stored = DocumentStore(mSession.workspace()).document(mAgreement.id);
        if (stored)
            mDocument = *stored;
        else
            showError(stored.errorString());
    }
    mOutline->setSections(mDocument ? mDocument->sections : QList<VersionSection>(), language());
    if (mEditingClause.isEmpty() || mEditingClause != mOutline->currentClause())
        loadEditor();
    updateControls();
    refreshPreview();
}

const VersionSection *DocumentTab::section(const QString &key) const
{
    if (!mDocument)
        return nullptr;
    for (const VersionSection &s : mDocument->sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

void DocumentTab::updateControls()
{
    const QString why = whyReadOnly();
    const bool editable = why.isEmpty();
    mBanner->setText(why);
    mBanner->setVisible(!editable);
    const VersionSection *current = section(mOutline->currentSection());
    const QString clause = mOutline->currentClause();
    qsizetype index = -1;
    if (current) {
        for (qsizetype i = 0; i < current->clauses.size(); ++i) {
            if (current->clauses.at(i).key == clause)
                index = i;
        }
    }
    mAddClause->setEnabled(editable && (current || !mDocument));
    mRemoveClause->setEnabled(editable && index >= 0);
    mMoveUp->setEnabled(editable && index > 0);
    mMoveDown->setEnabled(editable && index >= 0 && index + 1 < current->clauses.size());
    mOverrides->setEnabled(editable && current);
    mOverrides->setChecked(current && current->overridesParent);
    mTitle->setReadOnly(!editable || clause.isEmpty());
    mEditor->setReadOnly(!editable || clause.isEmpty());
    mSaveClause->setEnabled(editable && !clause.isEmpty()
                            && (mEditor->isModified() || mTitle->isModified()));
    const bool stored = mAgreement.id != 0 && mDocument.has_value();
    for (QPushButton *b : {mPrintPreview, mExportPdf, mExportOdt})
        b->setEnabled(stored);
    mCompare->setEnabled(stored && mAgreement.version > 1);
}

void DocumentTab::currentChanged()
{
    const QString section = mOutline->currentSection();
    const QString clause = mOutline->currentClause();
    const bool moved = section != mEditingSection || clause != mEditingClause;
    if (moved && !mEditingClause.isEmpty() && (mEditor->isModified() || mTitle->isModified())) {
        // Leaving an edited clause stores it; when that is refused the clause stays selected
        // with the reason shown, so that no typing is lost.
        if (!saveClause()) {
            const QSignalBlocker blocker(mOutline);
            mOutline->select(mEditingSection, mEditingClause);
            return;
        }
        // The outline shows the new title once this selection change is over.
        QTimer::singleShot(0, this, &DocumentTab::reload);
    }
    if (moved) {
        loadEditor();
        showInPreview(mTitle->text());
    }
    updateControls();
}

void DocumentTab::showInPreview(const QString &title)
{
    // The clause's heading, not a line of the table of contents that names it first.
    if (title.isEmpty())
        return;
    QTextDocument *document = mPreview->document();
    QTextBlock found;
    for (QTextCursor at = document->find(title); !at.isNull(); at = document->find(title, at)) {
        found = at.block();
        if (at.blockFormat().headingLevel() > 0)
            break;
    }
    if (!found.isValid())
        return;
    const QRectF where = document->documentLayout()->blockBoundingRect(found);
    mPreview->verticalScrollBar()->setValue(int(where.top()));
}

void DocumentTab::loadEditor()
{
    mEditingSection = mOutline->currentSection();
    mEditingClause = mOutline->currentClause();
    mEditingLanguage = language();
    const VersionClause *found = nullptr;
    if (const VersionSection *s = section(mEditingSection)) {
        for (const VersionClause &c : s->clauses) {
            if (c.key == mEditingClause)
                found = &c;
        }
    }
    const QSignalBlocker blocker(mTitle);
    mTitle->setText(found ? found->title.in(language()) : QString());
    mTitle->setModified(false);
    mEditor->setHtml(found ? found->body.in(language()) : QString());
    mTitle->setPlaceholderText(found ? QString() : tr("Select a clause to edit its text"));
}

void DocumentTab::languageChanged()
{
    if (!mEditingClause.isEmpty() && (mEditor->isModified() || mTitle->isModified())
        && !saveClause()) {
        // The text typed stays in the editor, in the language it was typed in.
        const QSignalBlocker blocker(mLanguage);
        mLanguage->setCurrentIndex(mLanguage->findData(mEditingLanguage));
        return;
    }
    mEditingClause.clear();
    reload();
}

bool DocumentTab::saveClause()
{
    if (mEditingClause.isEmpty())
        return true;
    mPreviewTimer->stop();
    const auto saved = DocumentStore(mSession.workspace())
                           .editClause(mAgreement.id, mEditingSection, mEditingClause,
                                       mEditingLanguage, mTitle->text().trimmed(), mEditor->html());
    if (!saved) {
        showError(saved.errorString());
        return false;
    }
    mError->hide();
    mTitle->setModified(false);
    mEditor->setModified(false);
    mSession.notifyChanged(WorkspaceSession::Table::Agreements);
    if (auto stored = DocumentStore(mSession.workspace()).document(mAgreement.id); stored)
        mDocument = *stored;
    mBuilt.reset();
    mPreviewTimer->start();
    return true;
}

void DocumentTab::chooseClause()
{
    auto clauses = ClauseStore(mSession.workspace()).clauses();
    if (!clauses)
        return showError(clauses.errorString());
    const VersionSection *current = section(mOutline->currentSection());
    QStringList items;
    QStringList keys;
    for (const LibraryClause &c : *clauses) {
        const bool present = current
                             && std::any_of(current->clauses.cbegin(), current->clauses.cend(),
                                            [&](const auto &v) { return v.key == c.key; });
        if (present)
            continue;
        items.append(tr("%1 — %2").arg(c.title.in(language()), c.key));
        keys.append(c.key);
    }
    if (items.isEmpty())
        return showError(tr("Every clause of the library is already in this section."));
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Add Clause"));
    dialog.setLabelText(tr("Clause from the library:"));
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qsizetype chosen = items.indexOf(dialog.textValue());
    if (chosen >= 0)
        addClause(keys.at(chosen));
}

bool DocumentTab::addClause(const QString &clauseKey)
{
    QString sectionKey = mOutline->currentSection();
    int position = -1;
    if (const VersionSection *s = section(sectionKey)) {
        for (qsizetype i = 0; i < s->clauses.size(); ++i) {
            if (s->clauses.at(i).key == mOutline->currentClause())
                position = int(i) + 1;
        }
    }
    if (!apply(DocumentStore(mSession.workspace())
                   .addClause(mAgreement.id, sectionKey, clauseKey, position)))
        return false;
    mOutline->select(sectionKey, clauseKey);
    return true;
}

void DocumentTab::removeClause()
{
    const QString sectionKey = mOutline->currentSection();
    const QString clauseKey = mOutline->currentClause();
    if (clauseKey.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Clause"),
        tr("Remove the clause \"%1\" from this version's document?\n\nIts text as edited for "
           "this version is lost; the library keeps its own.")
            .arg(mTitle->text()));
    if (answer != QMessageBox::Yes)
        return;
    mEditingClause.clear();
    mEditor->setModified(false);
    mTitle->setModified(false);
    apply(DocumentStore(mSession.workspace()).removeClause(mAgreement.id, sectionKey, clauseKey));
}

void DocumentTab::moveClause(int by)
{
    const QString sectionKey = mOutline->currentSection();
    const QString clauseKey = mOutline->currentClause();
    // Saving the clause being edited reads the document again, which replaces its sections:
    // the section is looked up after that.
    if (clauseKey.isEmpty() || !saveClause())
        return;
    const VersionSection *s = section(sectionKey);
    if (!s)
        return;
    int index = -1;
    for (qsizetype i = 0; i < s->clauses.size(); ++i) {
        if (s->clauses.at(i).key == clauseKey)
            index = int(i);
    }
    if (apply(DocumentStore(mSession.workspace())
                  .moveClause(mAgreement.id, sectionKey, clauseKey, index + by)))
        mOutline->select(sectionKey, clauseKey);
}

void DocumentTab::setOverridesParent(bool overrides)
{
    apply(DocumentStore(mSession.workspace())
              .setOverridesParent(mAgreement.id, mOutline->currentSection(), overrides));
}

bool DocumentTab::apply(const Result<void> &result)
{
    if (!result) {
        showError(result.errorString());
        reload(); // the controls show what is stored, not what was refused
        mError->show();
        return false;
    }
    mError->hide();
    mSession.notifyChanged(WorkspaceSession::Table::Agreements);
    reload();
    return true;
}

void DocumentTab::showError(const QString &message)
{
    showErrorText(mError, message);
}

Result<AgreementDocument> DocumentTab::previewDocument()
{
    if (!mBuilt) {
        auto built = DocumentBuilder::build(mSession.workspace(), mAgreement.id, language());
        if (!built)
            return built.error();
        mBuilt = *built;
    }
    AgreementDocument document = *mBuilt;
    if (mEditingClause.isEmpty() || (!mEditor->isModified() && !mTitle->isModified()))
        return document;
    // The clause being typed, filled as it will be once stored.
    if (!mValues) {
        auto values = PlaceholderValues::of(mSession.workspace(), mAgreement.id, language());
        if (!values)
            return values.error();
        mValues = *values;
    }
    const QString where = tr("Clause \"%1\"").arg(mEditingClause);
    auto title = Placeholders::fill(mTitle->text(), *mValues, where);
    if (!title)
        return title.error();
    auto html = Placeholders::fill(mEditor->html(), *mValues, where);
    if (!html)
        return html.error();
    for (DocumentSection &s : document.sections) {
        for (DocumentClause &c : s.clauses) {
            if (s.key == mEditingSection && c.key == mEditingClause)
                c = {c.key, *title, *html};
        }
    }
    return document;
}

void DocumentTab::refreshPreview()
{
    mPreviewTimer->stop();
    if (mAgreement.id == 0 || !mDocument) {
        mPreview->clear();
        mPreviewNote->setText(mAgreement.id == 0 ? tr("Preview")
                                                 : tr("This version has no document yet: add "
                                                      "a clause to start it from the template."));
        return;
    }
    auto document = previewDocument();
    if (!document) {
        mPreviewNote->setText(
            tr("The preview cannot show this text: %1").arg(document.errorString()));
        mPreviewNote->setStyleSheet(u"color: #b00020"_s);
        return;
    }
    mPreviewNote->setText(
        tr("Preview — %1 version %2").arg(document->number).arg(document->version));
    mPreviewNote->setStyleSheet(QString());
    // The reader keeps their place in the document while it is drawn again.
    const int scrolled = mPreview->verticalScrollBar()->value();
    const auto text = DocumentRenderer::textDocument(*document);
    mPreview->setDocument(text->clone(mPreview));
    mPreview->verticalScrollBar()->setValue(scrolled);
}

void DocumentTab::printPreview()
{
    auto document = previewDocument();
    if (!document)
        return showError(document.errorString());
    DocumentExport::printPreview(this, *document);
}

void DocumentTab::exportDocument(DocumentRenderer::Format format)
{
    // An export is of what is stored: the text in the editor is stored first.
    if (!saveClause())
        return;
    mBuilt.reset();
    auto document = previewDocument();
    if (!document)
        return showError(document.errorString());
    auto path = DocumentExport::exportTo(this, *document, format);
    if (!path)
        return showError(path.errorString());
    if (!path->isEmpty())
        ReportFiles::announce(this, *path);
}

void DocumentTab::compareWithVersion()
{
    QStringList items;
    QList<qint64> ids;
    for (qint64 id : mSession.workflow().versions(mAgreement.number)) {
        auto version = mSession.workspace().agreement(id);
        if (!version)
            return showError(version.errorString());
        if (version->version >= mAgreement.version)
            continue;
        items.append(
            tr("Version %1 — %2").arg(version->version).arg(Enums::displayName(version->status)));
        ids.append(id);
    }
    if (items.isEmpty())
        return showError(tr("%1 has no earlier version to compare with.").arg(mAgreement.number));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Compare with Version"),
        tr("Show what changed in version %1 since:").arg(mAgreement.version), items,
        int(items.size()) - 1, false, &ok);
    if (!ok)
        return;
    const qsizetype index = items.indexOf(chosen);
    auto from = mSession.workspace().agreement(ids.at(index));
    if (!from)
        return showError(from.errorString());
    auto pdf = DocumentExport::redline(mSession, from->id, mAgreement.id, language());
    if (!pdf)
        return showError(pdf.errorString());
    const QString path = ReportFiles::askPath(
        this, tr("Save Redline"),
        DocumentExport::redlineName(mAgreement.number, from->version, mAgreement.version),
        tr("PDF (*.pdf)"), u".pdf"_s);
    if (path.isEmpty())
        return;
    if (auto written = DocumentExport::write(path, *pdf); !written)
        return showError(written.errorString());
    ReportFiles::announce(this, path);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace Accordo
