#include "democrm.h"

#include "data/workspace.h"
#include "domain/entities.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The customer marked lost: the first, by id, that has a customer SLA in force.
const QString FirstCustomerInForce = uR"(
    SELECT min(p.id) AS id FROM parties p JOIN agreements a ON a.party_id = p.id
    WHERE p.kind = 'customer' AND a.kind = 'customer_sla' AND a.status = 'active')"_s;

struct ContactSeed
{
    const char *name;
    const char *role;
    const char *phone;
};

// The other people of a customer, taken in turn.
const ContactSeed Others[] = {
    {"Sara Lombardi", QT_TRANSLATE_NOOP("Accordo::DemoData", "Procurement Manager"),
     "+39 02 5550 1101"},
    {"James Whitfield", QT_TRANSLATE_NOOP("Accordo::DemoData", "Chief Information Officer"),
     "+44 20 7946 0102"},
    {"Katrin Vogel", QT_TRANSLATE_NOOP("Accordo::DemoData", "IT Service Manager"),
     "+49 30 5550 1203"},
    {"Luca Moretti", QT_TRANSLATE_NOOP("Accordo::DemoData", "Legal Counsel"), "+39 06 5550 1304"},
    {"Emma Dubois", QT_TRANSLATE_NOOP("Accordo::DemoData", "Head of Operations"),
     "+33 1 5550 1405"},
};

QString emailOf(const QString &name, const QString &domainOf)
{
    QString domain = domainOf.toLower();
    domain.remove(u' ');
    return u"%1.%2@%3.example"_s.arg(name.section(u' ', 0, 0).toLower(),
                                     name.section(u' ', -1).toLower(), domain.left(20));
}

} // namespace

void DemoCrm::describe(Party &party, int serial, int &other)
{
    party.externalId = u"ACC-%1"_s.arg(serial, 5, 10, QChar(u'0'));
    party.contacts = {{party.contact, tr("Account manager"), party.email, {}}};
    for (int extra = 0; extra < serial % 3; ++extra) {
        const ContactSeed &seed = Others[other++ % std::size(Others)];
        const QString name = QString::fromUtf8(seed.name);
        party.contacts.append(
            {name, tr(seed.role), emailOf(name, party.name), QString::fromUtf8(seed.phone)});
    }
}

Result<void> DemoCrm::add(Workspace &workspace)
{
    auto lost = Sql::scalar(workspace.connection(), FirstCustomerInForce);
    if (!lost)
        return lost.error();
    if (lost->isNull())
        return {};
    auto party = workspace.party(lost->toLongLong());
    if (!party)
        return party.error();
    party->crmStatus = u"lost"_s;
    return workspace.update(*party);
}

} // namespace Accordo
