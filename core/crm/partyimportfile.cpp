#include "partyimportfile.h"

#include "crm/vcardreader.h"
#include "measurement/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QStringList PartyFields = {u"name"_s, u"region"_s, u"status"_s, u"segment"_s};
const QStringList ContactFields = {u"contact_name"_s, u"contact_role"_s, u"contact_email"_s,
                                   u"contact_phone"_s};
const QStringList Statuses = {u"active"_s, u"lost"_s, u"terminated"_s};

Error rowError(const QString &source, qint64 line, const QString &field, const QString &value,
               const QString &problem)
{
    return Error{PartyImportFile::tr("%1, line %2, field %3, value \"%4\": %5")
                     .arg(source)
                     .arg(line)
                     .arg(field, value, problem)};
}

Result<QHash<QString, QString>> stringObject(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return Error{PartyImportFile::tr("%1 must be an object of strings").arg(where)};
    QHash<QString, QString> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isString())
            return Error{PartyImportFile::tr("%1: \"%2\" must be a string").arg(where, it.key())};
        out.insert(it.key(), it->toString());
    }
    return out;
}

} // namespace

QStringList PartyImportFile::fields()
{
    return QStringList{u"external_id"_s} + PartyFields + ContactFields;
}

Result<PartyImportFile::Mapping> PartyImportFile::mapping(const QByteArray &json,
                                                          const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{tr("%1: not a JSON object (%2)").arg(sourceName, parseError.errorString())};
    Mapping mapping;
    const QJsonObject root = document.object();
    const QStringList known = fields();
    auto checkFields = [&](const QStringList &names, const QString &key) -> Result<void> {
        for (const QString &name : names) {
            if (!known.contains(name))
                return Error{tr("%1, \"%2\": \"%3\" is not a field (%4)")
                                 .arg(sourceName, key, name, known.join(u", "_s))};
        }
        return {};
    };
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString where = u"%1, \"%2\""_s.arg(sourceName, it.key());
        if (it.key() == u"columns"_s || it.key() == u"constants"_s) {
            auto object = stringObject(*it, where);
            if (!object)
                return object.error();
            if (auto r = checkFields(object->keys(), it.key()); !r)
                return r.error();
            (it.key() == u"columns"_s ? mapping.columns : mapping.constants) = *object;
        } else if (it.key() == u"values"_s) {
            if (!it->isObject())
                return Error{tr("%1 must be an object").arg(where)};
            const QJsonObject values = it->toObject();
            if (auto r = checkFields(values.keys(), it.key()); !r)
                return r.error();
            for (auto v = values.begin(); v != values.end(); ++v) {
                auto translation = stringObject(*v, u"%1, \"%2\""_s.arg(where, v.key()));
                if (!translation)
                    return translation.error();
                mapping.values.insert(v.key(), *translation);
            }
        } else {
            return Error{tr("%1: unknown key \"%2\" (columns, values, constants)")
                             .arg(sourceName, it.key())};
        }
    }
    return mapping;
}

Result<QList<ImportedParty>> PartyImportFile::read(const QString &path, const QString &mappingPath)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool vcard = suffix == u"vcf"_s || suffix == u"vcard"_s;
    if (vcard && !mappingPath.isEmpty())
        return Error{tr("%1: a mapping applies to CSV files, not to vCard files").arg(path)};
    Mapping map;
    if (!mappingPath.isEmpty()) {
        QFile file(mappingPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("%1: %2").arg(mappingPath, file.errorString())};
        auto read = mapping(file.readAll(), mappingPath);
        if (!read)
            return read.error();
        map = *read;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: %2").arg(path, file.errorString())};
    if (file.size() > VCardReader::MaxBytes)
        return Error{
            tr("%1: the file is larger than %2 MB").arg(path).arg(VCardReader::MaxBytes >> 20)};
    const QByteArray data = file.readAll();
    return vcard ? readVCard(data, path) : readCsv(data, path, map);
}

Result<QList<ImportedParty>> PartyImportFile::readCsv(QByteArrayView data,
                                                      const QString &sourceName,
                                                      const Mapping &mapping)
{
    CsvReader csv;
    if (auto r = csv.setData(data, sourceName); !r)
        return r.error();
    if (!csv.next())
        return Error{csv.error() ? csv.error()->message
                                 : tr("%1: the file is empty: it needs a header").arg(sourceName)};
    if (auto r = csv.checkHeader(); !r)
        return r.error();
    // Where each field is read from: a column index, or -1 for a constant or nothing.
    QHash<QString, int> column;
    for (const QString &field : fields()) {
        const QString name = mapping.columns.value(field, field);
        column.insert(field, -1);
        for (qsizetype i = 0; i < csv.fieldCount(); ++i) {
            if (QString::fromUtf8(csv.field(i)).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                column.insert(field, int(i));
        }
        if (mapping.columns.contains(field) && column.value(field) < 0)
            return Error{tr("%1: the header has no column \"%2\" (mapped to %3)")
                             .arg(sourceName, name, field)};
    }
    for (const QString &required : {u"external_id"_s, u"name"_s}) {
        if (column.value(required) < 0 && !mapping.constants.contains(required))
            return Error{tr("%1: the header has no column \"%2\"").arg(sourceName, required)};
    }
    const qsizetype width = csv.fieldCount();

    QList<ImportedParty> parties;
    QHash<QString, qsizetype> byId;
    while (csv.next()) {
        const qint64 line = csv.line();
        if (csv.fieldCount() != width)
            return Error{tr("%1, line %2: the row has %3 fields, the header %4")
                             .arg(sourceName)
                             .arg(line)
                             .arg(csv.fieldCount())
                             .arg(width)};
        auto value = [&](const QString &field) {
            const int index = column.value(field, -1);
            const QString raw = index >= 0 ? QString::fromUtf8(csv.field(index)).trimmed()
                                           : mapping.constants.value(field);
            return mapping.values.value(field).value(raw, raw);
        };
        const QString id = value(u"external_id"_s);
        if (id.isEmpty())
            return rowError(sourceName, line, u"external_id"_s, id,
                            tr("the CRM account id is required"));
        if (value(u"name"_s).isEmpty())
            return rowError(sourceName, line, u"name"_s, {}, tr("the name is required"));
        const QString status = value(u"status"_s);
        if (!status.isEmpty() && !Statuses.contains(status))
            return rowError(sourceName, line, u"status"_s, status,
                            tr("the status must be active, lost or terminated"));
        const QString email = value(u"contact_email"_s);
        if (!email.isEmpty() && !Validation::isValidEmail(email))
            return rowError(sourceName, line, u"contact_email"_s, email,
                            tr("not a valid e-mail address"));
        const PartyContact contact{value(u"contact_name"_s), value(u"contact_role"_s), email,
                                   value(u"contact_phone"_s)};
        if (contact.name.isEmpty()
            && !(contact.role.isEmpty() && contact.email.isEmpty() && contact.phone.isEmpty()))
            return rowError(sourceName, line, u"contact_name"_s, {}, tr("a contact needs a name"));

        auto found = byId.constFind(id);
        if (found == byId.cend()) {
            ImportedParty party{
                sourceName, line, id, {}, {}, {}, column.value(u"contact_name"_s) >= 0};
            for (const QString &field : PartyFields) {
                if (column.value(field) >= 0 || mapping.constants.contains(field))
                    party.fields.insert(field, value(field));
            }
            found = byId.insert(id, parties.size());
            parties.append(party);
        } else {
            // A later row of the same customer must say the same of it.
            const ImportedParty &first = parties.at(*found);
            for (auto it = first.fields.begin(); it != first.fields.end(); ++it) {
                if (value(it.key()) != it.value())
                    return rowError(sourceName, line, it.key(), value(it.key()),
                                    tr("line %1 gives \"%2\" for the same customer")
                                        .arg(first.line)
                                        .arg(it.value()));
            }
        }
        if (!contact.name.isEmpty())
            parties[*found].contacts.append(contact);
    }
    if (csv.error())
        return *csv.error();
    return parties;
}

Result<QList<ImportedParty>> PartyImportFile::readVCard(QByteArrayView data,
                                                        const QString &sourceName)
{
    auto cards = VCardReader::read(data, sourceName);
    if (!cards)
        return cards.error();
    QList<ImportedParty> parties;
    QHash<QString, qsizetype> byKey; // the account id, else the organisation's name
    for (const VCard &card : std::as_const(*cards)) {
        if (card.organization.isEmpty())
            return rowError(sourceName, card.line, u"ORG"_s, {},
                            tr("the card names no organisation: whose contact is it?"));
        if (!card.email.isEmpty() && !Validation::isValidEmail(card.email))
            return rowError(sourceName, card.line, u"EMAIL"_s, card.email,
                            tr("not a valid e-mail address"));
        const QString key = card.externalId.isEmpty() ? u"name:"_s + card.organization.toLower()
                                                      : u"id:"_s + card.externalId;
        auto found = byKey.constFind(key);
        if (found == byKey.cend()) {
            ImportedParty party{sourceName, card.line, card.externalId, {}, {}, {}, true};
            if (card.externalId.isEmpty())
                party.matchName = card.organization;
            else
                party.fields.insert(u"name"_s, card.organization);
            found = byKey.insert(key, parties.size());
            parties.append(party);
        }
        parties[*found].contacts.append({card.formattedName, card.title, card.email, card.phone});
    }
    return parties;
}

} // namespace Accordo
