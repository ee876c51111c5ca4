#include "versionspanel.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "lifecycle/agreementworkflow.h"
#include "lifecycle/versiondiff.h"
#include "models/versiondiffmodel.h"
#include "session/workspacesession.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

VersionsPanel::VersionsPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    mVersions = newNamed<QListWidget>(u"versions"_s, this);
    mVersions->setSelectionMode(QAbstractItemView::MultiSelection);
    mHint = newWrappedLabel(this);
    mDiff = new VersionDiffModel(this);
    mDiffView = newNamed<QTableView>(u"versionDiff"_s, this);
    mDiffView->setModel(mDiff);
    mDiffView->verticalHeader()->hide();
    mDiffView->horizontalHeader()->setStretchLastSection(true);
    mDiffView->setWordWrap(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mVersions);
    auto *comparison = new QWidget(splitter);
    auto *comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->setContentsMargins({});
    comparisonLayout->addWidget(mHint);
    comparisonLayout->addWidget(mDiffView);
    splitter->addWidget(comparison);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(mVersions, &QListWidget::itemSelectionChanged, this, &VersionsPanel::compare);
}

void VersionsPanel::setAgreement(qint64 id, const QString &number)
{
    const QSignalBlocker blocker(mVersions);
    mVersions->clear();
    const QList<qint64> ids = number.isEmpty() ? QList<qint64>()
                                               : mSession.workflow().versions(number);
    for (qint64 versionId : ids) {
        const auto a = mSession.workspace().agreement(versionId);
        if (!a)
            continue;
        QString text =
            tr("Version %1 — %2, %3").arg(a->version).arg(Enums::displayName(a->status), a->title);
        if (versionId == id)
            text += tr(" (this one)");
        auto *item = new QListWidgetItem(text, mVersions);
        item->setData(Qt::UserRole, versionId);
    }
    // The usual question is "what changed from the previous version?": preselect it.
    const int current = int(ids.indexOf(id));
    if (current > 0) {
        mVersions->item(current - 1)->setSelected(true);
        mVersions->item(current)->setSelected(true);
    }
    compare();
}

void VersionsPanel::compare()
{
    QList<qint64> chosen;
    for (int row = 0; row < mVersions->count(); ++row) {
        if (mVersions->item(row)->isSelected())
            chosen.append(mVersions->item(row)->data(Qt::UserRole).toLongLong());
    }
    if (chosen.size() != 2) {
        mDiff->setDiff({});
        mHint->setText(mVersions->count() < 2
                           ? tr("This agreement has a single version: amend it to make another.")
                           : tr("Select two versions to compare them."));
        return;
    }
    // Rows run oldest first, so the comparison reads from the older to the newer version.
    const auto diff = mSession.workflow().diff(chosen.at(0), chosen.at(1));
    if (!diff) {
        mDiff->setDiff({});
        mHint->setText(diff.errorString());
        return;
    }
    mDiff->setDiff(*diff);
    mHint->setText(
        diff->isEmpty()
            ? tr("The two versions are the same.")
            : tr("%n change(s) from the older to the newer version:", nullptr, mDiff->rowCount()));
    mDiffView->resizeColumnsToContents();
    mDiffView->horizontalHeader()->setStretchLastSection(true);
}

} // namespace Accordo
