#pragma once

#include "document/clausetypes.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Accordo {

class Workspace;

/// Reads a clause library and its templates from the two JSON files the demo ships
/// (`{"clauses": [{"key", "title": {"en", "it"}, "body": {"en", "it"}}, ...]}` and
/// `{"templates": [{"kind", "name": {...}, "sections": [{"key", "title": {...},
/// "clauses": [keys]}]}]}`) and stores them. Errors name the file and the key: a missing
/// language, an unknown placeholder, a template naming a clause the library lacks.
class LibraryJson
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::LibraryJson)

public:
    struct Library
    {
        QList<LibraryClause> clauses;
        QList<DocumentTemplate> templates;
    };

    /// `clausesName` and `templatesName` name the files in errors.
    static Result<Library> read(const QByteArray &clauses, const QString &clausesName,
                                const QByteArray &templates, const QString &templatesName);
    /// Reads two files.
    static Result<Library> readFiles(const QString &clausesPath, const QString &templatesPath);
    /// The library the demo ships, built into the program.
    static Result<Library> builtIn();
    /// Adds every clause (refused when a key is taken) and stores every template, in one
    /// transaction: all or nothing.
    static Result<void> store(const Workspace &workspace, const Library &library);
};

} // namespace Accordo
