#include "calendarcommand.h"

#include "cliio.h"
#include "useroption.h"

#include "calendar/batchline.h"
#include "calendar/businesscalendar.h"
#include "calendar/calendarjson.h"
#include "calendar/durationparser.h"
#include "calendar/isotime.h"
#include "data/workspace.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <charconv>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Accordo::Cli {

namespace {

// lupdate files these free tr() calls under the namespace's name, so look them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("Accordo::Cli", text);
}

void printError(const QString &message)
{
    const QByteArray bytes = u"accordo-cli calendar: "_s.toUtf8() + message.toUtf8() + '\n';
    std::fflush(stdout);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

// Results go through one large buffer: a flush per line would cost more than the answer.
class Output
{
public:
    ~Output() { flush(); }

    void write(const char *data, size_t size)
    {
        if (mUsed + size > sizeof(mBuffer))
            flush();
        std::memcpy(mBuffer + mUsed, data, size);
        mUsed += size;
    }
    void writeInstant(qint64 instant)
    {
        char text[21];
        IsoTime::formatUtc(instant, text);
        text[20] = '\n';
        write(text, sizeof(text));
    }
    void writeInteger(qint64 value)
    {
        char text[24];
        char *end = std::to_chars(text, text + sizeof(text) - 1, value).ptr;
        *end++ = '\n';
        write(text, size_t(end - text));
    }
    void flush()
    {
        if (mUsed)
            std::fwrite(mBuffer, 1, mUsed, stdout);
        mUsed = 0;
        std::fflush(stdout);
    }

private:
    char mBuffer[1 << 16];
    size_t mUsed = 0;
};

// Lines of a file or stdin, read in large blocks.
class LineReader
{
public:
    explicit LineReader(std::FILE *file) : mFile(file), mBuffer(1 << 20) {}

    bool next(const char *&begin, const char *&end)
    {
        for (;;) {
            if (char *newline = static_cast<char *>(
                    std::memchr(mBuffer.data() + mStart, '\n', mEnd - mStart))) {
                begin = mBuffer.data() + mStart;
                end = newline;
                mStart = size_t(newline - mBuffer.data()) + 1;
                return true;
            }
            if (mEof) {
                if (mStart == mEnd)
                    return false;
                begin = mBuffer.data() + mStart;
                end = mBuffer.data() + mEnd;
                mStart = mEnd;
                return true;
            }
            std::memmove(mBuffer.data(), mBuffer.data() + mStart, mEnd - mStart);
            mEnd -= mStart;
            mStart = 0;
            if (mEnd == mBuffer.size())
                mBuffer.resize(mBuffer.size() * 2);
            const size_t read = std::fread(mBuffer.data() + mEnd, 1, mBuffer.size() - mEnd, mFile);
            mEnd += read;
            if (read == 0)
                mEof = true;
        }
    }

private:
    std::FILE *mFile;
    std::vector<char> mBuffer;
    size_t mStart = 0;
    size_t mEnd = 0;
    bool mEof = false;
};

struct Request
{
    bool due = true;
    BusinessCalendar calendar;
    QList<Pause> pauses;
    QString batchName; // empty for a single --start/--add or --from/--to
};

// One batch line "START,DURATION[,PAUSE...]" or "FROM,TO[,PAUSE...]"; false on error.
bool answerLine(const Request &request, const char *begin, const char *end, Output &output,
                qint64 line, QList<Pause> &linePauses)
{
    const auto fail = [&](int field, const QString &message) {
        output.flush();
        if (!request.batchName.isEmpty()) {
            printError(u"%1:%2: "_s.arg(request.batchName).arg(line) + tr("field %1: ").arg(field)
                       + message);
        } else {
            static const char *const kNames[2][2] = {{"--from", "--to"}, {"--start", "--add"}};
            const char *name = field <= 2 ? kNames[request.due][field - 1] : "--pause";
            printError(QLatin1String(name) + u": "_s + message);
        }
        return false;
    };
    linePauses = request.pauses;
    CalendarBatchLine::Fields fields;
    CalendarBatchLine::Problem problem;
    if (!CalendarBatchLine::parse(begin, end, request.due, request.calendar.timeZone(), fields,
                                  linePauses, problem))
        return fail(problem.field, problem.message);
    if (request.due) {
        const Result<qint64> due = request.calendar.due(fields.first, fields.second, linePauses);
        if (!due)
            return fail(2, due.errorString());
        output.writeInstant(*due);
    } else {
        output.writeInteger(request.calendar.elapsed(fields.first, fields.second, linePauses));
    }
    return true;
}

int runBatch(Request &request, const QString &path)
{
    std::FILE *file = stdin;
    const bool isStdin = path == u"-"_s;
    if (!isStdin) {
        file = std::fopen(QFile::encodeName(path).constData(), "rb");
        if (!file) {
            printError(
                tr("%1: cannot read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
            return DataError;
        }
    }
    request.batchName = isStdin ? u"stdin"_s : path;
    Output output;
    LineReader reader(file);
    QList<Pause> linePauses;
    const char *begin = nullptr;
    const char *end = nullptr;
    int exitCode = Success;
    for (qint64 line = 1; reader.next(begin, end); ++line) {
        if (!answerLine(request, begin, end, output, line, linePauses)) {
            exitCode = DataError;
            break;
        }
    }
    if (!isStdin)
        std::fclose(file);
    return exitCode;
}

QString usage()
{
    return tr("Usage: accordo-cli calendar due --calendar FILE.json --start ISO --add DURATION\n"
              "       accordo-cli calendar elapsed --calendar FILE.json --from ISO --to ISO\n"
              "       accordo-cli calendar due|elapsed --calendar FILE.json --batch FILE|-\n"
              "       accordo-cli calendar import --db FILE --file CAL.json --user NAME\n"
              "       accordo-cli calendar export --db FILE --name NAME [--out CAL.json]\n"
              "\n"
              "due prints the earliest instant at which DURATION of business time has passed\n"
              "since START; elapsed prints the business seconds in [FROM, TO).\n"
              "Instants are ISO 8601 (2026-11-30T10:00:00Z, 2026-11-30T11:00+01:00); without\n"
              "an offset they are local to the calendar. Durations: 90m, 4h, 1h30m, 45s, PT4H,\n"
              "P1DT2H (a day is 24 hours of business time). Results are in UTC.\n"
              "Batch lines are START,DURATION (due) or FROM,TO (elapsed), optionally followed\n"
              "by pauses ,PAUSEFROM/PAUSETO; one result per line, in order.\n"
              "import stores a calendar in a workspace, replacing the one of the same name;\n"
              "export writes a stored calendar as JSON (to stdout without --out).\n");
}

void writeStdout(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// The usage, then the options of `parser`.
void printHelp(const QCommandLineParser &parser)
{
    const QString options = parser.helpText();
    writeStdout(usage() + u'\n' + options.mid(options.indexOf(u"Options:"_s)));
}

// Parses the words after "calendar COMMAND" as the options of `parser`, `help` among them: the
// exit code when the command ends there, with the help shown or the words refused; nothing when
// it goes on.
std::optional<int> parseOptions(QCommandLineParser &parser, const QCommandLineOption &help,
                                const QStringList &arguments)
{
    if (!parser.parse(QStringList{u"accordo-cli"_s} + arguments.mid(2))) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(help)) {
        printHelp(parser);
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
        return UsageError;
    }
    return std::nullopt;
}

// `calendar import|export`: the exchange between JSON files and a workspace.
int runStoreCommand(const QString &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption dbOption(u"db"_s, tr("The workspace file."), u"file"_s);
    const QCommandLineOption fileOption(u"file"_s, tr("Calendar JSON file to import."), u"file"_s);
    const QCommandLineOption nameOption(u"name"_s, tr("Name of the calendar to export."),
                                        u"name"_s);
    const QCommandLineOption outOption(u"out"_s, tr("Write the JSON here instead of stdout."),
                                       u"file"_s);
    const QCommandLineOption userOption(u"user"_s, UserOption::help(), u"name"_s);
    parser.addOptions({helpOption, dbOption, fileOption, nameOption, outOption, userOption});
    if (const auto ended = parseOptions(parser, helpOption, arguments))
        return *ended;
    const bool import = command == u"import"_s;
    const QCommandLineOption &required = import ? fileOption : nameOption;
    if (!parser.isSet(dbOption) || !parser.isSet(required)) {
        printError(import ? tr("import needs --db FILE and --file CAL.json")
                          : tr("export needs --db FILE and --name NAME"));
        return UsageError;
    }
    for (const QCommandLineOption *wrong :
         import ? QList{&nameOption, &outOption} : QList{&fileOption, &userOption}) {
        if (parser.isSet(*wrong)) {
            printError(tr("%1 does not take --%2").arg(command, wrong->names().constFirst()));
            return UsageError;
        }
    }

    const QString dbPath = parser.value(dbOption);
    auto database = Database::open(dbPath, Database::OpenMode::MustExist);
    if (!database) {
        printError(database.errorString());
        return DataError;
    }
    Workspace workspace(**database);
    // Nobody may write until the command names its user (--user).
    workspace.setActingUser(QString());

    if (import) {
        const QString path = parser.value(fileOption);
        auto calendar = CalendarJson::readFile(path);
        if (!calendar) {
            printError(calendar.errorString());
            return DataError;
        }
        if (calendar->name().trimmed().isEmpty()) {
            printError(tr("%1: name: the calendar needs a name to be stored").arg(path));
            return DataError;
        }
        auto acting = UserOption::of(parser, userOption, workspace.connection());
        if (!acting) {
            printError(acting.errorString());
            return parser.isSet(userOption) ? DataError : UsageError;
        }
        workspace.setActingUser(*acting);
        CalendarRecord record{0, calendar->name().trimmed(),
                              QString::fromUtf8(calendar->timeZone().id()),
                              QString::fromUtf8(CalendarJson::toJson(*calendar))};
        auto calendars = workspace.calendars();
        if (!calendars) {
            printError(calendars.errorString());
            return DataError;
        }
        for (const CalendarRecord &existing : std::as_const(*calendars)) {
            if (existing.name == record.name)
                record.id = existing.id;
        }
        // Each write is one transaction with its audit record: a refusal stores nothing.
        Result<void> stored;
        if (record.id) {
            stored = workspace.update(record);
        } else {
            auto id = workspace.insert(record);
            stored = id ? Result<void>() : Result<void>(id.error());
        }
        if (!stored) {
            printError(tr("%1: %2").arg(path, stored.errorString()));
            return DataError;
        }
        writeStdout((record.id ? tr("Updated calendar \"%1\" in %2\n")
                               : tr("Added calendar \"%1\" to %2\n"))
                        .arg(record.name, dbPath));
        return Success;
    }

    const QString name = parser.value(nameOption);
    auto calendars = workspace.calendars();
    if (!calendars) {
        printError(calendars.errorString());
        return DataError;
    }
    QStringList known;
    for (const CalendarRecord &record : std::as_const(*calendars)) {
        known.append(record.name);
        if (record.name != name)
            continue;
        auto calendar = CalendarJson::fromJson(record.definition.toUtf8(),
                                               dbPath + u": "_s + record.name);
        if (!calendar) {
            printError(calendar.errorString());
            return DataError;
        }
        if (!parser.isSet(outOption)) {
            writeStdout(QString::fromUtf8(CalendarJson::toJson(*calendar)));
            return Success;
        }
        if (auto written = CalendarJson::writeFile(*calendar, parser.value(outOption)); !written) {
            printError(written.errorString());
            return DataError;
        }
        return Success;
    }
    printError(tr("%1: there is no calendar named \"%2\" (the workspace has: %3)")
                   .arg(dbPath, name, known.isEmpty() ? tr("none") : known.join(u", "_s)));
    return DataError;
}

} // namespace

int runCalendarCommand(const QStringList &arguments)
{
    const QString command = subcommandOf(arguments);
    if (command == u"import"_s || command == u"export"_s)
        return runStoreCommand(command, arguments);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption calendarOption(u"calendar"_s, tr("Calendar JSON file."), u"file"_s);
    const QCommandLineOption startOption(u"start"_s, tr("Start instant (due)."), u"iso"_s);
    const QCommandLineOption addOption(u"add"_s, tr("Business duration to add (due)."),
                                       u"duration"_s);
    const QCommandLineOption fromOption(u"from"_s, tr("First instant (elapsed)."), u"iso"_s);
    const QCommandLineOption toOption(u"to"_s, tr("Last instant, excluded (elapsed)."), u"iso"_s);
    const QCommandLineOption batchOption(u"batch"_s,
                                         tr("Read input lines from a file, or - for "
                                            "stdin."),
                                         u"file"_s);
    const QCommandLineOption pauseOption(u"pause"_s,
                                         tr("Stop the clock during FROM/TO; may be "
                                            "repeated."),
                                         u"from/to"_s);
    parser.addOptions({helpOption, calendarOption, startOption, addOption, fromOption, toOption,
                       batchOption, pauseOption});

    if (command != u"due"_s && command != u"elapsed"_s) {
        if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
            printHelp(parser);
            return Success;
        }
        printError(command.isEmpty()
                       ? tr("expected a command: due, elapsed, import or export")
                       : tr("unknown command \"%1\", expected due, elapsed, import or export")
                             .arg(command));
        return UsageError;
    }
    if (const auto ended = parseOptions(parser, helpOption, arguments))
        return *ended;
    Request request;
    request.due = command == u"due"_s;
    const QString firstName = request.due ? u"start"_s : u"from"_s;
    const QString secondName = request.due ? u"add"_s : u"to"_s;
    const QCommandLineOption &first = request.due ? startOption : fromOption;
    const QCommandLineOption &second = request.due ? addOption : toOption;
    const QCommandLineOption &wrongFirst = request.due ? fromOption : startOption;
    const QCommandLineOption &wrongSecond = request.due ? toOption : addOption;
    if (parser.isSet(wrongFirst) || parser.isSet(wrongSecond)) {
        printError(tr("%1 takes --%2 and --%3").arg(command, firstName, secondName));
        return UsageError;
    }
    if (!parser.isSet(calendarOption)) {
        printError(tr("missing --calendar FILE.json"));
        return UsageError;
    }
    const bool batch = parser.isSet(batchOption);
    if (batch == (parser.isSet(first) || parser.isSet(second))
        || (!batch && !(parser.isSet(first) && parser.isSet(second)))) {
        printError(tr("give either --%1 and --%2, or --batch").arg(firstName, secondName));
        return UsageError;
    }

    Result<BusinessCalendar> calendar = CalendarJson::readFile(parser.value(calendarOption));
    if (!calendar) {
        printError(calendar.errorString());
        return DataError;
    }
    request.calendar = std::move(calendar).value();
    const QTimeZone zone = request.calendar.timeZone();
    for (const QString &text : parser.values(pauseOption)) {
        const QByteArray latin = text.toLatin1();
        const Result<Pause> pause = CalendarBatchLine::parsePause(
            latin.constData(), latin.constData() + latin.size(), zone);
        if (!pause) {
            printError(u"--pause: "_s + pause.errorString());
            return DataError;
        }
        request.pauses.append(*pause);
    }
    if (batch)
        return runBatch(request, parser.value(batchOption));

    const QByteArray line = (parser.value(first) + u',' + parser.value(second)).toLatin1();
    Output output;
    QList<Pause> linePauses;
    return answerLine(request, line.constData(), line.constData() + line.size(), output, 0,
                      linePauses)
               ? Success
               : DataError;
}

} // namespace Accordo::Cli
