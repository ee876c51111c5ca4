#include "ticketreader.h"

#include "measurement/csvreader.h"
#include "measurement/servicenowpreset.h"

using namespace Qt::StringLiterals;

namespace Accordo {

std::optional<TicketReader::Preset> TicketReader::presetFromName(const QString &name)
{
    if (name == u"servicenow"_s)
        return Preset::ServiceNow;
    return std::nullopt;
}

Result<void> TicketReader::read(const QString &path, const ImportMapping &mapping, Preset preset,
                                const TicketSink &onTicket, const ProblemSink &onProblem,
                                const Progress &progress, const QString &encoding)
{
    CsvReader reader;
    if (auto r = reader.setEncoding(encoding); !r)
        return r;
    if (auto r = reader.open(path); !r)
        return r;
    if (preset == Preset::ServiceNow) {
        return ServiceNowPreset::read(
            reader, mapping, [&](const Ticket &ticket, qint64 line) { onTicket(ticket, line, {}); },
            onProblem, progress);
    }
    if (!reader.next())
        return reader.error()
                   ? *reader.error()
                   : Error{tr("%1: the file is empty, not even a header").arg(reader.sourceName())};
    ImportMapping bound = mapping;
    if (auto r = bound.bind(reader); !r)
        return r;
    Ticket ticket;
    RowProblem problem;
    qint64 rows = 0;
    while (reader.next()) {
        if (progress && (++rows & 0xffff) == 0)
            progress(reader.position(), reader.size());
        if (bound.map(reader, ticket, problem)) {
            onTicket(ticket, reader.line(), reader.rawRecord());
        } else {
            problem.record = reader.rawRecord().toByteArray();
            onProblem(problem);
        }
    }
    if (reader.error())
        return *reader.error();
    if (progress)
        progress(reader.size(), reader.size());
    return {};
}

} // namespace Accordo
