#include "dbcommands.h"

#include "cliio.h"

#include "storage/database.h"
#include "storage/workspacecopy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

int DbCommands::run(const QStringList &arguments)
{
    const QString command = subcommandOf(arguments);
    if (command == u"copy"_s)
        return copy(arguments.mid(1));
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s) {
        out() << tr("Usage: accordo-cli db copy --from SOURCE --to TARGET\n"
                    "\n"
                    "Copies a whole workspace between a SQLite file and a PostgreSQL database\n"
                    "(postgresql://user@host:port/dbname), in either direction, then checks the\n"
                    "row count of every table and the audit trail.\n");
        out().flush();
        return command.isEmpty() ? 2 : 0;
    }
    return fail(u"db"_s, tr("unknown command \"%1\": use db copy").arg(command));
}

int DbCommands::copy(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy a whole workspace into a new one, SQLite file or PostgreSQL database."));
    const QCommandLineOption from(u"from"_s, tr("The workspace to copy."), tr("SOURCE"));
    const QCommandLineOption to(u"to"_s,
                                tr("The new workspace: a file that does not exist yet "
                                   "or an empty PostgreSQL database."),
                                tr("TARGET"));
    parser.addOptions({from, to});
    int exitCode = Success;
    if (!parse(parser, u"accordo-cli db copy"_s, arguments.mid(1), exitCode, u"db"_s, DataError))
        return exitCode;
    if (!parser.isSet(from) || !parser.isSet(to))
        return fail(u"db"_s, tr("copy: --from SOURCE and --to TARGET are required"));

    auto source = Database::open(parser.value(from), Database::OpenMode::MustExist);
    if (!source)
        return fail(u"db"_s, source.errorString());
    const QString targetLocation = parser.value(to);
    const bool newFile = !targetLocation.contains(u"://"_s) && !QFileInfo::exists(targetLocation);
    auto target = Database::open(targetLocation, Database::OpenMode::CreateIfMissing);
    if (!target)
        return fail(u"db"_s, target.errorString());
    auto report = WorkspaceCopy::copy(**source, **target);
    if (!report) {
        if (newFile) {
            target->reset();
            QFile::remove(targetLocation);
        }
        return fail(u"db"_s, report.errorString());
    }
    qint64 rows = 0;
    for (const auto &table : report->tables) {
        out() << tr("%1: %2 rows").arg(table.table, -24).arg(table.rows) << Qt::endl;
        rows += table.rows;
    }
    out() << tr("Copied %1 to %2: %3 tables, %4 rows, every count verified; the audit trail "
                "of %5 records is intact.")
                 .arg((*source)->location(), (*target)->location())
                 .arg(report->tables.size())
                 .arg(rows)
                 .arg(report->auditRecords)
          << Qt::endl;
    return 0;
}

} // namespace Accordo::Cli
