#pragma once

#include "storage/sqlquery.h"

#include <initializer_list>
#include <variant>

namespace Accordo::Sql {

/// A column of a row read into a member of a record. The member's type picks how the column is
/// read: qint64 by Rows::integer(), int by Rows::number(), QString by Rows::text(), bool by
/// Rows::flag(), QDate by Rows::date() and std::optional<qint64> by Rows::optionalInteger().
template<typename Record>
struct Field
{
    const char *column;
    std::variant<qint64 Record::*, int Record::*, QString Record::*, bool Record::*,
                 QDate Record::*, std::optional<qint64> Record::*>
        member;
};

namespace Detail {

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

/// Reads the row's columns into the record's members, in the order given (the order of the
/// SELECT finds each column fastest). Fields that need more than a plain read (a key turned
/// into an enum, JSON, money) are left to the caller.
template<typename Record>
void readFields(const Rows &row, Record &record, std::initializer_list<Field<Record>> fields)
{
    for (const Field<Record> &field : fields) {
        std::visit([&](auto member) { Detail::readInto(row, field.column, record.*member); },
                   field.member);
    }
}

} // namespace Accordo::Sql
