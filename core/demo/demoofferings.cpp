#include "demoofferings.h"

#include "data/offeringstore.h"
#include "data/workspace.h"
#include "domain/targetvalue.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// What a level of each service is sold by and Silver's price per month, in minor units.
struct PriceSeed
{
    const char *code;
    PriceBasis basis;
    qint64 silverMinor;
};

const PriceSeed Prices[] = {
    {"ACCT-NEW", PriceBasis::User, 400},      {"USER-TERM", PriceBasis::User, 200},
    {"EQUIP-PURCH", PriceBasis::Unit, 6000},  {"PRINT", PriceBasis::Unit, 3500},
    {"SERVICE-DESK", PriceBasis::User, 2800}, {"EMAIL", PriceBasis::User, 900},
    {"NETWORK", PriceBasis::Unit, 45000},     {"HOSTING", PriceBasis::Unit, 12000},
    {"BACKUP", PriceBasis::Unit, 4000},       {"VPN", PriceBasis::User, 600},
    {"ERP", PriceBasis::User, 3500},          {"SECURITY", PriceBasis::User, 1500},
};

QString key(qint64 serviceId, const QString &currency)
{
    return u"%1 %2"_s.arg(serviceId).arg(currency);
}

// Gold (factor 1) halves what Silver allows, Bronze (factor -1) doubles it.
Target level(Target t, int factor)
{
    if (factor == 0)
        return t;
    if (TargetValue::isDuration(t.metric)) {
        t.threshold = factor > 0 ? std::max<qint64>(300, t.threshold / 2) : t.threshold * 2;
    } else if (t.metric == Metric::Availability) {
        const qint64 allowed = 100000 - t.threshold;
        t.threshold = factor > 0 ? 100000 - allowed / 2 : std::max<qint64>(1, 100000 - 2 * allowed);
    } else if (t.metric == Metric::Satisfaction) {
        t.threshold = std::clamp<qint64>(t.threshold + 300 * factor, 1000, 5000);
    }
    return t;
}

} // namespace

Result<void> DemoOfferings::add(qint64 serviceId, const QString &code,
                                const QList<Target> &standard, const QStringList &currencies)
{
    PriceSeed seed{"", PriceBasis::User, 1000};
    for (const PriceSeed &p : Prices) {
        if (code == QString::fromUtf8(p.code))
            seed = p;
    }
    struct Level
    {
        QString name;
        QString description;
        int factor;
        qint64 percent; // of Silver's price
    };
    const Level levels[] = {
        {tr("Gold"), tr("Around the clock, half the times and downtime of Silver"), 1, 160},
        {tr("Silver"), tr("The standard terms"), 0, 100},
        {tr("Bronze"), tr("Office hours, twice the times and downtime of Silver"), -1, 65},
    };
    OfferingStore store(mWorkspace);
    for (const QString &currency : currencies) {
        for (const Level &l : levels) {
            Offering o;
            o.serviceId = serviceId;
            o.name = l.name;
            o.description = l.description;
            o.basis = seed.basis;
            o.price = Money(seed.silverMinor * l.percent / 100, currency);
            for (const Target &t : standard)
                o.targets.append(level(t, l.factor));
            auto id = store.insert(o);
            if (!id)
                return id.error();
            o.id = *id;
            if (l.factor == 0)
                mSilver.insert(key(serviceId, currency), o);
        }
    }
    return {};
}

void DemoOfferings::price(Agreement &agreement) const
{
    const qint64 fee = agreement.price.minorUnits();
    const QString currency = agreement.price.currency();
    const qint64 services = agreement.serviceIds.size();
    if (agreement.kind != AgreementKind::CustomerSla || fee <= 0 || services == 0)
        return;
    QList<PriceLine> lines;
    qint64 listed = 0;
    for (qint64 i = 0; i < services; ++i) {
        const qint64 serviceId = agreement.serviceIds.at(i);
        const auto silver = mSilver.constFind(key(serviceId, currency));
        if (silver == mSilver.cend())
            return;
        const qint64 share = i + 1 < services ? fee / services : fee - fee / services * i;
        const qint64 unit = silver->price.minorUnits();
        const qint64 quantity = std::max<qint64>(1, (share + unit - 1) / unit);
        lines.append({serviceId, silver->id, silver->name, silver->basis, quantity, silver->price});
        listed += quantity * unit;
        for (Target &t : agreement.targets) {
            if (t.serviceId == serviceId)
                t.offeringId = silver->id;
        }
    }
    if (listed > fee)
        lines.append(
            {0, 0, tr("Negotiated discount"), PriceBasis::Month, 1, Money(fee - listed, currency)});
    agreement.priceLines = lines;
}

} // namespace Accordo
