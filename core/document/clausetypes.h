#pragma once

#include "domain/enums.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Accordo {

/// A text written in each language a document can be rendered in.
struct LocalizedText
{
    QString en;
    QString it;
    /// The text in `language` ("en" or "it"); English for any other.
    QString in(const QString &language) const { return language == u"it" ? it : en; }
    void set(const QString &language, const QString &text) { (language == u"it" ? it : en) = text; }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

/// The languages a document is written in, as their keys.
QStringList documentLanguages();

/// A clause of the workspace's library: a titled rich-text body (QTextDocument's HTML subset)
/// in English and Italian, with {{placeholders}} filled from the agreement when a document is
/// built.
struct LibraryClause
{
    qint64 id = 0;
    QString key; // unique in the library, e.g. "scope.services"
    LocalizedText title;
    LocalizedText body;
    friend bool operator==(const LibraryClause &, const LibraryClause &) = default;
};

/// A section of a template: its title and the library clauses it holds, in order.
struct TemplateSection
{
    QString key; // "parties", "scope", ...
    LocalizedText title;
    QStringList clauseKeys;
    friend bool operator==(const TemplateSection &, const TemplateSection &) = default;
};

/// What a new draft of one agreement kind starts from: ordered sections of library clauses.
struct DocumentTemplate
{
    qint64 id = 0;
    AgreementKind kind = AgreementKind::CustomerSla;
    LocalizedText name;
    QList<TemplateSection> sections;
    friend bool operator==(const DocumentTemplate &, const DocumentTemplate &) = default;
};

/// A clause as one agreement version holds it: a copy of the library's text when the draft
/// was made, edited for this version since.
struct VersionClause
{
    QString key;
    LocalizedText title;
    LocalizedText body;
    friend bool operator==(const VersionClause &, const VersionClause &) = default;
};

struct VersionSection
{
    QString key;
    LocalizedText title;
    /// In a multi-level agreement: this section replaces the parents' section of that key.
    bool overridesParent = false;
    QList<VersionClause> clauses;
    friend bool operator==(const VersionSection &, const VersionSection &) = default;
};

/// The clauses of one agreement version, section by section, with placeholders unfilled.
struct VersionDocument
{
    qint64 id = 0;
    qint64 agreementId = 0;
    QList<VersionSection> sections;
    friend bool operator==(const VersionDocument &, const VersionDocument &) = default;
};

/// The JSON forms the stores keep the section lists in (compact, keys in a fixed order).
namespace SectionsJson {
QString write(const QList<TemplateSection> &sections);
QString write(const QList<VersionSection> &sections);
/// `where` names the record in the error of a text that is not such a list.
Result<QList<TemplateSection>> readTemplate(const QString &json, const QString &where);
Result<QList<VersionSection>> readVersion(const QString &json, const QString &where);
} // namespace SectionsJson

} // namespace Accordo
