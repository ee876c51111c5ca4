// The RFC 4180 reader of every import file: records and fields of arbitrary bytes.

#include "fuzzsupport.h"

#include "measurement/csvreader.h"

using namespace Accordo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    const QByteArray input = FuzzSupport::bytes(data, size);
    CsvReader reader;
    FUZZ_CHECK(reader.setData(QByteArrayView(input.constData(), input.size()),
                              QStringLiteral("fuzz.csv")));
    qint64 previousLine = 0;
    size_t total = 0;
    while (reader.next()) {
        FUZZ_CHECK(reader.fieldCount() >= 1);
        FUZZ_CHECK(reader.line() > previousLine);
        previousLine = reader.line();
        FUZZ_CHECK(reader.position() <= reader.size());
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            const QByteArrayView field = reader.field(i);
            for (const char c : field)
                total += size_t(c);
        }
        FUZZ_CHECK(reader.rawRecord().size() <= input.size());
    }
    if (reader.error())
        FuzzSupport::consume(reader.error()->message);
    (void)total;
    return 0;
}
