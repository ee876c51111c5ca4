// Observations of custom metrics read from a CSV file with an import mapping: the mapping up
// to a line "--" (an empty mapping reads every field from the column of its own name), then
// the file. A row read is whole: a metric, an instant or a month (not both), and a value or
// successes no more than attempts; a bad row names its line and, when as wide as the header,
// its field.

#include "fuzzsupport.h"

#include "calendar/isotime.h"
#include "measurement/csvreader.h"
#include "measurement/importmapping.h"

using namespace Accordo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384)
        return 0;
    const QByteArray input = FuzzSupport::bytes(data, size);
    const qsizetype separator = input.indexOf("\n--\n");
    const QByteArray json = separator < 0 ? QByteArray() : input.left(separator);
    const QByteArray csv = separator < 0 ? input : input.mid(separator + 4);

    Result<ImportMapping> mapping =
        json.trimmed().isEmpty()
            ? Result<ImportMapping>(ImportMapping(RecordKind::Observation))
            : ImportMapping::fromJson(json, RecordKind::Observation, QString());
    if (!mapping) {
        FUZZ_CHECK(!mapping.errorString().isEmpty());
        return 0;
    }
    CsvReader reader;
    FUZZ_CHECK(reader.setData(QByteArrayView(csv.constData(), csv.size()), QStringLiteral("fuzz.csv")));
    if (!reader.next())
        return 0;
    if (const Result<void> bound = mapping->bind(reader); !bound) {
        FUZZ_CHECK(!bound.errorString().isEmpty());
        return 0;
    }
    while (reader.next()) {
        RowProblem problem;
        Observation observation;
        if (mapping->map(reader, observation, problem)) {
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
            FUZZ_CHECK(!problem.field.isEmpty() || !mapping->hasHeaderWidth(reader, problem));
            FuzzSupport::consume(problem.reason);
        }
    }
    return 0;
}
