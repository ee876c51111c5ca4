#include "mainwindow.h"

#include "data/agreementrules.h"
#include "language.h"
#include "widgets/icons.h"
#include "widgets/recordlistview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

// The main window's ways into a new agreement and its change of language while running.

namespace Accordo {

void MainWindow::newAgreementFor(qint64 partyId)
{
    if (!mSession || !partyId)
        return;
    auto party = mSession->workspace().party(partyId);
    if (!party)
        return showError(tr("New agreement"), party.errorString());
    Agreement draft = Agreements::newDraft(QDate::currentDate());
    draft.kind = Agreements::usualKindFor(party->kind);
    draft.partyId = party->id;
    draft.serviceIds = party->deliveredServiceIds;
    showPage(AgreementsPage);
    runAgreementDialog(draft);
}

void MainWindow::addPartyAgreementAction()
{
    mNewAgreementForParty = new QAction(Icons::action(u"document-new"_s),
                                        tr("New A&greement with This Party…"), mPartyList);
    mNewAgreementForParty->setObjectName(u"actionNewAgreementForParty"_s);
    connect(mNewAgreementForParty, &QAction::triggered, this,
            [this] { newAgreementFor(mPartyList->currentId()); });
    const auto update = [this] { mNewAgreementForParty->setEnabled(mPartyList->currentId() != 0); };
    connect(mPartyList, &RecordListView::currentChanged, this, update);
    update();
    auto *separator = new QAction(mPartyList);
    separator->setSeparator(true);
    mPartyList->view()->addAction(separator);
    mPartyList->view()->addAction(mNewAgreementForParty);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    Language::retranslateTree(this);
    // Models translate their headers and format their numbers when asked: ask again.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>()) {
        if (QAbstractItemModel *model = view->model(); model && model->columnCount() > 0) {
            emit model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
            view->viewport()->update();
        }
    }
    updateActions();
    updateUserLabel();
}

} // namespace Accordo
