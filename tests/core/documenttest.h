#pragma once

// The ground the agreement document tests share: a workspace made once with the clause library
// (one clause per placeholder) and the provider's name, of which every test works on a copy
// holding a customer in Milan, the mail service, a customer-level agreement and a service-level
// one below it.

#include "audit/auditlog.h"
#include "data/clausestore.h"
#include "data/workspace.h"
#include "document/documentbuilder.h"
#include "document/documentmodel.h"
#include "document/libraryjson.h"
#include "document/placeholders.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTest>

#include <memory>

namespace Accordo::TestFixtures {

/// A test class of the agreement document derives from it, creates the template in
/// initTestCase(), opens a copy of it in init() and closes it in cleanup().
class DocumentTest : public TemplateCopyTest
{
public:
    /// The provider's name in the template's documents.
    static inline const QString Provider = u"Meridiana Test S.p.A."_s;

protected:
    static TransitionRequest requestFor(Transition transition)
    {
        return transitionRequest(transition, QDate(2026, 2, 20));
    }

    /// Creates the template: its users, the placeholder library and the provider's name.
    void createTemplate()
    {
        mTemplate = TestBackend::freshLocation(mDir, u"template"_s);
        std::unique_ptr<Database> db;
        QCOMPARE(create(mTemplate, db,
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

    /// Opens a copy of the template, renders with fakePdf() and adds the customer, the service
    /// and the agreements mMain and mChild.
    void openCopy()
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

    /// Closes the copy and takes the renderer away.
    void closeCopy()
    {
        DocumentRendering::setPdfRenderer({});
        mWorkflow.reset();
        mWorkspace.reset();
        mDb.reset();
    }

    qint64 createAgreement(const QString &title, const QDate &end, qint64 parentId = 0,
                           AgreementLevel level = AgreementLevel::Customer)
    {
        Target availability = target(mMail, Metric::Availability, 99900, 100000);
        availability.calendarId = mOffice;
        availability.creditTiers = {{99500, 1000}};
        availability.creditCapHundredths = 2500;
        Agreement a = agreement(title, mCustomer, {mMail}, {availability}, QDate(2026, 3, 1), end,
                                Money(125000, u"EUR"_s));
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
    qint64 walk(qint64 id, AgreementStatus status)
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

    void verifyTrail()
    {
        auto verified = AuditLog(mDb->connection()).verify();
        QVERIFY2(verified, qPrintable(verified.errorString()));
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }

    std::unique_ptr<Database> mDb;
    std::unique_ptr<Workspace> mWorkspace;
    std::unique_ptr<AgreementWorkflow> mWorkflow;
    qint64 mCustomer = 0, mMail = 0, mOffice = 0;
    qint64 mMain = 0, mChild = 0;

private:
    static inline const QString OfficeJson =
        uR"({ "name": "Milan office", "timezone": "Europe/Rome",
  "week": { "mon": ["08:00-17:00"], "tue": ["08:00-17:00"], "wed": ["08:00-17:00"],
            "thu": ["08:00-17:00"], "fri": ["08:00-17:00"] },
  "holidays": [ {"fixed": "12-25", "name": "Christmas"} ] })"_s;

    // The renderer the tests sign with: bytes that follow from the document, so that two different
    // documents never give the same PDF.
    static Result<QByteArray> fakePdf(const AgreementDocument &d)
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

    // One clause per placeholder: "ph.agreement.start" holds «{{agreement.start}}».
    static LibraryJson::Library placeholderLibrary()
    {
        LibraryJson::Library library;
        DocumentTemplate t;
        t.kind = AgreementKind::CustomerSla;
        t.name = {u"Test SLA"_s, u"SLA di prova"_s};
        TemplateSection all{u"all"_s, {u"Everything"_s, u"Tutto"_s}, {}};
        for (const QString &name : Placeholders::names()) {
            const QString key = u"ph."_s + name;
            library.clauses.append(
                {0,
                 key,
                 {u"About "_s + name, u"Su "_s + name},
                 {u"<p>«{{%1}}»</p>"_s.arg(name), u"<p>«{{%1}}»</p>"_s.arg(name)}});
            all.clauseKeys.append(key);
        }
        library.clauses.append({0,
                                u"levels.note"_s,
                                {u"Note"_s, u"Nota"_s},
                                {u"<p>Targets apply.</p>"_s, u"<p>Gli obiettivi valgono.</p>"_s}});
        t.sections = {all,
                      {u"service-levels"_s,
                       {u"Service levels"_s, u"Livelli di servizio"_s},
                       {u"levels.note"_s}}};
        library.templates.append(t);
        return library;
    }
};

} // namespace Accordo::TestFixtures
