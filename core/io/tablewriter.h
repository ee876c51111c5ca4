#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Accordo {

/// A header and rows of text, as listed by the CLI and exported by the GUI.
struct TextTable
{
    QStringList headers;
    QList<QStringList> rows;
};

/// Renders a TextTable as an aligned text table, RFC 4180 CSV or a JSON array of objects.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::TableWriter)

public:
    enum class Format { Table, Csv, Json };

    static std::optional<Format> parseFormat(const QString &name);
    static QString write(Format format, const TextTable &table);
    static QString csvField(const QString &field);
    /// One CSV record of `fields`, with its line end, appended to `out`.
    static void appendCsvLine(QString &out, const QStringList &fields);
};

} // namespace Accordo
