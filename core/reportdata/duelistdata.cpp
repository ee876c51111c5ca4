#include "duelistdata.h"

#include "lifecycle/lifecyclereads.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace Accordo::DueListData {

namespace {

constexpr auto ExpiringSql = R"(
    SELECT id, number, version, title, end_date, notice_days FROM agreements
    WHERE status = 'active' AND end_date IS NOT NULL AND end_date <> '' AND end_date <= ?
    ORDER BY end_date, number)";

constexpr auto CustomerEndedSql = R"(
    SELECT a.id, a.number, a.version, a.title, a.end_date, a.notice_days FROM agreements a
    JOIN parties p ON p.id = a.party_id
    WHERE a.status = 'active' AND p.crm_status IN ('lost', 'terminated')
    ORDER BY a.number)";

} // namespace

Result<QList<DueItem>> customerEnded(QSqlDatabase db)
{
    return Sql::list(db, QString::fromLatin1(CustomerEndedSql), {}, [](const Sql::Rows &row) {
        DueItem item = LifecycleReads::renewalItem(row);
        item.note = QCoreApplication::translate("Accordo::DueListData",
                                                "customer ended in CRM: termination to be decided");
        return item;
    });
}

Result<QList<DueItem>> expiring(QSqlDatabase db, const QDate &until)
{
    return Sql::list(db, QString::fromLatin1(ExpiringSql), {until.toString(Qt::ISODate)},
                     &LifecycleReads::renewalItem);
}

} // namespace Accordo::DueListData
