#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Accordo {

class Workspace;

/// The value of every placeholder for one agreement version, in the document's language (its
/// words, dates and number formats), as HTML ready to stand in a clause: plain values escaped,
/// {{targets}} and {{credits}} as tables, {{services}} and {{charter}} as lists.
class PlaceholderValues
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::PlaceholderValues)

public:
    /// Fails when a record the values come from cannot be read, or the workspace does not name
    /// the provider (WorkspaceMeta "provider_name").
    static Result<QHash<QString, QString>> of(const Workspace &workspace, qint64 agreementId,
                                              const QString &language);
};

} // namespace Accordo
