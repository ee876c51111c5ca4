#include "tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Accordo {

std::optional<TableWriter::Format> TableWriter::parseFormat(const QString &name)
{
    if (name == u"table"_s)
        return Format::Table;
    if (name == u"csv"_s)
        return Format::Csv;
    if (name == u"json"_s)
        return Format::Json;
    return std::nullopt;
}

QString TableWriter::csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void TableWriter::appendCsvLine(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += u',';
        out += csvField(fields.at(i));
    }
    out += u'\n';
}

QString TableWriter::write(Format format, const TextTable &table)
{
    QString out;
    switch (format) {
    case Format::Csv: {
        appendCsvLine(out, table.headers);
        for (const QStringList &row : table.rows)
            appendCsvLine(out, row);
        break;
    }
    case Format::Json: {
        QJsonArray array;
        for (const QStringList &row : table.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < table.headers.size() && i < row.size(); ++i)
                object.insert(table.headers.at(i), row.at(i));
            array.append(object);
        }
        out = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        break;
    }
    case Format::Table: {
        QList<qsizetype> widths;
        for (const QString &header : table.headers)
            widths.append(header.size());
        for (const QStringList &row : table.rows) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], row.at(i).size());
        }
        auto line = [&](const QStringList &fields) {
            QString text;
            for (qsizetype i = 0; i < fields.size() && i < widths.size(); ++i) {
                if (i)
                    text += u"  "_s;
                text += fields.at(i).leftJustified(widths.at(i));
            }
            while (text.endsWith(u' '))
                text.chop(1);
            out += text + u'\n';
        };
        line(table.headers);
        QStringList rule;
        for (qsizetype width : widths)
            rule.append(QString(width, u'-'));
        line(rule);
        for (const QStringList &row : table.rows)
            line(row);
        break;
    }
    }
    return out;
}

} // namespace Accordo
