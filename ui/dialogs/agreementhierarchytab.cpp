#include "agreementhierarchytab.h"
#include "widgets/namedwidget.h"

#include "data/agreementhierarchy.h"
#include "session/workspacesession.h"
#include "widgets/supportspanel.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

AgreementHierarchyTab::AgreementHierarchyTab(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    mHierarchy = newNamed<QTreeWidget>(u"hierarchy"_s, this);
    mHierarchy->setHeaderLabels({tr("Agreement"), tr("Level"), tr("Status"), tr("Title")});
    mHierarchy->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("Multi-level agreements go from the general to the "
                                      "specific: corporate, then customer, then service level. "
                                      "The more specific level overrides the general one."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    layout->addWidget(mHierarchy, 1);
    mSupports = new SupportsPanel(session, this);
    auto *supportsBox = new QGroupBox(tr("Supporting agreements"), this);
    auto *supportsLayout = new QVBoxLayout(supportsBox);
    supportsLayout->addWidget(mSupports);
    layout->addWidget(supportsBox, 1);
}

void AgreementHierarchyTab::setAgreement(const Agreement &a)
{
    fillHierarchy(a.id);
    mSupports->setAgreement(a.number, a.kind);
}

void AgreementHierarchyTab::fillHierarchy(qint64 agreementId)
{
    mHierarchy->clear();
    if (!agreementId) {
        auto *item = new QTreeWidgetItem(mHierarchy, {tr("(this new agreement)")});
        item->setFirstColumnSpanned(true);
        return;
    }
    const AgreementHierarchy hierarchy(mSession.database().connection());
    QHash<qint64, QTreeWidgetItem *> items;
    for (const auto &node : orEmpty(hierarchy.treeOf(agreementId))) {
        QTreeWidgetItem *parent = items.value(node.parentId);
        const QStringList columns{node.number, Enums::displayName(node.level),
                                  Enums::displayName(node.status), node.title};
        auto *item = parent ? new QTreeWidgetItem(parent, columns)
                            : new QTreeWidgetItem(mHierarchy, columns);
        if (node.id == agreementId) {
            QFont font = item->font(0);
            font.setBold(true);
            for (int c = 0; c < columns.size(); ++c)
                item->setFont(c, font);
            mHierarchy->setCurrentItem(item);
        }
        items.insert(node.id, item);
    }
    mHierarchy->expandAll();
    for (int c = 0; c < 3; ++c)
        mHierarchy->resizeColumnToContents(c);
}

} // namespace Accordo
