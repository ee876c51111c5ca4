// A ServiceNow incident event log folded into tickets, with the wall times in a zone that
// changes to and from summer time.

#include "fuzzsupport.h"

#include "measurement/csvreader.h"
#include "measurement/importmapping.h"
#include "measurement/servicenowpreset.h"

using namespace Accordo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 16384)
        return 0;
    static const ImportMapping overrides = *ImportMapping::fromJson(
        QByteArrayLiteral(R"({"time_zone": "Europe/Rome", "constants": {"customer": "Acme"}})"),
        RecordKind::Ticket, QString());
    const QByteArray input = FuzzSupport::bytes(data, size);
    CsvReader reader;
    FUZZ_CHECK(reader.setData(QByteArrayView(input.constData(), input.size()),
                              QStringLiteral("fuzz.csv")));
    int tickets = 0;
    const Result<void> read = ServiceNowPreset::read(
        reader, overrides,
        [&](const Ticket &ticket, qint64 line) {
            FUZZ_CHECK(!ticket.id.isEmpty());
            FUZZ_CHECK(line >= 2);
            FUZZ_CHECK(!ticket.resolvedAt || *ticket.resolvedAt >= ticket.openedAt);
            for (const Pause &pause : ticket.pauses)
                FUZZ_CHECK(pause.start < pause.end);
            ++tickets;
        },
        [&](const RowProblem &problem) { FuzzSupport::consume(problem.reason); });
    if (!read)
        FUZZ_CHECK(!read.errorString().isEmpty());
    return 0;
}
