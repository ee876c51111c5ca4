#include "historypanel.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "audit/auditlog.h"
#include "lifecycle/agreementworkflow.h"
#include "session/workspacesession.h"
#include "widgets/changetext.h"
#include "widgets/dateedit.h"
#include "widgets/errorlabel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

enum Column { When, Version, Who, Action, Change, ColumnCount };

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
    mTable = newNamed<QTableWidget>(u"history"_s, 0, ColumnCount, this);
    mTable->setHorizontalHeaderLabels(
        {tr("When"), tr("Version"), tr("Who"), tr("Action"), tr("Change")});
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setWordWrap(false);
    mError = newErrorLabel(this, u"historyError"_s);
    stackVertically(this, {mError, mTable});
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
    mError->setVisible(!records);
    if (!records) {
        // A history that could not be read is said so, never shown as an empty one.
        mError->setText(tr("The history could not be read: %1").arg(records.errorString()));
        return;
    }
    const ChangeText changeText(&mSession.workspace());
    const QLocale locale;
    const QString whenFormat = DateEdit::displayFormat(locale) + u" "_s
                               + locale.timeFormat(QLocale::ShortFormat);
    // Newest first: the question is usually "what happened lately?".
    for (auto it = records->crbegin(); it != records->crend(); ++it) {
        const int row = mTable->rowCount();
        mTable->insertRow(row);
        const QDateTime at = QDateTime::fromString(it->at, Qt::ISODateWithMs);
        const QString change = changeText.describe(it->oldValue, it->newValue);
        const QStringList cells{locale.toString(at.toLocalTime(), whenFormat),
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
