#pragma once

#include "crm/importedparty.h"
#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Accordo {

/// Reads the customers of a CRM export: a CSV file (one row per contact, or per customer
/// without contacts) or a vCard file (one card per contact, its ORG the customer).
///
/// The CSV columns are named by the header: external_id and name are required; region (a
/// region code), status (active, lost or terminated), segment, contact_name, contact_role,
/// contact_email and contact_phone are optional. Rows with the same external_id are one
/// customer: each adds its contact, and they must agree on the customer's fields. A mapping
/// file renames columns, translates values and sets constants:
///
///     { "columns":   { "external_id": "AccountId", "name": "Account Name" },
///       "values":    { "status": { "Closed Lost": "lost", "Customer": "active" } },
///       "constants": { "region": "EU" } }
///
/// A bad row is refused naming the file, its line, the field and the value.
class PartyImportFile
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::PartyImportFile)

public:
    /// The fields of a CSV row, and the columns they are read from unless mapped.
    static QStringList fields();

    /// The mapping of a JSON document; unknown keys and fields are refused, naming them.
    struct Mapping
    {
        QHash<QString, QString> columns;
        QHash<QString, QHash<QString, QString>> values;
        QHash<QString, QString> constants;
    };
    static Result<Mapping> mapping(const QByteArray &json, const QString &sourceName);

    /// Reads `path` as vCard when it ends in .vcf or .vcard, else as CSV; `mappingPath`
    /// (CSV only) may be empty.
    static Result<QList<ImportedParty>> read(const QString &path, const QString &mappingPath);
    static Result<QList<ImportedParty>> readCsv(QByteArrayView data, const QString &sourceName,
                                                const Mapping &mapping = {});
    static Result<QList<ImportedParty>> readVCard(QByteArrayView data, const QString &sourceName);
};

} // namespace Accordo
