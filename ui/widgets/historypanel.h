#pragma once

#include <QWidget>

class QTableWidget;

namespace Accordo {

class WorkspaceSession;

/// The audit trail of an agreement, every version of its number: when, who, what, old → new.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void setAgreement(qint64 id, const QString &number);
    QTableWidget *table() const { return mTable; }

    /// "field: old → new" for each field that differs between two audit values.
    static QString describeChange(const QString &oldJson, const QString &newJson);

private:
    WorkspaceSession &mSession;
    QTableWidget *mTable;
};

} // namespace Accordo
