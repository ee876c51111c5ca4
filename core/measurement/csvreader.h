#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <optional>
#include <vector>

namespace Accordo {

/// A streaming RFC 4180 reader over a memory-mapped file: quoted fields, doubled quotes,
/// line breaks inside quotes, CRLF or LF, a leading UTF-8 byte order mark. Fields are views
/// valid until the next call of next(); unquoted fields point into the mapping, so reading
/// a large file costs no copy.
///
/// Fields are UTF-8: a record that is not is refused naming its line, unless the file was
/// declared in another encoding (setEncoding()), in which case it is converted as a whole
/// first. A record is refused when a field is longer than MaxFieldBytes as written, when it
/// has more than MaxFields fields or is longer than MaxRecordBytes; an unclosed quote is
/// refused naming the line it opens on. Standard input ("-") is read whole, up to
/// MaxStandardInputBytes.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::CsvReader)

public:
    CsvReader() = default;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    static constexpr qsizetype MaxFieldBytes = 1024 * 1024;
    static constexpr qsizetype MaxFields = 4096;
    static constexpr qsizetype MaxRecordBytes = 16 * 1024 * 1024;
    static constexpr qint64 MaxStandardInputBytes = qint64(2) * 1024 * 1024 * 1024 - 1;
    /// The path that names standard input.
    static constexpr QLatin1StringView StandardInput{"-"};

    /// The encodings a file may be declared in: utf-8, latin1 (iso-8859-1), windows-1252
    /// and whatever else the platform's converters know.
    static bool isKnownEncoding(const QString &name);
    /// The encoding of what open() or setData() reads next; empty or "utf-8" for UTF-8.
    Result<void> setEncoding(const QString &name);

    /// Opens a file, or reads standard input when path is "-".
    Result<void> open(const QString &path);
    /// Reads from memory instead of a file (tests); the data must outlive the reader.
    Result<void> setData(QByteArrayView data, const QString &sourceName);

    /// Standard input, read once for the whole process and kept: the importer hashes it and
    /// then reads it. An error when it is larger than MaxStandardInputBytes.
    static Result<QByteArrayView> standardInput();
    /// How messages name a path: "standard input" for "-".
    static QString displayName(const QString &path);

    /// Why the current record, read as a header, cannot name columns (a name given twice),
    /// or nothing.
    Result<void> checkHeader() const;

    /// The next record; false at the end of the data or on a malformed record (see error()).
    bool next();
    /// Set when next() stopped on a malformed record rather than at the end.
    const std::optional<Error> &error() const { return mError; }

    qsizetype fieldCount() const { return qsizetype(mFields.size()); }
    QByteArrayView field(qsizetype index) const { return mFields[size_t(index)]; }
    /// 1-based line of the file on which the current record starts.
    qint64 line() const { return mRecordLine; }
    /// The current record as it stands in the file, without its line break.
    QByteArrayView rawRecord() const { return mRaw; }

    qint64 position() const { return mPos; }
    qint64 size() const { return qint64(mData.size()); }
    QString sourceName() const { return mSourceName; }

private:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype length = 0;
        bool unescaped = false; // in mScratch rather than in the file
    };

    bool fail(qint64 line, const QString &message);
    bool failTooLong();
    bool failInvalidUtf8();
    bool endsLine(qsizetype i) const;
    // Read the fields of the record starting at p, leaving p after the last one.
    bool readFields(qsizetype &p, qsizetype recordStart);
    bool readQuotedField(qsizetype &p);

    QFile mFile;
    QByteArrayView mData;
    QString mEncoding;
    QByteArray mDecoded; // the data converted to UTF-8, when it was in another encoding
    QString mSourceName;
    qint64 mPos = 0;
    qint64 mLine = 1;
    qint64 mRecordLine = 0;
    std::vector<Span> mSpans;
    std::vector<QByteArrayView> mFields;
    QByteArray mScratch;
    QByteArrayView mRaw;
    std::optional<Error> mError;
};

} // namespace Accordo
