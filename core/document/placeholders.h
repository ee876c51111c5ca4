#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Accordo {

/// The {{name}} placeholders a clause may hold: which names exist, which a text uses, and the
/// text with each replaced by its value. A name that is not known is an error, never a hole.
class Placeholders
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Placeholders)

public:
    /// Every known name, in the order the placeholder menu offers them.
    static const QStringList &names();
    /// The names `text` uses, in order of first use (unknown ones included).
    static QStringList used(const QString &text);
    /// Refuses a text with an unknown placeholder or an unclosed "{{", naming `where` (the
    /// clause) and the placeholder.
    static Result<void> check(const QString &text, const QString &where);
    /// `text` with every placeholder replaced by values[name] (the values are HTML); refuses,
    /// like check(), a name that has no value.
    static Result<QString> fill(const QString &text, const QHash<QString, QString> &values,
                                const QString &where);
};

} // namespace Accordo
