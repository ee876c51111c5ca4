#include "agreementhierarchy.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Accordo {

QList<AgreementHierarchy::Node> AgreementHierarchy::select(const QString &where,
                                                           const QVariantList &values) const
{
    QList<Node> nodes;
    QSqlQuery query(mDb);
    query.prepare(u"SELECT id, coalesce(parent_id, 0), number, title, level, status "
                  "FROM agreements WHERE "_s
                  + where + u" ORDER BY number, version"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return nodes;
    while (query.next()) {
        Node node;
        node.id = query.value(0).toLongLong();
        node.parentId = query.value(1).toLongLong();
        node.number = query.value(2).toString();
        node.title = query.value(3).toString();
        node.level = Enums::fromKey<AgreementLevel>(query.value(4).toString())
                         .value_or(AgreementLevel::Customer);
        node.status = Enums::fromKey<AgreementStatus>(query.value(5).toString())
                          .value_or(AgreementStatus::Draft);
        nodes.append(node);
    }
    return nodes;
}

QList<AgreementHierarchy::Node> AgreementHierarchy::parentCandidates(qint64 partyId,
                                                                     AgreementLevel level,
                                                                     qint64 excludeId) const
{
    QStringList levels;
    for (AgreementLevel candidate : Enums::all<AgreementLevel>()) {
        if (int(candidate) < int(level))
            levels.append(u"'"_s + Enums::key(candidate) + u"'"_s);
    }
    if (levels.isEmpty())
        return {};
    return select(u"party_id = ? AND id <> ? AND level IN (%1)"_s.arg(levels.join(u',')),
                  {partyId, excludeId});
}

QList<AgreementHierarchy::Node> AgreementHierarchy::treeOf(qint64 id) const
{
    // Climb to the root, then collect the descendants breadth by breadth.
    qint64 root = id;
    QSet<qint64> seen{id};
    for (;;) {
        const auto up = select(u"id = ?"_s, {root});
        if (up.isEmpty() || up.first().parentId == 0 || seen.contains(up.first().parentId))
            break;
        root = up.first().parentId;
        seen.insert(root);
    }
    QList<Node> all = select(u"id = ?"_s, {root});
    QList<qint64> frontier{root};
    QSet<qint64> visited{root};
    while (!frontier.isEmpty()) {
        QStringList marks(frontier.size(), u"?"_s);
        QVariantList values;
        for (qint64 parent : frontier)
            values.append(parent);
        const auto children = select(u"parent_id IN (%1)"_s.arg(marks.join(u',')), values);
        frontier.clear();
        for (const Node &child : children) {
            if (visited.contains(child.id))
                continue;
            visited.insert(child.id);
            all.append(child);
            frontier.append(child.id);
        }
    }
    // Depth-first order so that a tree widget can be filled in one pass.
    QList<Node> ordered;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Node &node : std::as_const(all)) {
            if (node.parentId == parent && node.id != root) {
                ordered.append(node);
                visit(node.id);
            }
        }
    };
    if (!all.isEmpty()) {
        ordered.append(all.first());
        visit(root);
    }
    return ordered;
}

} // namespace Accordo
