#include "crmcommands.h"

#include "clicommands.h"
#include "cliio.h"
#include "useroption.h"

#include "crm/partyimport.h"
#include "crm/partyimportfile.h"
#include "data/workspace.h"
#include "io/tablewriter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

int CrmCommands::importParties(const QStringList &arguments)
{
    const QString command = u"import parties"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create or update customers, with their contacts, region and CRM status, from a "
           "CRM export by their CRM account id. A field changed in Accordo since the last "
           "import is a conflict: it is listed and keeps Accordo's value unless "
           "--prefer-import is given. Nothing is stored if a row is bad."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption file(u"file"_s,
                                  tr("The CSV file (external_id, name, region, status, segment, "
                                     "contact_name, contact_role, contact_email, contact_phone) "
                                     "or vCard file (.vcf) to import."),
                                  tr("FILE"));
    const QCommandLineOption mapping(u"mapping"_s, tr("JSON mapping of CSV columns onto fields."),
                                     tr("FILE"));
    const QCommandLineOption prefer(u"prefer-import"_s,
                                    tr("On a conflict, take the file's value."));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Show what would change; store nothing."));
    const QCommandLineOption user = Commands::userOption();
    parser.addOptions({db, file, mapping, prefer, dryRun, user});
    int exitCode = Success;
    if (!parse(parser, u"accordo-cli import parties"_s, arguments.mid(2), exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(file))
        return fail(command, tr("--db FILE and --file FILE are required"), UsageError);

    auto database = Database::open(parser.value(db), Database::OpenMode::MustExist);
    if (!database)
        return fail(command, database.errorString());
    Workspace workspace(**database);
    if (!parser.isSet(dryRun)) {
        auto acting = UserOption::of(parser, user, (*database)->connection());
        if (!acting)
            return fail(command, acting.errorString(), UsageError);
        workspace.setActingUser(*acting);
    }
    auto parties = PartyImportFile::read(parser.value(file), parser.value(mapping));
    if (!parties)
        return fail(command, parties.errorString());
    PartyImport import(workspace);
    auto plan = import.plan(*parties, parser.isSet(prefer));
    if (!plan)
        return fail(command, plan.errorString());

    if (!plan->conflicts.isEmpty()) {
        TextTable table;
        table.headers = {u"party"_s, u"field"_s, u"accordo"_s, u"file"_s};
        for (const PartyImportConflict &c : std::as_const(plan->conflicts))
            table.rows.append({c.party, c.field, c.accordoValue, c.fileValue});
        out() << (plan->preferImport
                      ? tr("Conflicts (changed in Accordo since the last import; the file's "
                           "value is taken):")
                      : tr("Conflicts (changed in Accordo since the last import; Accordo's "
                           "value is kept):"))
              << '\n';
        if (int code = printTable(command, u"table"_s, table); code != Success)
            return code;
    }
    if (!parser.isSet(dryRun)) {
        if (auto r = import.apply(*plan); !r)
            return fail(command, r.errorString());
    }
    out() << (parser.isSet(dryRun)
                  ? tr("Dry run: %1 to create, %2 to update, %3 unchanged, %4 conflict(s).")
                  : tr("%1 created, %2 updated, %3 unchanged, %4 conflict(s)."))
                 .arg(plan->created)
                 .arg(plan->updated)
                 .arg(plan->unchanged)
                 .arg(plan->conflicts.size())
          << Qt::endl;
    return Success;
}

} // namespace Accordo::Cli
