#include "demobulkwriter.h"

#include "data/partystore.h"

#include "audit/auditsnapshot.h"
#include "data/agreementstore.h"
#include "data/documentstore.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/recordsql.h"
#include "data/workspace.h"
#include "storage/sqlquery.h"

#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

using RecordSql::AdvanceNumber;
using RecordSql::InsertAgreement;
using RecordSql::InsertContact;
using RecordSql::InsertCreditTier;
using RecordSql::InsertEditor;
using RecordSql::InsertParty;
using RecordSql::InsertPriceLine;
using RecordSql::InsertServiceId;
using RecordSql::InsertTarget;

const QString InsertDocument = uR"(
    INSERT INTO agreement_documents (agreement_id, sections_sha256) VALUES (?, ?)
    RETURNING id)"_s;

// Runs a statement prepared once, naming the record in its error.
Result<void> run(QSqlQuery &query, const QVariantList &values, const QString &what)
{
    if (auto r = Sql::rerun(query, values); !r)
        return Records::describe(r.error(), what);
    return {};
}

// Runs an INSERT … RETURNING prepared once and gives the one value it returns.
Result<qint64> returned(QSqlQuery &query, const QVariantList &values, const QString &what)
{
    auto value = Sql::rerunReturning(query, values);
    if (!value)
        return Records::describe(value.error(), what);
    return value;
}

// Inserts a row and gives its id.
Result<qint64> returned(Sql::Insert &insert, const QVariantList &values, const QString &what)
{
    auto id = insert.run(values);
    if (!id)
        return Records::describe(id.error(), what);
    return id;
}

} // namespace

DemoBulkWriter::DemoBulkWriter(Workspace &workspace)
    : mWorkspace(workspace), mAudit(workspace.connection())
{}

Result<void> DemoBulkWriter::begin()
{
    if (auto allowed = mWorkspace.requireRole(EditRoles::parties(), tr("Demo customers")); !allowed)
        return allowed;
    if (auto allowed = mWorkspace.requireRole(EditRoles::agreements(), tr("Demo agreements"));
        !allowed)
        return allowed;
    mUser = mWorkspace.actingUser();
    const QSqlDatabase db = mWorkspace.connection();
    const std::pair<QSqlQuery *, const QString *> statements[] = {
        {&mContact, &InsertContact},     {&mService, &InsertServiceId}, {&mTier, &InsertCreditTier},
        {&mPriceLine, &InsertPriceLine}, {&mEditor, &InsertEditor},     {&mNumber, &AdvanceNumber},
    };
    for (const auto &[query, sql] : statements) {
        *query = QSqlQuery(db);
        if (!query->prepare(*sql))
            return Error{query->lastError().text()};
    }
    const std::pair<Sql::Insert *, const QString *> inserts[] = {
        {&mParty, &InsertParty},
        {&mAgreement, &InsertAgreement},
        {&mTarget, &InsertTarget},
        {&mDocument, &InsertDocument},
    };
    for (const auto &[insert, sql] : inserts) {
        if (auto r = insert->prepare(db, *sql); !r)
            return r;
    }
    return mAudit.begin();
}

Result<void> DemoBulkWriter::finish()
{
    for (QSqlQuery *query : {&mContact, &mService, &mTier, &mPriceLine, &mEditor, &mNumber})
        query->finish();
    for (Sql::Insert *insert : {&mParty, &mAgreement, &mTarget, &mDocument})
        insert->finish();
    return mAudit.finish();
}

Result<qint64> DemoBulkWriter::insert(const Party &given)
{
    if (auto valid = Validation::check(given); !valid)
        return valid.error();
    if (!given.deliveredServiceIds.isEmpty())
        return Error{tr("%1: the bulk path writes parties without services").arg(given.name)};
    const Party party = PartyStore::normalized(given);
    const QString what = u"%1 \"%2\""_s.arg(Enums::displayName(party.kind), party.name);
    auto id = returned(mParty,
                       {Sql::idOrNull(party.id), Enums::key(party.kind), party.name,
                        Sql::idOrNull(party.regionId), party.segment, party.contact, party.email,
                        party.externalId, party.crmStatus, party.crmImported},
                       what);
    if (!id)
        return id;
    for (qsizetype i = 0; i < party.contacts.size(); ++i) {
        const PartyContact &c = party.contacts.at(i);
        if (auto r = run(mContact, {*id, i, c.name, c.role, c.email, c.phone}, what); !r)
            return r.error();
    }
    if (auto seq = mAudit.append(mUser, u"party"_s, *id, u"insert"_s, QJsonValue(),
                                 AuditSnapshot::of(party));
        !seq)
        return seq.error();
    return id;
}

Result<QString> DemoBulkWriter::nextNumber(AgreementKind kind, int year)
{
    const QString prefix = Enums::numberPrefix(kind);
    auto value = returned(mNumber, {prefix, year},
                          tr("the number sequence %1-%2").arg(prefix).arg(year));
    if (!value)
        return value.error();
    return u"%1-%2-%3"_s.arg(prefix).arg(year).arg(*value, 4, 10, QChar(u'0'));
}

Result<qint64> DemoBulkWriter::insert(const Agreement &unpriced)
{
    if (auto valid = Validation::check(unpriced); !valid)
        return valid.error();
    auto input = AgreementStore(mWorkspace).priced(unpriced, mOfferings);
    if (!input)
        return input.error();
    Agreement &a = *input;
    if (a.parentId > 0) {
        const auto parent = mLevels.constFind(a.parentId);
        if (parent == mLevels.cend() || int(*parent) >= int(a.level))
            return Error{tr("%1: the parent agreement %2 was not written before it at a "
                            "more general level")
                             .arg(a.title)
                             .arg(a.parentId)};
    }
    if (!mWorkspace.actsAsSystem() && a.status != AgreementStatus::Draft)
        return Error{tr("%1: a new agreement starts as a draft").arg(a.title)};
    if (a.number.isEmpty()) {
        auto number = nextNumber(a.kind, a.startDate.year());
        if (!number)
            return number.error();
        a.number = *number;
    }
    const QString what = tr("Agreement %1").arg(a.number);
    auto id = insertRow(a, what);
    if (!id)
        return id;
    if (auto r = run(mEditor, {*id, mUser}, what); !r)
        return r.error();
    mLevels.insert(*id, a.level);
    // What AgreementStore::agreement() reads back: services by id, the title trimmed.
    a.id = *id;
    a.title = a.title.trimmed();
    std::sort(a.serviceIds.begin(), a.serviceIds.end());
    if (auto seq = mAudit.append(mUser, u"agreement"_s, *id, u"insert"_s, QJsonValue(),
                                 AuditSnapshot::of(a));
        !seq)
        return seq.error();
    if (auto r = insertDocument(a); !r)
        return r.error();
    return id;
}

Result<qint64> DemoBulkWriter::insertRow(Agreement &a, const QString &what)
{
    const QString now = Records::nowUtc();
    auto id = returned(mAgreement,
                       {Sql::idOrNull(a.id), a.number, a.version, a.title.trimmed(),
                        Enums::key(a.kind), Enums::key(a.level), Sql::idOrNull(a.parentId),
                        a.partyId, Sql::dateOrNull(a.startDate), Sql::dateOrNull(a.endDate),
                        a.reviewMonths, Enums::key(a.status), a.price.minorUnits(),
                        a.price.currency(), now, now, a.noticeDays},
                       what);
    if (!id)
        return id;
    for (qint64 serviceId : std::as_const(a.serviceIds)) {
        if (auto r = run(mService, {*id, serviceId}, tr("%1, service %2").arg(what).arg(serviceId));
            !r)
            return r.error();
    }
    for (int row = 0; row < a.targets.size(); ++row) {
        if (auto r = insertTarget(*id, row, a.targets[row], what); !r)
            return r.error();
    }
    for (int row = 0; row < a.priceLines.size(); ++row) {
        PriceLine &line = a.priceLines[row];
        line.label = line.label.trimmed();
        line.unitPrice = Money(line.unitPrice.minorUnits(), a.price.currency());
        if (auto r = run(mPriceLine,
                         {*id, row, Sql::idOrNull(line.serviceId), Sql::idOrNull(line.offeringId),
                          line.label, Pricing::key(line.basis), line.quantity,
                          line.unitPrice.minorUnits()},
                         tr("%1, price line %2").arg(what).arg(row + 1));
            !r)
            return r.error();
    }
    return id;
}

Result<void> DemoBulkWriter::insertTarget(qint64 agreementId, int position, Target &t,
                                          const QString &what)
{
    const QString where = tr("%1, target %2").arg(what).arg(position + 1);
    auto id = returned(mTarget,
                       {Sql::idOrNull(t.id), agreementId, t.serviceId, Sql::idOrNull(t.regionId),
                        t.priority, Enums::key(t.metric), t.customName, t.customUnit, t.threshold,
                        t.goalMilli, Enums::key(t.period), Sql::idOrNull(t.calendarId),
                        t.creditCapHundredths, position, Sql::idOrNull(t.offeringId)},
                       where);
    if (!id)
        return id.error();
    t.id = *id;
    for (int tier = 0; tier < t.creditTiers.size(); ++tier) {
        const CreditTier &credit = t.creditTiers.at(tier);
        if (auto r = run(mTier, {*id, tier, credit.belowMilli, credit.creditHundredths},
                         tr("%1, credit tier %2").arg(where).arg(tier + 1));
            !r)
            return r;
    }
    return {};
}

Result<std::optional<QString>> DemoBulkWriter::documentOf(AgreementKind kind)
{
    const auto known = mDocuments.constFind(int(kind));
    if (known != mDocuments.cend())
        return *known;
    auto sections = DocumentStore(mWorkspace).templateSections(kind);
    if (!sections)
        return sections.error();
    // The text is kept once; every new draft of the kind names it.
    std::optional<QString> sha256;
    if (*sections) {
        auto kept = DocumentStore::keepText(mWorkspace.connection(),
                                            SectionsJson::write(**sections));
        if (!kept)
            return kept.error();
        sha256 = *kept;
    }
    mDocuments.insert(int(kind), sha256);
    return sha256;
}

// The new version's document starts as its kind's template stands, as in
// DocumentStore::startFromTemplate.
Result<void> DemoBulkWriter::insertDocument(const Agreement &stored)
{
    auto sha256 = documentOf(stored.kind);
    if (!sha256)
        return sha256.error();
    if (!*sha256)
        return {};
    auto id = returned(mDocument, {stored.id, **sha256},
                       DocumentStore::tr("the document of agreement %1").arg(stored.id));
    if (!id)
        return id.error();
    if (auto seq = mAudit.append(mUser, u"agreement_document"_s, *id, u"insert"_s, QJsonValue(),
                                 DocumentStore::auditSnapshot(stored.id, **sha256));
        !seq)
        return seq.error();
    return {};
}

} // namespace Accordo
