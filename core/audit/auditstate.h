#pragma once

#include "audit/auditlog.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Accordo {

/// The state of the audited tables that the audit trail leads to, built by replaying its
/// records in order, and its comparison with the rows the tables hold.
///
/// Compared, column by column: calendars, regions, services, parties (with their contacts,
/// party_contacts, and their CRM columns) and service_deliveries,
/// users and user_roles, agreements (every column but the bookkeeping created_at, updated_at
/// and row_version), agreement_services, targets (but their ids, which the snapshots do not
/// hold: a target is known by its agreement and position), credit_tiers, agreement_supports,
/// import_batches, change_requests, alert_rules, alerts, agreement_owners, reviews,
/// actions, clauses, document_templates, agreement_documents (whose sections the trail names
/// by SHA-256; every text in document_texts must still have the SHA-256 it is stored under),
/// offerings, price_lines (known, like targets, by agreement and position) and
/// metric_definitions. The lifecycle's own tables (charters, approvals, signings, transitions)
/// and the imported tickets, outages, surveys and observations themselves are not compared.
///
/// Older records need nothing new: the agreement columns the snapshots lack (supersedes_id,
/// superseded_by_id, terminated_on, termination_reason) follow from the amend, sign and
/// terminate steps' records, which have always carried them, and a document record that holds
/// its sections' text is compared by that text's SHA-256.
class AuditState
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AuditLog)

public:
    /// Applies one record, oldest first.
    void apply(const AuditRecord &record);
    /// The first row whose table content differs from the replayed state, as a sentence
    /// naming table, row and column; nothing when every row matches. Reads each table once.
    Result<std::optional<QString>> firstDifference(QSqlDatabase db) const;

    /// One expected or stored row: its columns (a null QString is SQL NULL) and how a message
    /// names it.
    struct Row
    {
        QString label;
        QMap<QString, QString> columns;
    };
    using Table = QMap<QString, Row>; // by the row's key

private:
    struct Entity
    {
        QJsonObject snapshot;
        // Agreement columns that follow from lifecycle steps rather than snapshots.
        QMap<QString, QString> derived;
    };

    QHash<QString, Table> expected() const;
    void expectPeople(QHash<QString, Table> &tables) const;
    void expectAgreements(QHash<QString, Table> &tables) const;
    struct Reader;
    static const QHash<QString, Reader> &readers();
    // Targets and credit tiers, known by their places in their agreement's lists; rows known
    // by a pair of columns (rows of link tables, and of an owner's list by owner and place).
    static void addPositionReaders(QHash<QString, Reader> &readers);
    static void addLinkReaders(QHash<QString, Reader> &readers);
    // The first difference between a table and the rows the trail expects in it.
    static Result<std::optional<QString>> compare(QSqlDatabase db, const QString &table,
                                                  const Reader &reader, const Table &expectedRows);
    // The first document text whose content no longer has the SHA-256 it is stored under
    // (auditstatetexts.cpp).
    static Result<std::optional<QString>> alteredText(QSqlDatabase db);
    // A record's snapshot with a document's sections named by their SHA-256, as the table
    // holds them, also when the record holds the text itself (written before version 18).
    static QJsonObject withTextKeys(const QString &entity, QJsonObject snapshot);

    QHash<QString, QMap<qint64, Entity>> mEntities; // entity kind → id → state
    QSet<QString> mLinks;                           // agreement_supports, "supporting\x1fsupported"
};

} // namespace Accordo
