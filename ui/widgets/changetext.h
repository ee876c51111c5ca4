#pragma once

#include "audit/auditchanges.h"

#include <QCoreApplication>
#include <QLocale>

namespace Accordo {

class Workspace;

/// An audit change in words for the history: "Credit cap: 10 % → 15 %", with the field's
/// name translated, ids shown as the names they stand for, and amounts, percentages, dates and
/// durations in the locale's form.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::HistoryPanel)

public:
    /// `workspace` names the parties, services, agreements, regions and calendars ids refer
    /// to; without it ids stay numbers.
    explicit ChangeText(const Workspace *workspace, const QLocale &locale = QLocale());

    QString describe(const AuditChange &change) const;
    /// Every change between two audit values, joined with "; ".
    QString describe(const QString &oldJson, const QString &newJson) const;

    /// The name a snapshot key is shown with, e.g. "credit_cap_hundredths" → "Credit cap".
    static QString fieldName(const QString &key);
    /// A value of `key` as people read it; `target` gives a threshold its metric.
    QString value(const QString &key, const QJsonValue &value, const QJsonValue &target = {}) const;
    /// "98.5 %" from thousandths of a percent, with no trailing zeros.
    QString percent(qint64 milli) const;

private:
    QString targetName(const QJsonValue &target) const;
    QString idName(const QString &key, qint64 id) const;

    const Workspace *mWorkspace;
    QLocale mLocale;
};

} // namespace Accordo
