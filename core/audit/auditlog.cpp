#include "auditlog.h"

#include "audit/auditstate.h"
#include "storage/dialect.h"
#include "storage/rowfields.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QString HeadKey = u"audit_head"_s;

// Length-prefixed fields cannot be confused with one another, whatever they contain.
void addField(QByteArray &out, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += ';';
}

AuditRecord readRecord(const Sql::Rows &row)
{
    AuditRecord r;
    Sql::readFields(row, r, "seq", &AuditRecord::seq, "at", &AuditRecord::at, "user_name",
                    &AuditRecord::user, "entity", &AuditRecord::entity, "entity_id",
                    &AuditRecord::entityId, "action", &AuditRecord::action, "old_value",
                    &AuditRecord::oldValue, "new_value", &AuditRecord::newValue, "prev_hash",
                    &AuditRecord::prevHash, "hash", &AuditRecord::hash);
    return r;
}

const QString SelectColumns = uR"(
    SELECT seq, at, user_name, entity, entity_id, action, old_value, new_value, prev_hash, hash
    FROM audit_log )"_s;
const QString SelectHead = u"SELECT value FROM accordo_meta WHERE key = ?"_s;
const QString InsertRecord = uR"(
    INSERT INTO audit_log (seq, at, user_name, entity, entity_id, action, old_value, new_value,
                           prev_hash, hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s;
const QString UpsertHead = uR"(
    INSERT INTO accordo_meta (key, value) VALUES (?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value)"_s;
const QString CountRecords = u"SELECT count(*) AS n FROM audit_log"_s;

} // namespace

AuditLog::AuditLog(QSqlDatabase connection) : mDb(std::move(connection)) {}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::canonicalJson(const QJsonValue &value)
{
    // QJsonObject keeps its keys sorted, so compact JSON is already canonical.
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    QJsonArray wrapper{value};
    const QString text = QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

QString AuditLog::hashOf(const AuditRecord &r)
{
    QByteArray canonical;
    addField(canonical, QString::number(r.seq));
    addField(canonical, r.at);
    addField(canonical, r.user);
    addField(canonical, r.entity);
    addField(canonical, QString::number(r.entityId));
    addField(canonical, r.action);
    addField(canonical, r.oldValue);
    addField(canonical, r.newValue);
    addField(canonical, r.prevHash);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

namespace {

// The newest record's sequence number and hash, read with the head row locked until the
// transaction ends, so that concurrent writers append one after the other.
struct Head
{
    qint64 seq = 0;
    QString hash;
};

Result<Head> lockedHead(QSqlDatabase db)
{
    Head last{0, AuditLog::genesisHash()};
    auto head = Sql::scalar(db, SelectHead + Dialect::forUpdate(db), {HeadKey});
    if (!head)
        return Error{
            Accordo::AuditLog::tr("the audit trail cannot be read: %1").arg(head.errorString())};
    if (head->isValid()) {
        last.seq = head->toString().section(u':', 0, 0).toLongLong();
        last.hash = head->toString().section(u':', 1, 1);
    }
    return last;
}

// The record that follows `last`, hashed.
AuditRecord nextRecord(const Head &last, const QString &user, const QString &entity,
                       qint64 entityId, const QString &action, const QJsonValue &oldValue,
                       const QJsonValue &newValue)
{
    AuditRecord record;
    record.seq = last.seq + 1;
    record.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    record.user = user;
    record.entity = entity;
    record.entityId = entityId;
    record.action = action;
    record.oldValue = AuditLog::canonicalJson(oldValue);
    record.newValue = AuditLog::canonicalJson(newValue);
    record.prevHash = last.hash;
    record.hash = AuditLog::hashOf(record);
    return record;
}

} // namespace

Result<qint64> AuditLog::append(const QString &user, const QString &entity, qint64 entityId,
                                const QString &action, const QJsonValue &oldValue,
                                const QJsonValue &newValue)
{
    Transaction transaction(mDb);
    if (!transaction.isActive())
        return Error{transaction.errorString()};
    auto head = lockedHead(mDb);
    if (!head)
        return head.error();
    const AuditRecord record = nextRecord(*head, user, entity, entityId, action, oldValue,
                                          newValue);

    if (auto written = Sql::exec(mDb, InsertRecord,
                                 {record.seq, record.at, record.user, record.entity,
                                  record.entityId, record.action, record.oldValue, record.newValue,
                                  record.prevHash, record.hash});
        !written)
        return Error{tr("the audit record for %1 %2 could not be written: %3")
                         .arg(entity)
                         .arg(entityId)
                         .arg(written.errorString())};
    if (auto advanced = Sql::exec(mDb, UpsertHead,
                                  {HeadKey, u"%1:%2"_s.arg(record.seq).arg(record.hash)});
        !advanced)
        return Error{
            tr("the audit trail head could not be advanced: %1").arg(advanced.errorString())};
    // Every change is audited here, so this is where the other sessions hear of it.
    Dialect::notifyChange(mDb, entity);
    if (auto r = transaction.commit(); !r)
        return r.error();
    return record.seq;
}

AuditLog::Batch::Batch(QSqlDatabase connection) : mDb(std::move(connection)), mInsert(mDb) {}

Result<void> AuditLog::Batch::begin()
{
    auto head = lockedHead(mDb);
    if (!head)
        return head.error();
    mSeq = head->seq;
    mPrevHash = head->hash;
    if (!mInsert.prepare(InsertRecord))
        return Error{tr("the audit trail cannot be written: %1").arg(mInsert.lastError().text())};
    mBegun = true;
    return {};
}

Result<qint64> AuditLog::Batch::append(const QString &user, const QString &entity, qint64 entityId,
                                       const QString &action, const QJsonValue &oldValue,
                                       const QJsonValue &newValue)
{
    if (!mBegun)
        return Error{tr("the audit batch was not started")};
    const AuditRecord record = nextRecord(Head{mSeq, mPrevHash}, user, entity, entityId, action,
                                          oldValue, newValue);
    const QVariantList values{record.seq,      record.at,     record.user,     record.entity,
                              record.entityId, record.action, record.oldValue, record.newValue,
                              record.prevHash, record.hash};
    for (int i = 0; i < values.size(); ++i)
        mInsert.bindValue(i, values.at(i));
    if (!mInsert.exec())
        return Error{tr("the audit record for %1 %2 could not be written: %3")
                         .arg(entity)
                         .arg(entityId)
                         .arg(mInsert.lastError().text())};
    mSeq = record.seq;
    mPrevHash = record.hash;
    if (!mEntities.contains(entity))
        mEntities.append(entity);
    return record.seq;
}

Result<void> AuditLog::Batch::finish()
{
    if (!mBegun)
        return Error{tr("the audit batch was not started")};
    mBegun = false;
    mInsert.finish();
    if (auto advanced = Sql::exec(mDb, UpsertHead, {HeadKey, u"%1:%2"_s.arg(mSeq).arg(mPrevHash)});
        !advanced)
        return Error{
            tr("the audit trail head could not be advanced: %1").arg(advanced.errorString())};
    for (const QString &entity : std::as_const(mEntities))
        Dialect::notifyChange(mDb, entity);
    return {};
}

Result<AuditLog::Verification> AuditLog::verify(const VerifyOptions &options) const
{
    Verification result;
    const QString anchor = options.expectHead.trimmed().toLower();
    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    if (!anchor.isEmpty() && !sha256.match(anchor).hasMatch())
        return Error{tr("the expected head \"%1\" is not a SHA-256 hash (64 hexadecimal digits)")
                         .arg(options.expectHead.left(80))};
    // Every trail extends the empty one.
    bool anchorFound = anchor == genesisHash();
    AuditState state;
    QSqlQuery forwardOnly(mDb);
    forwardOnly.setForwardOnly(true);
    if (!forwardOnly.exec(SelectColumns + u"ORDER BY seq"_s))
        return Error{tr("the audit trail cannot be read: %1").arg(forwardOnly.lastError().text())};
    Sql::Rows query(std::move(forwardOnly));
    qint64 expectedSeq = 1;
    QString previousHash = genesisHash();
    auto broken = [&result](qint64 seq, const QString &problem) {
        result.intact = false;
        result.brokenSeq = seq;
        result.problem = problem;
        return result;
    };
    while (query.next()) {
        const AuditRecord r = readRecord(query);
        ++result.records;
        if (r.seq != expectedSeq)
            return broken(expectedSeq, tr("audit record %1 is missing: the trail jumps from "
                                          "record %2 to record %3")
                                           .arg(expectedSeq)
                                           .arg(expectedSeq - 1)
                                           .arg(r.seq));
        if (hashOf(r) != r.hash)
            return broken(r.seq, tr("audit record %1 (%2 %3 %4 by %5 at %6) was altered: its "
                                    "content does not match its hash")
                                     .arg(r.seq)
                                     .arg(r.action, r.entity)
                                     .arg(r.entityId)
                                     .arg(r.user, r.at));
        if (r.prevHash != previousHash)
            return broken(r.seq, tr("audit record %1 does not follow record %2: the chain of "
                                    "hashes is broken")
                                     .arg(r.seq)
                                     .arg(r.seq - 1));
        if (r.hash == anchor)
            anchorFound = true;
        if (options.checkData)
            state.apply(r);
        previousHash = r.hash;
        ++expectedSeq;
    }
    query.query().finish();
    result.headHash = previousHash;
    // The newest record has no successor to vouch for it: the head in accordo_meta does.
    auto head = Sql::scalar(mDb, SelectHead, {HeadKey});
    if (!head)
        return Error{tr("the audit trail cannot be read: %1").arg(head.errorString())};
    const QString headValue = head->toString();
    const qint64 headSeq = headValue.section(u':', 0, 0).toLongLong();
    const QString headHash = headValue.section(u':', 1, 1);
    if (headSeq > expectedSeq - 1)
        return broken(expectedSeq, tr("audit record %1 is missing: the trail ends at record %2 "
                                      "but %3 records were written")
                                       .arg(expectedSeq)
                                       .arg(expectedSeq - 1)
                                       .arg(headSeq));
    if (headSeq < expectedSeq - 1 || (headSeq > 0 && headHash != previousHash))
        return broken(expectedSeq - 1, tr("audit record %1 was not written by Accordo: it does "
                                          "not match the recorded end of the trail")
                                           .arg(expectedSeq - 1));
    if (!anchor.isEmpty() && !anchorFound)
        return broken(0, tr("the audit trail no longer extends the expected head %1: none of "
                            "its %2 records has that hash, so records were removed from its "
                            "end or records before that head were rewritten")
                             .arg(anchor)
                             .arg(result.records));
    if (options.checkData) {
        auto difference = state.firstDifference(mDb);
        if (!difference)
            return difference.error();
        if (*difference)
            return broken(0, **difference);
    }
    return result;
}

Result<QList<AuditRecord>> AuditLog::history(const QString &entity, qint64 entityId) const
{
    return history(entity, QList<qint64>{entityId});
}

Result<QList<AuditRecord>> AuditLog::history(const QString &entity, const QList<qint64> &ids) const
{
    QList<AuditRecord> records;
    if (ids.isEmpty())
        return records;
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders.append(u"?"_s);
    QVariantList values{entity};
    for (qint64 id : ids)
        values.append(id);
    auto read = Sql::list(mDb,
                          SelectColumns
                              + u"WHERE entity = ? AND entity_id IN (%1) ORDER BY seq"_s.arg(
                                  placeholders.join(u", "_s)),
                          values, readRecord);
    if (!read)
        return Error{tr("the audit trail cannot be read: %1").arg(read.errorString())};
    return read;
}

qint64 AuditLog::count() const
{
    auto count = Sql::scalar(mDb, CountRecords);
    return count && count->isValid() ? count->toLongLong() : -1;
}

} // namespace Accordo
