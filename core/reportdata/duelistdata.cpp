#include "duelistdata.h"

#include "lifecycle/lifecyclereads.h"
#include "storage/sqlquery.h"

namespace Accordo::DueListData {

namespace {

constexpr auto ExpiringSql = R"(
    SELECT id, number, version, title, end_date, notice_days FROM agreements
    WHERE status = 'active' AND end_date IS NOT NULL AND end_date <> '' AND end_date <= ?
    ORDER BY end_date, number)";

} // namespace

Result<QList<DueItem>> expiring(QSqlDatabase db, const QDate &until)
{
    return Sql::list(db, QString::fromLatin1(ExpiringSql), {until.toString(Qt::ISODate)},
                     &LifecycleReads::renewalItem);
}

} // namespace Accordo::DueListData
