#include "importmapping.h"

#include "calendar/isotime.h"
#include "measurement/csvreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

enum TicketField {
    TId,
    TCustomer,
    TService,
    TRegion,
    TPriority,
    TOpened,
    TFirstResponse,
    TResolved,
    TClosed,
    TStatus,
    TSatisfaction,
    TPauses
};
enum OutageField { OService, OCustomer, ORegion, OStart, OEnd, OPlanned };
enum SurveyField { STicket, SCustomer, SDate, SScore };

} // namespace

QStringList ImportMapping::fields(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Ticket:
        return {u"id"_s,        u"customer"_s,  u"service"_s,           u"region"_s,
                u"priority"_s,  u"opened_at"_s, u"first_response_at"_s, u"resolved_at"_s,
                u"closed_at"_s, u"status"_s,    u"satisfaction"_s,      u"pauses"_s};
    case RecordKind::Outage:
        return {u"service"_s, u"customer"_s, u"region"_s, u"start"_s, u"end"_s, u"planned"_s};
    case RecordKind::Survey:
        return {u"ticket_id"_s, u"customer"_s, u"date"_s, u"score"_s};
    case RecordKind::Observation:
        return observationFields();
    }
    return {};
}

QStringList ImportMapping::requiredFields(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Ticket:
        return {u"id"_s, u"opened_at"_s};
    case RecordKind::Outage:
        return {u"service"_s, u"start"_s};
    case RecordKind::Survey:
        return {u"date"_s, u"score"_s};
    case RecordKind::Observation:
        return {u"metric"_s};
    }
    return {};
}

ImportMapping::ImportMapping(RecordKind kind)
    : mKind(kind), mFieldNames(fields(kind)), mSlots(size_t(mFieldNames.size()))
{
    mMissing = {QByteArray()};
}

Result<ImportMapping> ImportMapping::readFile(const QString &path, RecordKind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot be read: %2").arg(path, file.errorString())};
    return fromJson(file.readAll(), kind, path);
}

Result<QJsonObject> ImportMapping::jsonObject(const QByteArray &json, const QString &where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("%1: offset %2: %3")
                         .arg(where)
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{tr("%1: expected a JSON object").arg(where)};
    return document.object();
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray &json, RecordKind kind,
                                              const QString &sourceName)
{
    ImportMapping mapping(kind);
    mapping.mSourceName = sourceName;
    const QString where = sourceName.isEmpty() ? tr("mapping") : sourceName;
    const auto object = jsonObject(json, where);
    if (!object)
        return object.error();
    const QJsonObject &root = *object;
    const QStringList known = {u"columns"_s,     u"constants"_s, u"values"_s,
                               u"date_format"_s, u"time_zone"_s, u"missing"_s};
    for (const QString &key : root.keys()) {
        if (!known.contains(key))
            return Error{tr("%1: unknown key \"%2\" (expected one of %3)")
                             .arg(where, key, known.join(u", "_s))};
    }
    const auto fieldIndex = [&](const QString &section, const QString &field) -> Result<int> {
        const int index = int(mapping.mFieldNames.indexOf(field));
        if (index < 0)
            return Error{tr("%1: %2.%3: unknown field (expected one of %4)")
                             .arg(where, section, field, mapping.mFieldNames.join(u", "_s))};
        return index;
    };
    for (const QString &section : {u"columns"_s, u"constants"_s, u"values"_s}) {
        if (root.contains(section) && !root.value(section).isObject())
            return Error{tr("%1: %2: expected an object").arg(where, section)};
    }
    const QJsonObject columns = root.value(u"columns"_s).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        auto index = fieldIndex(u"columns"_s, it.key());
        if (!index)
            return index.error();
        if (!it.value().isString() || it.value().toString().isEmpty())
            return Error{tr("%1: columns.%2: expected a column name").arg(where, it.key())};
        mapping.mSlots[size_t(*index)].column = it.value().toString();
    }
    const QJsonObject constants = root.value(u"constants"_s).toObject();
    for (auto it = constants.begin(); it != constants.end(); ++it) {
        auto index = fieldIndex(u"constants"_s, it.key());
        if (!index)
            return index.error();
        if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool())
            return Error{
                tr("%1: constants.%2: expected a text, number or boolean").arg(where, it.key())};
        if (!mapping.mSlots[size_t(*index)].column.isEmpty())
            return Error{
                tr("%1: constants.%2: the field is also mapped to a column").arg(where, it.key())};
        Slot &slot = mapping.mSlots[size_t(*index)];
        slot.hasConstant = true;
        slot.constant = it.value().toVariant().toString().toUtf8();
    }
    const QJsonObject values = root.value(u"values"_s).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        auto index = fieldIndex(u"values"_s, it.key());
        if (!index)
            return index.error();
        if (!it.value().isObject())
            return Error{tr("%1: values.%2: expected an object of \"from\": \"to\" pairs")
                             .arg(where, it.key())};
        const QJsonObject table = it.value().toObject();
        for (auto v = table.begin(); v != table.end(); ++v) {
            if (!v.value().isString())
                return Error{tr("%1: values.%2.%3: expected a text").arg(where, it.key(), v.key())};
            mapping.mSlots[size_t(*index)].values.insert(v.key().toUtf8(),
                                                         v.value().toString().toUtf8());
        }
    }
    if (root.contains(u"missing"_s)) {
        if (!root.value(u"missing"_s).isArray())
            return Error{tr("%1: missing: expected an array of texts").arg(where)};
        for (const QJsonValue &value : root.value(u"missing"_s).toArray()) {
            if (!value.isString())
                return Error{tr("%1: missing: expected an array of texts").arg(where)};
            mapping.mMissing.append(value.toString().toUtf8());
        }
    }
    QTimeZone zone = QTimeZone::utc();
    if (root.contains(u"time_zone"_s)) {
        const QString id = root.value(u"time_zone"_s).toString();
        zone = QTimeZone(id.toUtf8());
        if (id.isEmpty() || !zone.isValid())
            return Error{tr("%1: time_zone: \"%2\" is not a known IANA time zone").arg(where, id)};
    }
    auto format = TimestampFormat::create(root.value(u"date_format"_s).toString(), zone);
    if (!format)
        return Error{tr("%1: date_format: %2").arg(where, format.errorString())};
    mapping.mFormat = *format;
    return mapping;
}

QString ImportMapping::constant(const QString &field) const
{
    const qsizetype index = mFieldNames.indexOf(field);
    if (index < 0 || !mSlots[size_t(index)].hasConstant)
        return {};
    return QString::fromUtf8(mSlots[size_t(index)].constant);
}

bool ImportMapping::setConstant(const QString &field, const QString &value)
{
    const qsizetype index = mFieldNames.indexOf(field);
    if (index < 0)
        return false;
    Slot &slot = mSlots[size_t(index)];
    slot.column.clear();
    slot.index = -1;
    slot.hasConstant = true;
    slot.constant = value.toUtf8();
    return true;
}

QString ImportMapping::translate(const QString &field, const QString &text) const
{
    const qsizetype index = mFieldNames.indexOf(field);
    if (index < 0)
        return text;
    const QByteArray key = text.toUtf8();
    const auto it = mSlots[size_t(index)].values.constFind(key);
    return it == mSlots[size_t(index)].values.constEnd() ? text : QString::fromUtf8(*it);
}

bool ImportMapping::isMissing(QByteArrayView text) const
{
    for (const QByteArray &token : mMissing) {
        if (text == token)
            return true;
    }
    return false;
}

Result<void> ImportMapping::bind(const CsvReader &header)
{
    if (auto r = header.checkHeader(); !r)
        return r;
    mHeaderFields = header.fieldCount();
    QHash<QString, int> columns;
    for (qsizetype i = 0; i < header.fieldCount(); ++i)
        columns.insert(QString::fromUtf8(header.field(i)).trimmed(), int(i));
    const QString where = mSourceName.isEmpty() ? tr("mapping") : mSourceName;
    for (size_t f = 0; f < mSlots.size(); ++f) {
        Slot &slot = mSlots[f];
        slot.index = -1;
        if (slot.hasConstant)
            continue;
        const QString &name = slot.column.isEmpty() ? mFieldNames[qsizetype(f)] : slot.column;
        const auto it = columns.constFind(name);
        if (it != columns.constEnd()) {
            slot.index = *it;
        } else if (!slot.column.isEmpty()) {
            return Error{tr("%1: columns.%2: the column \"%3\" is not in the header of %4")
                             .arg(where, mFieldNames[qsizetype(f)], name, header.sourceName())};
        }
    }
    for (const QString &required : requiredFields(mKind)) {
        const Slot &slot = mSlots[size_t(mFieldNames.indexOf(required))];
        if (slot.index < 0 && !slot.hasConstant)
            return Error{tr("%1:%2: no column for the required field \"%3\" (name a column "
                            "\"%3\" or map one in the mapping's \"columns\")")
                             .arg(header.sourceName())
                             .arg(header.line())
                             .arg(required)};
    }
    if (mKind == RecordKind::Survey) {
        if (mSlots[STicket].index < 0 && !mSlots[STicket].hasConstant && mSlots[SCustomer].index < 0
            && !mSlots[SCustomer].hasConstant)
            return Error{tr("%1:%2: a survey needs a \"ticket_id\" or a \"customer\" column")
                             .arg(header.sourceName())
                             .arg(header.line())};
    }
    return {};
}

bool ImportMapping::hasHeaderWidth(const CsvReader &row, RowProblem &problem) const
{
    return mHeaderFields < 0 || hasHeaderWidth(row, mHeaderFields, problem);
}

bool ImportMapping::hasHeaderWidth(const CsvReader &row, qsizetype headerFields,
                                   RowProblem &problem)
{
    if (row.fieldCount() == headerFields)
        return true;
    problem.line = row.line();
    problem.field = QString();
    problem.reason = row.fieldCount() < headerFields
                         ? tr("the row has %1 fields, fewer than the %2 of the header")
                               .arg(row.fieldCount())
                               .arg(headerFields)
                         : tr("the row has %1 fields, more than the %2 of the header")
                               .arg(row.fieldCount())
                               .arg(headerFields);
    return false;
}

QByteArrayView ImportMapping::raw(const CsvReader &row, int field) const
{
    const Slot &slot = mSlots[size_t(field)];
    QByteArrayView value;
    if (slot.hasConstant)
        value = slot.constant;
    else if (slot.index >= 0 && slot.index < row.fieldCount())
        value = row.field(slot.index);
    if (!slot.values.isEmpty()) {
        const auto it = slot.values.constFind(value.toByteArray());
        if (it != slot.values.constEnd())
            value = *it;
    }
    if (isMissing(value))
        return {};
    return value;
}

QString ImportMapping::text(const CsvReader &row, int field) const
{
    const QByteArrayView value = raw(row, field);
    return value.isEmpty() ? QString() : QString::fromUtf8(value).trimmed();
}

bool ImportMapping::fail(RowProblem &problem, int field, const QString &reason) const
{
    problem.field = mFieldNames[field];
    problem.reason = reason;
    return false;
}

bool ImportMapping::startRow(const CsvReader &row, int keyField, QString &key, const char *missing,
                             RowProblem &problem) const
{
    problem.line = row.line();
    if (!hasHeaderWidth(row, problem))
        return false;
    key = text(row, keyField);
    if (key.isEmpty())
        return fail(problem, keyField, tr(missing));
    return true;
}

bool ImportMapping::instant(const CsvReader &row, int field, std::optional<qint64> &out,
                            RowProblem &problem) const
{
    out.reset();
    const QByteArrayView value = raw(row, field);
    if (value.isEmpty())
        return true;
    auto parsed = mFormat.parse(value);
    if (!parsed)
        return fail(problem, field, parsed.errorString());
    out = *parsed;
    return true;
}

bool ImportMapping::score(const CsvReader &row, int field, int &out, RowProblem &problem) const
{
    out = 0;
    const QByteArrayView value = raw(row, field).trimmed();
    if (value.isEmpty())
        return true;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    if (ec != std::errc() || end != value.data() + value.size() || out < 1 || out > 5)
        return fail(problem, field,
                    tr("\"%1\" is not a score from 1 to 5").arg(QString::fromUtf8(value)));
    return true;
}

bool ImportMapping::map(const CsvReader &row, Ticket &ticket, RowProblem &problem) const
{
    if (!startRow(row, TId, ticket.id, QT_TR_NOOP("the ticket id is missing"), problem))
        return false;
    ticket.customer = text(row, TCustomer);
    ticket.service = text(row, TService);
    ticket.region = text(row, TRegion);
    ticket.priority = text(row, TPriority);
    ticket.status = text(row, TStatus);
    std::optional<qint64> opened;
    if (!instant(row, TOpened, opened, problem))
        return false;
    if (!opened)
        return fail(problem, TOpened, tr("the opening instant is missing"));
    ticket.openedAt = *opened;
    if (!instant(row, TFirstResponse, ticket.firstResponseAt, problem)
        || !instant(row, TResolved, ticket.resolvedAt, problem)
        || !instant(row, TClosed, ticket.closedAt, problem))
        return false;
    const std::pair<int, const std::optional<qint64> *> ends[] = {
        {TFirstResponse, &ticket.firstResponseAt},
        {TResolved, &ticket.resolvedAt},
        {TClosed, &ticket.closedAt}};
    for (const auto &[field, value] : ends) {
        if (*value && **value < ticket.openedAt)
            return fail(problem, field,
                        tr("%1 comes before the opening instant %2")
                            .arg(IsoTime::formatUtc(**value), IsoTime::formatUtc(ticket.openedAt)));
    }
    if (!score(row, TSatisfaction, ticket.satisfaction, problem))
        return false;
    ticket.pauses.clear();
    const QByteArrayView pauses = raw(row, TPauses);
    if (!pauses.isEmpty()) {
        for (QByteArrayView item : QByteArray(pauses.toByteArray()).split(';')) {
            item = item.trimmed();
            if (item.isEmpty())
                continue;
            const qsizetype slash = item.indexOf('/');
            if (slash < 0)
                return fail(problem, TPauses,
                            tr("\"%1\" is not START/END").arg(QString::fromUtf8(item)));
            auto start = mFormat.parse(item.first(slash));
            auto end = mFormat.parse(item.sliced(slash + 1));
            if (!start || !end)
                return fail(problem, TPauses, start ? end.errorString() : start.errorString());
            if (*end < *start)
                return fail(
                    problem, TPauses,
                    tr("the pause \"%1\" ends before it starts").arg(QString::fromUtf8(item)));
            ticket.pauses.append(Pause{*start, *end});
        }
    }
    return true;
}

bool ImportMapping::map(const CsvReader &row, Outage &outage, RowProblem &problem) const
{
    if (!startRow(row, OService, outage.service, QT_TR_NOOP("the service is missing"), problem))
        return false;
    outage.customer = text(row, OCustomer);
    outage.region = text(row, ORegion);
    std::optional<qint64> start;
    if (!instant(row, OStart, start, problem) || !instant(row, OEnd, outage.endAt, problem))
        return false;
    if (!start)
        return fail(problem, OStart, tr("the start is missing"));
    outage.startAt = *start;
    if (outage.endAt && *outage.endAt < outage.startAt)
        return fail(problem, OEnd, tr("the end comes before the start"));
    const QString planned = text(row, OPlanned).toLower();
    if (planned.isEmpty() || planned == u"false"_s || planned == u"no"_s || planned == u"0"_s)
        outage.planned = false;
    else if (planned == u"true"_s || planned == u"yes"_s || planned == u"1"_s)
        outage.planned = true;
    else
        return fail(problem, OPlanned, tr("\"%1\" is not true or false").arg(planned));
    return true;
}

bool ImportMapping::map(const CsvReader &row, Survey &survey, RowProblem &problem) const
{
    problem.line = row.line();
    if (!hasHeaderWidth(row, problem))
        return false;
    survey.ticketId = text(row, STicket);
    survey.customer = text(row, SCustomer);
    if (survey.ticketId.isEmpty() && survey.customer.isEmpty())
        return fail(problem, STicket, tr("neither a ticket id nor a customer is given"));
    std::optional<qint64> date;
    if (!instant(row, SDate, date, problem))
        return false;
    if (!date)
        return fail(problem, SDate, tr("the date is missing"));
    survey.answeredAt = *date;
    if (!score(row, SScore, survey.score, problem))
        return false;
    if (survey.score == 0)
        return fail(problem, SScore, tr("the score is missing"));
    return true;
}

} // namespace Accordo
