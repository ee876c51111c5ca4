#include "actionsdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/userdirectory.h"
#include "dialogs/actiondialog.h"
#include "models/actionsmodel.h"
#include "session/workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The state filter's entries: every state, the open ones, then each state.
constexpr int AllStates = -1;
constexpr int OpenStates = -2;

} // namespace

ActionsDialog::ActionsDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent), mSession(session)
{
    setWindowTitle(tr("Improvement actions"));
    mModel = new ActionsModel(this);
    mFilter = new ActionsFilterModel(this);
    mFilter->setSourceModel(mModel);
    mView = newNamed<QTableView>(u"actionsView"_s, this);
    mView->setModel(mFilter);
    mView->setSortingEnabled(true);
    mView->sortByColumn(ActionsModel::Due, Qt::AscendingOrder);
    showRowsReadOnly(mView);
    mView->setWordWrap(false);
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mView->horizontalHeader()->setSectionResizeMode(ActionsModel::Title, QHeaderView::Stretch);
    connect(mView, &QTableView::doubleClicked, this, &ActionsDialog::editCurrent);

    mState = newNamed<QComboBox>(u"stateFilter"_s, this);
    mState->addItem(tr("Open and in progress"), OpenStates);
    mState->addItem(tr("All states"), AllStates);
    for (ActionState state : Improvement::states())
        mState->addItem(Improvement::displayName(state), int(state));
    mOwner = newNamed<QComboBox>(u"ownerFilter"_s, this);
    mOwner->addItem(tr("Every owner"), QString());
    for (const User &user : orEmpty(UserDirectory(session.workspace().connection()).users()))
        mOwner->addItem(user.name, user.name);
    connect(mState, &QComboBox::currentIndexChanged, this, &ActionsDialog::applyFilter);
    connect(mOwner, &QComboBox::currentIndexChanged, this, &ActionsDialog::applyFilter);
    mSummary = new QLabel(this);

    auto *filters = new QHBoxLayout;
    addLabelled(filters, tr("&State:"), mState, this);
    addLabelled(filters, tr("&Owner:"), mOwner, this);
    filters->addStretch(1);
    filters->addWidget(mSummary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    connect(edit, &QPushButton::clicked, this, &ActionsDialog::editCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(mView, 1);
    layout->addWidget(buttons);
    resize(980, 520);
    refresh();
    applyFilter();
}

void ActionsDialog::setToday(const QDate &today)
{
    mModel->setToday(today);
}

void ActionsDialog::refresh()
{
    if (auto r = mModel->reload(mSession.workspace()); !r)
        mSummary->setText(tr("The actions cannot be read: %1").arg(r.errorString()));
}

void ActionsDialog::applyFilter()
{
    const int state = mState->currentData().toInt();
    if (state == AllStates)
        mFilter->setState(std::nullopt);
    else if (state == OpenStates)
        mFilter->setState(std::nullopt, true);
    else
        mFilter->setState(ActionState(state));
    mFilter->setOwner(mOwner->currentData().toString());
    mSummary->setText(tr("%n action(s)", nullptr, mFilter->rowCount()));
}

void ActionsDialog::editCurrent()
{
    const QModelIndex current = mFilter->mapToSource(mView->currentIndex());
    const ImprovementAction *action = mModel->actionAt(current.row());
    if (!action)
        return;
    ActionDialog dialog(mSession, *action, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        applyFilter();
    }
}

} // namespace Accordo
