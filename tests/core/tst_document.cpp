#include "data/clausestore.h"
#include "data/documentstore.h"
#include "document/documentbuilder.h"
#include "document/libraryjson.h"
#include "document/placeholders.h"

#include "documenttest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

using TestFixtures::DocumentTest;

// Calls row(tag, name, child, language, expected) for each row of tst_Document::placeholders:
// a placeholder, whether it is read in the child agreement's document, the language, and parts
// of what it reads as.
template<typename Row>
void placeholderRows(Row row)
{
    row("provider", u"provider.name"_s, false, u"en"_s, {DocumentTest::Provider});
    row("customer", u"customer.name"_s, false, u"en"_s, {u"Acme Manufacturing"_s});
    row("contact", u"customer.contact"_s, false, u"it"_s, {u"Rita Rossi"_s});
    row("email", u"customer.email"_s, false, u"en"_s, {u"rita@acme.example"_s});
    row("number", u"agreement.number"_s, false, u"en"_s, {u"«SLA-2026-"_s});
    row("title-escaped", u"agreement.title"_s, false, u"en"_s, {u"Acme mail &amp; print"_s});
    row("version", u"agreement.version"_s, false, u"it"_s, {u"«1»"_s});
    row("kind-en", u"agreement.kind"_s, false, u"en"_s, {u"Customer service level agreement"_s});
    row("kind-it", u"agreement.kind"_s, false, u"it"_s,
        {u"Accordo sul livello di servizio con il cliente"_s});
    row("level-en", u"agreement.level"_s, true, u"en"_s, {u"«service level»"_s});
    row("level-it", u"agreement.level"_s, false, u"it"_s, {u"«livello cliente»"_s});
    row("start-en", u"agreement.start"_s, false, u"en"_s, {u"«1 March 2026»"_s});
    row("start-it", u"agreement.start"_s, false, u"it"_s, {u"«1 marzo 2026»"_s});
    row("end-en", u"agreement.end"_s, false, u"en"_s, {u"«31 December 2028»"_s});
    row("end-it", u"agreement.end"_s, false, u"it"_s, {u"«31 dicembre 2028»"_s});
    row("end-open-en", u"agreement.end"_s, true, u"en"_s, {u"until terminated"_s});
    row("end-open-it", u"agreement.end"_s, true, u"it"_s, {u"fino a disdetta"_s});
    row("notice-en", u"notice.period"_s, false, u"en"_s, {u"«60 days»"_s});
    row("notice-it", u"notice.period"_s, false, u"it"_s, {u"«60 giorni»"_s});
    row("fee-en", u"fee"_s, false, u"en"_s, {u"1,250.00"_s, u"per month"_s});
    row("fee-it", u"fee"_s, false, u"it"_s, {u"1.250,00"_s, u"al mese"_s});
    row("services", u"services"_s, false, u"en"_s, {u"<li>E-mail</li>"_s});
    row("targets-en", u"targets"_s, false, u"en"_s,
        {u"<table"_s, u"<th>Threshold</th>"_s, u"<td>E-mail</td>"_s, u"<td>Availability</td>"_s,
         u"<td>99.9 %</td>"_s, u"<td>100 %</td>"_s, u"<td>Monthly</td>"_s,
         u"<td>All regions</td>"_s, u"<td>Any</td>"_s});
    row("targets-it", u"targets"_s, false, u"it"_s,
        {u"<th>Soglia</th>"_s, u"<td>Disponibilità</td>"_s, u"<td>99,9 %</td>"_s,
         u"<td>Mensile</td>"_s});
    row("credits-en", u"credits"_s, false, u"en"_s,
        {u"<table"_s, u"<td>E-mail — Availability</td>"_s, u"<td>99.5 %</td>"_s, u"<td>10 %</td>"_s,
         u"<td>25 %</td>"_s});
    row("credits-it", u"credits"_s, false, u"it"_s, {u"<td>99,5 %</td>"_s, u"Massimale"_s});
    row("calendars-en", u"calendars"_s, false, u"en"_s,
        {u"Milan office"_s, u"Europe/Rome"_s, u"Monday 08:00–17:00"_s, u"Saturday closed"_s,
         u"Christmas (25 December)"_s});
    row("calendars-it", u"calendars"_s, false, u"it"_s,
        {u"lunedì 08:00–17:00"_s, u"sabato chiuso"_s, u"Christmas (25 dicembre)"_s});
    row("review-en", u"review.interval"_s, false, u"en"_s, {u"«every 6 months»"_s});
    row("review-it", u"review.interval"_s, false, u"it"_s, {u"«ogni 6 mesi»"_s});
    row("charter", u"charter"_s, false, u"en"_s,
        {u"Mail must always work."_s, u"<li>99.9 % mail</li>"_s});
    row("signatories-unsigned", u"signatories"_s, false, u"en"_s,
        {u"Service owner ("_s + DocumentTest::Provider + u"), to be signed"_s,
         u"Customer lead (Acme Manufacturing)"_s});
    row("parent-none-en", u"parent.number"_s, false, u"en"_s, {u"«none»"_s});
    row("parent-none-it", u"parent.number"_s, false, u"it"_s, {u"«nessuno»"_s});
    row("parent", u"parent.number"_s, true, u"en"_s, {u"«SLA-2026-"_s});
}

QString clauseHtml(const AgreementDocument &d, const QString &key)
{
    for (const DocumentSection &s : d.sections) {
        for (const DocumentClause &c : s.clauses) {
            if (c.key == key)
                return c.html;
        }
    }
    return {};
}

} // namespace

/// The agreement document in core: the clause library and templates, each version's clauses,
/// every placeholder filled in English and Italian, inheritance, the freeze on submission, the
/// copy into an amendment, and who may edit the library. SQLite and PostgreSQL.
class tst_Document : public TestFixtures::DocumentTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyPlaceholderHasARow();
    void placeholders_data();
    void placeholders();
    void unknownPlaceholderRefused_data();
    void unknownPlaceholderRefused();
    void newDraftCopiesTheTemplate();
    void inheritance();
    void frozenAfterSubmission_data();
    void frozenAfterSubmission();
    void amendmentCopiesTheDocument();
    void libraryRoles_data();
    void libraryRoles();
    void clauseEdits();
    void removedDraftTakesItsDocument();
};

void tst_Document::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    createTemplate();
}

void tst_Document::init()
{
    openCopy();
}

void tst_Document::cleanup()
{
    closeCopy();
}

// Given the placeholders the rows of the placeholders test read, when a placeholder is added
// without a row, then this fails.
void tst_Document::everyPlaceholderHasARow()
{
    QStringList tested;
    placeholderRows(
        [&tested](const char *, const QString &name, bool, const QString &, const QStringList &) {
            if (!tested.contains(name))
                tested.append(name);
        });
    QCOMPARE(Placeholders::names(), tested);
}

void tst_Document::placeholders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("child");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");

    placeholderRows([](const char *tag, const QString &name, bool child, const QString &language,
                       const QStringList &expected) {
        QTest::newRow(tag) << name << child << language << expected;
    });
}

// Given a version whose document has one clause per placeholder, when it is built in a
// language, then each placeholder reads as the agreement's value in that language's words.
void tst_Document::placeholders()
{
    QFETCH(QString, name);
    QFETCH(bool, child);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);

    auto document = DocumentBuilder::build(*mWorkspace, child ? mChild : mMain, language);
    QVERIFY2(document, qPrintable(document.errorString()));
    const QString html = clauseHtml(*document, u"ph."_s + name);
    QVERIFY2(!html.isEmpty(), qPrintable(name));
    QVERIFY2(!html.contains(u"{{"_s), qPrintable(html));
    for (const QString &part : expected)
        QVERIFY2(html.contains(part), qPrintable(u"%1 lacks %2"_s.arg(html, part)));
}

void tst_Document::unknownPlaceholderRefused_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("named");

    QTest::newRow("library-clause") << u"library"_s << u"<p>{{customer.nmae}}</p>"_s
                                    << QStringList{u"new.clause"_s, u"customer.nmae"_s};
    QTest::newRow("library-unclosed")
        << u"library"_s << u"<p>{{fee</p>"_s << QStringList{u"new.clause"_s, u"not closed"_s};
    QTest::newRow("version-clause") << u"version"_s << u"<p>{{totally.unknown}}</p>"_s
                                    << QStringList{u"ph.fee"_s, u"totally.unknown"_s};
    QTest::newRow("json-file") << u"json"_s << u"<p>{{agreement.nummer}}</p>"_s
                               << QStringList{u"clauses.json"_s, u"new.clause"_s,
                                              u"agreement.nummer"_s};
}

// Given a clause text with a placeholder nobody knows, when it is saved anywhere, then the
// save is refused naming the clause and the placeholder, and nothing is stored.
void tst_Document::unknownPlaceholderRefused()
{
    QFETCH(QString, where);
    QFETCH(QString, text);
    QFETCH(QStringList, named);

    mWorkspace->setActingUser(u"mia"_s);
    Result<void> saved;
    if (where == u"library"_s) {
        auto added = ClauseStore(*mWorkspace)
                         .addClause(
                             {0, u"new.clause"_s, {u"New"_s, u"Nuova"_s}, {text, u"<p>ok</p>"_s}});
        saved = added ? Result<void>() : Result<void>(added.error());
        QVERIFY(!ClauseStore(*mWorkspace).clause(u"new.clause"_s));
    } else if (where == u"version"_s) {
        const auto before = DocumentStore(*mWorkspace).document(mMain);
        saved = DocumentStore(*mWorkspace)
                    .editClause(mMain, u"all"_s, u"ph.fee"_s, u"en"_s, u"Fee"_s, text);
        QCOMPARE(DocumentStore(*mWorkspace).document(mMain)->value(), before->value());
    } else {
        const QByteArray clauses =
            QJsonDocument(
                QJsonObject{
                    {u"clauses"_s,
                     QJsonArray{QJsonObject{
                         {u"key"_s, u"new.clause"_s},
                         {u"title"_s, QJsonObject{{u"en"_s, u"T"_s}, {u"it"_s, u"T"_s}}},
                         {u"body"_s, QJsonObject{{u"en"_s, u"<p>ok</p>"_s}, {u"it"_s, text}}}}}}})
                .toJson();
        auto read = LibraryJson::read(clauses, u"clauses.json"_s, "{\"templates\": []}",
                                      u"templates.json"_s);
        saved = read ? Result<void>() : Result<void>(read.error());
    }
    QVERIFY(!saved);
    for (const QString &part : named)
        QVERIFY2(saved.errorString().contains(part),
                 qPrintable(u"\"%1\" lacks %2"_s.arg(saved.errorString(), part)));
}

// Given the library's template, when a draft is made, then it holds a copy of the clauses:
// a later edit of the library changes the library, not the draft.
void tst_Document::newDraftCopiesTheTemplate()
{
    auto document = DocumentStore(*mWorkspace).document(mMain);
    QVERIFY2(document, qPrintable(document.errorString()));
    QVERIFY(document->has_value());
    QCOMPARE((*document)->sections.size(), 2);
    QCOMPARE((*document)->sections.first().clauses.size(), Placeholders::names().size());

    mWorkspace->setActingUser(u"mia"_s);
    ClauseStore library(*mWorkspace);
    LibraryClause note = *library.clause(u"levels.note"_s);
    note.body.en = u"<p>Changed in the library.</p>"_s;
    QVERIFY(library.updateClause(note));
    auto again = DocumentStore(*mWorkspace).document(mMain);
    QCOMPARE((*again)->sections.at(1).clauses.first().body.en, u"<p>Targets apply.</p>"_s);
    verifyTrail();
}

// Given a service-level agreement below a customer-level one, when its document is built,
// then it names the parent and says its terms apply, listing the sections that override.
void tst_Document::inheritance()
{
    const QString parentNumber = mWorkspace->agreement(mMain)->number;
    auto plain = DocumentBuilder::build(*mWorkspace, mChild, u"en"_s);
    QVERIFY2(plain, qPrintable(plain.errorString()));
    QCOMPARE(plain->inheritsFrom.size(), 1);
    QVERIFY(plain->inheritsFrom.first().startsWith(parentNumber + u" — Acme mail & print"_s));
    QString clause = clauseHtml(*plain, QString::fromLatin1(DocumentBuilder::InheritanceClauseKey));
    QVERIFY2(clause.contains(u"The terms of %1 apply"_s.arg(parentNumber)), qPrintable(clause));
    QVERIFY2(clause.contains(u"No section of this agreement replaces theirs"_s),
             qPrintable(clause));

    mWorkspace->setActingUser(u"mia"_s);
    QVERIFY(DocumentStore(*mWorkspace).setOverridesParent(mChild, u"service-levels"_s, true));
    auto overriding = DocumentBuilder::build(*mWorkspace, mChild, u"it"_s);
    QVERIFY2(overriding, qPrintable(overriding.errorString()));
    clause = clauseHtml(*overriding, QString::fromLatin1(DocumentBuilder::InheritanceClauseKey));
    QVERIFY2(clause.contains(u"sostituiscono le sezioni corrispondenti di tali accordi: Livelli "
                             "di servizio"_s),
             qPrintable(clause));

    auto top = DocumentBuilder::build(*mWorkspace, mMain, u"en"_s);
    QVERIFY(top->inheritsFrom.isEmpty());
    QVERIFY(clauseHtml(*top, QString::fromLatin1(DocumentBuilder::InheritanceClauseKey)).isEmpty());
    verifyTrail();
}

void tst_Document::frozenAfterSubmission_data()
{
    QTest::addColumn<AgreementStatus>("status");
    QTest::addColumn<QString>("refusal");

    QTest::newRow("draft") << AgreementStatus::Draft << QString();
    QTest::newRow("negotiation") << AgreementStatus::Negotiation << QString();
    QTest::newRow("approval") << AgreementStatus::Approval
                              << u"version 1 is awaiting approval: its document is frozen"_s;
    QTest::newRow("signed") << AgreementStatus::Active
                            << u"version 1 is signed and in force: its document is frozen"_s;
}

// Given a version in a state, when its document is edited, then a draft or negotiation takes
// the edit and a version submitted for approval refuses it with the reason, unchanged.
void tst_Document::frozenAfterSubmission()
{
    QFETCH(AgreementStatus, status);
    QFETCH(QString, refusal);

    if (status != AgreementStatus::Draft)
        walk(mMain, status);
    const auto before = DocumentStore(*mWorkspace).document(mMain);
    mWorkspace->setActingUser(u"mia"_s);
    auto edited = DocumentStore(*mWorkspace)
                      .editClause(mMain, u"service-levels"_s, u"levels.note"_s, u"en"_s, u"Note"_s,
                                  u"<p>Edited.</p>"_s);
    const auto after = DocumentStore(*mWorkspace).document(mMain);
    if (refusal.isEmpty()) {
        QVERIFY2(edited, qPrintable(edited.errorString()));
        QCOMPARE((*after)->sections.at(1).clauses.first().body.en, u"<p>Edited.</p>"_s);
    } else {
        QVERIFY(!edited);
        const QString number = mWorkspace->agreement(mMain)->number;
        QCOMPARE(edited.errorString(), number + u' ' + refusal);
        QCOMPARE(after->value(), before->value());
    }
    verifyTrail();
}

// Given a signed version whose document was edited, when it is amended, then the new draft's
// document is the signed one's, not the template's.
void tst_Document::amendmentCopiesTheDocument()
{
    mWorkspace->setActingUser(u"mia"_s);
    QVERIFY(DocumentStore(*mWorkspace)
                .editClause(mMain, u"service-levels"_s, u"levels.note"_s, u"it"_s, u"Nota"_s,
                            u"<p>Solo per Acme.</p>"_s));
    QVERIFY(DocumentStore(*mWorkspace).removeClause(mMain, u"all"_s, u"ph.fee"_s));
    walk(mMain, AgreementStatus::Active);
    TransitionRequest amend = requestFor(Transition::Amend);
    auto draft = mWorkflow->transition(mMain, amend, u"mia"_s);
    QVERIFY2(draft, qPrintable(draft.errorString()));
    QVERIFY(*draft != mMain);
    const auto signedDocument = DocumentStore(*mWorkspace).document(mMain);
    const auto amended = DocumentStore(*mWorkspace).document(*draft);
    QVERIFY(amended && amended->has_value());
    QCOMPARE((*amended)->sections, (*signedDocument)->sections);
    QCOMPARE((*amended)->sections.at(1).clauses.first().body.it, u"<p>Solo per Acme.</p>"_s);
    verifyTrail();
}

void tst_Document::libraryRoles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("sla-manager") << u"mia"_s << true;
    QTest::newRow("administrator") << u"erin"_s << true;
    QTest::newRow("analyst") << u"dave"_s << false;
    QTest::newRow("approver") << u"frank"_s << false;
}

// Given a user, when they change the library, the templates or the provider's name, then an
// SLA manager or an administrator may and anyone else is refused, nothing changed.
void tst_Document::libraryRoles()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);

    mWorkspace->setActingUser(user);
    ClauseStore library(*mWorkspace);
    const auto clause = library.addClause(
        {0, u"x.new"_s, {u"New"_s, u"Nuova"_s}, {u"<p>{{fee}}</p>"_s, u"<p>{{fee}}</p>"_s}});
    QCOMPARE(clause.ok(), allowed);
    QCOMPARE(library.clause(u"x.new"_s).ok(), allowed);
    DocumentTemplate ola;
    ola.kind = AgreementKind::Ola;
    ola.name = {u"OLA"_s, u"OLA"_s};
    ola.sections = {{u"scope"_s, {u"Scope"_s, u"Oggetto"_s}, {u"levels.note"_s}}};
    QCOMPARE(library.saveTemplate(ola).ok(), allowed);
    QCOMPARE(library.templateOf(AgreementKind::Ola)->has_value(), allowed);
    QCOMPARE(library.setProviderName(u"Other S.r.l."_s).ok(), allowed);
    QCOMPARE(*library.providerName(), allowed ? u"Other S.r.l."_s : Provider);
    // Only an SLA manager edits an agreement's document.
    QCOMPARE(DocumentStore(*mWorkspace).removeClause(mMain, u"all"_s, u"ph.fee"_s).ok(),
             user == u"mia"_s);
    verifyTrail();
}

// Add, move and remove clauses of a draft's section, and refuse what does not exist.
void tst_Document::clauseEdits()
{
    mWorkspace->setActingUser(u"mia"_s);
    DocumentStore store(*mWorkspace);
    QVERIFY(store.addClause(mMain, u"service-levels"_s, u"ph.fee"_s, 0));
    auto document = store.document(mMain);
    QCOMPARE((*document)->sections.at(1).clauses.first().key, u"ph.fee"_s);
    QVERIFY(store.moveClause(mMain, u"service-levels"_s, u"ph.fee"_s, 1));
    document = store.document(mMain);
    QCOMPARE((*document)->sections.at(1).clauses.at(1).key, u"ph.fee"_s);
    auto twice = store.addClause(mMain, u"service-levels"_s, u"ph.fee"_s);
    QVERIFY(!twice);
    QVERIFY2(twice.errorString().contains(u"already holds the clause \"ph.fee\""_s),
             qPrintable(twice.errorString()));
    auto nowhere = store.addClause(mMain, u"no-such-section"_s, u"ph.fee"_s);
    QVERIFY(!nowhere);
    QVERIFY(nowhere.errorString().contains(u"no section \"no-such-section\""_s));
    auto unknown = store.addClause(mMain, u"all"_s, u"no.such.clause"_s);
    QVERIFY(!unknown);
    QVERIFY(unknown.errorString().contains(u"no.such.clause"_s));
    auto outside = store.moveClause(mMain, u"service-levels"_s, u"ph.fee"_s, 5);
    QVERIFY(!outside);
    QVERIFY(store.removeClause(mMain, u"service-levels"_s, u"ph.fee"_s));
    QCOMPARE(store.document(mMain)->value().sections.at(1).clauses.size(), 1);
    verifyTrail();
}

// Given a draft with a document, when the draft is deleted, then its document goes with it
// and the audit trail still matches the tables.
void tst_Document::removedDraftTakesItsDocument()
{
    mWorkspace->setActingUser(u"mia"_s);
    QVERIFY(DocumentStore(*mWorkspace).removeClause(mChild, u"all"_s, u"ph.fee"_s));
    auto removed = mWorkspace->removeAgreement(mChild);
    QVERIFY2(removed, qPrintable(removed.errorString()));
    QVERIFY(!DocumentStore(*mWorkspace).document(mChild)->has_value());
    verifyTrail();
}

QTEST_GUILESS_MAIN(tst_Document)
#include "tst_document.moc"
