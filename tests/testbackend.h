#pragma once

// The back end a test executable runs against: SQLite files by default, the throwaway
// PostgreSQL server of scripts/pgtest.sh when ACCORDO_TEST_BACKEND=postgresql (CTest's *_pg
// variants). Every fresh workspace on PostgreSQL is a new database on that server.

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace Accordo::TestBackend {

using namespace Qt::StringLiterals;

inline bool isPostgres()
{
    return qEnvironmentVariable("ACCORDO_TEST_BACKEND") == u"postgresql"_s;
}

inline QString serverUrl()
{
    QString url = qEnvironmentVariable("ACCORDO_TEST_PG_URL");
    if (url.isEmpty()) {
        QFile file(qEnvironmentVariable("ACCORDO_TEST_PG_URL_FILE"));
        if (file.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(file.readAll()).trimmed();
    }
    return url;
}

/// Why the requested back end cannot be used, or empty when it can.
inline QString unavailable()
{
    if (!isPostgres())
        return {};
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"Qt's PostgreSQL driver is missing (apt-get install libqt6sql6-psql)"_s;
    if (serverUrl().isEmpty())
        return u"no PostgreSQL test server: scripts/pgtest.sh start did not run or failed "
               "(set ACCORDO_TEST_PG_URL or ACCORDO_TEST_PG_URL_FILE)"_s;
    return {};
}

// A new database on the test server, empty or a copy of `templateDatabase`.
inline QString createDatabase(const QString &templateDatabase = {})
{
    static QAtomicInt counter;
    QUrl url(serverUrl());
    const QString database =
        u"t%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    const QString sql = templateDatabase.isEmpty()
                            ? u"CREATE DATABASE "_s + database
                            : u"CREATE DATABASE %1 TEMPLATE %2"_s.arg(database, templateDatabase);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"testbackend-admin"_s);
        admin.setHostName(url.host());
        admin.setPort(url.port());
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open())
            qFatal("PostgreSQL test server: %s", qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        if (!query.exec(sql))
            qFatal("PostgreSQL test server: %s", qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"testbackend-admin"_s);
    url.setPath(u"/"_s + database);
    return url.toString();
}

/// A location for a new, empty workspace called `name`.
inline QString freshLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!isPostgres())
        return dir.filePath(name + u".accordo"_s);
    return createDatabase();
}

/// A copy of the closed workspace file at `path`, called `name` in `dir`; stops the test run when
/// it cannot be made.
inline QString copyOfFile(const QString &path, const QTemporaryDir &dir, const QString &name)
{
    const QString copy = dir.filePath(name + u".accordo"_s);
    if (!QFile::copy(path, copy))
        qFatal("cannot copy the workspace %s", qPrintable(path));
    return copy;
}

/// A copy of the closed workspace at `location` (nobody may be connected to it).
inline QString copyOf(const QString &location, const QTemporaryDir &dir, const QString &name)
{
    if (isPostgres())
        return createDatabase(QUrl(location).path().mid(1));
    return copyOfFile(location, dir, name);
}

} // namespace Accordo::TestBackend

/// In initTestCase(): fails when the back end is missing in CI, skips on a developer machine.
#define ACCORDO_REQUIRE_BACKEND() \
    do { \
        const QString why = Accordo::TestBackend::unavailable(); \
        if (!why.isEmpty()) { \
            if (qEnvironmentVariable("CI") == QLatin1String("true")) \
                QFAIL(qPrintable(why)); \
            QSKIP(qPrintable(why)); \
        } \
    } while (false)
