#include "data/clausestore.h"
#include "data/documentstore.h"
#include "data/workspace.h"
#include "demosession.h"
#include "document/clausedialog.h"
#include "document/clauselibrarymodel.h"
#include "document/clauselibrarywindow.h"
#include "document/documentexport.h"
#include "document/documentoutline.h"
#include "document/documenttab.h"
#include "document/placeholders.h"
#include "document/richtexteditor.h"
#include "document/templateeditor.h"
#include "language.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "uitestsupport.h"
#include "workflow/recordpermissions.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Accordo;
using Accordo::TestSupport::whenDialogOpens;

// The agreement's document in the GUI: the Document tab of the agreement view (its sections and
// clauses, the text editor with its placeholders, the live preview, frozen versions) and the
// Clause Library window (the clauses' table, their editor, deletion, the templates).
class tst_DocumentUi : public TestFixtures::TemplateCopyTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabShowsTheSectionsInOrder();
    void selectingAClauseShowsItInThePreview();
    void clauseChangesReachTheStoredDocument_data();
    void clauseChangesReachTheStoredDocument();
    void overridesParentIsStored();
    void editedTextIsStoredAndPreviewedFilled_data();
    void editedTextIsStoredAndPreviewedFilled();
    void unknownPlaceholderIsRefusedWithItsName_data();
    void unknownPlaceholderIsRefusedWithItsName();
    void placeholderMenuInsertsAtTheCursor();
    void frozenVersionDisablesEditing_data();
    void frozenVersionDisablesEditing();
    void libraryTableSortsAndFilters();
    void deleteAsksForConfirmation_data();
    void deleteAsksForConfirmation();
    void templateChangesAreSaved();
    void exportsAreNamedAfterTheVersion();
    void redlineComparesTwoVersions();
    void screenshots();

private:
    std::unique_ptr<WorkspaceSession> openSession(const QString &user = u"alice"_s);
    qint64 versionId(WorkspaceSession &session, const QString &number, int version);
    VersionDocument stored(WorkspaceSession &session, qint64 id);
    void showTab(DocumentTab &tab, WorkspaceSession &session, qint64 id);
};

namespace {

QPushButton *pushButton(QWidget *parent, const QString &name)
{
    auto *b = parent->findChild<QPushButton *>(name);
    if (!b)
        qFatal("no button %s", qPrintable(name));
    return b;
}

// The keys of a section's clauses, in order.
QStringList clauseKeys(const VersionDocument &document, const QString &section)
{
    QStringList keys;
    for (const VersionSection &s : document.sections) {
        if (s.key == section) {
            for (const VersionClause &c : s.clauses)
                keys.append(c.key);
        }
    }
    return keys;
}

// The first section holding at least two clauses.
const VersionSection &sectionWithTwoClauses(const VersionDocument &document)
{
    for (const VersionSection &s : document.sections) {
        if (s.clauses.size() >= 2)
            return s;
    }
    qFatal("no section with two clauses");
}

} // namespace

void tst_DocumentUi::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    TestSupport::isolateSettings();
    QCOMPARE(createDemoTemplate({Role::SlaManager}), QString());
}

void tst_DocumentUi::init()
{
    Language::install(u"en"_s);
    copyTemplate(u"documentui"_s);
}

void tst_DocumentUi::cleanup()
{
    Language::install(u"en"_s);
}

std::unique_ptr<WorkspaceSession> tst_DocumentUi::openSession(const QString &user)
{
    return TestSupport::openSessionOn(mLocation, user);
}

qint64 tst_DocumentUi::versionId(WorkspaceSession &session, const QString &number, int version)
{
    for (qint64 id : session.workflow().versions(number)) {
        if (session.workspace().agreement(id)->version == version)
            return id;
    }
    qFatal("no version %d of %s", version, qPrintable(number));
}

VersionDocument tst_DocumentUi::stored(WorkspaceSession &session, qint64 id)
{
    auto document = DocumentStore(session.workspace()).document(id);
    if (!document || !*document)
        qFatal("agreement %lld has no stored document", id);
    return **document;
}

void tst_DocumentUi::showTab(DocumentTab &tab, WorkspaceSession &session, qint64 id)
{
    tab.setAgreement(*session.workspace().agreement(id));
    tab.resize(1200, 700);
}

void tst_DocumentUi::tabShowsTheSectionsInOrder()
{
    // Given the demo's draft SLA-2024-0007 version 2 and its stored document
    auto session = openSession();
    const qint64 id = versionId(*session, u"SLA-2024-0007"_s, 2);
    const VersionDocument document = stored(*session, id);
    QVERIFY(document.sections.size() >= 5);

    // When its Document tab is shown
    DocumentTab tab(*session);
    showTab(tab, *session, id);

    // Then the outline lists the sections, numbered in order, each with its clauses
    QCOMPARE(tab.outline()->topLevelItemCount(), document.sections.size());
    for (int s = 0; s < document.sections.size(); ++s) {
        const VersionSection &section = document.sections.at(s);
        QTreeWidgetItem *item = tab.outline()->topLevelItem(s);
        QVERIFY2(item->text(0).startsWith(u"%1. %2"_s.arg(s + 1).arg(section.title.en)),
                 qPrintable(item->text(0)));
        QCOMPARE(item->childCount(), section.clauses.size());
        for (int c = 0; c < section.clauses.size(); ++c)
            QCOMPARE(item->child(c)->text(0),
                     u"%1.%2 %3"_s.arg(s + 1).arg(c + 1).arg(section.clauses.at(c).title.en));
    }
    // And the preview shows the document, its sections in the same order, editing allowed
    const QString preview = tab.preview()->toPlainText();
    qsizetype at = 0;
    for (const VersionSection &section : document.sections) {
        const qsizetype found = preview.indexOf(section.title.en, at);
        QVERIFY2(found >= 0, qPrintable(u"section %1 not in the preview"_s.arg(section.title.en)));
        at = found;
    }
    QVERIFY(tab.banner()->isHidden());
    QVERIFY(tab.whyReadOnly().isEmpty());
}

void tst_DocumentUi::selectingAClauseShowsItInThePreview()
{
    // Given the draft's tab on screen, the preview at the document's start
    auto session = openSession();
    const qint64 id = versionId(*session, u"SLA-2024-0007"_s, 2);
    // (a section in the middle: the last ones cannot scroll to the top of the view)
    const VersionSection middle = stored(*session, id).sections.at(3);
    DocumentTab tab(*session);
    showTab(tab, *session, id);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QCOMPARE(tab.preview()->verticalScrollBar()->value(), 0);

    // When the user selects that section's first clause
    tab.outline()->select(middle.key, middle.clauses.first().key);

    // Then the preview shows that clause's heading at its top
    const QString top = tab.preview()->cursorForPosition(QPoint(4, 4)).block().text();
    QVERIFY2(top.contains(middle.clauses.first().title.en), qPrintable(top));
}

void tst_DocumentUi::clauseChangesReachTheStoredDocument_data()
{
    TestSupport::addRows<QString>("change", {{"add-from-the-library", u"add"_s},
                                             {"move-down", u"down"_s},
                                             {"move-up", u"up"_s},
                                             {"remove-after-confirming", u"remove"_s},
                                             {"remove-cancelled", u"keep"_s}});
}

void tst_DocumentUi::clauseChangesReachTheStoredDocument()
{
    QFETCH(QString, change);
    // Given the tab of a draft, a section of two clauses or more selected
    auto session = openSession();
    const qint64 id = versionId(*session, u"SLA-2024-0007"_s, 2);
    const VersionSection section = sectionWithTwoClauses(stored(*session, id));
    const QStringList before = clauseKeys(stored(*session, id), section.key);
    DocumentTab tab(*session);
    showTab(tab, *session, id);
    const int last = int(before.size()) - 1;
    tab.outline()->select(section.key, change == u"up"_s ? before.at(last) : before.first());
    QCOMPARE(tab.outline()->currentClause(), change == u"up"_s ? before.at(last) : before.first());

    // When the user makes the change with the tab's buttons
    QStringList expected = before;
    if (change == u"add"_s) {
        QString added;
        whenDialogOpens<QInputDialog>(this, [&](QInputDialog *dialog) {
            const QString item = dialog->comboBoxItems().first();
            added = item.section(u" — "_s, -1);
            dialog->setTextValue(item);
            dialog->accept();
        });
        pushButton(&tab, u"documentAddClause"_s)->click();
        QVERIFY(!added.isEmpty());
        expected.insert(1, added); // after the clause selected
    } else if (change == u"down"_s) {
        pushButton(&tab, u"documentMoveDown"_s)->click();
        expected.move(0, 1);
    } else if (change == u"up"_s) {
        pushButton(&tab, u"documentMoveUp"_s)->click();
        expected.move(last, last - 1);
    } else {
        const bool confirm = change == u"remove"_s;
        whenDialogOpens<QMessageBox>(this, [&](QMessageBox *box) {
            box->button(confirm ? QMessageBox::Yes : QMessageBox::No)->click();
        });
        pushButton(&tab, u"documentRemoveClause"_s)->click();
        if (confirm)
            expected.removeFirst();
    }

    // Then the stored document holds the change, and the outline shows it
    QVERIFY2(tab.errorLabel()->isHidden(), qPrintable(tab.errorLabel()->text()));
    QCOMPARE(clauseKeys(stored(*session, id), section.key), expected);
    QTreeWidgetItem *shown = nullptr;
    for (int s = 0; s < tab.outline()->topLevelItemCount(); ++s) {
        if (tab.outline()->topLevelItem(s)->text(0).contains(section.title.en))
            shown = tab.outline()->topLevelItem(s);
    }
    QVERIFY(shown);
    QCOMPARE(shown->childCount(), expected.size());
}

void tst_DocumentUi::overridesParentIsStored()
{
    // Given the draft's tab with its second section selected, not overriding its parents'
    auto session = openSession();
    const qint64 id = versionId(*session, u"SLA-2024-0007"_s, 2);
    const VersionSection section = stored(*session, id).sections.at(1);
    QVERIFY(!section.overridesParent);
    DocumentTab tab(*session);
    showTab(tab, *session, id);
    tab.outline()->select(section.key);
    auto *overrides = tab.findChild<QCheckBox *>(u"documentOverridesParent"_s);
    QVERIFY(overrides->isEnabled());

    // When the user marks it as overriding the parent's
    overrides->click();

    // Then the stored section says so, and the outline too
    QVERIFY(stored(*session, id).sections.at(1).overridesParent);
    QVERIFY2(tab.outline()->topLevelItem(1)->text(0).endsWith(u"(overrides the parent)"_s),
             qPrintable(tab.outline()->topLevelItem(1)->text(0)));
    QVERIFY(overrides->isChecked());
}

void tst_DocumentUi::editedTextIsStoredAndPreviewedFilled_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::newRow("english") << u"en"_s << u"Escalations go to {{customer.name}} first."_s;
    QTest::newRow("italian") << u"it"_s << u"Le escalation vanno prima a {{customer.name}}."_s;
}

void tst_DocumentUi::editedTextIsStoredAndPreviewedFilled()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    // Given the draft's tab in the language, its first clause selected
    auto session = openSession();
    const qint64 id = versionId(*session, u"SLA-2024-0007"_s, 2);
    const Agreement agreement = *session->workspace().agreement(id);
    const QString customer = session->workspace().party(agreement.partyId)->name;
    const VersionDocument before = stored(*session, id);
    const VersionSection &section = before.sections.first();
    DocumentTab tab(*session);
    showTab(tab, *session, id);
    tab.setLanguage(language);
    tab.outline()->select(section.key, section.clauses.first().key);
    QVERIFY(!tab.preview()->toPlainText().contains(text.section(u"{{"_s, 0, 0)));

    // When the user types a text with a placeholder
    tab.editor()->textEdit()->selectAll();
    QTest::keyClicks(tab.editor()->textEdit(), text);

    // Then the preview, after its pause, shows it with the placeholder filled, before saving
    const QString filled = QString(text).replace(u"{{customer.name}}"_s, customer);
    QTRY_VERIFY2(tab.preview()->toPlainText().contains(filled),
                 qPrintable(tab.preview()->toPlainText().left(400)));
    QCOMPARE(stored(*session, id), before);

    // And when they save it, the version stores the text in that language only, the other
    // language as it was
    pushButton(&tab, u"documentSaveClause"_s)->click();
    QVERIFY2(tab.errorLabel()->isHidden(), qPrintable(tab.errorLabel()->text()));
    const VersionClause after = stored(*session, id).sections.first().clauses.first();
    QVERIFY2(after.body.in(language).contains(text), qPrintable(after.body.in(language)));
    const QString other = language == u"en"_s ? u"it"_s : u"en"_s;
    QCOMPARE(after.body.in(other), section.clauses.first().body.in(other));
    tab.refreshPreview();
    QVERIFY(tab.preview()->toPlainText().contains(filled));
}

void tst_DocumentUi::unknownPlaceholderIsRefusedWithItsName_data()
{
    TestSupport::addRows<bool>("inLibrary", {{"version-clause", false}, {"library-clause", true}});
}

void tst_DocumentUi::unknownPlaceholderIsRefusedWithItsName()
{
    QFETCH(bool, inLibrary);
    auto session = openSession();
    const QString text = u"Credits are paid to {{customer.nickname}}."_s;
    if (inLibrary) {
        // Given a library clause open in its dialog
        const LibraryClause clause = ClauseStore(session->workspace()).clauses()->first();
        ClauseDialog dialog([&](const LibraryClause &c) {
            return ClauseStore(session->workspace()).updateClause(c);
        });
        dialog.setClause(clause);
        // When its Italian text names an unknown placeholder and the user saves
        dialog.bodyEdit(u"it"_s)->textEdit()->setPlainText(text);
        dialog.accept();
        // Then the dialog stays open naming it, and the library is unchanged
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.errorLabel()->text().contains(u"customer.nickname"_s),
                 qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(*ClauseStore(session->workspace()).clause(clause.key), clause);
        return;
    }
    // Given the draft's tab, a clause selected
    const qint64 id = versionId(*session, u"SLA-2024-0007"_s, 2);
    const VersionDocument before = stored(*session, id);
    DocumentTab tab(*session);
    showTab(tab, *session, id);
    tab.outline()->select(before.sections.first().key, before.sections.first().clauses.first().key);
    // When its text names an unknown placeholder and the user saves
    tab.editor()->textEdit()->selectAll();
    QTest::keyClicks(tab.editor()->textEdit(), text);
    pushButton(&tab, u"documentSaveClause"_s)->click();
    // Then the error names the placeholder, the document is unchanged, the text still there
    QVERIFY(!tab.errorLabel()->isHidden());
    QVERIFY2(tab.errorLabel()->text().contains(u"{{customer.nickname}}"_s),
             qPrintable(tab.errorLabel()->text()));
    QCOMPARE(stored(*session, id), before);
    QCOMPARE(tab.editor()->textEdit()->toPlainText(), text);
    // And the live preview says why it cannot show it instead of showing a hole
    tab.refreshPreview();
    QVERIFY(
        tab.findChild<QLabel *>(u"documentPreviewNote"_s)->text().contains(u"customer.nickname"_s));
}

void tst_DocumentUi::placeholderMenuInsertsAtTheCursor()
{
    // Given an editor holding a text, the cursor after "Fee: "
    RichTextEditor editor;
    editor.setHtml(u"<p>Fee: per month</p>"_s);
    QTextCursor cursor = editor.textEdit()->textCursor();
    cursor.setPosition(5);
    editor.textEdit()->setTextCursor(cursor);

    // When the user picks {{fee}} from the placeholder menu
    QAction *fee = nullptr;
    for (QAction *action : editor.placeholderMenu()->actions()) {
        if (action->data() == u"fee"_s)
            fee = action;
    }
    QVERIFY(fee);
    QCOMPARE(editor.placeholderMenu()->actions().size(), Placeholders::names().size());
    fee->trigger();

    // Then it stands at the cursor, and the editor's text is a fragment without the page
    QCOMPARE(editor.textEdit()->toPlainText(), u"Fee: {{fee}}per month"_s);
    QVERIFY(editor.isModified());
    QVERIFY(!editor.html().contains(u"<body"_s));
    QVERIFY(editor.html().contains(u"{{fee}}"_s));
}

void tst_DocumentUi::frozenVersionDisablesEditing_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("user");
    QTest::newRow("signed-version") << 1 << u"alice"_s;
    QTest::newRow("executive-on-a-draft") << 2 << u"carol"_s;
}

void tst_DocumentUi::frozenVersionDisablesEditing()
{
    QFETCH(int, version);
    QFETCH(QString, user);
    if (TestBackend::isPostgres() && user != u"alice"_s)
        QSKIP("on the server the acting user is the connection's login, an SLA manager");
    // Given a signed version, or a draft shown to a user whose role may not edit it
    auto session = openSession(user);
    const qint64 id = versionId(*session, u"SLA-2024-0007"_s, version);
    const Agreement agreement = *session->workspace().agreement(id);
    const QString why = version == 1 ? DocumentStore::whyFrozen(agreement)
                                     : RecordPermissions::refusal(
                                         session->workspace(), RecordPermissions::Kind::Agreements);
    QVERIFY(!why.isEmpty());

    // When its Document tab is shown, a clause selected
    DocumentTab tab(*session);
    showTab(tab, *session, id);
    tab.outline()->select(stored(*session, id).sections.first().key,
                          stored(*session, id).sections.first().clauses.first().key);

    // Then the banner says why, the editing controls are disabled, the outputs are not
    QVERIFY(!tab.banner()->isHidden());
    QVERIFY2(tab.banner()->text().contains(why), qPrintable(tab.banner()->text()));
    for (const QString &name :
         {u"documentAddClause"_s, u"documentRemoveClause"_s, u"documentMoveUp"_s,
          u"documentMoveDown"_s, u"documentSaveClause"_s})
        QVERIFY2(!pushButton(&tab, name)->isEnabled(), qPrintable(name));
    QVERIFY(!tab.findChild<QCheckBox *>(u"documentOverridesParent"_s)->isEnabled());
    QVERIFY(tab.editor()->textEdit()->isReadOnly());
    QVERIFY(tab.titleEdit()->isReadOnly());
    QVERIFY(pushButton(&tab, u"documentExportPdf"_s)->isEnabled());
    QVERIFY(!tab.preview()->toPlainText().isEmpty());
}

void tst_DocumentUi::libraryTableSortsAndFilters()
{
    // Given the Clause Library window on the demo library
    auto session = openSession();
    const auto clauses = ClauseStore(session->workspace()).clauses();
    QVERIFY(clauses && clauses->size() > 5);
    ClauseLibraryWindow window(*session);
    QAbstractItemModelTester sourceTester(window.model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(window.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window.proxy()->rowCount(), clauses->size());
    window.reload(); // a reset under the testers

    // When sorted by key, descending
    window.table()->sortByColumn(ClauseLibraryModel::Key, Qt::DescendingOrder);
    // Then the keys come in that order
    QStringList keys;
    for (int row = 0; row < window.proxy()->rowCount(); ++row)
        keys.append(window.proxy()->index(row, ClauseLibraryModel::Key).data().toString());
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a.toLower(), b.toLower()) > 0;
    });
    QCOMPARE(keys, sorted);

    // When the user filters on a placeholder
    window.filter()->setText(u"TARGETS"_s);
    // Then only the clauses that name it remain
    int expected = 0;
    for (const LibraryClause &c : *clauses) {
        if (c.key.contains(u"targets"_s, Qt::CaseInsensitive)
            || c.title.en.contains(u"targets"_s, Qt::CaseInsensitive)
            || c.title.it.contains(u"targets"_s, Qt::CaseInsensitive)
            || Placeholders::used(c.body.en).join(u", "_s).contains(u"targets"_s))
            ++expected;
    }
    QVERIFY(expected > 0 && expected < clauses->size());
    QCOMPARE(window.proxy()->rowCount(), expected);
    window.filter()->clear();
    QCOMPARE(window.proxy()->rowCount(), clauses->size());
}

void tst_DocumentUi::deleteAsksForConfirmation_data()
{
    TestSupport::addRows<bool>("confirm", {{"confirmed", true}, {"declined", false}});
}

void tst_DocumentUi::deleteAsksForConfirmation()
{
    QFETCH(bool, confirm);
    // Given a clause no template uses, added to the library, shown in the window
    auto session = openSession();
    LibraryClause clause{
        0,
        u"zz.spare"_s,
        {u"Spare clause"_s, u"Clausola di riserva"_s},
        {u"<p>Spare for {{customer.name}}.</p>"_s, u"<p>Riserva per {{customer.name}}.</p>"_s}};
    auto added = ClauseStore(session->workspace()).addClause(clause);
    QVERIFY2(added, qPrintable(added.errorString()));
    ClauseLibraryWindow window(*session);
    window.table()->sortByColumn(ClauseLibraryModel::Key, Qt::AscendingOrder);
    const int row = window.proxy()->rowCount() - 1;
    QCOMPARE(window.proxy()->index(row, ClauseLibraryModel::Key).data().toString(), clause.key);

    // When the user deletes it and answers the question
    QString asked;
    whenDialogOpens<QMessageBox>(this, [&](QMessageBox *box) {
        asked = box->text();
        box->button(confirm ? QMessageBox::Yes : QMessageBox::No)->click();
    });
    window.table()->selectRow(row);
    pushButton(&window, u"clauseDelete"_s)->click();

    // Then it was asked about by name, and is gone only when confirmed
    QVERIFY2(asked.contains(u"Spare clause"_s), qPrintable(asked));
    QCOMPARE(ClauseStore(session->workspace()).clause(clause.key).ok(), !confirm);
    QCOMPARE(window.model()->rowOf(clause.key) >= 0, !confirm);
}

void tst_DocumentUi::templateChangesAreSaved()
{
    // Given the OLA template in the window's template editor
    auto session = openSession();
    const auto before = ClauseStore(session->workspace()).templateOf(AgreementKind::Ola);
    QVERIFY(before && *before && (*before)->sections.size() >= 2);
    ClauseLibraryWindow window(*session);
    TemplateEditor *editor = window.templates();
    editor->setKind(AgreementKind::Ola);
    QCOMPARE(editor->tree()->topLevelItemCount(), (*before)->sections.size());

    // When the user moves the first section down, adds a section with a clause, and saves
    editor->tree()->setCurrentItem(editor->tree()->topLevelItem(0));
    pushButton(editor, u"templateMoveDown"_s)->click();
    QVERIFY(editor->addSection({u"notices"_s, {u"Notices"_s, u"Comunicazioni"_s}, {}}));
    const QString clauseKey = ClauseStore(session->workspace()).clauses()->first().key;
    QVERIFY(editor->addClause(clauseKey));
    QVERIFY(editor->isModified());
    pushButton(editor, u"templateSave"_s)->click();

    // Then the stored template has the sections in the new order and the new one
    QVERIFY2(editor->errorLabel()->isHidden(), qPrintable(editor->errorLabel()->text()));
    const auto after = ClauseStore(session->workspace()).templateOf(AgreementKind::Ola);
    QVERIFY(after && *after);
    QList<TemplateSection> expected = (*before)->sections;
    expected.move(0, 1);
    expected.insert(2, {u"notices"_s, {u"Notices"_s, u"Comunicazioni"_s}, {clauseKey}});
    QCOMPARE((*after)->sections, expected);
    QVERIFY(!editor->isModified());

    // And a section without a key is refused with the reason, the stored template unchanged
    QVERIFY(editor->addSection({QString(), {u"Untitled"_s, u"Senza titolo"_s}, {}}));
    pushButton(editor, u"templateSave"_s)->click();
    QVERIFY(!editor->errorLabel()->isHidden());
    QCOMPARE(*ClauseStore(session->workspace()).templateOf(AgreementKind::Ola), *after);
}

void tst_DocumentUi::exportsAreNamedAfterTheVersion()
{
    QCOMPARE(DocumentExport::fileName(u"SLA-2024-0017"_s, 2, DocumentRenderer::Format::Pdf),
             u"SLA-2024-0017 v2.pdf"_s);
    QCOMPARE(DocumentExport::fileName(u"SLA-2024-0017"_s, 2, DocumentRenderer::Format::Odt),
             u"SLA-2024-0017 v2.odt"_s);
    QCOMPARE(DocumentExport::redlineName(u"SLA-2024-0007"_s, 1, 2),
             u"SLA-2024-0007 v1-v2 redline.pdf"_s);
}

void tst_DocumentUi::redlineComparesTwoVersions()
{
    // Given the demo's SLA-2024-0007, whose draft version 2 follows the signed version 1
    auto session = openSession();
    const qint64 first = versionId(*session, u"SLA-2024-0007"_s, 1);
    const qint64 second = versionId(*session, u"SLA-2024-0007"_s, 2);
    // When the redline of version 2 against version 1 is drawn
    auto pdf = DocumentExport::redline(*session, first, second, u"en"_s);
    // Then it is a PDF
    QVERIFY2(pdf, qPrintable(pdf.errorString()));
    QVERIFY(pdf->startsWith("%PDF"));
    // And the tab offers the comparison on version 2, not on version 1
    DocumentTab tab(*session);
    showTab(tab, *session, second);
    QVERIFY(pushButton(&tab, u"documentCompare"_s)->isEnabled());
    showTab(tab, *session, first);
    QVERIFY(!pushButton(&tab, u"documentCompare"_s)->isEnabled());
}

void tst_DocumentUi::screenshots()
{
    const TestSupport::Shots shots;
    if (shots.dir.isEmpty())
        QSKIP("set ACCORDO_SHOTS_DIR to take the screenshots");
    Language::install(shots.language);
    auto session = openSession();
    const auto shot = [&](QWidget *widget, const QString &name) {
        QVERIFY(shots.save(widget, name));
    };
    const qint64 id = versionId(*session, u"SLA-2024-0007"_s, 2);
    DocumentTab tab(*session);
    showTab(tab, *session, id);
    tab.resize(1366, 768);
    tab.show();
    const VersionDocument document = stored(*session, id);
    const VersionSection &levels = document.sections.at(3);
    tab.outline()->select(levels.key, levels.clauses.first().key);
    QTest::qWait(50);
    shot(&tab, u"document-tab"_s);
    tab.setAgreement(*session->workspace().agreement(versionId(*session, u"SLA-2024-0007"_s, 1)));
    QTest::qWait(50);
    shot(&tab, u"document-tab-frozen"_s);
    tab.hide();

    ClauseLibraryWindow window(*session);
    window.resize(1366, 768);
    window.show();
    window.table()->selectRow(2);
    QTest::qWait(50);
    shot(&window, u"clause-library"_s);
    window.findChild<QTabWidget *>()->setCurrentIndex(1);
    QTest::qWait(50);
    shot(&window, u"clause-library-templates"_s);
    whenDialogOpens<ClauseDialog>(this, [&](ClauseDialog *dialog) {
        QTest::qWait(50);
        shot(dialog, u"clause-dialog"_s);
        dialog->reject();
    });
    window.findChild<QTabWidget *>()->setCurrentIndex(0);
    window.editClause(2);
}

QTEST_MAIN(tst_DocumentUi)
#include "tst_documentui.moc"
