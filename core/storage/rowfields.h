#pragma once

#include "storage/sqlquery.h"

namespace Accordo::Sql {

namespace Detail {

// One column read into one member, by the member's type.
inline void readInto(const Rows &row, const char *column, qint64 &to)
{
    to = row.integer(column);
}
inline void readInto(const Rows &row, const char *column, int &to)
{
    to = row.number(column);
}
inline void readInto(const Rows &row, const char *column, QString &to)
{
    to = row.text(column);
}
inline void readInto(const Rows &row, const char *column, bool &to)
{
    to = row.flag(column);
}
inline void readInto(const Rows &row, const char *column, QDate &to)
{
    to = row.date(column);
}
inline void readInto(const Rows &row, const char *column, std::optional<qint64> &to)
{
    to = row.optionalInteger(column);
}

} // namespace Detail

/// Reads columns of a row into members of a record, given as pairs of a column's name and the
/// member it fills: readFields(row, party, "id", &Party::id, "name", &Party::name). The member's
/// type picks how the column is read: qint64 by Rows::integer(), int by Rows::number(), QString
/// by Rows::text(), bool by Rows::flag(), QDate by Rows::date() and std::optional<qint64> by
/// Rows::optionalInteger(). The pairs are read in the order given (the order of the SELECT
/// finds each column fastest); fields that need more than a plain read (a key turned into an
/// enum, JSON, money) are left to the caller.
template<typename Record, typename Owner, typename Member, typename... Rest>
void readFields(const Rows &row, Record &record, const char *column, Member Owner::*member,
                Rest... rest)
{
    Detail::readInto(row, column, record.*member);
    if constexpr (sizeof...(Rest) > 0)
        readFields(row, record, rest...);
}

} // namespace Accordo::Sql
