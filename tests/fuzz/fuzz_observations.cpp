// Observations of custom metrics read from a CSV file with an import mapping: the mapping up
// to a line "--" (an empty mapping reads every field from the column of its own name), then
// the file. A row read is whole: a metric, an instant or a month (not both), and a value or
// successes no more than attempts; a bad row names its line and, when as wide as the header,
// its field.

#include "mappedcsv.h"

#include "calendar/isotime.h"

using namespace Accordo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384)
        return 0;
    FuzzSupport::MappedCsv input;
    if (!input.open(FuzzSupport::bytes(data, size), RecordKind::Observation))
        return 0;
    const ImportMapping &mapping = input.mapping;
    CsvReader &reader = input.reader;
    while (reader.next()) {
        RowProblem problem;
        Observation observation;
        if (mapping.map(reader, observation, problem)) {
            FUZZ_CHECK(!observation.metric.isEmpty());
            FUZZ_CHECK(observation.observedAt.has_value() != !observation.period.isEmpty());
            if (observation.observedAt)
                FUZZ_CHECK(IsoTime::isSupported(*observation.observedAt));
            if (!observation.period.isEmpty())
                FUZZ_CHECK(observation.period.size() == 7);
            const bool counted = observation.successes && observation.attempts;
            FUZZ_CHECK(observation.valueMilli.has_value() != counted);
            if (counted)
                FUZZ_CHECK(*observation.successes <= *observation.attempts
                           && *observation.attempts > 0);
        } else {
            FUZZ_CHECK(!problem.reason.isEmpty());
            FUZZ_CHECK(problem.line == reader.line());
            FUZZ_CHECK(!problem.field.isEmpty() || !mapping.hasHeaderWidth(reader, problem));
            FuzzSupport::consume(problem.reason);
        }
    }
    return 0;
}
