#include "historypanel.h"

#include "audit/auditlog.h"
#include "lifecycle/agreementworkflow.h"
#include "session/workspacesession.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

enum Column { When, Version, Who, Action, Change, ColumnCount };

QString shortValue(const QJsonValue &value)
{
    constexpr int MaxLength = 60;
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isNull() || value.isUndefined())
        text = HistoryPanel::tr("(none)");
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else
        text = value.toVariant().toString();
    return text.size() > MaxLength ? text.left(MaxLength - 1) + u"…"_s : text;
}

QString actionName(const QString &action)
{
    if (action == u"insert"_s)
        return HistoryPanel::tr("Created");
    if (action == u"update"_s)
        return HistoryPanel::tr("Edited");
    if (action == u"delete"_s)
        return HistoryPanel::tr("Deleted");
    if (action == u"charter"_s)
        return HistoryPanel::tr("Charter edited");
    if (action == u"approvers"_s)
        return HistoryPanel::tr("Approvers set");
    if (action.startsWith(u"transition:"_s)) {
        if (auto transition = Transitions::fromKey(action.mid(11)))
            return Transitions::displayName(*transition);
    }
    return action;
}

} // namespace

HistoryPanel::HistoryPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    mTable = new QTableWidget(0, ColumnCount, this);
    mTable->setObjectName(u"history"_s);
    mTable->setHorizontalHeaderLabels(
        {tr("When"), tr("Version"), tr("Who"), tr("Action"), tr("Change")});
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
}

QString HistoryPanel::describeChange(const QString &oldJson, const QString &newJson)
{
    const QJsonValue before =
        QJsonDocument::fromJson(u"[%1]"_s.arg(oldJson).toUtf8()).array().at(0);
    const QJsonValue after = QJsonDocument::fromJson(u"[%1]"_s.arg(newJson).toUtf8()).array().at(0);
    if (!before.isObject() || !after.isObject()) {
        if (before.isNull() && after.isObject())
            return tr("created as %1").arg(after.toObject().value(u"status"_s).toString());
        return u"%1 → %2"_s.arg(shortValue(before), shortValue(after));
    }
    const QJsonObject o = before.toObject();
    const QJsonObject n = after.toObject();
    QStringList keys = o.keys();
    for (const QString &key : n.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QStringList changes;
    for (const QString &key : std::as_const(keys)) {
        if (o.value(key) != n.value(key))
            changes.append(
                u"%1: %2 → %3"_s.arg(key, shortValue(o.value(key)), shortValue(n.value(key))));
    }
    return changes.join(u"; "_s);
}

void HistoryPanel::setAgreement(qint64 id, const QString &number)
{
    mTable->setRowCount(0);
    if (!id)
        return;
    QList<qint64> ids = mSession.workflow().versions(number);
    if (ids.isEmpty())
        ids = {id};
    QHash<qint64, int> versionOf;
    for (qint64 versionId : std::as_const(ids)) {
        if (auto a = mSession.workspace().agreement(versionId))
            versionOf.insert(versionId, a->version);
    }
    const auto records = AuditLog(mSession.database().connection()).history(u"agreement"_s, ids);
    if (!records)
        return;
    // Newest first: the question is usually "what happened lately?".
    for (auto it = records->crbegin(); it != records->crend(); ++it) {
        const int row = mTable->rowCount();
        mTable->insertRow(row);
        const QDateTime at = QDateTime::fromString(it->at, Qt::ISODateWithMs);
        const QString change = describeChange(it->oldValue, it->newValue);
        const QStringList cells{QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
                                QString::number(versionOf.value(it->entityId)), it->user,
                                actionName(it->action), change};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == Change)
                item->setToolTip(change);
            mTable->setItem(row, column, item);
        }
    }
    mTable->resizeColumnsToContents();
    mTable->horizontalHeader()->setStretchLastSection(true);
}

} // namespace Accordo
