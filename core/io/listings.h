#pragma once

#include "io/tablewriter.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Accordo {

/// The workspace's main lists as text tables, with stable column keys as headers.
class Listings
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Listings)

public:
    static Result<TextTable> customers(QSqlDatabase db);
    static Result<TextTable> services(QSqlDatabase db);
    static Result<TextTable> agreements(QSqlDatabase db);
};

} // namespace Accordo
