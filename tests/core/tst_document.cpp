#include "audit/auditlog.h"
#include "data/clausestore.h"
#include "data/documentstore.h"
#include "data/workspace.h"
#include "document/documentbuilder.h"
#include "document/libraryjson.h"
#include "document/placeholders.h"
#include "document/signeddocuments.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

const QString OfficeJson = uR"({ "name": "Milan office", "timezone": "Europe/Rome",
  "week": { "mon": ["08:00-17:00"], "tue": ["08:00-17:00"], "wed": ["08:00-17:00"],
            "thu": ["08:00-17:00"], "fri": ["08:00-17:00"] },
  "holidays": [ {"fixed": "12-25", "name": "Christmas"} ] })"_s;

const QString Provider = u"Meridiana Test S.p.A."_s;

// Calls row(tag, name, child, language, expected) for each row of tst_Document::placeholders:
// a placeholder, whether it is read in the child agreement's document, the language, and parts
// of what it reads as.
template<typename Row>
void placeholderRows(Row row)
{
    row("provider", u"provider.name"_s, false, u"en"_s, {Provider});
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
        {u"Service owner ("_s + Provider + u"), to be signed"_s,
         u"Customer lead (Acme Manufacturing)"_s});
    row("parent-none-en", u"parent.number"_s, false, u"en"_s, {u"«none»"_s});
    row("parent-none-it", u"parent.number"_s, false, u"it"_s, {u"«nessuno»"_s});
    row("parent", u"parent.number"_s, true, u"en"_s, {u"«SLA-2026-"_s});
}

// The renderer the tests sign with: bytes that follow from the document, so that two different
// documents never give the same PDF.
Result<QByteArray> fakePdf(const AgreementDocument &d)
{
    QByteArray bytes = "%PDF-fake " + d.number.toUtf8() + ' ' + QByteArray::number(d.version);
    for (const DocumentSection &s : d.sections) {
        for (const DocumentClause &c : s.clauses)
            bytes += '\n' + c.html.toUtf8();
    }
    for (const DocumentSignatory &s : d.signatories)
        bytes += '\n' + s.name.toUtf8() + ' ' + s.signedOn.toUtf8();
    return bytes;
}

TransitionRequest requestFor(Transition transition)
{
    return TestFixtures::transitionRequest(transition, QDate(2026, 2, 20));
}

// One clause per placeholder: "ph.agreement.start" holds «{{agreement.start}}».
LibraryJson::Library placeholderLibrary()
{
    LibraryJson::Library library;
    DocumentTemplate t;
    t.kind = AgreementKind::CustomerSla;
    t.name = {u"Test SLA"_s, u"SLA di prova"_s};
    TemplateSection all{u"all"_s, {u"Everything"_s, u"Tutto"_s}, {}};
    for (const QString &name : Placeholders::names()) {
        const QString key = u"ph."_s + name;
        library.clauses.append({0,
                                key,
                                {u"About "_s + name, u"Su "_s + name},
                                {u"<p>«{{%1}}»</p>"_s.arg(name), u"<p>«{{%1}}»</p>"_s.arg(name)}});
        all.clauseKeys.append(key);
    }
    library.clauses.append({0,
                            u"levels.note"_s,
                            {u"Note"_s, u"Nota"_s},
                            {u"<p>Targets apply.</p>"_s, u"<p>Gli obiettivi valgono.</p>"_s}});
    t.sections = {
        all,
        {u"service-levels"_s, {u"Service levels"_s, u"Livelli di servizio"_s}, {u"levels.note"_s}}};
    library.templates.append(t);
    return library;
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
/// copy into an amendment, the PDF and SHA-256 stored at signature, and who may edit the
/// library. SQLite and PostgreSQL.
class tst_Document : public TestFixtures::TemplateCopyTest
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
    void fingerprintAtSignature();
    void signingWithoutRendererRefused();
    void libraryRoles_data();
    void libraryRoles();
    void clauseEdits();
    void removedDraftTakesItsDocument();
    void versionsShareOneText();
    void changedTextDetected_data();
    void changedTextDetected();
    void upgradeMovesTexts();

private:
    qint64 createAgreement(const QString &title, const QDate &end, qint64 parentId = 0,
                           AgreementLevel level = AgreementLevel::Customer);
    qint64 walk(qint64 id, AgreementStatus status);
    void verifyTrail();

    qint64 count(const QString &sql);

    std::unique_ptr<Database> mDb;
    std::unique_ptr<Workspace> mWorkspace;
    std::unique_ptr<AgreementWorkflow> mWorkflow;
    qint64 mCustomer = 0, mMail = 0, mOffice = 0;
    qint64 mMain = 0, mChild = 0;
};

void tst_Document::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    mTemplate = TestBackend::freshLocation(mDir, u"template"_s);
    std::unique_ptr<Database> db;
    QCOMPARE(TestFixtures::create(mTemplate, db,
                                  {{u"mia"_s, {Role::SlaManager}},
                                   {u"dave"_s, {Role::Analyst}},
                                   {u"erin"_s, {Role::Administrator}},
                                   {u"frank"_s, {Role::Approver}},
                                   {u"gina"_s, {Role::Approver}}}),
             QString());
    Workspace workspace(*db);
    auto library = LibraryJson::store(workspace, placeholderLibrary());
    QVERIFY2(library, qPrintable(library.errorString()));
    QVERIFY(ClauseStore(workspace).setProviderName(Provider));
    QVERIFY(Migrations::latestVersion() >= 11);
}

void tst_Document::init()
{
    copyTemplate(u"run"_s);
    auto db = Database::open(mLocation, Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorString()));
    mDb = std::move(*db);
    mWorkspace = std::make_unique<Workspace>(*mDb);
    mWorkflow = std::make_unique<AgreementWorkflow>(*mWorkspace);
    mWorkflow->setToday(QDate(2026, 3, 1));
    DocumentRendering::setPdfRenderer(fakePdf);
    DocumentBuilder::setUnsignedDate(QDate(2026, 1, 10));

    auto office = mWorkspace->insert(CalendarRecord{0, u"Milan office"_s, {}, OfficeJson});
    QVERIFY2(office, qPrintable(office.errorString()));
    mOffice = *office;
    auto region = mWorkspace->insert(Region{0, u"IT"_s, u"Italy"_s, mOffice, 0});
    QVERIFY(region);
    Party party = TestFixtures::party(u"Acme Manufacturing"_s, PartyKind::Customer, *region);
    party.contact = u"Rita Rossi"_s;
    party.email = u"rita@acme.example"_s;
    auto customer = mWorkspace->insert(party);
    QVERIFY2(customer, qPrintable(customer.errorString()));
    mCustomer = *customer;
    auto mail = mWorkspace->insert(Service{0, u"MAIL"_s, u"E-mail"_s, {}, {}, {}, true});
    QVERIFY(mail);
    mMail = *mail;
    mMain = createAgreement(u"Acme mail & print"_s, QDate(2028, 12, 31));
    mChild = createAgreement(u"Acme mail desk"_s, QDate(), mMain, AgreementLevel::Service);
    QVERIFY(mMain > 0 && mChild > 0);
}

void tst_Document::cleanup()
{
    DocumentRendering::setPdfRenderer({});
    mWorkflow.reset();
    mWorkspace.reset();
    mDb.reset();
}

qint64 tst_Document::createAgreement(const QString &title, const QDate &end, qint64 parentId,
                                     AgreementLevel level)
{
    Target availability = TestFixtures::target(mMail, Metric::Availability, 99900, 100000);
    availability.calendarId = mOffice;
    availability.creditTiers = {{99500, 1000}};
    availability.creditCapHundredths = 2500;
    Agreement a = TestFixtures::agreement(title, mCustomer, {mMail}, {availability},
                                          QDate(2026, 3, 1), end, Money(125000, u"EUR"_s));
    a.level = level;
    a.parentId = parentId;
    a.noticeDays = 60;
    a.reviewMonths = 6;
    mWorkspace->setActingUser(u"mia"_s);
    auto id = mWorkspace->insert(a);
    if (!id)
        qFatal("%s", qPrintable(id.errorString()));
    if (!mWorkflow->setCharter(*id, {u"Mail must always work."_s, {u"99.9 % mail"_s}, {}},
                               u"mia"_s))
        qFatal("charter");
    if (!mWorkflow->setRequiredApprovers(*id,
                                         {{0, Side::Provider, u"Service owner"_s, {}},
                                          {0, Side::Counterparty, u"Customer lead"_s, {}}},
                                         u"mia"_s))
        qFatal("approvers");
    return *id;
}

// Takes a draft along the workflow up to `status` (approval or active).
qint64 tst_Document::walk(qint64 id, AgreementStatus status)
{
    auto step = [&](Transition t, const QString &user) {
        auto r = mWorkflow->transition(id, requestFor(t), user);
        if (!r)
            qFatal("%s", qPrintable(r.errorString()));
    };
    step(Transition::Submit, u"mia"_s);
    if (status == AgreementStatus::Negotiation)
        return id;
    step(Transition::RequestApproval, u"mia"_s);
    if (status == AgreementStatus::Approval)
        return id;
    step(Transition::Approve, u"frank"_s);
    step(Transition::Approve, u"gina"_s);
    step(Transition::Sign, u"mia"_s);
    return id;
}

void tst_Document::verifyTrail()
{
    auto verified = AuditLog(mDb->connection()).verify();
    QVERIFY2(verified, qPrintable(verified.errorString()));
    QVERIFY2(verified->intact, qPrintable(verified->problem));
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

// Given a renderer, when a version with a document is signed, then the PDF is stored with the
// signing record, its SHA-256 is on the audit trail, the stored bytes verify and a copy that
// differs in one byte does not.
void tst_Document::fingerprintAtSignature()
{
    walk(mMain, AgreementStatus::Active);
    auto stored = SignedDocuments::stored(mDb->connection(), mMain);
    QVERIFY2(stored, qPrintable(stored.errorString()));
    QVERIFY(stored->has_value());
    const QByteArray pdf = (*stored)->pdf;
    QVERIFY(pdf.startsWith("%PDF-fake"));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QCOMPARE((*stored)->sha256, sha);
    // The signed PDF carries the signatories and the signing date, not the approvers to come.
    QVERIFY(pdf.contains("Paula Provider 20 February 2026"));

    auto history = AuditLog(mDb->connection()).history(u"agreement"_s, mMain);
    QVERIFY(history);
    QString audited;
    for (const AuditRecord &r : std::as_const(*history)) {
        if (r.action == u"transition:sign"_s)
            audited = QJsonDocument::fromJson(r.newValue.toUtf8())
                          .object()
                          .value(u"document_sha256"_s)
                          .toString();
    }
    QCOMPARE(audited, sha);

    auto same = SignedDocuments::verify(mDb->connection(), mMain, pdf);
    QVERIFY2(same, qPrintable(same.errorString()));
    QVERIFY(same->matches);
    QByteArray changed = pdf;
    changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x01);
    auto other = SignedDocuments::verify(mDb->connection(), mMain, changed);
    QVERIFY(other);
    QVERIFY(!other->matches);
    QCOMPARE(other->signedSha256, sha);
    QVERIFY(other->fileSha256 != sha);
    verifyTrail();
}

// Given a program without a renderer, when a version with a document is signed, then the
// signature is refused with the reason and the version stays in approval.
void tst_Document::signingWithoutRendererRefused()
{
    walk(mMain, AgreementStatus::Approval);
    QVERIFY(mWorkflow->transition(mMain, requestFor(Transition::Approve), u"frank"_s));
    QVERIFY(mWorkflow->transition(mMain, requestFor(Transition::Approve), u"gina"_s));
    DocumentRendering::setPdfRenderer({});
    auto signedId = mWorkflow->transition(mMain, requestFor(Transition::Sign), u"mia"_s);
    QVERIFY(!signedId);
    QVERIFY2(signedId.errorString().contains(u"cannot render it as the PDF that is signed"_s),
             qPrintable(signedId.errorString()));
    QCOMPARE(mWorkspace->agreement(mMain)->status, AgreementStatus::Approval);
    QVERIFY(!SignedDocuments::stored(mDb->connection(), mMain)->has_value());
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

qint64 tst_Document::count(const QString &sql)
{
    auto n = Sql::scalar(mDb->connection(), sql);
    if (!n)
        qFatal("%s", qPrintable(n.errorString()));
    return n->toLongLong();
}

// Given two drafts made from one template, then their documents name one stored text; when
// one of them is edited, then it gets a text of its own and the other keeps the first.
void tst_Document::versionsShareOneText()
{
    QCOMPARE(count(u"SELECT count(*) FROM document_texts"_s), 1);
    QCOMPARE(count(u"SELECT count(DISTINCT sections_sha256) FROM agreement_documents"_s), 1);
    DocumentStore store(*mWorkspace);
    const auto before = store.document(mMain);
    QVERIFY(before && *before);
    mWorkspace->setActingUser(u"mia"_s);
    QVERIFY(store.editClause(mChild, u"service-levels"_s, u"levels.note"_s, u"en"_s, u"Note"_s,
                             u"<p>Targets apply to the desk.</p>"_s));
    QCOMPARE(count(u"SELECT count(*) FROM document_texts"_s), 2);
    QCOMPARE(store.document(mMain)->value(), before->value());
    QCOMPARE(store.document(mChild)->value().sections.at(1).clauses.at(0).body.en,
             u"<p>Targets apply to the desk.</p>"_s);
    verifyTrail();
}

void tst_Document::changedTextDetected_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<QString>("named");
    QTest::newRow("text changed in place")
        << u"UPDATE document_texts SET content = replace(content, 'Targets apply', "
           "'Targets may apply') WHERE sha256 = (SELECT max(sha256) FROM document_texts)"_s
        << u"document_texts "_s;
    QTest::newRow("version pointed at another text")
        << u"UPDATE agreement_documents SET sections_sha256 = (SELECT max(sha256) FROM "
           "document_texts) WHERE sections_sha256 <> (SELECT max(sha256) FROM document_texts)"_s
        << u"column sections_sha256"_s;
}

// Given a trail that names each document's text by its SHA-256, when a text or a version's
// pointer to it is changed outside Accordo, then `audit verify` names it.
void tst_Document::changedTextDetected()
{
    QFETCH(QString, tampering);
    QFETCH(QString, named);
    mWorkspace->setActingUser(u"mia"_s);
    QVERIFY(DocumentStore(*mWorkspace).removeClause(mChild, u"all"_s, u"ph.fee"_s));
    verifyTrail();
    QSqlQuery query(mDb->connection());
    QVERIFY2(query.exec(tampering), qPrintable(query.lastError().text()));
    QCOMPARE(query.numRowsAffected(), 1);
    auto verified = AuditLog(mDb->connection()).verify();
    QVERIFY2(verified, qPrintable(verified.errorString()));
    QVERIFY(!verified->intact);
    QVERIFY2(verified->problem.contains(named), qPrintable(verified->problem));
}

// Given a workspace of schema version 17, whose documents hold their text and whose trail
// records it, when it is opened, then the texts move to document_texts (one per distinct
// text), every document reads as before and the trail still matches the tables.
void tst_Document::upgradeMovesTexts()
{
    mWorkspace->setActingUser(u"mia"_s);
    DocumentStore store(*mWorkspace);
    QVERIFY(store.removeClause(mChild, u"all"_s, u"ph.fee"_s));
    const VersionDocument main = store.document(mMain)->value();
    const VersionDocument child = store.document(mChild)->value();
    // The last record about the child's document as version 17 wrote it: the text itself.
    const QString childText = SectionsJson::write(child.sections);
    const QJsonObject older{{u"agreement_id"_s, QString::number(mChild)},
                            {u"sections"_s, childText}};
    QVERIFY(AuditLog(mDb->connection())
                .append(u"mia"_s, u"agreement_document"_s, child.id, u"update"_s, older, older));
    const bool postgres = Dialect::isPostgres(mDb->connection());
    const QStringList toVersion17 =
        postgres ? QStringList{u"ALTER TABLE agreement_documents ADD COLUMN sections TEXT NOT NULL "
                               "DEFAULT '[]'"_s,
                               u"UPDATE agreement_documents d SET sections = t.content FROM "
                               "document_texts t WHERE t.sha256 = d.sections_sha256"_s,
                               u"ALTER TABLE agreement_documents DROP COLUMN sections_sha256"_s,
                               u"DROP TABLE document_texts"_s}
                 : QStringList{u"PRAGMA foreign_keys = OFF"_s,
                               u"CREATE TABLE older (id INTEGER PRIMARY KEY, agreement_id INTEGER "
                               "NOT NULL UNIQUE REFERENCES agreements(id) ON DELETE CASCADE, "
                               "sections TEXT NOT NULL DEFAULT '[]')"_s,
                               u"INSERT INTO older SELECT d.id, d.agreement_id, t.content FROM "
                               "agreement_documents d JOIN document_texts t "
                               "ON t.sha256 = d.sections_sha256"_s,
                               u"DROP TABLE agreement_documents"_s,
                               u"ALTER TABLE older RENAME TO agreement_documents"_s,
                               u"DROP TABLE document_texts"_s,
                               u"PRAGMA foreign_keys = ON"_s};
    // What the versions after 18 added goes too: the upgrade adds it again.
    const QStringList after18 =
        postgres
            ? QStringList{u"DROP TABLE verdict_batches"_s,
                          u"DROP TRIGGER tickets_moved_periods ON tickets"_s,
                          u"DROP TRIGGER tickets_gone_periods ON tickets"_s}
            : QStringList{u"DROP TABLE verdict_batches"_s, u"DROP TRIGGER tickets_moved_periods"_s,
                          u"DROP TRIGGER tickets_gone_periods"_s};
    QSqlQuery query(mDb->connection());
    for (const QString &sql : after18 + toVersion17)
        QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
    QVERIFY(query.exec(u"UPDATE accordo_meta SET value = '17' WHERE key = 'schema_version'"_s));
    query = QSqlQuery();
    cleanup();

    auto reopened = Database::open(mLocation, Database::OpenMode::MustExist);
    QVERIFY2(reopened, qPrintable(reopened.errorString()));
    mDb = std::move(*reopened);
    QCOMPARE(mDb->schemaVersion(), Migrations::latestVersion());
    mWorkspace = std::make_unique<Workspace>(*mDb);
    QCOMPARE(count(u"SELECT count(*) FROM document_texts"_s), 2);
    DocumentStore upgraded(*mWorkspace);
    QCOMPARE(upgraded.document(mMain)->value(), main);
    QCOMPARE(upgraded.document(mChild)->value(), child);
    QCOMPARE(count(u"SELECT count(*) FROM agreement_documents WHERE sections_sha256 IS NULL"_s), 0);
    verifyTrail();
}

QTEST_GUILESS_MAIN(tst_Document)
#include "tst_document.moc"
