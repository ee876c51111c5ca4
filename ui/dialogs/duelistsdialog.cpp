#include "duelistsdialog.h"

#include "models/dueitemsmodel.h"
#include "session/workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Active versions whose end date has passed or falls within the window: they leave force
// unless renewed, and the overdue ones wait for the Expire step.
const auto ExpiringSql = uR"(
    SELECT id, number, version, title, end_date, notice_days FROM agreements
    WHERE status = 'active' AND end_date IS NOT NULL AND end_date <> '' AND end_date <= ?
    ORDER BY end_date, number)"_s;

QList<DueItem> expiring(WorkspaceSession &session, int withinDays)
{
    QList<DueItem> items;
    QSqlQuery query(session.database().connection());
    query.prepare(ExpiringSql);
    query.addBindValue(session.workflow().today().addDays(withinDays).toString(Qt::ISODate));
    if (!query.exec())
        return items;
    while (query.next()) {
        const QDate end = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        items.append({query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toInt(), query.value(3).toString(), end,
                      end.addDays(-query.value(5).toInt())});
    }
    return items;
}

} // namespace

DueListsDialog::DueListsDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent), mSession(session)
{
    setWindowTitle(tr("Reviews and renewals"));
    mWindow = new QComboBox(this);
    mWindow->setObjectName(u"window"_s);
    for (int days : {30, 60, 90})
        mWindow->addItem(tr("within %n day(s)", nullptr, days), days);
    auto *windowRow = new QHBoxLayout;
    auto *windowLabel = new QLabel(tr("&Show what falls due"), this);
    windowLabel->setBuddy(mWindow);
    windowRow->addWidget(windowLabel);
    windowRow->addWidget(mWindow);
    windowRow->addStretch();

    mTabs = new QTabWidget(this);
    const QString titles[ListCount] = {tr("Reviews &due"), tr("&Renewals"), tr("&Expiring")};
    for (int list = 0; list < ListCount; ++list) {
        mModels[list] = new DueItemsModel(this);
        auto *view = new QTableView(mTabs);
        view->setObjectName(u"dueList%1"_s.arg(list));
        view->setModel(mModels[list]);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(DueItemsModel::Title, QHeaderView::Stretch);
        connect(view, &QTableView::doubleClicked, this, [this, list](const QModelIndex &index) {
            if (const qint64 id = mModels[list]->agreementId(index))
                emit openAgreement(id);
        });
        mViews[list] = view;
        mTabs->addTab(view, titles[list]);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *hint = new QLabel(tr("Double-click an agreement to open it."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(windowRow);
    layout->addWidget(mTabs);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(760, 440);
    connect(mWindow, &QComboBox::currentIndexChanged, this, &DueListsDialog::refresh);
    refresh();
}

void DueListsDialog::setWindowDays(int days)
{
    mWindow->setCurrentIndex(std::max(0, mWindow->findData(days)));
}

void DueListsDialog::refresh()
{
    const int days = mWindow->currentData().toInt();
    const AgreementWorkflow &workflow = mSession.workflow();
    mModels[Reviews]->setItems(workflow.reviewsDue(days), tr("Review on"));
    mModels[Renewals]->setItems(workflow.renewalsDue(days), tr("Ends on"));
    mModels[Expiring]->setItems(expiring(mSession, days), tr("Ends on"));
    const QString titles[ListCount] = {tr("Reviews &due (%1)"), tr("&Renewals (%1)"),
                                       tr("&Expiring (%1)")};
    for (int list = 0; list < ListCount; ++list) {
        mTabs->setTabText(list, titles[list].arg(mModels[list]->rowCount()));
        mViews[list]->resizeColumnsToContents();
    }
}

} // namespace Accordo
