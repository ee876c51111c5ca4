#include "libraryjson.h"

#include "data/clausestore.h"
#include "data/workspace.h"
#include "document/placeholders.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

Result<QJsonArray> topList(const QByteArray &json, const QString &file, const QString &member)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{LibraryJson::tr("%1, at character %2: %3")
                         .arg(file)
                         .arg(error.offset)
                         .arg(error.errorString())};
    const QJsonValue list = document.object().value(member);
    if (!list.isArray())
        return Error{
            LibraryJson::tr("%1: the top-level object needs a list \"%2\"").arg(file, member)};
    return list.toArray();
}

// Both languages of a {"en": ..., "it": ...} member, or an error naming the missing one.
Result<LocalizedText> localized(const QJsonObject &o, const QString &field, const QString &where)
{
    const QJsonObject texts = o.value(field).toObject();
    LocalizedText text;
    for (const QString &language : documentLanguages()) {
        const QString value = texts.value(language).toString();
        if (value.trimmed().isEmpty())
            return Error{LibraryJson::tr("%1, field %2.%3: the text in this language is missing")
                             .arg(where, field, language)};
        text.set(language, value);
    }
    return text;
}

Result<QList<LibraryClause>> readClauses(const QByteArray &json, const QString &file)
{
    auto list = topList(json, file, u"clauses"_s);
    if (!list)
        return list.error();
    QList<LibraryClause> out;
    QSet<QString> keys;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonObject o = list->at(i).toObject();
        LibraryClause c;
        c.key = o.value(u"key"_s).toString().trimmed();
        if (c.key.isEmpty())
            return Error{LibraryJson::tr("%1, clause %2: the key is missing").arg(file).arg(i + 1)};
        const QString where = LibraryJson::tr("%1, clause \"%2\"").arg(file, c.key);
        if (keys.contains(c.key))
            return Error{LibraryJson::tr("%1: the key appears twice").arg(where)};
        keys.insert(c.key);
        auto title = localized(o, u"title"_s, where);
        if (!title)
            return title.error();
        auto body = localized(o, u"body"_s, where);
        if (!body)
            return body.error();
        c.title = *title;
        c.body = *body;
        for (const QString &language : documentLanguages()) {
            const QString inLanguage = u"%1 (%2)"_s.arg(where, language);
            if (auto r = Placeholders::check(c.title.in(language), inLanguage); !r)
                return r.error();
            if (auto r = Placeholders::check(c.body.in(language), inLanguage); !r)
                return r.error();
        }
        out.append(c);
    }
    return out;
}

Result<TemplateSection> readSection(const QJsonObject &o, const QString &where,
                                    const QSet<QString> &clauseKeys)
{
    TemplateSection s;
    s.key = o.value(u"key"_s).toString().trimmed();
    if (s.key.isEmpty())
        return Error{LibraryJson::tr("%1: a section has no key").arg(where)};
    const QString at = LibraryJson::tr("%1, section \"%2\"").arg(where, s.key);
    auto title = localized(o, u"title"_s, at);
    if (!title)
        return title.error();
    s.title = *title;
    for (const QJsonValue &key : o.value(u"clauses"_s).toArray()) {
        if (!clauseKeys.contains(key.toString()))
            return Error{LibraryJson::tr("%1: unknown clause \"%2\"").arg(at, key.toString())};
        s.clauseKeys.append(key.toString());
    }
    return s;
}

Result<QList<DocumentTemplate>> readTemplates(const QByteArray &json, const QString &file,
                                              const QSet<QString> &clauseKeys)
{
    auto list = topList(json, file, u"templates"_s);
    if (!list)
        return list.error();
    QList<DocumentTemplate> out;
    QSet<QString> kinds;
    for (const QJsonValue &value : std::as_const(*list)) {
        const QJsonObject o = value.toObject();
        const QString kindKey = o.value(u"kind"_s).toString();
        const QString where = LibraryJson::tr("%1, template \"%2\"").arg(file, kindKey);
        const auto kind = Enums::fromKey<AgreementKind>(kindKey);
        if (!kind)
            return Error{LibraryJson::tr("%1: the kind must be one of customer_sla, "
                                         "internal_sla, ola, uc")
                             .arg(where)};
        if (kinds.contains(kindKey))
            return Error{LibraryJson::tr("%1: the kind appears twice").arg(where)};
        kinds.insert(kindKey);
        DocumentTemplate t;
        t.kind = *kind;
        auto name = localized(o, u"name"_s, where);
        if (!name)
            return name.error();
        t.name = *name;
        QSet<QString> sectionKeys;
        for (const QJsonValue &section : o.value(u"sections"_s).toArray()) {
            auto s = readSection(section.toObject(), where, clauseKeys);
            if (!s)
                return s.error();
            if (sectionKeys.contains(s->key))
                return Error{
                    LibraryJson::tr("%1: the section \"%2\" appears twice").arg(where, s->key)};
            sectionKeys.insert(s->key);
            t.sections.append(*s);
        }
        out.append(t);
    }
    return out;
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{LibraryJson::tr("%1: %2").arg(path, file.errorString())};
    return file.readAll();
}

} // namespace

Result<LibraryJson::Library> LibraryJson::read(const QByteArray &clauses,
                                               const QString &clausesName,
                                               const QByteArray &templates,
                                               const QString &templatesName)
{
    auto readClausesResult = readClauses(clauses, clausesName);
    if (!readClausesResult)
        return readClausesResult.error();
    QSet<QString> keys;
    for (const LibraryClause &c : std::as_const(*readClausesResult))
        keys.insert(c.key);
    auto readTemplatesResult = readTemplates(templates, templatesName, keys);
    if (!readTemplatesResult)
        return readTemplatesResult.error();
    return Library{*readClausesResult, *readTemplatesResult};
}

Result<LibraryJson::Library> LibraryJson::readFiles(const QString &clausesPath,
                                                    const QString &templatesPath)
{
    auto clauses = readAll(clausesPath);
    if (!clauses)
        return clauses.error();
    auto templates = readAll(templatesPath);
    if (!templates)
        return templates.error();
    return read(*clauses, QFileInfo(clausesPath).fileName(), *templates,
                QFileInfo(templatesPath).fileName());
}

Result<LibraryJson::Library> LibraryJson::builtIn()
{
    return readFiles(u":/document/clauses.json"_s, u":/document/templates.json"_s);
}

Result<void> LibraryJson::store(const Workspace &workspace, const Library &library)
{
    Transaction transaction(workspace.connection());
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    ClauseStore store(workspace);
    for (const LibraryClause &c : library.clauses) {
        if (auto r = store.addClause(c); !r)
            return r.error();
    }
    for (const DocumentTemplate &t : library.templates) {
        if (auto r = store.saveTemplate(t); !r)
            return r;
    }
    return transaction.commit();
}

} // namespace Accordo
