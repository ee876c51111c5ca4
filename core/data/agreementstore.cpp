#include "agreementstore.h"

#include "audit/auditsnapshot.h"
#include "data/agreementrules.h"
#include "data/auditedwrite.h"
#include "data/documentstore.h"
#include "data/editroles.h"
#include "data/offeringstore.h"
#include "data/records.h"
#include "data/recordsql.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "storage/rowfields.h"
#include "storage/sqlquery.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

using RecordSql::AdvanceNumber;
using RecordSql::InsertAgreement;
using RecordSql::InsertCreditTier;
using RecordSql::InsertEditor;
using RecordSql::InsertPriceLine;
using RecordSql::InsertServiceId;
using RecordSql::InsertTarget;

const QList<Role> AgreementRoles = EditRoles::agreements();

const QString SelectAgreement = uR"(
    SELECT id, number, version, title, kind, level, coalesce(parent_id, 0) AS parent_id,
           party_id, start_date, end_date, review_months, status, price_minor, currency,
           notice_days, row_version
    FROM agreements WHERE id = ?)"_s;
const QString SelectNewestByNumber = uR"(
    SELECT id FROM agreements WHERE number = ? ORDER BY version DESC LIMIT 1)"_s;
const QString SelectParent = uR"(
    SELECT coalesce(parent_id, 0) AS parent_id FROM agreements WHERE id = ?)"_s;
const QString CountChildren = u"SELECT count(*) AS n FROM agreements WHERE parent_id = ?"_s;
// Every column a save may change; row_version is bumped by Records::updateRow.
const QString AgreementAssignments = uR"(number = ?, version = ?, title = ?, kind = ?,
    level = ?, parent_id = ?, party_id = ?, start_date = ?, end_date = ?, review_months = ?,
    status = ?, price_minor = ?, currency = ?, updated_at = ?, notice_days = ?)"_s;
const QString DeleteAgreement = u"DELETE FROM agreements WHERE id = ?"_s;

const QString SelectServiceIds = uR"(
    SELECT service_id FROM agreement_services WHERE agreement_id = ? ORDER BY service_id)"_s;
const QString DeleteServiceIds = u"DELETE FROM agreement_services WHERE agreement_id = ?"_s;

const QString SelectTargets = uR"(
    SELECT id, service_id, coalesce(region_id, 0) AS region_id, priority, metric, custom_name,
           custom_unit, threshold, goal_milli, period, coalesce(calendar_id, 0) AS calendar_id,
           credit_cap_hundredths, coalesce(offering_id, 0) AS offering_id
    FROM targets WHERE agreement_id = ? ORDER BY position, id)"_s;
const QString DeleteTargets = u"DELETE FROM targets WHERE agreement_id = ?"_s;
const QString SelectCreditTiers = uR"(
    SELECT below_milli, credit_hundredths FROM credit_tiers WHERE target_id = ?
    ORDER BY position)"_s;

const QString SelectPriceLines = uR"(
    SELECT coalesce(service_id, 0) AS service_id, coalesce(offering_id, 0) AS offering_id,
           label, basis, quantity, unit_price_minor
    FROM price_lines WHERE agreement_id = ? ORDER BY position)"_s;
const QString DeletePriceLines = u"DELETE FROM price_lines WHERE agreement_id = ?"_s;

Agreement readAgreement(const Sql::Rows &row)
{
    Agreement a;
    Sql::readFields(row, a, "id", &Agreement::id, "number", &Agreement::number, "version",
                    &Agreement::version, "title", &Agreement::title, "parent_id",
                    &Agreement::parentId, "party_id", &Agreement::partyId, "review_months",
                    &Agreement::reviewMonths, "notice_days", &Agreement::noticeDays, "row_version",
                    &Agreement::rowVersion, "start_date", &Agreement::startDate, "end_date",
                    &Agreement::endDate);
    a.kind = Enums::fromKey<AgreementKind>(row.text("kind")).value_or(AgreementKind::CustomerSla);
    a.level = Enums::fromKey<AgreementLevel>(row.text("level")).value_or(AgreementLevel::Customer);
    a.status = Enums::fromKey<AgreementStatus>(row.text("status")).value_or(AgreementStatus::Draft);
    a.price = Money(row.integer("price_minor"), row.text("currency"));
    return a;
}

Target readTarget(const Sql::Rows &row)
{
    Target t;
    Sql::readFields(row, t, "id", &Target::id, "service_id", &Target::serviceId, "region_id",
                    &Target::regionId, "priority", &Target::priority, "custom_name",
                    &Target::customName, "custom_unit", &Target::customUnit, "threshold",
                    &Target::threshold, "goal_milli", &Target::goalMilli, "calendar_id",
                    &Target::calendarId, "credit_cap_hundredths", &Target::creditCapHundredths,
                    "offering_id", &Target::offeringId);
    t.metric = Enums::fromKey<Metric>(row.text("metric")).value_or(Metric::Custom);
    t.period =
        Enums::fromKey<MeasurementPeriod>(row.text("period")).value_or(MeasurementPeriod::Month);
    return t;
}

// The values of AgreementAssignments, in order.
QVariantList assignedValues(const Agreement &a)
{
    return {a.number,
            a.version,
            a.title.trimmed(),
            Enums::key(a.kind),
            Enums::key(a.level),
            Sql::idOrNull(a.parentId),
            a.partyId,
            Sql::dateOrNull(a.startDate),
            Sql::dateOrNull(a.endDate),
            a.reviewMonths,
            Enums::key(a.status),
            a.price.minorUnits(),
            a.price.currency(),
            Records::nowUtc(),
            a.noticeDays};
}

} // namespace

Result<void> AgreementStore::checkHierarchy(const Agreement &agreement) const
{
    // Without a parent an agreement stands alone (a stand-alone service SLA included).
    if (agreement.parentId <= 0)
        return {};
    auto parent = this->agreement(agreement.parentId);
    if (!parent)
        return Error{tr("%1: the parent agreement does not exist").arg(agreement.title)};
    // Multi-level SLAs go from the general to the specific: corporate > customer > service.
    if (int(parent->level) >= int(agreement.level))
        return Error{tr("%1: a %2-level agreement cannot sit below the %3-level agreement %4")
                         .arg(agreement.title, Enums::displayName(agreement.level).toLower(),
                              Enums::displayName(parent->level).toLower(), parent->number)};
    if (agreement.id <= 0)
        return {};
    auto above = ancestors(agreement.parentId);
    if (!above)
        return above.error();
    if (above->contains(agreement.id))
        return Error{tr("%1: choosing %2 as parent would make a cycle")
                         .arg(agreement.number, parent->number)};
    return {};
}

Result<Agreement> AgreementStore::priced(const Agreement &agreement) const
{
    QHash<qint64, Offering> offerings;
    return priced(agreement, offerings);
}

Result<Agreement> AgreementStore::priced(const Agreement &agreement,
                                         QHash<qint64, Offering> &offerings) const
{
    if (auto valid = Pricing::check(agreement); !valid)
        return valid.error();
    Agreement result = agreement;
    result.price = Pricing::monthlyFee(agreement);
    // An edited target no longer says what its offering says: it loses the mark.
    for (Target &target : result.targets) {
        if (target.offeringId == 0)
            continue;
        if (!offerings.contains(target.offeringId)) {
            auto offering = OfferingStore(mWorkspace).offering(target.offeringId);
            if (!offering)
                return offering.error();
            offerings.insert(target.offeringId, *offering);
        }
        target = Pricing::marked(target, offerings.value(target.offeringId));
    }
    return result;
}

Result<qint64> AgreementStore::insert(const Agreement &unpriced)
{
    if (auto valid = Validation::check(unpriced); !valid)
        return valid.error();
    auto input = priced(unpriced);
    if (!input)
        return input.error();
    if (auto valid = checkHierarchy(*input); !valid)
        return valid.error();
    const QString what = input->number.isEmpty() ? tr("New agreement \"%1\"").arg(input->title)
                                                 : tr("Agreement %1").arg(input->number);
    auto written = AuditedWrite::run(
        mWorkspace, AgreementRoles, what, [&]() -> Result<QList<AuditEntry>> {
            if (!mWorkspace.actsAsSystem() && input->status != AgreementStatus::Draft)
                return Error{tr("%1: a new agreement starts as a draft; it reaches %2 through "
                                "the workflow")
                                 .arg(what, Enums::displayName(input->status).toLower())};
            Agreement agreement = *input;
            if (agreement.number.isEmpty()) {
                auto number = nextNumber(agreement.kind, agreement.startDate.year());
                if (!number)
                    return number.error();
                agreement.number = *number;
            }
            auto id = insertRow(agreement);
            if (!id)
                return id.error();
            if (auto r = recordEditor(*id); !r)
                return r.error();
            auto stored = this->agreement(*id);
            if (!stored)
                return stored.error();
            QList<AuditEntry> entries{
                Records::inserted(u"agreement"_s, *id, AuditSnapshot::of(*stored))};
            // The new version's document starts as its kind's template stands today.
            auto document = DocumentStore(mWorkspace).startFromTemplate(*stored);
            if (!document)
                return document.error();
            if (*document)
                entries.append(**document);
            return entries;
        });
    if (!written)
        return written.error();
    return written->constFirst().id;
}

Result<qint64> AgreementStore::insertRow(const Agreement &a)
{
    const QString now = Records::nowUtc();
    auto id = Records::insert(mWorkspace.connection(), InsertAgreement,
                              {Sql::idOrNull(a.id), a.number, a.version, a.title.trimmed(),
                               Enums::key(a.kind), Enums::key(a.level), Sql::idOrNull(a.parentId),
                               a.partyId, Sql::dateOrNull(a.startDate), Sql::dateOrNull(a.endDate),
                               a.reviewMonths, Enums::key(a.status), a.price.minorUnits(),
                               a.price.currency(), now, now, a.noticeDays},
                              tr("Agreement %1").arg(a.number));
    if (!id)
        return id;
    if (auto r = writeChildren(*id, a); !r)
        return r.error();
    return id;
}

Result<void> AgreementStore::writeChildren(qint64 id, const Agreement &a)
{
    QSqlDatabase db = mWorkspace.connection();
    const QString where = tr("Agreement %1").arg(a.number);
    for (const QString &sql : {DeletePriceLines, DeleteTargets, DeleteServiceIds}) {
        if (auto r = Records::write(db, sql, {id}, where); !r)
            return r;
    }
    for (qint64 serviceId : a.serviceIds) {
        if (auto r = Records::write(db, InsertServiceId, {id, serviceId},
                                    tr("%1, service %2").arg(where).arg(serviceId));
            !r)
            return r;
    }
    for (int row = 0; row < a.targets.size(); ++row) {
        if (auto r = writeTarget(id, row, a.targets.at(row), where); !r)
            return r;
    }
    for (int row = 0; row < a.priceLines.size(); ++row) {
        const PriceLine &line = a.priceLines.at(row);
        if (auto r = Records::write(db, InsertPriceLine,
                                    {id, row, Sql::idOrNull(line.serviceId),
                                     Sql::idOrNull(line.offeringId), line.label.trimmed(),
                                     Pricing::key(line.basis), line.quantity,
                                     line.unitPrice.minorUnits()},
                                    tr("%1, price line %2").arg(where).arg(row + 1));
            !r)
            return r;
    }
    return {};
}

Result<void> AgreementStore::writeTarget(qint64 agreementId, int row, const Target &t,
                                         const QString &where)
{
    QSqlDatabase db = mWorkspace.connection();
    auto targetId = Records::insert(db, InsertTarget,
                                    {Sql::idOrNull(t.id), agreementId, t.serviceId,
                                     Sql::idOrNull(t.regionId), t.priority, Enums::key(t.metric),
                                     t.customName, t.customUnit, t.threshold, t.goalMilli,
                                     Enums::key(t.period), Sql::idOrNull(t.calendarId),
                                     t.creditCapHundredths, row, Sql::idOrNull(t.offeringId)},
                                    tr("%1, target %2").arg(where).arg(row + 1));
    if (!targetId)
        return targetId.error();
    for (int position = 0; position < t.creditTiers.size(); ++position) {
        const CreditTier &tier = t.creditTiers.at(position);
        if (auto r = Records::write(
                db, InsertCreditTier, {*targetId, position, tier.belowMilli, tier.creditHundredths},
                tr("%1, target %2, credit tier %3").arg(where).arg(row + 1).arg(position + 1));
            !r)
            return r;
    }
    return {};
}

Result<void> AgreementStore::recordEditor(qint64 agreementId)
{
    if (auto r = Sql::exec(mWorkspace.connection(), InsertEditor,
                           {agreementId, mWorkspace.actingUser()});
        !r)
        return r.error();
    return {};
}

Result<void> AgreementStore::checkEditable(const Agreement &before, const Agreement &a,
                                           const QString &what) const
{
    if (!Agreements::isEditable(before.status))
        return Error{before.status == AgreementStatus::Approval
                         ? tr("%1 is awaiting approval and cannot be changed: send it back to "
                              "negotiation first")
                               .arg(what)
                         : tr("%1 is %2 and can no longer be changed: signed versions are "
                              "immutable; amend it to create a new version")
                               .arg(what, Enums::displayName(before.status).toLower())};
    if (a.status != before.status)
        return Error{tr("%1: the status changes only through the workflow (from %2 to %3 was "
                        "asked)")
                         .arg(what, Enums::key(before.status), Enums::key(a.status))};
    if (a.number != before.number || a.version != before.version)
        return Error{tr("%1: the number and version of an agreement cannot be edited").arg(what)};
    return {};
}

Result<void> AgreementStore::updateRow(const Agreement &a, const QString &what)
{
    // Optimistic concurrency: the row changes only if nobody saved it since it was read.
    return Records::updateRow(mWorkspace, u"agreements"_s, u"agreement"_s, a.id, a.rowVersion,
                              AgreementAssignments, assignedValues(a), what,
                              tr("Agreement %1").arg(a.number),
                              tr("Agreement %1 no longer exists").arg(a.number));
}

Result<void> AgreementStore::update(const Agreement &unpriced)
{
    if (auto valid = Validation::check(unpriced); !valid)
        return valid;
    auto pricedAgreement = priced(unpriced);
    if (!pricedAgreement)
        return pricedAgreement.error();
    const Agreement &a = *pricedAgreement;
    if (auto valid = checkHierarchy(a); !valid)
        return valid;
    const QString what = tr("Agreement %1 version %2").arg(a.number).arg(a.version);
    return Records::done(
        AuditedWrite::runOne(mWorkspace, AgreementRoles, what, [&]() -> Result<AuditEntry> {
            auto before = agreement(a.id);
            if (!before)
                return Error{tr("Agreement %1 no longer exists").arg(a.number)};
            if (auto r = checkEditable(*before, a, what); !r)
                return r.error();
            if (auto r = updateRow(a, what); !r)
                return r.error();
            if (auto r = writeChildren(a.id, a); !r)
                return r.error();
            if (auto r = recordEditor(a.id); !r)
                return r.error();
            auto after = agreement(a.id);
            if (!after)
                return after.error();
            return Records::updated(u"agreement"_s, a.id, AuditSnapshot::of(*before),
                                    AuditSnapshot::of(*after));
        }));
}

Result<void> AgreementStore::remove(qint64 id)
{
    auto existing = agreement(id);
    if (!existing)
        return existing.error();
    if (auto childless = Records::refuseWhileUsed(
            Records::count(mWorkspace.connection(), CountChildren, id),
            [&](int children) {
                return tr("Agreement %1 has %n agreement(s) below it in the hierarchy: delete "
                          "or move them first",
                          nullptr, children)
                    .arg(existing->number);
            });
        !childless)
        return childless;
    const QString what = tr("Agreement %1 version %2").arg(existing->number).arg(existing->version);
    auto editable = [&]() -> Result<void> {
        if (const QString why = Agreements::whyNotDeletable(*existing); !why.isEmpty())
            return Error{why};
        return {};
    };
    return Records::remove(mWorkspace, AgreementRoles, what,
                           {u"agreement"_s, id, AuditSnapshot::of(*existing), DeleteAgreement,
                            tr("Agreement %1").arg(existing->number)},
                           editable);
}

Result<qint64> AgreementStore::idByNumber(const QString &number) const
{
    return Sql::one(
        mWorkspace.connection(), SelectNewestByNumber, {number},
        [](const Sql::Rows &row) { return row.integer("id"); },
        tr("there is no agreement numbered %1").arg(number));
}

Result<Agreement> AgreementStore::editable(qint64 id, const QString &refusal) const
{
    auto agreement = this->agreement(id);
    if (!agreement)
        return agreement;
    if (!Agreements::isEditable(agreement->status))
        return Error{refusal.arg(agreement->number)
                         .arg(agreement->version)
                         .arg(Enums::displayName(agreement->status).toLower())};
    return agreement;
}

Result<Agreement> AgreementStore::agreement(qint64 id) const
{
    auto agreement = Sql::one(mWorkspace.connection(), SelectAgreement, {id}, readAgreement,
                              tr("there is no agreement with id %1").arg(id));
    if (!agreement)
        return agreement;
    if (auto r = readChildren(*agreement); !r)
        return r.error();
    return agreement;
}

Result<void> AgreementStore::readChildren(Agreement &a) const
{
    QSqlDatabase db = mWorkspace.connection();
    auto services = Sql::list(db, SelectServiceIds, {a.id},
                              [](const Sql::Rows &row) { return row.integer("service_id"); });
    if (!services)
        return services.error();
    a.serviceIds = *services;
    auto targets = Sql::list(db, SelectTargets, {a.id}, readTarget);
    if (!targets)
        return targets.error();
    for (Target &t : *targets) {
        auto tiers = Sql::list(db, SelectCreditTiers, {t.id}, [](const Sql::Rows &row) {
            return CreditTier{row.integer("below_milli"), row.integer("credit_hundredths")};
        });
        if (!tiers)
            return tiers.error();
        t.creditTiers = *tiers;
    }
    a.targets = *targets;
    auto lines = Sql::list(db, SelectPriceLines, {a.id}, [&a](const Sql::Rows &row) {
        return PriceLine{row.integer("service_id"),
                         row.integer("offering_id"),
                         row.text("label"),
                         Pricing::basisFromKey(row.text("basis")).value_or(PriceBasis::Month),
                         row.integer("quantity"),
                         Money(row.integer("unit_price_minor"), a.price.currency())};
    });
    if (!lines)
        return lines.error();
    a.priceLines = *lines;
    return {};
}

Result<QString> AgreementStore::nextNumber(AgreementKind kind, int year)
{
    const QString prefix = Enums::numberPrefix(kind);
    auto rows = Sql::select(mWorkspace.connection(), AdvanceNumber, {prefix, year});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error{tr("the number sequence %1-%2 could not be advanced").arg(prefix).arg(year)};
    const int value = rows->number("last_value");
    rows->query().finish();
    return u"%1-%2-%3"_s.arg(prefix).arg(year).arg(value, 4, 10, QChar(u'0'));
}

Result<QList<qint64>> AgreementStore::ancestors(qint64 id) const
{
    QList<qint64> chain;
    QSet<qint64> seen{id};
    qint64 current = id;
    while (current > 0) {
        auto parent = Sql::scalar(mWorkspace.connection(), SelectParent, {current});
        if (!parent)
            return parent.error();
        if (!parent->isValid())
            break; // the agreement is gone: the chain ends here
        current = parent->toLongLong();
        if (current <= 0 || seen.contains(current))
            break;
        seen.insert(current);
        chain.append(current);
    }
    return chain;
}

} // namespace Accordo
