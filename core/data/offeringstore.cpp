#include "offeringstore.h"

#include "audit/auditsnapshot.h"
#include "data/agreementstore.h"
#include "data/auditedwrite.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/workspace.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString OfferingColumns = uR"(
    SELECT o.id, o.service_id, o.name, o.description, o.basis, o.price_minor, o.currency,
           o.targets, o.row_version
    FROM offerings o JOIN services s ON s.id = o.service_id )"_s;
const QString SelectOffering = OfferingColumns + u"WHERE o.id = ?"_s;
const QString SelectOfferings = OfferingColumns + uR"(
    WHERE (? = 0 OR o.service_id = ?) ORDER BY s.code, o.price_minor, o.name)"_s;
const QString SelectByName = OfferingColumns + uR"(
    WHERE o.service_id = ? AND lower(o.name) = lower(?) AND o.currency = ?)"_s;
const QString InsertOffering = uR"(
    INSERT INTO offerings (service_id, name, description, basis, price_minor, currency, targets,
                           created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s;
const QString OfferingAssignments = u"service_id = ?, name = ?, description = ?, basis = ?, "
                                    "price_minor = ?, currency = ?, targets = ?, updated_at = ?"_s;
const QString DeleteOffering = u"DELETE FROM offerings WHERE id = ?"_s;
const QString CountUses = uR"(
    SELECT (SELECT count(*) FROM price_lines WHERE offering_id = ?)
         + (SELECT count(*) FROM targets WHERE offering_id = ?) AS n)"_s;
const QString ServiceExists = u"SELECT count(*) AS n FROM services WHERE id = ?"_s;

// The offering as it is stored: its targets are its service's.
Offering stored(Offering o)
{
    o.name = o.name.trimmed();
    for (Target &t : o.targets) {
        t.id = 0;
        t.offeringId = 0;
        t.serviceId = o.serviceId;
    }
    return o;
}

QString describe(const Offering &o)
{
    return OfferingStore::tr("Offering %1").arg(o.name.trimmed());
}

// The values of InsertOffering and of OfferingAssignments up to their instants, in order.
QVariantList offeringValues(const Offering &o)
{
    return {o.serviceId,
            o.name.trimmed(),
            o.description,
            Pricing::key(o.basis),
            o.price.minorUnits(),
            o.price.currency(),
            AuditSnapshot::targetsJson(o.targets)};
}

} // namespace

Result<void> OfferingStore::validate(const Offering &offering) const
{
    if (auto valid = Pricing::check(offering); !valid)
        return valid;
    auto service = Records::count(mWorkspace.connection(), ServiceExists, offering.serviceId);
    if (!service)
        return service.error();
    if (*service == 0)
        return Error{tr("%1, field service: there is no service with id %2")
                         .arg(describe(offering))
                         .arg(offering.serviceId)};
    return {};
}

Result<qint64> OfferingStore::insert(const Offering &input)
{
    const Offering offering = stored(input);
    if (auto valid = validate(offering); !valid)
        return valid.error();
    const QString what = describe(offering);
    return AuditedWrite::runOne(
        mWorkspace, EditRoles::services(), what, [&]() -> Result<AuditEntry> {
            const QString now = Records::nowUtc();
            auto id = Records::insert(mWorkspace.connection(), InsertOffering,
                                      offeringValues(offering) + QVariantList{now, now}, what);
            if (!id)
                return id.error();
            return Records::inserted(u"offering"_s, *id, AuditSnapshot::of(offering));
        });
}

Result<void> OfferingStore::update(const Offering &input)
{
    const Offering offering = stored(input);
    if (auto valid = validate(offering); !valid)
        return valid;
    const QString what = describe(offering);
    return Records::done(
        AuditedWrite::runOne(mWorkspace, EditRoles::services(), what, [&]() -> Result<AuditEntry> {
            auto before = this->offering(offering.id);
            if (!before)
                return before.error();
            if (auto r = Records::updateRow(
                    mWorkspace, u"offerings"_s, u"offering"_s, offering.id, offering.rowVersion,
                    OfferingAssignments, offeringValues(offering) + QVariantList{Records::nowUtc()},
                    what);
                !r)
                return r.error();
            return Records::updated(u"offering"_s, offering.id, AuditSnapshot::of(*before),
                                    AuditSnapshot::of(offering));
        }));
}

Result<void> OfferingStore::remove(qint64 id)
{
    auto existing = offering(id);
    if (!existing)
        return existing.error();
    const QString what = describe(*existing);
    auto unused = [&]() -> Result<void> {
        auto uses = Sql::scalar(mWorkspace.connection(), CountUses, {id, id});
        if (!uses)
            return uses.error();
        if (uses->toLongLong() > 0)
            return Error{tr("%1 is used by agreements (%2 price lines and targets): it stays "
                            "for their record")
                             .arg(what)
                             .arg(uses->toLongLong())};
        return {};
    };
    return Records::remove(mWorkspace, EditRoles::services(), what,
                           {u"offering"_s, id, AuditSnapshot::of(*existing), DeleteOffering, what},
                           unused);
}

Result<Offering> OfferingStore::offering(qint64 id) const
{
    auto rows = Sql::select(mWorkspace.connection(), SelectOffering, {id});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error{tr("there is no offering with id %1").arg(id)};
    Offering o;
    o.id = rows->integer("id");
    o.serviceId = rows->integer("service_id");
    o.name = rows->text("name");
    o.description = rows->text("description");
    o.basis = Pricing::basisFromKey(rows->text("basis")).value_or(PriceBasis::Month);
    o.price = Money(rows->integer("price_minor"), rows->text("currency"));
    o.rowVersion = rows->number("row_version");
    auto targets = AuditSnapshot::targetsFrom(rows->text("targets"));
    if (!targets)
        return Error{tr("%1: %2").arg(describe(o), targets.errorString())};
    o.targets = *targets;
    for (Target &t : o.targets)
        t.serviceId = o.serviceId;
    return o;
}

Result<QList<Offering>> OfferingStore::offerings(qint64 serviceId) const
{
    auto ids = Sql::list(mWorkspace.connection(), SelectOfferings, {serviceId, serviceId},
                         [](const Sql::Rows &row) { return row.integer("id"); });
    if (!ids)
        return ids.error();
    QList<Offering> result;
    for (qint64 id : *ids) {
        auto o = offering(id);
        if (!o)
            return o.error();
        result.append(*o);
    }
    return result;
}

Result<Offering> OfferingStore::byName(qint64 serviceId, const QString &name,
                                       const QString &currency) const
{
    auto id = Sql::one(
        mWorkspace.connection(), SelectByName, {serviceId, name.trimmed(), currency},
        [](const Sql::Rows &row) { return row.integer("id"); },
        tr("the service has no offering named \"%1\" in %2").arg(name.trimmed(), currency));
    if (!id)
        return id.error();
    return offering(*id);
}

Result<void> OfferingStore::apply(qint64 agreementId, qint64 offeringId, qint64 quantity)
{
    auto chosen = offering(offeringId);
    if (!chosen)
        return chosen.error();
    auto agreement = AgreementStore(mWorkspace)
                         .editable(agreementId,
                                   tr("Agreement %1 version %2 is %3: an offering is applied "
                                      "while drafting or negotiating; amend it to change its "
                                      "prices"));
    if (!agreement)
        return agreement.error();
    auto changed = Pricing::applied(*agreement, *chosen, quantity);
    if (!changed)
        return changed.error();
    return AgreementStore(mWorkspace).update(*changed);
}

} // namespace Accordo
