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
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::CsvReader)

public:
    CsvReader() = default;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    Result<void> open(const QString &path);
    /// Reads from memory instead of a file (tests, stdin); the data must outlive the reader.
    void setData(QByteArrayView data, const QString &sourceName);

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

    QFile mFile;
    QByteArrayView mData;
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
