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

/// Active versions whose customer the CRM marks lost or terminated: termination is to be
/// decided (through the workflow's guarded step). By number; the due date is the end date,
/// if any, and the note says why they are listed.
Result<QList<DueItem>> customerEnded(QSqlDatabase db);

} // namespace DueListData

} // namespace Accordo
