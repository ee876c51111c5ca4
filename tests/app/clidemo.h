#pragma once

// The demo workspace the command-line tests share: written by the real accordo-cli once per
// test executable, copied afresh for each test function, and read back with SQL of the test's
// own on either back end.

#include "domain/role.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

namespace Accordo::TestSupport {

/// Writes the demo workspace with `accordo-cli init --demo` at a fresh location in `dir`
/// and sets `location` to it; what the command printed on failure, or an empty string.
inline QString initCliDemo(const QTemporaryDir &dir, QString &location)
{
    location = TestBackend::freshLocation(dir, QStringLiteral("demo"));
    const CliRun init = runCli(
        {QStringLiteral("init"), QStringLiteral("--db"), location, QStringLiteral("--demo")},
        300000);
    if (init.exitCode != 0)
        return QStringLiteral("accordo-cli init --demo: exit %1: %2")
            .arg(init.exitCode)
            .arg(init.err);
    return {};
}

/// Who acts where a test acts as `fileUser` on a file. On a PostgreSQL server the acting user
/// is the login whatever the command line says, so the login of `location` is added as a user
/// with every role and `user` becomes the login. The error, or an empty string.
inline QString actAsServerLogin(const QString &location, QString &user)
{
    if (!TestBackend::isPostgres())
        return {};
    auto db = Database::open(location, Database::OpenMode::MustExist);
    if (!db)
        return db.errorString();
    const QString error = TestFixtures::addServerLogin((*db)->connection(), location, Roles::all());
    if (error.isEmpty())
        user = QUrl(location).userName();
    return error;
}

/// The first column of the first row `statement` answers in the workspace at `location` (a
/// file or a server), or an invalid QVariant when it fails or answers no row.
inline QVariant valueIn(const QString &location, const QString &statement,
                        const QVariantList &binds = {})
{
    auto db = Database::open(location, Database::OpenMode::MustExist);
    if (!db)
        return {};
    QSqlQuery query((*db)->connection());
    if (!query.prepare(statement))
        return {};
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

/// The ground of a command-line test class on copies of the demo the CLI writes: the class
/// derives from it, writes the demo in initTestCase() and copies it in init().
class CliDemoTest : public QObject
{
protected:
    /// Writes the demo as mDemo, on which mManager is alice, or the login on a server (who is
    /// then a user with every role). The error, or an empty string.
    QString createDemoWithManager()
    {
        const QString failed = initCliDemo(mDir, mDemo);
        if (!failed.isEmpty())
            return failed;
        mManager = QStringLiteral("alice");
        return actAsServerLogin(mDemo, mManager);
    }

    /// Copies mDemo to mPath, a new workspace of the test's own.
    void copyDemo() { mPath = TestBackend::copyOf(mDemo, mDir, QStringLiteral("w%1").arg(++mRun)); }

    QTemporaryDir mDir;
    QString mDemo;
    QString mPath;
    QString mManager; ///< alice on a file, the login on a server
    int mRun = 0;     ///< the number of copies made so far
};

} // namespace Accordo::TestSupport
