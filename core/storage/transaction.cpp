#include "transaction.h"

#include "storage/database.h"
#include "storage/dialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Open guards per connection; connections are used from one thread each.
thread_local QHash<QString, int> openDepth;

QString savepoint(int depth)
{
    return u"accordo_sp%1"_s.arg(depth);
}

} // namespace

Transaction::Transaction(QSqlDatabase db) : mDb(std::move(db))
{
    mDepth = openDepth.value(mDb.connectionName());
    if (Database::isReadOnly(mDb)) {
        // Every write is transactional: refused here, it is refused before it starts.
        mError = Database::readOnlyText();
    } else if (mDepth == 0) {
        QSqlQuery query(mDb);
        mActive = query.exec(Dialect::beginStatement(mDb));
        if (!mActive)
            mError = Database::errorText(query.lastError());
    } else {
        QSqlQuery query(mDb);
        mActive = query.exec(u"SAVEPOINT "_s + savepoint(mDepth));
        if (!mActive)
            mError = Database::errorText(query.lastError());
    }
    if (mActive)
        openDepth[mDb.connectionName()] = mDepth + 1;
}

bool Transaction::isOpen(const QSqlDatabase &db)
{
    return openDepth.value(db.connectionName()) > 0;
}

Transaction::~Transaction()
{
    if (mActive)
        rollback();
}

void Transaction::rollback()
{
    mActive = false;
    openDepth[mDb.connectionName()] = mDepth;
    if (mDepth == 0) {
        mDb.rollback();
    } else {
        QSqlQuery query(mDb);
        query.exec(u"ROLLBACK TO "_s + savepoint(mDepth));
        query.exec(u"RELEASE "_s + savepoint(mDepth));
    }
}

Result<void> Transaction::commit()
{
    if (!mActive)
        return Error{mError};
    if (mDepth == 0) {
        if (!mDb.commit()) {
            const QString message = Database::errorText(mDb.lastError());
            rollback();
            return Error{message};
        }
    } else {
        QSqlQuery query(mDb);
        if (!query.exec(u"RELEASE "_s + savepoint(mDepth))) {
            const QString message = query.lastError().text();
            rollback();
            return Error{message};
        }
    }
    mActive = false;
    openDepth[mDb.connectionName()] = mDepth;
    return {};
}

} // namespace Accordo
