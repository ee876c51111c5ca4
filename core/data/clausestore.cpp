#include "clausestore.h"

#include "data/auditedwrite.h"
#include "data/editroles.h"
#include "data/records.h"
#include "data/workspace.h"
#include "document/placeholders.h"
#include "storage/sqlquery.h"

#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr auto SelectClauses = R"(SELECT id, key, title_en, title_it, body_en, body_it
FROM clauses ORDER BY key)"_L1;
constexpr auto SelectClause = R"(SELECT id, key, title_en, title_it, body_en, body_it
FROM clauses WHERE key = ?)"_L1;
constexpr auto SelectClauseById = R"(SELECT id, key, title_en, title_it, body_en, body_it
FROM clauses WHERE id = ?)"_L1;
constexpr auto InsertClause = R"(INSERT INTO clauses (key, title_en, title_it, body_en, body_it)
VALUES (?, ?, ?, ?, ?) RETURNING id)"_L1;
constexpr auto UpdateClause = R"(UPDATE clauses SET key = ?, title_en = ?, title_it = ?,
body_en = ?, body_it = ? WHERE id = ?)"_L1;
constexpr auto DeleteClause = R"(DELETE FROM clauses WHERE id = ?)"_L1;
constexpr auto SelectTemplates = R"(SELECT id, kind, name_en, name_it, sections
FROM document_templates ORDER BY id)"_L1;
constexpr auto InsertTemplate = R"(INSERT INTO document_templates (kind, name_en, name_it,
sections) VALUES (?, ?, ?, ?) RETURNING id)"_L1;
constexpr auto UpdateTemplate = R"(UPDATE document_templates SET name_en = ?, name_it = ?,
sections = ? WHERE id = ?)"_L1;
constexpr auto SelectProvider = R"(SELECT value FROM accordo_meta WHERE key = 'provider_name')"_L1;
constexpr auto SetProvider = R"(INSERT INTO accordo_meta (key, value) VALUES ('provider_name', ?)
ON CONFLICT (key) DO UPDATE SET value = excluded.value)"_L1;

LibraryClause readClause(const Sql::Rows &r)
{
    return {r.integer("id"),
            r.text("key"),
            {r.text("title_en"), r.text("title_it")},
            {r.text("body_en"), r.text("body_it")}};
}

QJsonObject snapshot(const LibraryClause &c)
{
    return {{u"key"_s, c.key},
            {u"title_en"_s, c.title.en},
            {u"title_it"_s, c.title.it},
            {u"body_en"_s, c.body.en},
            {u"body_it"_s, c.body.it}};
}

QJsonObject snapshot(const DocumentTemplate &t)
{
    return {{u"kind"_s, Enums::key(t.kind)},
            {u"name_en"_s, t.name.en},
            {u"name_it"_s, t.name.it},
            {u"sections"_s, SectionsJson::write(t.sections)}};
}

} // namespace

ClauseStore::ClauseStore(const Workspace &workspace) : mWorkspace(workspace) {}

Result<QList<LibraryClause>> ClauseStore::clauses() const
{
    return Sql::list(mWorkspace.connection(), SelectClauses, {}, readClause);
}

Result<LibraryClause> ClauseStore::clause(const QString &key) const
{
    return Sql::one(mWorkspace.connection(), SelectClause, {key}, readClause,
                    tr("the clause library has no clause \"%1\"").arg(key));
}

Result<void> ClauseStore::validate(const LibraryClause &c)
{
    if (c.key.trimmed().isEmpty())
        return Error{tr("a clause needs a key")};
    for (const QString &language : documentLanguages()) {
        const QString where = tr("clause \"%1\" (%2)").arg(c.key, language);
        if (c.title.in(language).trimmed().isEmpty())
            return Error{tr("%1, field title: the title is missing").arg(where)};
        if (c.body.in(language).trimmed().isEmpty())
            return Error{tr("%1, field body: the text is missing").arg(where)};
        if (auto r = Placeholders::check(c.title.in(language), where); !r)
            return r;
        if (auto r = Placeholders::check(c.body.in(language), where); !r)
            return r;
    }
    return {};
}

Result<qint64> ClauseStore::addClause(const LibraryClause &c)
{
    if (auto valid = validate(c); !valid)
        return valid.error();
    const QString what = tr("Clause \"%1\"").arg(c.key);
    return AuditedWrite::runOne(
        mWorkspace, EditRoles::clauseLibrary(), what, [&]() -> Result<AuditEntry> {
            auto id = Records::insert(
                mWorkspace.connection(), InsertClause,
                {c.key.trimmed(), c.title.en, c.title.it, c.body.en, c.body.it}, what);
            if (!id)
                return id.error();
            LibraryClause stored = c;
            stored.key = c.key.trimmed();
            return Records::inserted(u"clause"_s, *id, snapshot(stored));
        });
}

Result<void> ClauseStore::updateClause(const LibraryClause &c)
{
    if (auto valid = validate(c); !valid)
        return valid;
    const QString what = tr("Clause \"%1\"").arg(c.key);
    return Records::done(AuditedWrite::runOne(
        mWorkspace, EditRoles::clauseLibrary(), what, [&]() -> Result<AuditEntry> {
            auto before = Sql::one(mWorkspace.connection(), SelectClauseById, {c.id}, readClause,
                                   tr("the clause library has no clause with id %1").arg(c.id));
            if (!before)
                return before.error();
            LibraryClause after = c;
            after.key = c.key.trimmed();
            if (auto r = Records::write(
                    mWorkspace.connection(), UpdateClause,
                    {after.key, after.title.en, after.title.it, after.body.en, after.body.it, c.id},
                    what);
                !r)
                return r.error();
            return Records::updated(u"clause"_s, c.id, snapshot(*before), snapshot(after));
        }));
}

Result<void> ClauseStore::removeClause(qint64 id)
{
    auto existing = Sql::one(mWorkspace.connection(), SelectClauseById, {id}, readClause,
                             tr("the clause library has no clause with id %1").arg(id));
    if (!existing)
        return existing.error();
    const QString what = tr("Clause \"%1\"").arg(existing->key);
    auto inUse = [&]() -> Result<void> {
        auto all = templates();
        if (!all)
            return all.error();
        for (const DocumentTemplate &t : std::as_const(*all)) {
            for (const TemplateSection &s : t.sections) {
                if (s.clauseKeys.contains(existing->key))
                    return Error{tr("%1 is used by the template \"%2\", section \"%3\": remove "
                                    "it there first")
                                     .arg(what, t.name.en, s.title.en)};
            }
        }
        return {};
    };
    return Records::remove(mWorkspace, EditRoles::clauseLibrary(), what,
                           {u"clause"_s, id, snapshot(*existing), DeleteClause, what}, inUse);
}

Result<QList<DocumentTemplate>> ClauseStore::templates() const
{
    auto rows = Sql::select(mWorkspace.connection(), SelectTemplates);
    if (!rows)
        return rows.error();
    QList<DocumentTemplate> out;
    while (rows->next()) {
        DocumentTemplate t;
        t.id = rows->integer("id");
        const auto kind = Enums::fromKey<AgreementKind>(rows->text("kind"));
        if (!kind)
            return Error{
                tr("document template %1: unknown kind \"%2\"").arg(t.id).arg(rows->text("kind"))};
        t.kind = *kind;
        t.name = {rows->text("name_en"), rows->text("name_it")};
        auto sections = SectionsJson::readTemplate(rows->text("sections"),
                                                   tr("document template %1").arg(t.id));
        if (!sections)
            return sections.error();
        t.sections = *sections;
        out.append(t);
    }
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return int(a.kind) < int(b.kind); });
    return out;
}

Result<std::optional<DocumentTemplate>> ClauseStore::templateOf(AgreementKind kind) const
{
    auto all = templates();
    if (!all)
        return all.error();
    for (const DocumentTemplate &t : std::as_const(*all)) {
        if (t.kind == kind)
            return std::optional<DocumentTemplate>(t);
    }
    return std::optional<DocumentTemplate>();
}

Result<void> ClauseStore::validate(const DocumentTemplate &t) const
{
    const QString where = tr("template %1").arg(Enums::key(t.kind));
    for (const QString &language : documentLanguages()) {
        if (t.name.in(language).trimmed().isEmpty())
            return Error{tr("%1 (%2), field name: the name is missing").arg(where, language)};
    }
    auto library = clauses();
    if (!library)
        return library.error();
    QSet<QString> known;
    for (const LibraryClause &c : std::as_const(*library))
        known.insert(c.key);
    QSet<QString> sectionKeys;
    for (const TemplateSection &s : t.sections) {
        if (s.key.trimmed().isEmpty())
            return Error{tr("%1: a section has no key").arg(where)};
        if (sectionKeys.contains(s.key))
            return Error{tr("%1: the section \"%2\" appears twice").arg(where, s.key)};
        sectionKeys.insert(s.key);
        for (const QString &language : documentLanguages()) {
            if (s.title.in(language).trimmed().isEmpty())
                return Error{tr("%1, section \"%2\" (%3): the title is missing")
                                 .arg(where, s.key, language)};
        }
        for (const QString &key : s.clauseKeys) {
            if (!known.contains(key))
                return Error{tr("%1, section \"%2\": the clause library has no clause \"%3\"")
                                 .arg(where, s.key, key)};
        }
    }
    return {};
}

Result<void> ClauseStore::saveTemplate(const DocumentTemplate &t)
{
    if (auto valid = validate(t); !valid)
        return valid;
    const QString what = tr("Document template \"%1\"").arg(t.name.en);
    return Records::done(AuditedWrite::runOne(
        mWorkspace, EditRoles::clauseLibrary(), what, [&]() -> Result<AuditEntry> {
            auto stored = templateOf(t.kind);
            if (!stored)
                return stored.error();
            const QString sections = SectionsJson::write(t.sections);
            if (!*stored) {
                auto id = Records::insert(mWorkspace.connection(), InsertTemplate,
                                          {Enums::key(t.kind), t.name.en, t.name.it, sections},
                                          what);
                if (!id)
                    return id.error();
                return Records::inserted(u"document_template"_s, *id, snapshot(t));
            }
            const qint64 id = (*stored)->id;
            if (auto r = Records::write(mWorkspace.connection(), UpdateTemplate,
                                        {t.name.en, t.name.it, sections, id}, what);
                !r)
                return r.error();
            return Records::updated(u"document_template"_s, id, snapshot(**stored), snapshot(t));
        }));
}

Result<QString> ClauseStore::providerName() const
{
    auto value = Sql::scalar(mWorkspace.connection(), SelectProvider);
    if (!value)
        return value.error();
    return value->toString();
}

Result<void> ClauseStore::setProviderName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{tr("the provider's name is missing")};
    return Records::done(AuditedWrite::runOne(
        mWorkspace, EditRoles::clauseLibrary(), tr("The provider's name"),
        [&]() -> Result<AuditEntry> {
            auto before = providerName();
            if (!before)
                return before.error();
            if (auto r = Sql::exec(mWorkspace.connection(), SetProvider, {name.trimmed()}); !r)
                return r.error();
            return Records::updated(u"workspace_setting"_s, 1,
                                    QJsonObject{{u"provider_name"_s, *before}},
                                    QJsonObject{{u"provider_name"_s, name.trimmed()}});
        }));
}

} // namespace Accordo
