#include "documentoutline.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace Accordo {

DocumentOutline::DocumentOutline(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"documentOutline"_s);
    setHeaderHidden(true);
    setColumnCount(1);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(true);
}

void DocumentOutline::setSections(const QList<VersionSection> &sections, const QString &language)
{
    const QString section = currentSection();
    const QString clause = currentClause();
    {
        const QSignalBlocker blocker(this);
        clear();
        for (qsizetype s = 0; s < sections.size(); ++s) {
            const VersionSection &vs = sections.at(s);
            auto *item = new QTreeWidgetItem(this);
            QString text = tr("%1. %2").arg(s + 1).arg(vs.title.in(language));
            if (vs.overridesParent)
                text += tr(" (overrides the parent)");
            item->setText(0, text);
            item->setData(0, SectionRole, vs.key);
            for (qsizetype c = 0; c < vs.clauses.size(); ++c) {
                const VersionClause &vc = vs.clauses.at(c);
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, tr("%1.%2 %3").arg(s + 1).arg(c + 1).arg(vc.title.in(language)));
                child->setToolTip(0, vc.key);
                child->setData(0, SectionRole, vs.key);
                child->setData(0, ClauseRole, vc.key);
            }
        }
        expandAll();
    }
    select(section, clause);
}

QString DocumentOutline::currentSection() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, SectionRole).toString() : QString();
}

QString DocumentOutline::currentClause() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, ClauseRole).toString() : QString();
}

void DocumentOutline::select(const QString &sectionKey, const QString &clauseKey)
{
    for (int s = 0; s < topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = topLevelItem(s);
        if (section->data(0, SectionRole).toString() != sectionKey)
            continue;
        QTreeWidgetItem *chosen = section;
        for (int c = 0; c < section->childCount(); ++c) {
            if (!clauseKey.isEmpty() && section->child(c)->data(0, ClauseRole) == clauseKey)
                chosen = section->child(c);
        }
        setCurrentItem(chosen);
        return;
    }
    setCurrentItem(topLevelItemCount() > 0 ? topLevelItem(0) : nullptr);
}

} // namespace Accordo
