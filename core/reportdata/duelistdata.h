#pragma once

#include "lifecycle/agreementworkflow.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace Accordo {

/// The look-ahead lists that are not the workflow's own (reviews and renewals are).
namespace DueListData {

/// Active versions whose end date has passed or falls on or before `until`: they leave force
/// unless renewed, and the overdue ones wait for the Expire step. By end date, then number;
/// the notice deadline is the end date minus the notice period.
Result<QList<DueItem>> expiring(QSqlDatabase db, const QDate &until);

} // namespace DueListData

} // namespace Accordo
