#pragma once

// Shared by the libFuzzer targets of the import mappings: their input is a mapping in JSON up to
// a line "--" (an empty mapping reads every field from the column of its own name), then the
// CSV file it maps.

#include "fuzzsupport.h"

#include "measurement/csvreader.h"
#include "measurement/importmapping.h"

namespace FuzzSupport {

/// A mapping and the CSV file it reads, taken from a fuzz input.
struct MappedCsv
{
    QByteArray csv; ///< the file, which the reader reads in place
    Accordo::ImportMapping mapping;
    Accordo::CsvReader reader;

    /// Takes the mapping of `kind` and the file from `input` and binds the mapping to the file's
    /// header; whether both were taken. A mapping or header refused must say why.
    bool open(const QByteArray &input, Accordo::RecordKind kind)
    {
        const qsizetype separator = input.indexOf("\n--\n");
        const QByteArray json = separator < 0 ? QByteArray() : input.left(separator);
        csv = separator < 0 ? input : input.mid(separator + 4);
        const Accordo::Result<Accordo::ImportMapping> read =
            json.trimmed().isEmpty()
                ? Accordo::Result<Accordo::ImportMapping>(Accordo::ImportMapping(kind))
                : Accordo::ImportMapping::fromJson(json, kind, QString());
        if (!read) {
            FUZZ_CHECK(!read.errorString().isEmpty());
            return false;
        }
        mapping = *read;
        FUZZ_CHECK(reader.setData(QByteArrayView(csv.constData(), csv.size()),
                                  QStringLiteral("fuzz.csv")));
        if (!reader.next())
            return false;
        if (const Accordo::Result<void> bound = mapping.bind(reader); !bound) {
            FUZZ_CHECK(!bound.errorString().isEmpty());
            return false;
        }
        return true;
    }
};

} // namespace FuzzSupport
