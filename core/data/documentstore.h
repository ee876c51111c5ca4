#pragma once

#include "data/auditedwrite.h"
#include "document/clausetypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace Accordo {

class Workspace;
struct Agreement;

/// The clauses of each agreement version: made from its kind's template when the draft is
/// made, copied into the draft an amendment opens, and editable while the version is a draft
/// or in negotiation (refused, with the reason, once it went to approval). Versions made before
/// documents existed have none until their first edit, which starts them from the template.
/// Every edit is one audited write under EditRoles::agreements() that changes nothing when it
/// fails; sections and clauses are named by their keys.
class DocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DocumentStore)

public:
    explicit DocumentStore(const Workspace &workspace);

    /// The version's clauses, or none when it has no document.
    Result<std::optional<VersionDocument>> document(qint64 agreementId) const;

    /// Adds the library clause `clauseKey` (a copy of its text) to the section at `position`
    /// (-1: at its end). Refused when the section already holds that clause.
    Result<void> addClause(qint64 agreementId, const QString &sectionKey, const QString &clauseKey,
                           int position = -1);
    Result<void> removeClause(qint64 agreementId, const QString &sectionKey,
                              const QString &clauseKey);
    /// Moves a clause to `position` (0-based) within its section.
    Result<void> moveClause(qint64 agreementId, const QString &sectionKey, const QString &clauseKey,
                            int position);
    /// This version's title and text of a clause in one language; refused when the text is
    /// empty or names an unknown placeholder.
    Result<void> editClause(qint64 agreementId, const QString &sectionKey, const QString &clauseKey,
                            const QString &language, const QString &title, const QString &body);
    /// Marks a section as replacing the parents' section of the same key.
    Result<void> setOverridesParent(qint64 agreementId, const QString &sectionKey, bool overrides);

    /// Why the version's document may not change now, empty when it may (draft, negotiation).
    static QString whyFrozen(const Agreement &agreement);

    // Steps that run inside a caller's audited write (they open no transaction of their own).
    /// Gives a new draft the template of its kind as it stands; nothing when there is none.
    Result<std::optional<AuditEntry>> startFromTemplate(const Agreement &agreement);
    /// The sections a new draft of `kind` starts with: its template as it stands, or nothing
    /// when the kind has no template.
    Result<std::optional<QList<VersionSection>>> templateSections(AgreementKind kind) const;
    /// What the audit trail holds of a document: its agreement and the SHA-256 of its sections'
    /// JSON, the key of their text in document_texts.
    static QJsonObject auditSnapshot(qint64 agreementId, const QString &sectionsSha256);
    /// Keeps a document's sections (SectionsJson) in document_texts, once per distinct text,
    /// and returns their key, the SHA-256 of the text.
    static Result<QString> keepText(QSqlDatabase db, const QString &sectionsJson);
    /// Gives the new version `to` the clauses of `fromId` (replacing those its template gave
    /// it); nothing when `fromId` has no document.
    Result<std::optional<AuditEntry>> copyDocument(qint64 fromId, const Agreement &to);

private:
    using Edit = std::function<Result<void>(QList<VersionSection> &)>;
    Result<void> edit(qint64 agreementId, const QString &what, const Edit &change);
    /// edit() of the clause `clauseKey` of the section `sectionKey`, given with its index.
    using ClauseEdit = std::function<Result<void>(VersionSection &section, qsizetype index)>;
    Result<void> editClauseIn(qint64 agreementId, const QString &what, const QString &sectionKey,
                              const QString &clauseKey, const ClauseEdit &change);
    Result<AuditEntry> insert(qint64 agreementId, const QList<VersionSection> &sections);
    /// Gives a stored document other sections; `where` names it in errors.
    Result<AuditEntry> replace(const VersionDocument &stored, const QList<VersionSection> &sections,
                               const QString &where);

    const Workspace &mWorkspace;
};

} // namespace Accordo
