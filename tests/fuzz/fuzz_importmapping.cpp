// An import mapping read from JSON and applied to the rows of a CSV file: the first byte
// picks the record kind, then comes the mapping up to a line "--" (an empty mapping reads
// every field from the column of its own name), then the file.

#include "mappedcsv.h"

using namespace Accordo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 16384)
        return 0;
    static const RecordKind kinds[] = {RecordKind::Ticket, RecordKind::Outage, RecordKind::Survey};
    const RecordKind kind = kinds[data[0] % 3];
    FuzzSupport::MappedCsv input;
    if (!input.open(FuzzSupport::bytes(data + 1, size - 1), kind))
        return 0;
    const ImportMapping &mapping = input.mapping;
    CsvReader &reader = input.reader;
    while (reader.next()) {
        RowProblem problem;
        bool ok = false;
        switch (kind) {
        case RecordKind::Ticket: {
            Ticket ticket;
            ok = mapping.map(reader, ticket, problem);
            if (ok) {
                FUZZ_CHECK(!ticket.id.isEmpty());
                for (const Pause &pause : std::as_const(ticket.pauses))
                    FUZZ_CHECK(pause.start <= pause.end);
            }
            break;
        }
        case RecordKind::Outage: {
            Outage outage;
            ok = mapping.map(reader, outage, problem);
            if (ok)
                FUZZ_CHECK(!outage.endAt || *outage.endAt >= outage.startAt);
            break;
        }
        case RecordKind::Survey: {
            Survey survey;
            ok = mapping.map(reader, survey, problem);
            if (ok)
                FUZZ_CHECK(survey.score >= 1 && survey.score <= 5);
            break;
        }
        case RecordKind::Observation: // fuzz_observations
            return 0;
        }
        if (!ok) {
            // A row as wide as the header names the field at fault; a row of another width
            // is wrong as a whole, so only its line and reason are given.
            FUZZ_CHECK(!problem.reason.isEmpty());
            FUZZ_CHECK(!problem.field.isEmpty() || !mapping.hasHeaderWidth(reader, problem));
            FuzzSupport::consume(problem.reason);
        }
    }
    return 0;
}
