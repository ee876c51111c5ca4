#include "documentcommands.h"

#include "clicommands.h"
#include "cliio.h"

#include "data/clausestore.h"
#include "data/workspace.h"
#include "document/documentbuilder.h"
#include "document/signeddocuments.h"
#include "io/tablewriter.h"
#include "lifecycle/agreementworkflow.h"
#include "lifecycle/versiondiff.h"
#include "openworkspace.h"
#include "report/documentrenderer.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

using Tr = DocumentCommands;

// The id of `number` in `version` (empty: the newest).
Result<qint64> versionId(const OpenWorkflow &opened, const QString &number, const QString &version)
{
    return opened.versionId(number, version,
                            Tr::tr("the version must be a positive whole number, not \"%1\""));
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Tr::tr("%1: %2").arg(path, file.errorString())};
    return {};
}

Result<QByteArray> storedPdf(const OpenWorkflow &opened, qint64 id)
{
    auto agreement = opened.workspace->agreement(id);
    if (!agreement)
        return agreement.error();
    const QString label = Tr::tr("%1 version %2").arg(agreement->number).arg(agreement->version);
    auto stored = SignedDocuments::stored(opened.workspace->connection(), id);
    if (!stored)
        return stored.error();
    if (*stored)
        return (*stored)->pdf;
    auto lifecycle = opened.workflow->lifecycle(id);
    if (!lifecycle)
        return lifecycle.error();
    if (!lifecycle->signing) {
        const bool unsigned_ = agreement->status == AgreementStatus::Draft
                               || agreement->status == AgreementStatus::Negotiation
                               || agreement->status == AgreementStatus::Approval;
        if (unsigned_)
            return Error{Tr::tr("%1 is not signed: there is no signed document").arg(label)};
        return Error{Tr::tr("%1 was put in force without a recorded signature: there is no "
                            "signed document")
                         .arg(label)};
    }
    return Error{Tr::tr("%1 was signed without a stored document (its signature was recorded "
                        "before Accordo kept the signed PDF)")
                     .arg(label)};
}

Result<QByteArray> rendered(const OpenWorkflow &opened, qint64 id, const QString &language,
                            const QString &compareTo, const QString &number,
                            DocumentRenderer::Format format)
{
    auto document = DocumentBuilder::build(*opened.workspace, id, language);
    if (!document)
        return document.error();
    if (compareTo.isEmpty())
        return DocumentRenderer::render(*document, format);
    auto fromId = versionId(opened, number, compareTo);
    if (!fromId)
        return fromId.error();
    auto from = DocumentBuilder::build(*opened.workspace, *fromId, language);
    if (!from)
        return from.error();
    auto diff = opened.workflow->diff(*fromId, id);
    if (!diff)
        return diff.error();
    return DocumentRenderer::renderRedline(*from, *document, diff->toLines(), format);
}

// What `clause` and `template` (the NOUN) share: the word after the noun says list or show;
// both need --db and show also needs `shown`, the option naming what to show. Gives the
// workspace, or nothing with exitCode set.
std::optional<OpenWorkflow> openListOrShow(QCommandLineParser &parser, const QStringList &arguments,
                                           const QString &noun, const QCommandLineOption &shown,
                                           const QString &listDescription,
                                           const QString &showDescription,
                                           const QString &showRequired, int &exitCode)
{
    const QString sub = subcommandOf(arguments);
    const QString command = noun + u' ' + sub;
    if (sub != u"list"_s && sub != u"show"_s) {
        exitCode = fail(
            noun, Accordo::Cli::DocumentCommands::tr("say list or show (not \"%1\")").arg(sub),
            UsageError);
        return std::nullopt;
    }
    const bool show = sub == u"show"_s;
    parser.setApplicationDescription(show ? showDescription : listDescription);
    const QCommandLineOption db = Commands::dbOption();
    parser.addOption(db);
    if (show)
        parser.addOption(shown);
    if (!parse(parser, u"accordo-cli "_s + command, arguments.mid(1), exitCode))
        return std::nullopt;
    if (show && (!parser.isSet(db) || !parser.isSet(shown))) {
        exitCode = fail(command, showRequired, UsageError);
        return std::nullopt;
    }
    auto opened = OpenWorkspace::given(parser, db, command, exitCode);
    if (!opened)
        return std::nullopt;
    return OpenWorkflow::of(std::move(*opened));
}

} // namespace

int DocumentCommands::document(const QStringList &arguments)
{
    const QString command = u"agreement document"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write an agreement version's document (the contract) as PDF, OpenDocument text or "
           "HTML, its redline against another version, or the PDF stored when it was signed."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption number = Commands::numberOption();
    const QCommandLineOption version = Commands::versionOption();
    const QCommandLineOption outFile(u"out"_s, tr("The file to write: .pdf, .odt or .html."),
                                     tr("FILE"));
    const QCommandLineOption lang(u"lang"_s, tr("The document's language: en or it (default: en)."),
                                  tr("LANG"), u"en"_s);
    const QCommandLineOption compareTo(
        u"compare-to"_s, tr("Mark the changes since this version (a redline)."), tr("VERSION"));
    const QCommandLineOption signedCopy(u"signed"_s,
                                        tr("Write the PDF stored at signature, byte for byte."));
    parser.addOptions({db, number, version, outFile, lang, compareTo, signedCopy});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli agreement document"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(number) || !parser.isSet(outFile))
        return fail(command, tr("--db FILE, --number NUMBER and --out FILE are required"),
                    UsageError);
    const QString path = parser.value(outFile);
    const auto format = DocumentRenderer::formatOf(path);
    if (!format)
        return fail(command, tr("--out %1: the file must end in .pdf, .odt or .html").arg(path),
                    UsageError);
    if (parser.isSet(signedCopy)
        && (*format != DocumentRenderer::Format::Pdf || parser.isSet(compareTo)))
        return fail(command,
                    tr("--signed writes the signed PDF: give --out FILE.pdf and no "
                       "--compare-to"),
                    UsageError);
    auto opened = OpenWorkflow::open(parser.value(db));
    if (!opened)
        return fail(command, opened.errorString());
    auto id = versionId(*opened, parser.value(number), parser.value(version));
    if (!id)
        return fail(command, id.errorString());
    auto bytes = parser.isSet(signedCopy)
                     ? storedPdf(*opened, *id)
                     : rendered(*opened, *id, parser.value(lang), parser.value(compareTo),
                                parser.value(number), *format);
    if (!bytes)
        return fail(command, bytes.errorString());
    if (auto r = writeFile(path, *bytes); !r)
        return fail(command, r.errorString());
    out() << tr("Wrote %1 (%2 bytes)").arg(path).arg(bytes->size()) << '\n';
    out().flush();
    return Success;
}

int DocumentCommands::verifyDocument(const QStringList &arguments)
{
    const QString command = u"agreement verify-document"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Say whether a file is the document an agreement version was signed as: exit 0 when "
           "it is, 3 when it is not."));
    const QCommandLineOption db = Commands::dbOption();
    const QCommandLineOption number = Commands::numberOption();
    const QCommandLineOption version(u"version"_s,
                                     tr("The version (default: the one in force, else the "
                                        "newest)."),
                                     tr("N"));
    const QCommandLineOption file(u"file"_s, tr("The file to check, e.g. signed.pdf."), tr("FILE"));
    parser.addOptions({db, number, version, file});
    int exitCode = 0;
    if (!parse(parser, u"accordo-cli agreement verify-document"_s, arguments, exitCode))
        return exitCode;
    if (!parser.isSet(db) || !parser.isSet(number) || !parser.isSet(file))
        return fail(command, tr("--db FILE, --number NUMBER and --file FILE are required"),
                    UsageError);
    auto opened = OpenWorkflow::open(parser.value(db));
    if (!opened)
        return fail(command, opened.errorString());
    Result<qint64> id = Error{};
    if (!parser.isSet(version)) {
        id = opened->workflow->inForce(parser.value(number));
        if (!id)
            id = versionId(*opened, parser.value(number), {});
    } else {
        id = versionId(*opened, parser.value(number), parser.value(version));
    }
    if (!id)
        return fail(command, id.errorString());
    auto agreement = opened->workspace->agreement(*id);
    if (!agreement)
        return fail(command, agreement.errorString());
    const QString label = tr("%1 version %2").arg(agreement->number).arg(agreement->version);
    if (auto stored = storedPdf(*opened, *id); !stored)
        return fail(command, stored.errorString());
    QFile input(parser.value(file));
    if (!input.open(QIODevice::ReadOnly))
        return fail(command, tr("%1: %2").arg(input.fileName(), input.errorString()));
    const QByteArray bytes = input.readAll();
    auto verified = SignedDocuments::verify(opened->workspace->connection(), *id, bytes);
    if (!verified)
        return fail(command, label + u": "_s + verified.errorString());
    if (verified->matches) {
        out() << tr("%1 is the signed document of %2 (SHA-256 %3)")
                     .arg(input.fileName(), label, verified->fileSha256)
              << '\n';
        out().flush();
        return Success;
    }
    out() << tr("%1 is not the signed document of %2: its SHA-256 is %3, the signed document's "
                "is %4")
                 .arg(input.fileName(), label, verified->fileSha256, verified->signedSha256)
          << '\n';
    out().flush();
    return ProblemsFound;
}

int DocumentCommands::clause(const QStringList &arguments)
{
    const QString sub = subcommandOf(arguments);
    const QString command = u"clause "_s + sub;
    QCommandLineParser parser;
    const QCommandLineOption key(u"key"_s, tr("The clause's key, e.g. scope.services."), tr("KEY"));
    int exitCode = 0;
    auto opened = openListOrShow(parser, arguments, u"clause"_s, key,
                                 tr("List the clauses of the clause library."),
                                 tr("Show one clause of the library in both languages."),
                                 tr("--db FILE and --key KEY are required"), exitCode);
    if (!opened)
        return exitCode;
    const ClauseStore store(*opened->workspace);
    if (sub == u"show"_s) {
        auto clause = store.clause(parser.value(key));
        if (!clause)
            return fail(command, clause.errorString());
        out() << clause->key << "\n\n";
        for (const QString &language : documentLanguages())
            out() << u"[%1] "_s.arg(language) << clause->title.in(language) << '\n'
                  << clause->body.in(language) << "\n\n";
        out().flush();
        return Success;
    }
    auto clauses = store.clauses();
    if (!clauses)
        return fail(command, clauses.errorString());
    for (const LibraryClause &c : std::as_const(*clauses))
        out() << c.key << '\t' << c.title.en << '\t' << c.title.it << '\n';
    out().flush();
    return Success;
}

int DocumentCommands::documentTemplate(const QStringList &arguments)
{
    const QString sub = subcommandOf(arguments);
    const QString command = u"template "_s + sub;
    QCommandLineParser parser;
    const QCommandLineOption kind(u"kind"_s, tr("customer_sla, internal_sla, ola or uc."),
                                  tr("KIND"));
    int exitCode = 0;
    auto opened = openListOrShow(parser, arguments, u"template"_s, kind,
                                 tr("List the document templates, one per agreement kind."),
                                 tr("Show a document template's sections and their clauses."),
                                 tr("--db FILE and --kind KIND are required"), exitCode);
    if (!opened)
        return exitCode;
    auto templates = ClauseStore(*opened->workspace).templates();
    if (!templates)
        return fail(command, templates.errorString());
    if (sub == u"list"_s) {
        for (const DocumentTemplate &t : std::as_const(*templates))
            out() << Enums::key(t.kind) << '\t' << t.name.en << '\t' << t.name.it << '\t'
                  << tr("%n section(s)", nullptr, int(t.sections.size())) << '\n';
        out().flush();
        return Success;
    }
    for (const DocumentTemplate &t : std::as_const(*templates)) {
        if (Enums::key(t.kind) != parser.value(kind))
            continue;
        out() << t.name.en << " / " << t.name.it << '\n';
        for (qsizetype i = 0; i < t.sections.size(); ++i) {
            const TemplateSection &s = t.sections.at(i);
            out() << i + 1 << ". " << s.title.en << " (" << s.key
                  << "): " << s.clauseKeys.join(u", "_s) << '\n';
        }
        out().flush();
        return Success;
    }
    return fail(command, tr("there is no template for the kind \"%1\"").arg(parser.value(kind)));
}

} // namespace Accordo::Cli
