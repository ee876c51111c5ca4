#include "auditstate.h"

#include "domain/money.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QStringList>

#include <functional>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The audited tables in the order they are compared: a parent before its children, so that
// a row added by hand is named where it was added.
const QStringList ComparedTables = {
    u"calendars"_s,
    u"regions"_s,
    u"services"_s,
    u"parties"_s,
    u"service_deliveries"_s,
    u"users"_s,
    u"user_roles"_s,
    u"agreements"_s,
    u"agreement_services"_s,
    u"targets"_s,
    u"credit_tiers"_s,
    u"agreement_supports"_s,
    u"import_batches"_s,
    u"change_requests"_s,
    u"alert_rules"_s,
    u"alerts"_s,
    u"agreement_owners"_s,
    u"reviews"_s,
    u"actions"_s,
    u"clauses"_s,
    u"document_templates"_s,
    u"agreement_documents"_s,
    u"offerings"_s,
    u"price_lines"_s,
    u"metric_definitions"_s,
    u"party_contacts"_s,
};

// One statement per table: each is read once, whatever its size, in the order of its key so
// that the first difference named is the same on every back end.
const QString SelectContacts = uR"(
    SELECT party_id, position, name, role, email, phone FROM party_contacts
    ORDER BY party_id, position)"_s;
const QStringList PartyColumns = {u"kind"_s,        u"name"_s,       u"region_id"_s,
                                  u"segment"_s,     u"contact"_s,    u"email"_s,
                                  u"external_id"_s, u"crm_status"_s, u"crm_imported"_s};
const QStringList ContactColumns = {u"name"_s, u"role"_s, u"email"_s, u"phone"_s};
// What a party snapshot without the CRM's fields (older, or never in the CRM) stands for.
const QMap<QString, QString> PartyDefaults = {
    {u"external_id"_s, u""_s}, {u"crm_status"_s, u"active"_s}, {u"crm_imported"_s, u"{}"_s}};
const QString SelectDeliveries =
    u"SELECT party_id, service_id FROM service_deliveries ORDER BY party_id, service_id"_s;
const QString SelectUserRoles = u"SELECT user_id, role FROM user_roles ORDER BY user_id, role"_s;
const QString SelectAgreementServices =
    u"SELECT agreement_id, service_id FROM agreement_services ORDER BY agreement_id, service_id"_s;
const QString SelectTargets = uR"(
    SELECT id, agreement_id, position, service_id, region_id, priority, metric, custom_name,
           custom_unit, threshold, goal_milli, period, calendar_id, credit_cap_hundredths,
           offering_id
    FROM targets ORDER BY agreement_id, position, id)"_s;
const QString SelectCreditTiers = uR"(
    SELECT t.agreement_id, t.position AS target_position, c.position, c.below_milli,
           c.credit_hundredths
    FROM credit_tiers c JOIN targets t ON t.id = c.target_id
    ORDER BY t.agreement_id, t.position, c.position)"_s;
const QString SelectSupports =
    u"SELECT supporting_number, supported_number FROM agreement_supports ORDER BY supporting_number, supported_number"_s;

const QStringList ChangeRequestColumns = {
    u"agreement_id"_s, u"origin"_s,
    u"requested_by"_s, u"requested_on"_s,
    u"description"_s,  u"proposed_targets"_s,
    u"status"_s,       u"submitted_by"_s,
    u"feasibility"_s,  u"price_effect_minor"_s,
    u"backtest"_s,     u"assessed_by"_s,
    u"decided_by"_s,   u"decided_on"_s,
    u"reason"_s,       u"amendment_id"_s,
};
const QStringList AlertRuleColumns = {u"user_name"_s, u"event"_s, u"scope"_s, u"party_id"_s,
                                      u"within_days"_s};
const QStringList AlertColumns = {u"user_name"_s, u"event"_s,     u"event_key"_s, u"agreement_id"_s,
                                  u"subject"_s,   u"raised_at"_s, u"seen_at"_s};
const QStringList ClauseColumns = {u"key"_s, u"title_en"_s, u"title_it"_s, u"body_en"_s,
                                   u"body_it"_s};
const QStringList TemplateColumns = {u"kind"_s, u"name_en"_s, u"name_it"_s, u"sections"_s};
const QStringList DocumentColumns = {u"agreement_id"_s, u"sections_sha256"_s};
const QString SelectPriceLines = uR"(
    SELECT agreement_id, position, service_id, offering_id, label, basis, quantity,
           unit_price_minor
    FROM price_lines ORDER BY agreement_id, position)"_s;
const QStringList OfferingColumns = {u"service_id"_s,  u"name"_s,     u"description"_s, u"basis"_s,
                                     u"price_minor"_s, u"currency"_s, u"targets"_s};
const QStringList PriceLineColumns = {u"service_id"_s, u"offering_id"_s, u"label"_s,
                                      u"basis"_s,      u"quantity"_s,    u"unit_price_minor"_s};
const QStringList MetricDefinitionColumns = {u"name"_s, u"unit"_s, u"aggregation"_s, u"better"_s,
                                             u"description"_s};
const QStringList OwnerColumns = {u"number"_s, u"user_id"_s};
const QStringList ReviewColumns = {
    u"agreement_id"_s, u"held_on"_s, u"periods"_s,      u"participants"_s, u"kpi_summary"_s,
    u"notes"_s,        u"outcome"_s, u"amendment_id"_s, u"recorded_by"_s,
};
const QStringList ActionColumns = {
    u"agreement_id"_s, u"title"_s,    u"source"_s,   u"target_id"_s, u"period"_s, u"finding"_s,
    u"review_id"_s,    u"owner_id"_s, u"due_date"_s, u"state"_s,     u"reason"_s, u"notes"_s,
};

const QStringList AgreementColumns = {
    u"number"_s,        u"version"_s,
    u"title"_s,         u"kind"_s,
    u"level"_s,         u"parent_id"_s,
    u"party_id"_s,      u"start_date"_s,
    u"end_date"_s,      u"review_months"_s,
    u"notice_days"_s,   u"status"_s,
    u"price_minor"_s,   u"currency"_s,
    u"supersedes_id"_s, u"superseded_by_id"_s,
    u"terminated_on"_s, u"termination_reason"_s,
};
const QStringList TargetColumns = {
    u"service_id"_s,
    u"region_id"_s,
    u"priority"_s,
    u"metric"_s,
    u"custom_name"_s,
    u"custom_unit"_s,
    u"threshold"_s,
    u"goal_milli"_s,
    u"period"_s,
    u"calendar_id"_s,
    u"credit_cap_hundredths"_s,
    u"offering_id"_s,
};
const QStringList BatchColumns = {
    u"kind"_s,        u"source"_s,         u"file_name"_s,      u"sha256"_s,  u"user_name"_s,
    u"imported_at"_s, u"rows_read"_s,      u"inserted"_s,       u"updated"_s, u"unchanged"_s,
    u"rejected"_s,    u"rolled_back_at"_s, u"rolled_back_by"_s,
};

// Columns that hold an optional reference: a snapshot writes the missing one as 0.
const QSet<QString> OptionalIds = {u"parent_id"_s,     u"region_id"_s,        u"calendar_id"_s,
                                   u"supersedes_id"_s, u"superseded_by_id"_s, u"target_id"_s,
                                   u"review_id"_s,     u"amendment_id"_s,     u"offering_id"_s};

QString key(std::initializer_list<QString> parts)
{
    return QStringList(parts).join(QChar(0x1f));
}

// The statement that reads a table whose rows are known by their id: the id and the compared
// columns, ordered by id.
QString selectById(const QString &table, const QStringList &columns)
{
    return u"SELECT id, %1 FROM %2 ORDER BY id"_s.arg(columns.join(u", "_s), table);
}

// A snapshot's value in the text form a column reads as; a null QString for SQL NULL.
QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        return text.isNull() ? u""_s : text;
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"1"_s : u"0"_s;
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

QString columnText(const QString &column, const QJsonValue &value)
{
    const QString text = textOf(value);
    if (OptionalIds.contains(column) && (text == u"0"_s || text.isEmpty()))
        return QString();
    return text;
}

QString storedText(const Sql::Rows &row, int column)
{
    const QVariant value = row.value(column);
    if (value.isNull())
        return QString();
    const QString text = value.toString();
    return text.isNull() ? u""_s : text;
}

// Long values (a calendar's definition) are cut short: the column is named anyway.
QString shown(const QString &value)
{
    if (value.isNull())
        return u"NULL"_s;
    const QString oneLine = value.simplified();
    return u"\"%1\""_s.arg(oneLine.size() > 80 ? oneLine.left(80) + u"…"_s : oneLine);
}

QString shownNumber(const QString &value)
{
    bool number = false;
    value.toLongLong(&number);
    return number ? value : shown(value);
}

} // namespace

void AuditState::apply(const AuditRecord &r)
{
    const QJsonValue after =
        QJsonDocument::fromJson(u"[%1]"_s.arg(r.newValue).toUtf8()).array().at(0);
    const QJsonObject next = withTextKeys(r.entity, after.toObject());

    if (r.entity == u"agreement_support"_s) {
        const QJsonObject link = r.action == u"delete"_s
                                     ? QJsonDocument::fromJson(u"[%1]"_s.arg(r.oldValue).toUtf8())
                                           .array()
                                           .at(0)
                                           .toObject()
                                     : next;
        const QString k = key(
            {link.value(u"supporting"_s).toString(), link.value(u"supported"_s).toString()});
        if (r.action == u"delete"_s)
            mLinks.remove(k);
        else
            mLinks.insert(k);
        return;
    }

    auto &entities = mEntities[r.entity];
    if (r.action == u"insert"_s || r.action == u"import"_s) {
        entities[r.entityId] = Entity{next, {}};
        return;
    }
    if (r.action == u"delete"_s) {
        entities.remove(r.entityId);
        return;
    }
    if (!entities.contains(r.entityId))
        return; // a step about a record the trail never saw: the comparison will name the row
    Entity &entity = entities[r.entityId];
    if (r.action == u"update"_s) {
        entity.snapshot = next;
        return;
    }
    if (r.action == u"rollback"_s) {
        for (auto it = next.begin(); it != next.end(); ++it)
            entity.snapshot.insert(it.key(), it.value());
        return;
    }
    if (!r.action.startsWith(u"transition:"_s) || r.entity != u"agreement"_s)
        return; // the charter and the approvers live in tables this does not compare
    if (next.contains(u"status"_s))
        entity.snapshot.insert(u"status"_s, next.value(u"status"_s));
    if (r.action == u"transition:terminate"_s) {
        entity.derived.insert(u"terminated_on"_s, next.value(u"effective_date"_s).toString());
        entity.derived.insert(u"termination_reason"_s, next.value(u"reason"_s).toString());
    }
    if (next.contains(u"superseded_by"_s))
        entity.derived.insert(u"superseded_by_id"_s, next.value(u"superseded_by"_s).toString());
    if (r.action == u"transition:amend"_s) {
        // The new version was inserted (and recorded) just before; it supersedes this one.
        const qint64 amendment = next.value(u"amendment_id"_s).toString().toLongLong();
        if (entities.contains(amendment))
            entities[amendment].derived.insert(u"supersedes_id"_s, QString::number(r.entityId));
    }
}

QHash<QString, AuditState::Table> AuditState::expected() const
{
    QHash<QString, Table> tables;
    auto plain = [&](const QString &entity, const QString &table, const QStringList &columns) {
        const auto entities = mEntities.value(entity);
        for (auto it = entities.begin(); it != entities.end(); ++it) {
            Row row{u"%1 %2"_s.arg(table).arg(it.key()), {}};
            for (const QString &column : columns)
                row.columns.insert(column, columnText(column, it->snapshot.value(column)));
            tables[table].insert(QString::number(it.key()), row);
        }
    };
    plain(u"calendar"_s, u"calendars"_s, {u"name"_s, u"time_zone"_s, u"definition"_s});
    plain(u"region"_s, u"regions"_s, {u"code"_s, u"name"_s, u"calendar_id"_s});
    plain(u"service"_s, u"services"_s,
          {u"code"_s, u"name"_s, u"category"_s, u"owner_team"_s, u"description"_s, u"active"_s});
    plain(u"party"_s, u"parties"_s, PartyColumns);
    for (Row &row : tables[u"parties"_s]) {
        for (auto d = PartyDefaults.begin(); d != PartyDefaults.end(); ++d) {
            if (row.columns.value(d.key()).isNull())
                row.columns.insert(d.key(), d.value());
        }
    }
    plain(u"user"_s, u"users"_s, {u"name"_s, u"display_name"_s, u"active"_s});
    plain(u"import_batch"_s, u"import_batches"_s, BatchColumns);
    plain(u"change_request"_s, u"change_requests"_s, ChangeRequestColumns);
    plain(u"alert_rule"_s, u"alert_rules"_s, AlertRuleColumns);
    plain(u"alert"_s, u"alerts"_s, AlertColumns);
    plain(u"agreement_owner"_s, u"agreement_owners"_s, OwnerColumns);
    plain(u"review"_s, u"reviews"_s, ReviewColumns);
    plain(u"action"_s, u"actions"_s, ActionColumns);
    plain(u"clause"_s, u"clauses"_s, ClauseColumns);
    plain(u"document_template"_s, u"document_templates"_s, TemplateColumns);
    plain(u"agreement_document"_s, u"agreement_documents"_s, DocumentColumns);
    // A deleted agreement takes its document with it (ON DELETE CASCADE).
    QMutableMapIterator<QString, Row> document(tables[u"agreement_documents"_s]);
    while (document.hasNext()) {
        const QString agreement = document.next().value().columns.value(u"agreement_id"_s);
        if (!mEntities.value(u"agreement"_s).contains(agreement.toLongLong()))
            document.remove();
    }
    plain(u"offering"_s, u"offerings"_s, OfferingColumns);
    plain(u"metric_definition"_s, u"metric_definitions"_s, MetricDefinitionColumns);

    expectPeople(tables);
    expectAgreements(tables);
    for (const QString &link : mLinks) {
        const QString supporting = link.section(QChar(0x1f), 0, 0);
        const QString supported = link.section(QChar(0x1f), 1, 1);
        tables[u"agreement_supports"_s].insert(
            link, Row{tr("agreement_supports (%1 supports %2)").arg(supporting, supported), {}});
    }
    return tables;
}

// Deliveries, contacts and roles: the rows that follow from parties, services and users.
void AuditState::expectPeople(QHash<QString, Table> &tables) const
{
    // A deleted service takes its deliveries with it (ON DELETE CASCADE).
    const auto services = mEntities.value(u"service"_s);
    const auto parties = mEntities.value(u"party"_s);
    for (auto it = parties.begin(); it != parties.end(); ++it) {
        for (const QJsonValue &service : it->snapshot.value(u"delivered_service_ids"_s).toArray()) {
            const QString serviceId = textOf(service);
            if (!services.contains(serviceId.toLongLong()))
                continue;
            const QString party = QString::number(it.key());
            tables[u"service_deliveries"_s].insert(
                key({party, serviceId}),
                Row{tr("service_deliveries (party %1, service %2)").arg(party, serviceId), {}});
        }
    }
    for (auto it = parties.begin(); it != parties.end(); ++it) {
        const QString party = QString::number(it.key());
        const QJsonArray contacts = it->snapshot.value(u"contacts"_s).toArray();
        for (qsizetype position = 0; position < contacts.size(); ++position) {
            const QJsonArray values = contacts.at(position).toArray();
            Row row{tr("party_contacts (party %1, contact %2)").arg(party).arg(position + 1), {}};
            for (qsizetype c = 0; c < ContactColumns.size(); ++c)
                row.columns.insert(ContactColumns.at(c), textOf(values.at(c)));
            tables[u"party_contacts"_s].insert(key({party, QString::number(position)}), row);
        }
    }
    const auto users = mEntities.value(u"user"_s);
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QString user = QString::number(it.key());
        for (const QJsonValue &role : it->snapshot.value(u"roles"_s).toArray())
            tables[u"user_roles"_s].insert(
                key({user, role.toString()}),
                Row{tr("user_roles (user %1, role %2)").arg(user, role.toString()), {}});
    }
}

// Agreements and the rows each one's snapshot holds: services, price lines, targets, tiers.
void AuditState::expectAgreements(QHash<QString, Table> &tables) const
{
    const auto agreements = mEntities.value(u"agreement"_s);
    for (auto it = agreements.begin(); it != agreements.end(); ++it) {
        const QString id = QString::number(it.key());
        const QJsonObject &s = it->snapshot;
        Row row{u"agreements %1"_s.arg(id), {}};
        for (const QString &column : AgreementColumns)
            row.columns.insert(column, columnText(column, s.value(column)));
        // The snapshot holds the price as people read it; the table, in minor units.
        const auto price = Money::parse(s.value(u"price"_s).toString(),
                                        s.value(u"currency"_s).toString());
        row.columns.insert(u"price_minor"_s, price ? QString::number(price->minorUnits())
                                                   : s.value(u"price"_s).toString());
        row.columns.insert(u"termination_reason"_s, u""_s);
        for (auto d = it->derived.begin(); d != it->derived.end(); ++d)
            row.columns.insert(d.key(), columnText(d.key(), d.value()));
        tables[u"agreements"_s].insert(id, row);

        for (const QJsonValue &service : s.value(u"services"_s).toArray()) {
            const QString serviceId = textOf(service);
            tables[u"agreement_services"_s].insert(
                key({id, serviceId}),
                Row{tr("agreement_services (agreement %1, service %2)").arg(id, serviceId), {}});
        }
        const QJsonArray lines = s.value(u"price_lines"_s).toArray();
        for (qsizetype position = 0; position < lines.size(); ++position) {
            const QJsonObject l = lines.at(position).toObject();
            Row line{tr("price_lines (agreement %1, line %2)").arg(id).arg(position + 1), {}};
            for (const QString &column : PriceLineColumns)
                line.columns.insert(column, columnText(column, l.value(column)));
            tables[u"price_lines"_s].insert(key({id, QString::number(position)}), line);
        }
        const QJsonArray targets = s.value(u"targets"_s).toArray();
        for (qsizetype position = 0; position < targets.size(); ++position) {
            const QJsonObject t = targets.at(position).toObject();
            const QString p = QString::number(position);
            Row target{tr("targets (agreement %1, target %2)").arg(id).arg(position + 1), {}};
            for (const QString &column : TargetColumns)
                target.columns.insert(column, columnText(column, t.value(column)));
            tables[u"targets"_s].insert(key({id, p}), target);
            const QJsonArray tiers = t.value(u"credit_tiers"_s).toArray();
            for (qsizetype tier = 0; tier < tiers.size(); ++tier) {
                const QJsonArray values = tiers.at(tier).toArray();
                tables[u"credit_tiers"_s].insert(
                    key({id, p, QString::number(tier)}),
                    Row{tr("credit_tiers (agreement %1, target %2, tier %3)")
                            .arg(id)
                            .arg(position + 1)
                            .arg(tier + 1),
                        {{u"below_milli"_s, textOf(values.at(0))},
                         {u"credit_hundredths"_s, textOf(values.at(1))}}});
            }
        }
    }
}

// How each table is read: its statement, the key and label of a row, its compared columns.
struct AuditState::Reader
{
    QString sql;
    std::function<QString(const Sql::Rows &)> key;
    std::function<QString(const Sql::Rows &)> label;
    QStringList columns;
};

const QHash<QString, AuditState::Reader> &AuditState::readers()
{
    static const QHash<QString, Reader> all = [] {
        QHash<QString, Reader> r;
        // Tables whose rows are known by their id.
        const std::pair<QString, QStringList> byId[] = {
            {u"calendars"_s, {u"name"_s, u"time_zone"_s, u"definition"_s}},
            {u"regions"_s, {u"code"_s, u"name"_s, u"calendar_id"_s}},
            {u"services"_s,
             {u"code"_s, u"name"_s, u"category"_s, u"owner_team"_s, u"description"_s, u"active"_s}},
            {u"parties"_s, PartyColumns},
            {u"users"_s, {u"name"_s, u"display_name"_s, u"active"_s}},
            {u"agreements"_s, AgreementColumns},
            {u"import_batches"_s, BatchColumns},
            {u"change_requests"_s, ChangeRequestColumns},
            {u"alert_rules"_s, AlertRuleColumns},
            {u"alerts"_s, AlertColumns},
            {u"agreement_owners"_s, OwnerColumns},
            {u"reviews"_s, ReviewColumns},
            {u"actions"_s, ActionColumns},
            {u"clauses"_s, ClauseColumns},
            {u"document_templates"_s, TemplateColumns},
            {u"agreement_documents"_s, DocumentColumns},
            {u"offerings"_s, OfferingColumns},
            {u"metric_definitions"_s, MetricDefinitionColumns},
        };
        for (const auto &[table, columns] : byId) {
            r.insert(table, Reader{selectById(table, columns),
                                   [](const Sql::Rows &row) { return row.text("id"); },
                                   [table](const Sql::Rows &row) {
                                       return u"%1 %2"_s.arg(table, row.text("id"));
                                   },
                                   columns});
        }
        addPositionReaders(r);
        addLinkReaders(r);
        return r;
    }();
    return all;
}

void AuditState::addPositionReaders(QHash<QString, Reader> &r)
{
    // Targets and their credit tiers: known by their agreement and their places in its lists.
    r.insert(u"targets"_s, Reader{SelectTargets,
                                  [](const Sql::Rows &row) {
                                      return key({row.text("agreement_id"), row.text("position")});
                                  },
                                  [](const Sql::Rows &row) {
                                      return tr("targets %1 (agreement %2, target %3)")
                                          .arg(row.text("id"), row.text("agreement_id"))
                                          .arg(row.integer("position") + 1);
                                  },
                                  TargetColumns});
    r.insert(u"credit_tiers"_s,
             Reader{SelectCreditTiers,
                    [](const Sql::Rows &row) {
                        return key({row.text("agreement_id"), row.text("target_position"),
                                    row.text("position")});
                    },
                    [](const Sql::Rows &row) {
                        return tr("credit_tiers (agreement %1, target %2, tier %3)")
                            .arg(row.text("agreement_id"))
                            .arg(row.integer("target_position") + 1)
                            .arg(row.integer("position") + 1);
                    },
                    {u"below_milli"_s, u"credit_hundredths"_s}});
}

void AuditState::addLinkReaders(QHash<QString, Reader> &r)
{
    // Rows known by a pair of columns: link tables, where a row is the pair it links with
    // nothing else to compare, and lists, where a row is its owner and its place in the
    // owner's list (named counted from 1). The label names the pair; its format is translated
    // when a label is made.
    struct Pair
    {
        QString table;
        QString sql;
        const char *first;
        const char *second;
        bool isPosition; // second is a place in a list
        const char *label;
        QStringList columns;
    };
    const Pair pairs[] = {
        {u"party_contacts"_s, SelectContacts, "party_id", "position", true,
         QT_TRANSLATE_NOOP("Accordo::AuditLog", "party_contacts (party %1, contact %2)"),
         ContactColumns},
        {u"price_lines"_s, SelectPriceLines, "agreement_id", "position", true,
         QT_TRANSLATE_NOOP("Accordo::AuditLog", "price_lines (agreement %1, line %2)"),
         PriceLineColumns},
        {u"service_deliveries"_s,
         SelectDeliveries,
         "party_id",
         "service_id",
         false,
         QT_TRANSLATE_NOOP("Accordo::AuditLog", "service_deliveries (party %1, service %2)"),
         {}},
        {u"user_roles"_s,
         SelectUserRoles,
         "user_id",
         "role",
         false,
         QT_TRANSLATE_NOOP("Accordo::AuditLog", "user_roles (user %1, role %2)"),
         {}},
        {u"agreement_services"_s,
         SelectAgreementServices,
         "agreement_id",
         "service_id",
         false,
         QT_TRANSLATE_NOOP("Accordo::AuditLog", "agreement_services (agreement %1, service %2)"),
         {}},
        {u"agreement_supports"_s,
         SelectSupports,
         "supporting_number",
         "supported_number",
         false,
         QT_TRANSLATE_NOOP("Accordo::AuditLog", "agreement_supports (%1 supports %2)"),
         {}},
    };
    for (const Pair &pair : pairs) {
        r.insert(pair.table,
                 Reader{pair.sql,
                        [pair](const Sql::Rows &row) {
                            return key({row.text(pair.first), row.text(pair.second)});
                        },
                        [pair](const Sql::Rows &row) {
                            if (pair.isPosition)
                                return tr(pair.label)
                                    .arg(row.text(pair.first))
                                    .arg(row.integer(pair.second) + 1);
                            return tr(pair.label).arg(row.text(pair.first), row.text(pair.second));
                        },
                        pair.columns});
    }
}

Result<std::optional<QString>> AuditState::firstDifference(QSqlDatabase db) const
{
    const QHash<QString, Table> wanted = expected();
    for (const QString &table : ComparedTables) {
        auto difference = compare(db, table, readers().value(table), wanted.value(table));
        if (!difference || *difference)
            return difference;
    }
    return alteredText(db);
}

Result<std::optional<QString>> AuditState::compare(QSqlDatabase db, const QString &table,
                                                   const Reader &reader, const Table &expectedRows)
{
    auto rows = Sql::stream(db, reader.sql);
    if (!rows)
        return Error{tr("the table %1 cannot be read: %2").arg(table, rows.errorString())};
    QSet<QString> seen;
    QList<int> positions;
    for (const QString &column : reader.columns)
        positions.append(rows->indexOf(column));
    while (rows->next()) {
        const QString k = reader.key(*rows);
        const auto found = expectedRows.constFind(k);
        if (found == expectedRows.cend() || seen.contains(k))
            return std::optional<QString>(
                tr("%1: the table holds this row, but the audit trail never recorded it")
                    .arg(reader.label(*rows)));
        seen.insert(k);
        for (qsizetype c = 0; c < reader.columns.size(); ++c) {
            const QString &column = reader.columns.at(c);
            // An optional reference reads as NULL whether the table keeps "none" as NULL or
            // as 0, as the trail's side does (columnText).
            QString stored = storedText(*rows, positions.at(c));
            if (OptionalIds.contains(column) && stored == u"0"_s)
                stored = QString();
            const QString trail = found->columns.value(column);
            if (stored != trail || stored.isNull() != trail.isNull())
                return std::optional<QString>(
                    tr("%1, column %2: the trail says %3, the table holds %4")
                        .arg(reader.label(*rows), column, shownNumber(trail), shownNumber(stored)));
        }
    }
    if (!rows->errorText().isEmpty())
        return Error{tr("the table %1 cannot be read: %2").arg(table, rows->errorText())};
    rows->finish();
    for (auto it = expectedRows.begin(); it != expectedRows.end(); ++it) {
        if (!seen.contains(it.key()))
            return std::optional<QString>(
                tr("%1: the audit trail says this row exists, but the table has no such row "
                   "and the trail records no deletion")
                    .arg(it->label));
    }
    return std::optional<QString>();
}

} // namespace Accordo
