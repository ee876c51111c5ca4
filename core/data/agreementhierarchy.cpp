#include "agreementhierarchy.h"

#include "storage/rowfields.h"
#include "storage/sqlquery.h"

#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Followed by the condition; the nodes come by number, then version.
const QString SelectNodes = uR"(
    SELECT id, coalesce(parent_id, 0) AS parent_id, number, title, level, status
    FROM agreements WHERE )"_s;

AgreementHierarchy::Node readNode(const Sql::Rows &row)
{
    AgreementHierarchy::Node node;
    Sql::readFields(row, node, "id", &AgreementHierarchy::Node::id, "parent_id",
                    &AgreementHierarchy::Node::parentId, "number",
                    &AgreementHierarchy::Node::number, "title", &AgreementHierarchy::Node::title);
    node.level =
        Enums::fromKey<AgreementLevel>(row.text("level")).value_or(AgreementLevel::Customer);
    node.status =
        Enums::fromKey<AgreementStatus>(row.text("status")).value_or(AgreementStatus::Draft);
    return node;
}

} // namespace

Result<QList<AgreementHierarchy::Node>> AgreementHierarchy::select(const QString &where,
                                                                   const QVariantList &values) const
{
    return Sql::list(mDb, SelectNodes + where + u" ORDER BY number, version"_s, values, readNode);
}

Result<QList<AgreementHierarchy::Node>> AgreementHierarchy::parentCandidates(qint64 partyId,
                                                                             AgreementLevel level,
                                                                             qint64 excludeId) const
{
    QStringList levels;
    for (AgreementLevel candidate : Enums::all<AgreementLevel>()) {
        if (int(candidate) < int(level))
            levels.append(u"'"_s + Enums::key(candidate) + u"'"_s);
    }
    if (levels.isEmpty())
        return QList<Node>();
    return select(u"party_id = ? AND id <> ? AND level IN (%1)"_s.arg(levels.join(u',')),
                  {partyId, excludeId});
}

Result<qint64> AgreementHierarchy::rootOf(qint64 id) const
{
    qint64 root = id;
    QSet<qint64> seen{id};
    for (;;) {
        auto up = select(u"id = ?"_s, {root});
        if (!up)
            return up.error();
        if (up->isEmpty() || up->first().parentId == 0 || seen.contains(up->first().parentId))
            return root;
        root = up->first().parentId;
        seen.insert(root);
    }
}

Result<QList<AgreementHierarchy::Node>> AgreementHierarchy::treeOf(qint64 id) const
{
    // Climb to the root, then collect the descendants breadth by breadth.
    auto root = rootOf(id);
    if (!root)
        return root.error();
    auto all = select(u"id = ?"_s, {*root});
    if (!all)
        return all;
    QList<qint64> frontier{*root};
    QSet<qint64> visited{*root};
    while (!frontier.isEmpty()) {
        QStringList marks(frontier.size(), u"?"_s);
        QVariantList values;
        for (qint64 parent : frontier)
            values.append(parent);
        const auto children = select(u"parent_id IN (%1)"_s.arg(marks.join(u',')), values);
        if (!children)
            return children;
        frontier.clear();
        for (const Node &child : *children) {
            if (visited.contains(child.id))
                continue;
            visited.insert(child.id);
            all->append(child);
            frontier.append(child.id);
        }
    }
    // Depth-first order so that a tree widget can be filled in one pass.
    QList<Node> ordered;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Node &node : std::as_const(*all)) {
            if (node.parentId == parent && node.id != *root) {
                ordered.append(node);
                visit(node.id);
            }
        }
    };
    if (!all->isEmpty()) {
        ordered.append(all->first());
        visit(*root);
    }
    return ordered;
}

} // namespace Accordo
