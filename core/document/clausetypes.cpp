#include "clausetypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ClauseStore)
};

QJsonObject localized(const LocalizedText &text)
{
    return QJsonObject{{u"en"_s, text.en}, {u"it"_s, text.it}};
}

LocalizedText localized(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value(u"en"_s).toString(), o.value(u"it"_s).toString()};
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QJsonArray> array(const QString &json, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Error{Tr::tr("%1: the stored sections are not a JSON list (%2)")
                         .arg(where, error.errorString())};
    return document.array();
}

// The stored sections: a JSON list of objects, each read by `section`.
template<typename Section, typename ReadSection>
Result<QList<Section>> sections(const QString &json, const QString &where,
                                const ReadSection &section)
{
    auto read = array(json, where);
    if (!read)
        return read.error();
    QList<Section> out;
    out.reserve(read->size());
    for (const QJsonValue &value : std::as_const(*read))
        out.append(section(value.toObject()));
    return out;
}

} // namespace

QStringList documentLanguages()
{
    return {u"en"_s, u"it"_s};
}

namespace SectionsJson {

QString write(const QList<TemplateSection> &sections)
{
    QJsonArray out;
    for (const TemplateSection &s : sections)
        out.append(QJsonObject{{u"key"_s, s.key},
                               {u"title"_s, localized(s.title)},
                               {u"clauses"_s, QJsonArray::fromStringList(s.clauseKeys)}});
    return compact(out);
}

QString write(const QList<VersionSection> &sections)
{
    QJsonArray out;
    for (const VersionSection &s : sections) {
        QJsonArray clauses;
        for (const VersionClause &c : s.clauses)
            clauses.append(QJsonObject{{u"key"_s, c.key},
                                       {u"title"_s, localized(c.title)},
                                       {u"body"_s, localized(c.body)}});
        out.append(QJsonObject{{u"key"_s, s.key},
                               {u"title"_s, localized(s.title)},
                               {u"overrides_parent"_s, s.overridesParent},
                               {u"clauses"_s, clauses}});
    }
    return compact(out);
}

Result<QList<TemplateSection>> readTemplate(const QString &json, const QString &where)
{
    return sections<TemplateSection>(json, where, [](const QJsonObject &o) {
        TemplateSection s{o.value(u"key"_s).toString(), localized(o.value(u"title"_s)), {}};
        for (const QJsonValue &key : o.value(u"clauses"_s).toArray())
            s.clauseKeys.append(key.toString());
        return s;
    });
}

Result<QList<VersionSection>> readVersion(const QString &json, const QString &where)
{
    return sections<VersionSection>(json, where, [](const QJsonObject &o) {
        VersionSection s{o.value(u"key"_s).toString(),
                         localized(o.value(u"title"_s)),
                         o.value(u"overrides_parent"_s).toBool(),
                         {}};
        for (const QJsonValue &clause : o.value(u"clauses"_s).toArray()) {
            const QJsonObject c = clause.toObject();
            s.clauses.append({c.value(u"key"_s).toString(), localized(c.value(u"title"_s)),
                              localized(c.value(u"body"_s))});
        }
        return s;
    });
}

} // namespace SectionsJson

} // namespace Accordo
