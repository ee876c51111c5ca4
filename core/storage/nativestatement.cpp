#include "nativestatement.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QStringEncoder>

#include <sqlite3.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace Accordo::Sql {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != u"QSQLITE"_s)
        return nullptr;
    // Qt's documented way to reach the driver's own handle (QSqlDriver::handle()).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// What Qt's SQL drivers bind as NULL (QSqlResultPrivate::isVariantNull).
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(value.constData())->isNull();
    default:
        return false;
    }
}

// Binds as Qt's SQLite driver does: integers and booleans as integers, reals as reals, bytes
// as blobs, NULL as NULL; SQLite's result code. Nothing for a value to bind as text.
std::optional<int> bindOther(sqlite3_stmt *statement, int position, const QVariant &value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, position, bytes.constData(),
                                   sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    default:
        return std::nullopt;
    }
}

// A value's text as Qt's SQLite driver binds it (a date and time with milliseconds).
QString textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toString(Qt::ISODateWithMs);
    return value.toString();
}

} // namespace

QString sqliteFile(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    const char *file = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    return file ? QString::fromUtf8(file) : QString();
}

bool sqliteInTransaction(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

std::optional<Result<std::shared_ptr<NativeStatement>>> NativeStatement::prepare(
    const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return std::nullopt;
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &raw, nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(raw);
        return Result<std::shared_ptr<NativeStatement>>(Error{message});
    }
    return Result<std::shared_ptr<NativeStatement>>(
        std::shared_ptr<NativeStatement>(new NativeStatement(raw)));
}

bool NativeStatement::positional(qsizetype count) const
{
    if (sqlite3_bind_parameter_count(mStatement) != count)
        return false;
    for (int i = 1; i <= count; ++i) {
        if (sqlite3_bind_parameter_name(mStatement, i))
            return false;
    }
    return true;
}

// Every text is written as UTF-8 into one buffer of the statement's, which SQLite reads in
// place until the next bind: one copy of each value instead of a conversion and a copy.
Result<void> NativeStatement::bind(const QVariantList &values)
{
    sqlite3_reset(mStatement);
    mDone = false;
    mError.clear();
    if (sqlite3_bind_parameter_count(mStatement) != values.size())
        return Error{QStringLiteral("%1 values for %2 placeholders")
                         .arg(values.size())
                         .arg(sqlite3_bind_parameter_count(mStatement))};
    // The buffer may move as it grows: the texts are bound once all are in it.
    mText.resize(0);
    mTextSpans.resize(0);
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const auto failed = [this] {
        // No placeholder keeps pointing into the buffer.
        sqlite3_clear_bindings(mStatement);
        return Error{QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(mStatement)))};
    };
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (const auto code = bindOther(mStatement, i + 1, value)) {
            if (*code != SQLITE_OK)
                return failed();
            continue;
        }
        const QString converted = value.typeId() == QMetaType::QString ? QString() : textOf(value);
        const QStringView text = value.typeId() == QMetaType::QString
                                     ? QStringView(*static_cast<const QString *>(value.constData()))
                                     : QStringView(converted);
        const qsizetype start = mText.size();
        mText.resize(start + utf8.requiredSpace(text.size()));
        const char *end = utf8.appendToBuffer(mText.data() + start, text);
        mText.resize(end - mText.constData());
        mTextSpans.append({i + 1, start, mText.size() - start});
    }
    for (const TextSpan &span : std::as_const(mTextSpans)) {
        if (sqlite3_bind_text64(mStatement, span.position, mText.constData() + span.start,
                                sqlite3_uint64(span.size), SQLITE_STATIC, SQLITE_UTF8)
            != SQLITE_OK)
            return failed();
    }
    return {};
}

Result<void> NativeStatement::execute()
{
    while (step()) {}
    if (!mError.isEmpty())
        return Error{mError};
    return {};
}

qint64 NativeStatement::changes() const
{
    return sqlite3_changes64(sqlite3_db_handle(mStatement));
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(mStatement);
}

bool NativeStatement::step()
{
    if (mDone)
        return false;
    const int code = sqlite3_step(mStatement);
    if (code == SQLITE_ROW)
        return true;
    mDone = true;
    if (code != SQLITE_DONE)
        mError = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(mStatement)));
    // Reset at once: a statement left half read would hold its read transaction open.
    sqlite3_reset(mStatement);
    return false;
}

void NativeStatement::reset()
{
    mDone = true;
    sqlite3_reset(mStatement);
}

int NativeStatement::indexOf(const QString &name) const
{
    // Compared as SQLite compares names (ASCII letters in either case), without decoding
    // every column's name: a statement run for many values is asked again for each run.
    const QByteArray wanted = name.toUtf8();
    const int count = sqlite3_column_count(mStatement);
    for (int i = 0; i < count; ++i) {
        const char *column = sqlite3_column_name(mStatement, i);
        if (column && sqlite3_stricmp(column, wanted.constData()) == 0)
            return i;
    }
    return -1;
}

int NativeStatement::column(const char *name) const
{
    for (const auto &[known, index] : mColumns) {
        if (qstrcmp(known, name) == 0)
            return index;
    }
    int index = -1;
    const int count = sqlite3_column_count(mStatement);
    for (int i = 0; i < count && index < 0; ++i) {
        const char *column = sqlite3_column_name(mStatement, i);
        if (column && sqlite3_stricmp(column, name) == 0)
            index = i;
    }
    mColumns.emplace_back(QByteArray(name), index);
    return index;
}

bool NativeStatement::valid(int column) const
{
    return !mDone && column >= 0 && column < sqlite3_data_count(mStatement);
}

bool NativeStatement::isNull(int column) const
{
    return !valid(column) || sqlite3_column_type(mStatement, column) == SQLITE_NULL;
}

qint64 NativeStatement::integer(int column) const
{
    return valid(column) ? sqlite3_column_int64(mStatement, column) : 0;
}

double NativeStatement::real(int column) const
{
    return valid(column) ? sqlite3_column_double(mStatement, column) : 0.0;
}

QString NativeStatement::text(int column) const
{
    if (!valid(column))
        return {};
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(mStatement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(mStatement, column)) : QString();
}

QByteArrayView NativeStatement::utf8(int column) const
{
    if (!valid(column))
        return {};
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(mStatement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(mStatement, column))
                 : QByteArrayView();
}

QVariant NativeStatement::value(int column) const
{
    if (!valid(column))
        return {};
    switch (sqlite3_column_type(mStatement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(mStatement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(mStatement, column));
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(mStatement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(mStatement, column)));
    }
    case SQLITE_NULL:
        return {};
    default:
        return QVariant(text(column));
    }
}

} // namespace Accordo::Sql
