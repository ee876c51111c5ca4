#pragma once

// The ground the lifecycle tests share: a workspace made once, with users of every role, a
// customer, three services and an agreement in each state, of which every test works on a copy
// of its own.

#include "data/userdirectory.h"
#include "data/workspace.h"
#include "lifecycle/agreementworkflow.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"

#include <QDate>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

namespace Accordo::TestFixtures {

/// A test class of the agreement lifecycle derives from it, creates the template in
/// initTestCase(), opens a copy of it in init() and closes it in cleanup().
class LifecycleTest : public TemplateCopyTest
{
protected:
    struct Fixture
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<AgreementWorkflow> workflow;
    };

    // The workflow's clock in these tests: after the fixtures' end date, so that expiry is due.
    static inline const QDate Today{2030, 1, 1};

    // The user who holds exactly one role and never touched the fixtures.
    static QString userFor(Role role)
    {
        switch (role) {
        case Role::SlaManager:
            return u"mia"_s;
        case Role::Approver:
            return u"bob"_s;
        case Role::Executive:
            return u"carol"_s;
        case Role::Analyst:
            return u"dave"_s;
        case Role::Administrator:
            return u"erin"_s;
        }
        return {};
    }

    static TransitionRequest requestFor(Transition transition)
    {
        TransitionRequest request = transitionRequest(transition, QDate(2026, 1, 15),
                                                      u"as agreed in the steering meeting"_s);
        if (transition == Transition::Terminate)
            request.date = QDate(2029, 6, 30);
        return request;
    }

    /// Creates the template: its users, the customer, the services and an agreement in each
    /// state, named in mFixtureIds.
    void createTemplate()
    {
        mTemplate = TestBackend::freshLocation(mDir, u"template"_s);
        Fixture f = open(mTemplate);
        const QList<std::pair<QString, QList<Role>>> people = {
            {u"author"_s, {Role::SlaManager}},
            {u"mia"_s, {Role::SlaManager}},
            {u"bob"_s, {Role::Approver}},
            {u"carol"_s, {Role::Executive}},
            {u"dave"_s, {Role::Analyst}},
            {u"erin"_s, {Role::Administrator}},
            {u"frank"_s, {Role::Approver}},
            {u"gina"_s, {Role::Approver}},
            {u"alice"_s, {Role::SlaManager, Role::Approver}},
            {u"ben"_s, {Role::SlaManager, Role::Approver}},
        };
        const QString failed = addUsers(f.db->connection(), people);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        mCustomer = *f.workspace->insert(party(u"Acme Manufacturing"_s));
        mMail = *f.workspace->insert(Service{0, u"MAIL"_s, u"E-mail"_s, {}, {}, {}, true});
        mPrint = *f.workspace->insert(
            Service{0, u"PRINT"_s, u"Printer support"_s, {}, {}, {}, true});
        mVpn = *f.workspace->insert(Service{0, u"VPN"_s, u"Remote access"_s, {}, {}, {}, true});

        mFixtureIds[u"draft"_s] = prepare(f, AgreementStatus::Draft, false, u"Draft"_s);
        mFixtureIds[u"negotiation"_s] = prepare(f, AgreementStatus::Negotiation, false, u"Nego"_s);
        mFixtureIds[u"approval"_s] = prepare(f, AgreementStatus::Approval, false, u"Open"_s);
        mFixtureIds[u"approval-complete"_s] = prepare(f, AgreementStatus::Approval, true,
                                                      u"Done"_s);
        mFixtureIds[u"active"_s] = prepare(f, AgreementStatus::Active, true, u"Active"_s);
        mFixtureIds[u"expired"_s] = prepare(f, AgreementStatus::Expired, true, u"Expired"_s);
        mFixtureIds[u"terminated"_s] = prepare(f, AgreementStatus::Terminated, true, u"Ended"_s);
        for (auto it = mFixtureIds.cbegin(); it != mFixtureIds.cend(); ++it) {
            const QString state = it.key().section(u'-', 0, 0);
            QCOMPARE(Enums::key(f.workspace->agreement(it.value())->status), state);
        }
    }

    /// Opens a copy of its own of the template as mCurrent.
    void openCopy()
    {
        copyTemplate(u"copy"_s);
        mCurrent = open(mLocation);
    }

    /// Closes mCurrent: the connection users go before the connection itself.
    void closeCopy()
    {
        mCurrent.workflow.reset();
        mCurrent.workspace.reset();
        mCurrent.db.reset();
    }

    Fixture open(const QString &path) const
    {
        Fixture f;
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.errorString()));
        f.db = std::move(*db);
        f.workspace = std::make_unique<Workspace>(*f.db);
        f.workflow = std::make_unique<AgreementWorkflow>(*f.workspace);
        f.workflow->setToday(Today);
        return f;
    }

    // Everything a refused transition could have touched: each table's size, the agreement row,
    // and the audit trail's head.
    QString snapshot(Fixture &f, qint64 agreementId) const
    {
        QStringList parts;
        QSqlQuery query(f.db->connection());
        QStringList tables = f.db->connection().tables(QSql::Tables);
        tables.sort();
        for (const QString &table : tables) {
            query.exec(u"SELECT count(*) FROM "_s + table);
            query.next();
            parts.append(table + u"="_s + query.value(0).toString());
        }
        query.prepare(u"SELECT * FROM agreements WHERE id = ?"_s);
        query.addBindValue(agreementId);
        query.exec();
        query.next();
        for (int i = 0; i < query.record().count(); ++i)
            parts.append(query.value(i).toString());
        query.exec(u"SELECT value FROM accordo_meta ORDER BY key"_s);
        while (query.next())
            parts.append(query.value(0).toString());
        return parts.join(u'|');
    }

    Result<qint64> createAgreement(Fixture &f, const QString &author, const QString &title) const
    {
        Target response = target(mPrint, Metric::FirstResponse, 4 * 3600);
        response.priority = u"P1"_s;
        const Agreement a = agreement(
            title, mCustomer, {mMail, mPrint},
            {target(mMail, Metric::Availability, 99900, 100000), response}, QDate(2026, 1, 1),
            QDate(2029, 12, 31), Money(1250000, u"EUR"_s));
        f.workspace->setActingUser(author);
        auto id = f.workspace->insert(a);
        f.workspace->actAsSystem();
        if (!id)
            return id;
        if (auto r = f.workflow->setCharter(*id,
                                            {u"Mail must always work; printers fixed fast."_s,
                                             {u"99.9 % mail availability"_s},
                                             {u"on-site printer support"_s}},
                                            author);
            !r)
            return r.error();
        if (auto r = f.workflow->setRequiredApprovers(
                *id,
                {{0, Side::Provider, u"Service owner"_s, {}},
                 {0, Side::Counterparty, u"Customer representative"_s, {}}},
                author);
            !r)
            return r.error();
        return id;
    }

    // Walks a fresh agreement along the happy path up to `status`, with every guard met.
    qint64 prepare(Fixture &f, AgreementStatus status, bool approvalsComplete,
                   const QString &title) const
    {
        auto id = createAgreement(f, u"author"_s, title);
        if (!id)
            qFatal("fixture: %s", qPrintable(id.errorString()));
        auto step = [&](Transition t, const QString &user) {
            auto r = f.workflow->transition(*id, requestFor(t), user);
            if (!r)
                qFatal("fixture %s: %s", qPrintable(title), qPrintable(r.errorString()));
        };
        if (status == AgreementStatus::Draft)
            return *id;
        step(Transition::Submit, u"mia"_s);
        if (status == AgreementStatus::Negotiation)
            return *id;
        step(Transition::RequestApproval, u"mia"_s);
        if (status == AgreementStatus::Approval && !approvalsComplete)
            return *id;
        step(Transition::Approve, u"frank"_s);
        step(Transition::Approve, u"gina"_s);
        if (status == AgreementStatus::Approval)
            return *id;
        step(Transition::Sign, u"mia"_s);
        if (status == AgreementStatus::Expired)
            step(Transition::Expire, u"mia"_s);
        if (status == AgreementStatus::Terminated)
            step(Transition::Terminate, u"mia"_s);
        return *id;
    }

    // Opens `gaps` in the version `id` of the current copy, as its author: "charter" empties its
    // charter, "services" drops its services and targets, "vpn" adds VPN without a target,
    // "price" unsets its price, "counterparty" requires the provider's approval alone;
    // "end-date" makes today its last day, "amendment" opens an amendment of it (as mia). The
    // error, or an empty string.
    QString openGaps(qint64 id, const QStringList &gaps)
    {
        Workspace &ws = *mCurrent.workspace;
        AgreementWorkflow &wf = *mCurrent.workflow;
        ws.setActingUser(u"author"_s);
        Agreement a = *ws.agreement(id);
        if (gaps.contains(u"services"_s)) {
            a.serviceIds.clear();
            a.targets.clear();
        }
        if (gaps.contains(u"vpn"_s))
            a.serviceIds.append(mVpn);
        if (gaps.contains(u"price"_s))
            a.price = Money(0, u"EUR"_s);
        if (gaps.contains(u"services"_s) || gaps.contains(u"vpn"_s) || gaps.contains(u"price"_s)) {
            if (auto updated = ws.update(a); !updated)
                return updated.errorString();
        }
        if (gaps.contains(u"charter"_s)) {
            if (auto r = wf.setCharter(id, {}, u"author"_s); !r)
                return r.errorString();
        }
        if (gaps.contains(u"counterparty"_s)) {
            if (auto r = wf.setRequiredApprovers(id, {{0, Side::Provider, u"Service owner"_s, {}}},
                                                 u"author"_s);
                !r)
                return r.errorString();
        }
        if (gaps.contains(u"end-date"_s))
            wf.setToday(QDate(2029, 12, 31));
        if (gaps.contains(u"amendment"_s)) {
            if (auto r = wf.transition(id, requestFor(Transition::Amend), u"mia"_s); !r)
                return r.errorString();
        }
        return {};
    }

    QHash<QString, qint64> mFixtureIds; // "draft", "approval", "approval-complete", ... -> id
    qint64 mCustomer = 0, mMail = 0, mPrint = 0, mVpn = 0;
    Fixture mCurrent;
};

} // namespace Accordo::TestFixtures
