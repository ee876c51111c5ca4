#pragma once

#include "measurement/records.h"
#include "measurement/timestampformat.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <vector>

namespace Accordo {

class CsvReader;

/// How the columns of an import file become the canonical fields of tickets, outages,
/// surveys or observations. Its JSON form:
///
///     { "columns":   { "id": "number", "opened_at": "opened" },
///       "constants": { "customer": "Acme" },
///       "values":    { "priority": { "1 - Critical": "P1", "2 - High": "P2" } },
///       "date_format": "D/M/YYYY HH:MM", "time_zone": "Europe/Rome",
///       "missing": ["?"] }
///
/// A field that is neither mapped nor constant is read from the column of its own name, if
/// the file has one. Unknown keys and fields are refused, naming them, so typos do not pass.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ImportMapping)

public:
    explicit ImportMapping(RecordKind kind = RecordKind::Ticket);
    static Result<ImportMapping> fromJson(const QByteArray &json, RecordKind kind,
                                          const QString &sourceName);
    static Result<ImportMapping> readFile(const QString &path, RecordKind kind);
    /// The JSON object `json` holds, or an error naming `where` and what is wrong: how the
    /// mapping and the other JSON files of an import or a backtest are read.
    static Result<QJsonObject> jsonObject(const QByteArray &json, const QString &where);

    static QStringList fields(RecordKind kind);
    static QStringList requiredFields(RecordKind kind);
    static QStringList observationFields();

    RecordKind kind() const { return mKind; }
    const TimestampFormat &timestampFormat() const { return mFormat; }
    /// The constant given for a field, or a null string.
    QString constant(const QString &field) const;
    /// Every row gets `value` for `field`, whatever its columns say (the customer or service
    /// chosen from the workspace's lists). False when the record kind has no such field.
    bool setConstant(const QString &field, const QString &value);
    /// The value a raw text is translated to, or the text itself.
    QString translate(const QString &field, const QString &text) const;
    bool isMissing(QByteArrayView text) const;

    /// Finds the columns in the header record of a file; errors name the mapping field, or
    /// the column named twice.
    Result<void> bind(const CsvReader &header);

    /// False with the problem filled in when a row of a bound reader has fewer or more fields
    /// than its header.
    bool hasHeaderWidth(const CsvReader &row, RowProblem &problem) const;
    /// The same for a row of a file whose header has `headerFields` fields.
    static bool hasHeaderWidth(const CsvReader &row, qsizetype headerFields, RowProblem &problem);

    /// Fill a record from the current row of a bound reader. False with the problem filled
    /// in when the row is bad.
    bool map(const CsvReader &row, Ticket &ticket, RowProblem &problem) const;
    bool map(const CsvReader &row, Outage &outage, RowProblem &problem) const;
    bool map(const CsvReader &row, Survey &survey, RowProblem &problem) const;
    /// Observations: the metric, an instant ("observed_at") or a month ("period",
    /// YYYY-MM), and a value or both successes and attempts (in observationmapping.cpp).
    bool map(const CsvReader &row, Observation &observation, RowProblem &problem) const;

private:
    struct Slot
    {
        QString column; // explicit column name, if mapped
        int index = -1; // bound column
        bool hasConstant = false;
        QByteArray constant;
        QHash<QByteArray, QByteArray> values;
    };

    QByteArrayView raw(const CsvReader &row, int field) const;
    QString text(const CsvReader &row, int field) const;
    bool instant(const CsvReader &row, int field, std::optional<qint64> &out,
                 RowProblem &problem) const;
    bool score(const CsvReader &row, int field, int &out, RowProblem &problem) const;
    bool fail(RowProblem &problem, int field, const QString &reason) const;
    /// The start of map(): notes the row's line, checks its width and reads the field that
    /// names the record into `key`; false with the problem filled in when the width is wrong
    /// or the field is empty (`missing`, marked with QT_TR_NOOP, says what is missing).
    bool startRow(const CsvReader &row, int keyField, QString &key, const char *missing,
                  RowProblem &problem) const;
    bool count(const CsvReader &row, int field, std::optional<qint64> &out,
               RowProblem &problem) const;

    RecordKind mKind;
    QString mSourceName;
    QStringList mFieldNames;
    std::vector<Slot> mSlots;
    TimestampFormat mFormat;
    QList<QByteArray> mMissing;
    qsizetype mHeaderFields = -1; // fields of the bound header
};

} // namespace Accordo
