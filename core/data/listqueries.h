#pragma once

#include "domain/enums.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

namespace Accordo {

/// The SQL of a long list of records (agreements, parties, services, calendars) read a page at
/// a time: which rows, in which order, and the value of each column.
struct PagedList
{
    struct Column
    {
        QString expression; // SQL expression of the value
        bool searchable = true;
    };

    QString from;         // e.g. "agreements a JOIN parties p ON p.id = a.party_id"
    QString idExpression; // e.g. "a.id"
    QList<Column> columns;
    QString baseFilter; // a condition every row meets, with its bound values
    QVariantList baseValues;

    /// The ids of the rows whose searchable columns hold every word of `search` (separated by
    /// spaces, matched literally and without regard to case), ordered by a column and then by id.
    Result<QList<qint64>> ids(QSqlDatabase db, const QString &search, int sortColumn,
                              bool ascending) const;
    /// The column values of some rows, by id; ids that no longer exist are left out.
    Result<QHash<qint64, QVariantList>> rows(QSqlDatabase db, const QList<qint64> &ids) const;
};

/// The lists the main window browses.
namespace ListQueries {

/// Every agreement version, with its counterparty and hierarchy parent. Columns: number,
/// version, title, kind, level, parent number, counterparty, status, start, end and
/// "price_minor currency".
PagedList agreements();
/// Parties of one kind, or all. Columns: name, kind, region, segment, contact, e-mail and the
/// number of agreements.
PagedList parties(std::optional<PartyKind> kind);
/// The service catalogue. Columns: code, name, category, owner team, active and the number of
/// agreements.
PagedList services();
/// The business calendars. Columns: name, time zone, the number of targets and the regions
/// that follow the calendar ("EMEA (EU), …").
PagedList calendars(QSqlDatabase db);

} // namespace ListQueries

} // namespace Accordo
