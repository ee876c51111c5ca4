#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

struct sqlite3_stmt;

namespace Accordo::Sql {

/// The file of a Qt SQLite connection's main database, as SQLite names it (a URI's file too);
/// empty when `db` is not an open SQLite connection or holds its database in memory.
QString sqliteFile(const QSqlDatabase &db);
/// Whether a Qt SQLite connection is inside a transaction: what it wrote there, another
/// connection does not see yet. False for any other connection.
bool sqliteInTransaction(const QSqlDatabase &db);

/// A read statement of SQLite's own on a Qt SQLite connection's handle: the same connection,
/// so the same transaction and the same view of the data, without the QVariant that Qt's
/// driver makes of every field of every row. Text is decoded from UTF-8 only when asked for.
class NativeStatement
{
public:
    /// Prepares `sql` on `db`; empty (the caller uses Qt) when `db` is not an open SQLite
    /// connection.
    static std::optional<Result<std::shared_ptr<NativeStatement>>> prepare(const QSqlDatabase &db,
                                                                           const QString &sql);
    /// Whether the statement's placeholders are `count` plain '?', bound by position.
    bool positional(qsizetype count) const;
    /// Binds the values in order, as Qt's SQLite driver binds them (a null QString, QByteArray
    /// or date as NULL), and readies the statement to run from its start. The statement keeps
    /// its own copy of the text until the next bind.
    Result<void> bind(const QVariantList &values);
    /// Runs a statement that returns no rows (or whose rows are not wanted) to its end.
    Result<void> execute();
    /// The rows the last write of the connection inserted, updated or deleted.
    qint64 changes() const;
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    /// The next row; false after the last one or on an error (errorText()).
    bool step();
    QString errorText() const { return mError; }
    /// Stops reading: step() is false from now on.
    void reset();
    /// The position of the column named `name` (case-insensitive), or -1.
    int indexOf(const QString &name) const;
    /// indexOf() for a name in UTF-8: each name is looked up among the statement's columns
    /// once, however many times the statement runs.
    int column(const char *name) const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// A text column's UTF-8 bytes as SQLite holds them until the next step(); null for NULL.
    QByteArrayView utf8(int column) const;
    QVariant value(int column) const;

private:
    explicit NativeStatement(sqlite3_stmt *statement) : mStatement(statement) {}
    bool valid(int column) const;

    // Where a text placeholder's UTF-8 lies in mText.
    struct TextSpan
    {
        int position;
        qsizetype start;
        qsizetype size;
    };

    sqlite3_stmt *mStatement;
    QByteArray mText; // the bound text, read by SQLite in place
    QList<TextSpan> mTextSpans;
    mutable std::vector<std::pair<QByteArray, int>> mColumns; // column()'s names found
    bool mDone = false;
    QString mError;
};

} // namespace Accordo::Sql
