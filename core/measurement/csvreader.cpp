#include "csvreader.h"

#include <QHash>
#include <QStringDecoder>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

bool isUtf8Name(const QString &name)
{
    const QString n = name.trimmed().toLower();
    return n.isEmpty() || n == u"utf-8"_s || n == u"utf8"_s;
}

// Qt's own names for Latin-1 are "ISO-8859-1" and "latin1"; people also write these.
QString canonicalEncoding(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"latin-1"_s || n == u"iso8859-1"_s || n == u"iso-8859-1"_s || n == u"latin1"_s)
        return u"ISO-8859-1"_s;
    if (n == u"cp1252"_s)
        return u"windows-1252"_s;
    return name.trimmed();
}

} // namespace

bool CsvReader::isKnownEncoding(const QString &name)
{
    if (isUtf8Name(name))
        return true;
    return QStringDecoder(canonicalEncoding(name).toLatin1().constData()).isValid();
}

Result<void> CsvReader::setEncoding(const QString &name)
{
    if (!isKnownEncoding(name))
        return Error{
            tr("the encoding \"%1\" is not known (use utf-8, latin1 or windows-1252)").arg(name)};
    mEncoding = isUtf8Name(name) ? QString() : canonicalEncoding(name);
    return {};
}

QString CsvReader::displayName(const QString &path)
{
    return path == StandardInput ? tr("standard input") : path;
}

Result<QByteArrayView> CsvReader::standardInput()
{
    static std::optional<Result<QByteArray>> read;
    if (!read) {
        QByteArray data;
        char buffer[1 << 16];
        for (;;) {
            const size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
            if (n > 0) {
                if (qint64(data.size()) + qint64(n) > MaxStandardInputBytes) {
                    read = Error{tr("standard input: more than 2 GiB; save it to a file and "
                                    "import the file")};
                    break;
                }
                data.append(buffer, qsizetype(n));
            }
            if (n < sizeof buffer) {
                if (std::ferror(stdin))
                    read = Error{tr("standard input: cannot be read")};
                else
                    read = data;
                break;
            }
        }
    }
    if (!*read)
        return read->error();
    return QByteArrayView(**read);
}

Result<void> CsvReader::open(const QString &path)
{
    if (path == StandardInput) {
        auto data = standardInput();
        if (!data)
            return data.error();
        return setData(*data, displayName(path));
    }
    mFile.setFileName(path);
    if (!mFile.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot be read: %2").arg(path, mFile.errorString())};
    mSourceName = path;
    if (mFile.size() == 0)
        return setData({}, path);
    // A mapping lets the kernel read ahead and spares a copy of every byte.
    const uchar *mapped = mFile.map(0, mFile.size());
    if (!mapped)
        return Error{tr("%1: cannot be mapped into memory: %2").arg(path, mFile.errorString())};
    return setData(QByteArrayView(reinterpret_cast<const char *>(mapped), mFile.size()), path);
}

Result<void> CsvReader::setData(QByteArrayView data, const QString &sourceName)
{
    mSourceName = sourceName;
    mLine = 1;
    mError.reset();
    mDecoded.clear();
    if (!mEncoding.isEmpty()) {
        // Another encoding is converted to UTF-8 as a whole, so that the parser below and
        // every field stay UTF-8.
        QStringDecoder decoder(mEncoding.toLatin1().constData());
        const QString text = decoder.decode(data);
        if (decoder.hasError())
            return Error{tr("%1: is not valid %2").arg(sourceName, mEncoding)};
        mDecoded = text.toUtf8();
        data = mDecoded;
    }
    mData = data;
    mPos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    return {};
}

Result<void> CsvReader::checkHeader() const
{
    QHash<QByteArray, qsizetype> seen;
    for (qsizetype i = 0; i < fieldCount(); ++i) {
        const QByteArray name = field(i).trimmed().toByteArray();
        if (const auto it = seen.constFind(name); it != seen.constEnd())
            return Error{tr("%1:%2: the column \"%3\" is named twice in the header (columns %4 "
                            "and %5)")
                             .arg(mSourceName)
                             .arg(mRecordLine)
                             .arg(QString::fromUtf8(name))
                             .arg(*it + 1)
                             .arg(i + 1)};
        seen.insert(name, i);
    }
    return {};
}

bool CsvReader::fail(qint64 line, const QString &message)
{
    mError = Error{tr("%1:%2: %3").arg(mSourceName).arg(line).arg(message)};
    mPos = mData.size();
    return false;
}

bool CsvReader::endsLine(qsizetype i) const
{
    // A line ends at LF, CRLF or a lone CR (old Mac files); each counts one line.
    const char *const data = mData.data();
    return data[i] == '\n' || (data[i] == '\r' && (i + 1 == mData.size() || data[i + 1] != '\n'));
}

bool CsvReader::failTooLong()
{
    return fail(mRecordLine, tr("field %1 is longer than %2 bytes, the most a field may hold")
                                 .arg(mSpans.size() + 1)
                                 .arg(MaxFieldBytes));
}

bool CsvReader::next()
{
    const char *const data = mData.data();
    const qsizetype size = mData.size();
    mSpans.clear();
    mScratch.clear();
    if (mError)
        return false;
    // Blank lines carry no record.
    while (mPos < size && (data[mPos] == '\n' || data[mPos] == '\r')) {
        if (endsLine(mPos))
            ++mLine;
        ++mPos;
    }
    if (mPos >= size)
        return false;
    mRecordLine = mLine;
    const qsizetype recordStart = mPos;
    qsizetype p = mPos;
    if (!readFields(p, recordStart))
        return false;
    mRaw = QByteArrayView(data + recordStart, p - recordStart);
    if (mRaw.size() > MaxRecordBytes)
        return fail(mRecordLine,
                    tr("the record is longer than %1 bytes, the most a record may hold")
                        .arg(MaxRecordBytes));
    // Text in another encoding was converted to UTF-8 already.
    if (mEncoding.isEmpty() && !mRaw.isValidUtf8())
        return failInvalidUtf8();
    if (p < size && data[p] == '\r') {
        if (endsLine(p))
            ++mLine;
        ++p;
    }
    if (p < size && data[p] == '\n') {
        ++p;
        ++mLine;
    }
    mPos = p;
    mFields.resize(mSpans.size());
    for (size_t i = 0; i < mSpans.size(); ++i) {
        const Span &s = mSpans[i];
        mFields[i] = s.unescaped ? QByteArrayView(mScratch.constData() + s.begin, s.length)
                                 : QByteArrayView(data + s.begin, s.length);
    }
    return true;
}

bool CsvReader::readFields(qsizetype &p, qsizetype recordStart)
{
    const char *const data = mData.data();
    const qsizetype size = mData.size();
    for (;;) {
        if (mSpans.size() >= size_t(MaxFields))
            return fail(mRecordLine,
                        tr("the record has more than %1 fields, the most a record may have")
                            .arg(MaxFields));
        if (p - recordStart > MaxRecordBytes)
            return fail(mRecordLine,
                        tr("the record is longer than %1 bytes, the most a record may hold")
                            .arg(MaxRecordBytes));
        if (p < size && data[p] == '"') {
            if (!readQuotedField(p))
                return false;
        } else {
            const qsizetype start = p;
            const qsizetype limit = std::min(size, start + MaxFieldBytes + 1);
            while (p < limit && data[p] != ',' && data[p] != '\n' && data[p] != '\r')
                ++p;
            if (p - start > MaxFieldBytes)
                return failTooLong();
            mSpans.push_back(Span{start, p - start, false});
        }
        if (p < size && data[p] == ',') {
            ++p;
            continue;
        }
        return true;
    }
}

bool CsvReader::readQuotedField(qsizetype &p)
{
    const char *const data = mData.data();
    const qsizetype size = mData.size();
    // The text is copied into the scratch buffer only when it holds a doubled quote.
    const qsizetype start = ++p;
    Span span{start, 0, false};
    qsizetype scratchStart = -1;
    for (;;) {
        // The closing quote is looked for no further than a field may reach, so that an
        // unclosed quote costs one bounded scan.
        const qsizetype limit = std::min(size, start + MaxFieldBytes + 1);
        const void *quote = p < limit ? std::memchr(data + p, '"', size_t(limit - p)) : nullptr;
        if (!quote) {
            if (limit < size)
                return failTooLong();
            return fail(mRecordLine, tr("a quoted field is not closed"));
        }
        const qsizetype q = static_cast<const char *>(quote) - data;
        for (qsizetype i = p; i < q; ++i) {
            if (endsLine(i))
                ++mLine;
        }
        if (q + 1 < size && data[q + 1] == '"') {
            if (scratchStart < 0) {
                scratchStart = mScratch.size();
                mScratch.append(data + start, q - start);
            } else {
                mScratch.append(data + p, q - p);
            }
            mScratch.append('"');
            p = q + 2;
            continue;
        }
        if (scratchStart >= 0) {
            mScratch.append(data + p, q - p);
            span = Span{scratchStart, mScratch.size() - scratchStart, true};
        } else {
            span.length = q - start;
        }
        p = q + 1;
        break;
    }
    mSpans.push_back(span);
    if (p < size && data[p] != ',' && data[p] != '\n' && data[p] != '\r')
        return fail(mLine, tr("unexpected text after a closing quote"));
    return true;
}

bool CsvReader::failInvalidUtf8()
{
    // The first line of the record that is not valid on its own.
    qint64 line = mRecordLine;
    for (qsizetype i = 0, lineStart = 0; i <= mRaw.size(); ++i) {
        if (i == mRaw.size() || mRaw[i] == '\n') {
            if (!mRaw.sliced(lineStart, i - lineStart).isValidUtf8())
                break;
            ++line;
            lineStart = i + 1;
        }
    }
    mError = Error{tr("%1: line %2 is not valid UTF-8; use --encoding latin1 if the file is "
                      "Latin-1")
                       .arg(mSourceName)
                       .arg(line)};
    mPos = mData.size();
    return false;
}

} // namespace Accordo
