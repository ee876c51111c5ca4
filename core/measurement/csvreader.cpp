#include "csvreader.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace Accordo {

Result<void> CsvReader::open(const QString &path)
{
    mFile.setFileName(path);
    if (!mFile.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot be read: %2").arg(path, mFile.errorString())};
    mSourceName = path;
    if (mFile.size() == 0) {
        setData({}, path);
        return {};
    }
    // A mapping lets the kernel read ahead and spares a copy of every byte.
    const uchar *mapped = mFile.map(0, mFile.size());
    if (!mapped)
        return Error{tr("%1: cannot be mapped into memory: %2").arg(path, mFile.errorString())};
    setData(QByteArrayView(reinterpret_cast<const char *>(mapped), mFile.size()), path);
    return {};
}

void CsvReader::setData(QByteArrayView data, const QString &sourceName)
{
    mData = data;
    mSourceName = sourceName;
    mPos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    mLine = 1;
    mError.reset();
}

bool CsvReader::next()
{
    const char *const data = mData.data();
    const qsizetype size = mData.size();
    mSpans.clear();
    mScratch.clear();
    // A line ends at LF, CRLF or a lone CR (old Mac files); each counts one line.
    const auto endsLine = [&](qsizetype i) {
        return data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n'));
    };
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
    for (;;) {
        if (p < size && data[p] == '"') {
            // Quoted field: copy into the scratch buffer only when it holds a doubled quote.
            const qsizetype start = ++p;
            Span span{start, 0, false};
            qsizetype scratchStart = -1;
            for (;;) {
                const void *quote = p < size ? std::memchr(data + p, '"', size_t(size - p))
                                             : nullptr;
                if (!quote) {
                    mError = Error{tr("%1:%2: a quoted field is not closed")
                                       .arg(mSourceName)
                                       .arg(mRecordLine)};
                    mPos = size;
                    return false;
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
            if (p < size && data[p] != ',' && data[p] != '\n' && data[p] != '\r') {
                mError = Error{
                    tr("%1:%2: unexpected text after a closing quote").arg(mSourceName).arg(mLine)};
                mPos = size;
                return false;
            }
        } else {
            const qsizetype start = p;
            while (p < size && data[p] != ',' && data[p] != '\n' && data[p] != '\r')
                ++p;
            mSpans.push_back(Span{start, p - start, false});
        }
        if (p < size && data[p] == ',') {
            ++p;
            continue;
        }
        break;
    }
    mRaw = QByteArrayView(data + recordStart, p - recordStart);
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

} // namespace Accordo
