#include "documentstore.h"

#include "data/clausestore.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/workspace.h"
#include "document/placeholders.h"
#include "storage/contenthash.h"
#include "storage/sqlquery.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto SelectDocument = R"(SELECT d.id, t.content AS sections
FROM agreement_documents d JOIN document_texts t ON t.sha256 = d.sections_sha256
WHERE d.agreement_id = ?)"_L1;
constexpr auto InsertDocument = R"(INSERT INTO agreement_documents (agreement_id, sections_sha256)
VALUES (?, ?) RETURNING id)"_L1;
constexpr auto UpdateDocument =
    R"(UPDATE agreement_documents SET sections_sha256 = ? WHERE id = ?)"_L1;
constexpr auto SelectSha256 = R"(SELECT sections_sha256 FROM agreement_documents WHERE id = ?)"_L1;
constexpr auto KeepText = R"(INSERT INTO document_texts (sha256, content) VALUES (?, ?)
ON CONFLICT (sha256) DO NOTHING)"_L1;

QJsonObject snapshot(qint64 agreementId, const QString &sectionsSha256)
{
    return {{u"agreement_id"_s, QString::number(agreementId)},
            {u"sections_sha256"_s, sectionsSha256}};
}

Result<VersionSection *> section(QList<VersionSection> &sections, const QString &key)
{
    for (VersionSection &s : sections) {
        if (s.key == key)
            return &s;
    }
    return Error{DocumentStore::tr("the document has no section \"%1\"").arg(key)};
}

qsizetype clauseIndex(const VersionSection &s, const QString &key)
{
    for (qsizetype i = 0; i < s.clauses.size(); ++i) {
        if (s.clauses.at(i).key == key)
            return i;
    }
    return -1;
}

// The section `sectionKey` and the place in it of the clause `clauseKey`, which must be there.
Result<std::pair<VersionSection *, qsizetype>> sectionClause(QList<VersionSection> &sections,
                                                             const QString &sectionKey,
                                                             const QString &clauseKey)
{
    auto s = section(sections, sectionKey);
    if (!s)
        return s.error();
    const qsizetype i = clauseIndex(**s, clauseKey);
    if (i < 0)
        return Error{DocumentStore::tr("the section has no clause \"%1\"").arg(clauseKey)};
    return std::pair{*s, i};
}

} // namespace

DocumentStore::DocumentStore(const Workspace &workspace) : mWorkspace(workspace) {}

Result<std::optional<VersionDocument>> DocumentStore::document(qint64 agreementId) const
{
    auto rows = Sql::select(mWorkspace.connection(), SelectDocument, {agreementId});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<VersionDocument>();
    VersionDocument d{rows->integer("id"), agreementId, {}};
    auto sections = SectionsJson::readVersion(rows->text("sections"),
                                              tr("the document of agreement %1").arg(agreementId));
    if (!sections)
        return sections.error();
    d.sections = *sections;
    return std::optional<VersionDocument>(d);
}

QString DocumentStore::whyFrozen(const Agreement &a)
{
    const QString version = tr("%1 version %2").arg(a.number).arg(a.version);
    switch (a.status) {
    case AgreementStatus::Draft:
    case AgreementStatus::Negotiation:
        return {};
    case AgreementStatus::Approval:
        return tr("%1 is awaiting approval: its document is frozen").arg(version);
    case AgreementStatus::Active:
        return tr("%1 is signed and in force: its document is frozen").arg(version);
    case AgreementStatus::Expired:
        return tr("%1 has expired: its document is frozen").arg(version);
    case AgreementStatus::Terminated:
        return tr("%1 was terminated: its document is frozen").arg(version);
    }
    return {};
}

Result<QString> DocumentStore::keepText(QSqlDatabase db, const QString &sectionsJson)
{
    const QString sha256 = contentSha256(sectionsJson);
    if (auto r = Records::write(db, KeepText, {sha256, sectionsJson}, tr("a document's text")); !r)
        return r.error();
    return sha256;
}

Result<AuditEntry> DocumentStore::insert(qint64 agreementId, const QList<VersionSection> &sections)
{
    const QString where = tr("the document of agreement %1").arg(agreementId);
    auto sha256 = keepText(mWorkspace.connection(), SectionsJson::write(sections));
    if (!sha256)
        return sha256.error();
    auto id = Records::insert(mWorkspace.connection(), InsertDocument, {agreementId, *sha256},
                              where);
    if (!id)
        return id.error();
    return Records::inserted(u"agreement_document"_s, *id, snapshot(agreementId, *sha256));
}

Result<AuditEntry> DocumentStore::replace(const VersionDocument &stored,
                                          const QList<VersionSection> &sections,
                                          const QString &where)
{
    auto before = Sql::scalar(mWorkspace.connection(), SelectSha256, {stored.id});
    if (!before)
        return Error{where + u": "_s + before.errorString()};
    auto sha256 = keepText(mWorkspace.connection(), SectionsJson::write(sections));
    if (!sha256)
        return sha256.error();
    if (auto r = Records::write(mWorkspace.connection(), UpdateDocument, {*sha256, stored.id},
                                where);
        !r)
        return r.error();
    return Records::updated(u"agreement_document"_s, stored.id,
                            snapshot(stored.agreementId, before->toString()),
                            snapshot(stored.agreementId, *sha256));
}

Result<std::optional<QList<VersionSection>>> DocumentStore::templateSections(
    AgreementKind kind) const
{
    const ClauseStore library(mWorkspace);
    auto found = library.templateOf(kind);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<QList<VersionSection>>();
    auto clauses = library.clauses();
    if (!clauses)
        return clauses.error();
    QHash<QString, LibraryClause> byKey;
    for (const LibraryClause &c : std::as_const(*clauses))
        byKey.insert(c.key, c);
    QList<VersionSection> sections;
    for (const TemplateSection &ts : (*found)->sections) {
        VersionSection s{ts.key, ts.title, false, {}};
        for (const QString &key : ts.clauseKeys) {
            const auto c = byKey.constFind(key);
            if (c == byKey.cend())
                return Error{tr("the template of %1, section \"%2\": the clause library has no "
                                "clause \"%3\"")
                                 .arg(Enums::key(kind), ts.key, key)};
            s.clauses.append({c->key, c->title, c->body});
        }
        sections.append(s);
    }
    return std::optional<QList<VersionSection>>(sections);
}

QJsonObject DocumentStore::auditSnapshot(qint64 agreementId, const QString &sectionsSha256)
{
    return snapshot(agreementId, sectionsSha256);
}

Result<std::optional<AuditEntry>> DocumentStore::startFromTemplate(const Agreement &a)
{
    auto sections = templateSections(a.kind);
    if (!sections)
        return sections.error();
    if (!*sections)
        return std::optional<AuditEntry>();
    auto entry = insert(a.id, **sections);
    if (!entry)
        return entry.error();
    return std::optional<AuditEntry>(*entry);
}

Result<std::optional<AuditEntry>> DocumentStore::copyDocument(qint64 fromId, const Agreement &to)
{
    auto from = document(fromId);
    if (!from)
        return from.error();
    if (!*from)
        return std::optional<AuditEntry>();
    auto existing = document(to.id);
    if (!existing)
        return existing.error();
    if (!*existing) {
        auto entry = insert(to.id, (*from)->sections);
        if (!entry)
            return entry.error();
        return std::optional<AuditEntry>(*entry);
    }
    auto entry = replace(**existing, (*from)->sections,
                         tr("the document of agreement %1").arg(to.id));
    if (!entry)
        return entry.error();
    return std::optional<AuditEntry>(*entry);
}

Result<void> DocumentStore::edit(qint64 agreementId, const QString &what, const Edit &change)
{
    auto agreement = mWorkspace.agreement(agreementId);
    if (!agreement)
        return agreement.error();
    if (const QString why = whyFrozen(*agreement); !why.isEmpty())
        return Error{why};
    const QString label =
        tr("%1 version %2, %3").arg(agreement->number).arg(agreement->version).arg(what);
    auto written = AuditedWrite::run(
        mWorkspace, EditRoles::agreements(), label, [&]() -> Result<QList<AuditEntry>> {
            QList<AuditEntry> entries;
            auto stored = document(agreementId);
            if (!stored)
                return stored.error();
            if (!*stored) {
                // A version drafted before documents existed starts from its template now.
                auto started = startFromTemplate(*agreement);
                if (!started)
                    return started.error();
                if (!*started)
                    return Error{tr("%1: there is no document template for %2 agreements")
                                     .arg(label, Enums::key(agreement->kind))};
                entries.append(**started);
                stored = document(agreementId);
                if (!stored || !*stored)
                    return Error{tr("%1: the new document cannot be read").arg(label)};
            }
            QList<VersionSection> sections = (*stored)->sections;
            if (auto r = change(sections); !r)
                return Error{label + u": "_s + r.errorString()};
            auto entry = replace(**stored, sections, label);
            if (!entry)
                return entry.error();
            entries.append(*entry);
            return entries;
        });
    if (!written)
        return written.error();
    return {};
}

Result<void> DocumentStore::addClause(qint64 agreementId, const QString &sectionKey,
                                      const QString &clauseKey, int position)
{
    auto clause = ClauseStore(mWorkspace).clause(clauseKey);
    if (!clause)
        return clause.error();
    return edit(
        agreementId, tr("section \"%1\"").arg(sectionKey),
        [&](QList<VersionSection> &sections) -> Result<void> {
            auto found = section(sections, sectionKey);
            if (!found)
                return found.error();
            VersionSection *s = *found;
            if (clauseIndex(*s, clauseKey) >= 0)
                return Error{tr("the section already holds the clause \"%1\"").arg(clauseKey)};
            const qsizetype at = position < 0 || position > s->clauses.size() ? s->clauses.size()
                                                                              : position;
            s->clauses.insert(at, {clause->key, clause->title, clause->body});
            return {};
        });
}

Result<void> DocumentStore::editClauseIn(qint64 agreementId, const QString &what,
                                         const QString &sectionKey, const QString &clauseKey,
                                         const ClauseEdit &change)
{
    return edit(agreementId, what, [&](QList<VersionSection> &sections) -> Result<void> {
        auto found = sectionClause(sections, sectionKey, clauseKey);
        if (!found)
            return found.error();
        const auto [s, i] = *found;
        return change(*s, i);
    });
}

Result<void> DocumentStore::removeClause(qint64 agreementId, const QString &sectionKey,
                                         const QString &clauseKey)
{
    return editClauseIn(agreementId, tr("section \"%1\"").arg(sectionKey), sectionKey, clauseKey,
                        [](VersionSection &s, qsizetype i) -> Result<void> {
                            s.clauses.removeAt(i);
                            return {};
                        });
}

Result<void> DocumentStore::moveClause(qint64 agreementId, const QString &sectionKey,
                                       const QString &clauseKey, int position)
{
    return editClauseIn(agreementId, tr("section \"%1\"").arg(sectionKey), sectionKey, clauseKey,
                        [&](VersionSection &s, qsizetype i) -> Result<void> {
                            if (position < 0 || position >= s.clauses.size())
                                return Error{tr("position %1 is outside the section (1 to %2)")
                                                 .arg(position + 1)
                                                 .arg(s.clauses.size())};
                            s.clauses.move(i, position);
                            return {};
                        });
}

Result<void> DocumentStore::editClause(qint64 agreementId, const QString &sectionKey,
                                       const QString &clauseKey, const QString &language,
                                       const QString &title, const QString &body)
{
    const QString where = tr("clause \"%1\" (%2)").arg(clauseKey, language);
    if (!documentLanguages().contains(language))
        return Error{
            tr("%1: the language must be one of %2").arg(where, documentLanguages().join(u", "_s))};
    if (title.trimmed().isEmpty() || body.trimmed().isEmpty())
        return Error{tr("%1: the title and the text may not be empty").arg(where)};
    if (auto r = Placeholders::check(title, where); !r)
        return r;
    if (auto r = Placeholders::check(body, where); !r)
        return r;
    return editClauseIn(agreementId, where, sectionKey, clauseKey,
                        [&](VersionSection &s, qsizetype i) -> Result<void> {
                            s.clauses[i].title.set(language, title);
                            s.clauses[i].body.set(language, body);
                            return {};
                        });
}

Result<void> DocumentStore::setOverridesParent(qint64 agreementId, const QString &sectionKey,
                                               bool overrides)
{
    return edit(agreementId, tr("section \"%1\"").arg(sectionKey),
                [&](QList<VersionSection> &sections) -> Result<void> {
                    auto s = section(sections, sectionKey);
                    if (!s)
                        return s.error();
                    (*s)->overridesParent = overrides;
                    return {};
                });
}

} // namespace Accordo
