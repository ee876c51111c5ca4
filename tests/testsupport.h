#pragma once

// Small helpers the tests share: counts read with SQL of the test's own (so that an expected
// number comes from the data and not from a constant that changes with the demo generator),
// and a run of the real accordo-cli binary. Only Qt Core, Sql and Test: the tests that drive
// the command line link nothing else.

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariantList>

#include <utility>

namespace Accordo::TestSupport {

/// The rows of a data-driven test with the one QString column `column`: a row for each of
/// `words`, named as the word.
inline void addWordRows(const char *column, const QStringList &words)
{
    QTest::addColumn<QString>(column);
    for (const QString &word : words)
        QTest::newRow(qPrintable(word)) << word;
}

/// The rows of a data-driven test with the one column `column` of type `T`: a row for each of
/// `rows`, named as its first and holding its second, in that order.
template<typename T>
void addRows(const char *column, const QList<std::pair<const char *, T>> &rows)
{
    QTest::addColumn<T>(column);
    for (const auto &[name, value] : rows)
        QTest::newRow(name) << value;
}

/// The JSON of a business calendar called `name` in the time zone `zone`, open Monday to Friday
/// during `hours` ("09:00-17:00"), with no holidays.
inline QByteArray weekdayCalendarJson(const QString &name, const QString &zone,
                                      const QString &hours)
{
    QJsonObject week;
    for (const char *day : {"mon", "tue", "wed", "thu", "fri"})
        week.insert(QLatin1String(day), QJsonArray{hours});
    const QJsonObject calendar{{QStringLiteral("name"), name},
                               {QStringLiteral("timezone"), zone},
                               {QStringLiteral("week"), week}};
    return QJsonDocument(calendar).toJson(QJsonDocument::Compact);
}

/// Keeps the test's settings and standard paths apart from the user's: QStandardPaths in test
/// mode, and QSettings under `organization`.
inline void isolateSettings(const QString &organization = QStringLiteral("AccordoTest"))
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(organization);
}

/// Writes `content` to the file at `path`, replacing what it held; the path. Stops the test run
/// when the file cannot be written whole, since a test's own input files are never wrong on
/// purpose.
inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// The first column of the first row of `sql` as a number (a count, a sum), or -1 when the
/// statement fails or returns no row.
inline qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return -1;
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

/// Every row `sql` answers, each as its columns joined by '|' (a NULL as an empty column): what
/// a test compares with the rows it expects. A failed statement answers one line that says so,
/// which no expected row equals.
inline QStringList rows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return {QStringLiteral("(query failed: %1)").arg(query.lastError().text())};
    QStringList result;
    const int columns = query.record().count();
    while (query.next()) {
        QStringList fields;
        fields.reserve(columns);
        for (int i = 0; i < columns; ++i)
            fields.append(query.value(i).toString());
        result.append(fields.join(u'|'));
    }
    return result;
}

/// Runs `use` on a short-lived connection of its own to the SQLite file at `path`, as another
/// program (or someone with the sqlite3 shell) would: no Accordo code involved. Why the file
/// could not be opened (and `use` did not run), or an empty string.
template<typename Use>
QString withFileConnection(const QString &path, Use use)
{
    const QString name = QStringLiteral("testsupport-file");
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            use(db);
        else
            openError = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return openError;
}

/// count() on a short-lived connection of its own to the SQLite file at `path`, as another
/// program would read it.
inline qint64 countInFile(const QString &path, const QString &sql, const QVariantList &binds = {})
{
    qint64 result = -1;
    withFileConnection(path, [&](const QSqlDatabase &db) { result = count(db, sql, binds); });
    return result;
}

/// The columns of the first row `sql` answers in the SQLite file at `path`; empty when the
/// query fails or answers no row.
inline QVariantList rowInFile(const QString &path, const QString &sql)
{
    QVariantList result;
    withFileConnection(path, [&](const QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                result.append(query.value(column));
        }
    });
    return result;
}

/// The first column of every row `sql` answers in the SQLite file at `path`; empty when the
/// query fails.
inline QStringList listInFile(const QString &path, const QString &sql)
{
    QStringList result;
    withFileConnection(path, [&](const QSqlDatabase &db) {
        QSqlQuery query(db);
        if (query.exec(sql)) {
            while (query.next())
                result.append(query.value(0).toString());
        }
    });
    return result;
}

/// Runs `sql` in the SQLite file at `path`, as someone with the sqlite3 shell could. The error,
/// or empty on success.
inline QString execInFile(const QString &path, const QString &sql)
{
    QString error;
    const QString openError = withFileConnection(path, [&](const QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            error = query.lastError().text();
    });
    return openError.isEmpty() ? error : openError;
}

/// What one run of accordo-cli printed and returned (-1: it crashed or did not finish).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

#ifdef ACCORDO_CLI_PATH
/// Runs the real accordo-cli binary with `arguments`, as a user or a script would.
inline CliRun runCli(
    const QStringList &arguments, int timeoutMs = 120000,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ACCORDO_CLI_PATH), arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// runCli() as the command-line tests call it: on a loaded machine, or under the sanitizers, a
/// command may take up to five minutes before it counts as hung.
inline CliRun cli(const QStringList &arguments)
{
    return runCli(arguments, 300000);
}

/// Creates a workspace at `path` through the command line, as a user would: accordo-cli init,
/// then erin, its first user, as an administrator, who adds each of `people` (name and roles,
/// "sla_manager,approver"). What the first command that failed said, or an empty string.
inline QString initThroughCli(const QString &path,
                              const QList<std::pair<QString, QString>> &people = {})
{
    const QString db = QStringLiteral("--db");
    const QString erin = QStringLiteral("erin");
    const auto failed = [](const CliRun &run) {
        return run.exitCode == 0 ? QString() : QString::number(run.exitCode) + u' ' + run.err;
    };
    QString error = failed(cli({QStringLiteral("init"), db, path}));
    QList<std::pair<QString, QString>> users{{erin, QStringLiteral("administrator")}};
    users += people;
    for (const auto &[name, roles] : users) {
        if (!error.isEmpty())
            break;
        error = failed(
            cli({QStringLiteral("user"), QStringLiteral("add"), db, path, QStringLiteral("--name"),
                 name, QStringLiteral("--role"), roles, QStringLiteral("--user"), erin}));
    }
    return error;
}
#endif

} // namespace Accordo::TestSupport
