// vCard files read as contacts: several cards, folded lines, escapes, groups and parameters.

#include "fuzzsupport.h"

#include "crm/vcardreader.h"

using namespace Accordo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    const Result<QList<VCard>> cards = VCardReader::read(bytes, QStringLiteral("fuzz.vcf"));
    if (!cards) {
        // A refusal names the file and the line.
        FUZZ_CHECK(cards.errorString().startsWith(QStringLiteral("fuzz.vcf, line ")));
        return 0;
    }
    // Every card read is complete: a supported version, a name, and a line in the file.
    for (const VCard &card : *cards) {
        FUZZ_CHECK(card.version == QStringLiteral("3.0") || card.version == QStringLiteral("4.0"));
        FUZZ_CHECK(!card.formattedName.isEmpty());
        FUZZ_CHECK(card.line >= 1);
        FuzzSupport::consume(card.organization + card.title + card.email + card.phone);
    }
    return 0;
}
