#include "duelistsdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "models/dueitemsmodel.h"
#include "reportdata/duelistdata.h"
#include "session/workspacesession.h"
#include "widgets/errorlabel.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

DueListsDialog::DueListsDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent), mSession(session)
{
    setWindowTitle(tr("Reviews and renewals"));
    mWindow = newNamed<QComboBox>(u"window"_s, this);
    for (int days : {30, 60, 90})
        mWindow->addItem(tr("within %n day(s)", nullptr, days), days);
    auto *windowRow = new QHBoxLayout;
    addLabelled(windowRow, tr("&Show what falls due"), mWindow, this);
    windowRow->addStretch();

    mTabs = new QTabWidget(this);
    const QString titles[ListCount] = {tr("Reviews &due"), tr("&Renewals"), tr("&Expiring")};
    for (int list = 0; list < ListCount; ++list) {
        mModels[list] = new DueItemsModel(this);
        auto *view = newNamed<QTableView>(u"dueList%1"_s.arg(list), mTabs);
        view->setModel(mModels[list]);
        showRowsReadOnly(view);
        view->horizontalHeader()->setSectionResizeMode(DueItemsModel::Title, QHeaderView::Stretch);
        connect(view, &QTableView::doubleClicked, this, [this, list](const QModelIndex &index) {
            if (const qint64 id = mModels[list]->agreementId(index))
                emit openAgreement(id);
        });
        mViews[list] = view;
        mTabs->addTab(view, titles[list]);
    }
    auto *buttons = newDialogButtons(this, QDialogButtonBox::Close);
    auto *hint = new QLabel(tr("Double-click an agreement to open it."), this);
    mError = newErrorLabel(this, u"error"_s);
    stackVertically(this, {windowRow, mTabs, mError, hint, buttons});
    resize(760, 440);
    WindowGeometry::remember(this, u"dueListsDialog"_s);
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
    // Agreements whose customer the CRM marks lost or terminated wait for a decision too.
    auto ended = DueListData::customerEnded(mSession.database().connection());
    mModels[Renewals]->setItems(workflow.renewalsDue(days) + (ended ? *ended : QList<DueItem>()),
                                tr("Ends on"));
    auto expiring = DueListData::expiring(mSession.database().connection(),
                                          workflow.today().addDays(days));
    mModels[Expiring]->setItems(expiring ? *expiring : QList<DueItem>(), tr("Ends on"));
    // A list that cannot be read says so instead of looking empty.
    mError->setText(!ended ? ended.errorString() : expiring.errorString());
    mError->setVisible(!expiring || !ended);
    const QString titles[ListCount] = {tr("Reviews &due (%1)"), tr("&Renewals (%1)"),
                                       tr("&Expiring (%1)")};
    for (int list = 0; list < ListCount; ++list) {
        mTabs->setTabText(list, titles[list].arg(mModels[list]->rowCount()));
        mViews[list]->resizeColumnsToContents();
    }
}

} // namespace Accordo
