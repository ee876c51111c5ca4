#pragma once

#include "document/clausetypes.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

namespace Accordo {

class Workspace;
struct AuditEntry;

/// The clause library, the document template of each agreement kind and the provider's name
/// the documents give. Reads fail closed (a failed query is an error, never an empty list);
/// writes are validated, then take AuditedWrite's path under EditRoles::clauseLibrary().
class ClauseStore
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ClauseStore)

public:
    explicit ClauseStore(const Workspace &workspace);

    /// Every clause, by key.
    Result<QList<LibraryClause>> clauses() const;
    /// The clause with `key`; an error naming the key when there is none.
    Result<LibraryClause> clause(const QString &key) const;
    /// Refused unless key, titles and bodies are there in both languages and every
    /// placeholder is known (the error names the clause, the language and the placeholder).
    Result<qint64> addClause(const LibraryClause &clause);
    /// Changes the clause `clause.id` (its key included); versions' copies stay as they were.
    Result<void> updateClause(const LibraryClause &clause);
    /// Refused while a template uses the clause.
    Result<void> removeClause(qint64 id);

    /// Every stored template, in the order of the agreement kinds.
    Result<QList<DocumentTemplate>> templates() const;
    /// The template of `kind`, or none when the library has none for it.
    Result<std::optional<DocumentTemplate>> templateOf(AgreementKind kind) const;
    /// Stores the template of its kind, replacing the one stored; refused when a section has
    /// no key or title, a section key repeats, or a clause key is not in the library.
    Result<void> saveTemplate(const DocumentTemplate &documentTemplate);

    /// The provider's name on every document ("Accordo Services S.p.A."); empty when unset.
    Result<QString> providerName() const;
    Result<void> setProviderName(const QString &name);

    /// The checks addClause() makes, for a caller that validates before it writes.
    static Result<void> validate(const LibraryClause &clause);

private:
    Result<void> validate(const DocumentTemplate &documentTemplate) const;

    const Workspace &mWorkspace;
};

} // namespace Accordo
