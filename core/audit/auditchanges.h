#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Accordo {

/// One difference between the old and the new value of an audit entry, still as stored: the
/// field's key and its two JSON values. An agreement's targets are matched by what they
/// measure, so that a changed goal reads as that, not as one target removed and one added.
struct AuditChange
{
    enum class Kind { Changed, Added, Removed, Created };

    Kind kind = Kind::Changed;
    QString field;     // the snapshot's key, e.g. "credit_cap_hundredths"; empty for a value
    QJsonValue target; // for a target's field or an added or removed target: the target
    QJsonValue before;
    QJsonValue after;
};

class AuditChanges
{
public:
    /// The fields that differ between two audit values (JSON texts, either may be empty for a
    /// record created or deleted), in the order of the snapshot's keys.
    static QList<AuditChange> between(const QString &oldJson, const QString &newJson);
};

} // namespace Accordo
