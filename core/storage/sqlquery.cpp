#include "sqlquery.h"

#include "storage/dialect.h"
#include "storage/nativestatement.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Accordo::Sql {

Rows::Rows(std::shared_ptr<NativeStatement> statement) : mNative(std::move(statement)) {}

bool Rows::next()
{
    return mNative ? mNative->step() : mQuery.next();
}

QString Rows::errorText() const
{
    if (mNative)
        return mNative->errorText();
    const QSqlError error = mQuery.lastError();
    return error.isValid() ? error.text() : QString();
}

void Rows::finish()
{
    if (mNative)
        mNative->reset();
    else
        mQuery.finish();
}

int Rows::indexOf(const QString &name) const
{
    return mNative ? mNative->indexOf(name) : mQuery.record().indexOf(name);
}

int Rows::column(const char *name) const
{
    // A loop over the rows asks for the columns in the same order each row: the name after
    // the last one found is tried first.
    const std::size_t count = mColumns.size();
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = mNextColumn + i < count ? mNextColumn + i : mNextColumn + i - count;
        if (mColumns[at].first == name) {
            mNextColumn = at + 1 < count ? at + 1 : 0;
            return mColumns[at].second;
        }
    }
    const int index = mNative ? mNative->column(name) : indexOf(QLatin1StringView(name));
    if (index < 0)
        qWarning("Accordo::Sql::Rows: the statement has no column \"%s\"", name);
    mColumns.emplace_back(name, index);
    mNextColumn = 0;
    return index;
}

QVariant Rows::value(int column) const
{
    return mNative ? mNative->value(column) : mQuery.value(column);
}

QString Rows::text(const char *name) const
{
    return mNative ? mNative->text(column(name)) : mQuery.value(column(name)).toString();
}

QString Rows::sharedText(const char *name) const
{
    if (!mNative)
        return text(name);
    const QByteArrayView bytes = mNative->utf8(column(name));
    if (bytes.isNull())
        return {};
    if (mShared.empty())
        mShared.resize(2 * SharedTexts);
    // FNV-1a over the bytes, then the next slots in turn: the table is never more than half
    // full, so a value not kept meets an empty slot soon.
    std::size_t hash = 14695981039346656037u;
    for (const char c : bytes)
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211u;
    for (std::size_t i = hash % mShared.size();; i = (i + 1) % mShared.size()) {
        auto &[utf8, text] = mShared[i];
        if (utf8.isNull()) {
            if (mSharedCount == SharedTexts)
                return QString::fromUtf8(bytes);
            ++mSharedCount;
            utf8 = bytes.isEmpty() ? QByteArray("") : bytes.toByteArray();
            text = QString::fromUtf8(bytes);
            return text;
        }
        if (QByteArrayView(utf8) == bytes)
            return text;
    }
}

qint64 Rows::integer(const char *name) const
{
    return mNative ? mNative->integer(column(name)) : mQuery.value(column(name)).toLongLong();
}

double Rows::real(const char *name) const
{
    return mNative ? mNative->real(column(name)) : mQuery.value(column(name)).toDouble();
}

bool Rows::isNull(const char *name) const
{
    return mNative ? mNative->isNull(column(name)) : mQuery.value(column(name)).isNull();
}

std::optional<qint64> Rows::optionalInteger(const char *name) const
{
    if (mNative) {
        const int index = column(name);
        return mNative->isNull(index) ? std::nullopt : std::optional(mNative->integer(index));
    }
    const QVariant v = value(name);
    return v.isNull() ? std::nullopt : std::optional(v.toLongLong());
}

QDate Rows::date(const char *name) const
{
    if (isNull(name))
        return QDate();
    return QDate::fromString(text(name), Qt::ISODate);
}

namespace {

// An empty field is text, not SQL NULL: only the *OrNull() helpers produce NULLs.
QVariantList bindable(QVariantList values)
{
    for (QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            value = u""_s;
    }
    return values;
}

void bind(QSqlQuery &query, const QVariantList &values)
{
    const QVariantList bound = bindable(values);
    for (int i = 0; i < bound.size(); ++i)
        query.bindValue(i, bound.at(i));
}

Result<QSqlQuery> run(QSqlQuery query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return Error{query.lastError().text()};
    bind(query, values);
    if (!query.exec())
        return Error{query.lastError().text()};
    return query;
}

} // namespace

QString placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

Result<QSqlQuery> exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    return run(QSqlQuery(db), sql, values);
}

Result<Rows> stream(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    if (auto native = NativeStatement::prepare(db, sql)) {
        if (!*native)
            return native->error();
        // Placeholders by name are left to Qt, which binds them by position too.
        if ((**native)->positional(values.size())) {
            if (auto r = (**native)->bind(bindable(values)); !r)
                return r.error();
            return Rows(std::move(**native));
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(!Dialect::isPostgres(db));
    auto done = run(std::move(query), sql, values);
    if (!done)
        return done.error();
    return Rows(std::move(*done));
}

Result<Rows> select(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    auto query = exec(db, sql, values);
    if (!query)
        return query.error();
    return Rows(std::move(*query));
}

Result<void> rerun(QSqlQuery &prepared, const QVariantList &values)
{
    bind(prepared, values);
    if (!prepared.exec())
        return Error{prepared.lastError().text()};
    return {};
}

Result<qint64> rerunReturning(QSqlQuery &prepared, const QVariantList &values)
{
    if (auto r = rerun(prepared, values); !r)
        return r.error();
    if (!prepared.next())
        return Error{prepared.lastError().text()};
    constexpr qsizetype returned = 0; // the one column RETURNING gives, whatever its name
    const qint64 value = prepared.record().value(returned).toLongLong();
    prepared.finish();
    return value;
}

Result<void> Insert::prepare(const QSqlDatabase &db, const QString &sql)
{
    static const QRegularExpression returningId(u"\\s+RETURNING\\s+id\\s*$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    QString statement = sql;
    mReturning = Dialect::isPostgres(db) || !returningId.match(sql).hasMatch();
    if (!mReturning)
        statement.remove(returningId);
    mQuery = QSqlQuery(db);
    if (!mQuery.prepare(statement))
        return Error{mQuery.lastError().text()};
    return {};
}

Result<qint64> Insert::run(const QVariantList &values)
{
    if (mReturning)
        return rerunReturning(mQuery, values);
    if (auto r = rerun(mQuery, values); !r)
        return r.error();
    const QVariant id = mQuery.lastInsertId();
    if (!id.isValid())
        return Error{mQuery.lastError().text()};
    return id.toLongLong();
}

Result<void> Statement::prepare(const QString &sql)
{
    mSql = sql;
    if (auto native = NativeStatement::prepare(mDb, sql)) {
        if (!*native)
            return native->error();
        mNative = std::move(**native);
        return {};
    }
    if (!mQuery.prepare(sql))
        return Error{mQuery.lastError().text()};
    return {};
}

Result<void> Statement::run(const QVariantList &values)
{
    if (mNative) {
        if (auto r = mNative->bind(values); !r)
            return r;
        return mNative->execute();
    }
    for (int i = 0; i < values.size(); ++i)
        mQuery.bindValue(i, values.at(i));
    if (!mQuery.exec())
        return Error{mQuery.lastError().text()};
    return {};
}

Result<qint64> Statement::apply(const QVariantList &values)
{
    if (auto r = run(values); !r)
        return r.error();
    return mNative ? mNative->changes() : qint64(mQuery.numRowsAffected());
}

Result<Rows> Statement::select(const QVariantList &values)
{
    if (mNative) {
        if (auto r = mNative->bind(values); !r)
            return r.error();
        return Rows(mNative);
    }
    // Qt's rows own their query: another driver prepares the read again.
    return Sql::select(mDb, mSql, values);
}

Result<QVariant> scalar(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    auto query = exec(db, sql, values);
    if (!query)
        return query.error();
    constexpr int first = 0; // the one column a scalar statement returns
    return query->next() ? query->value(first) : QVariant();
}

QVariant nullId()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullId();
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace Accordo::Sql
