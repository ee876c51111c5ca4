#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Accordo {

class WorkspaceSession;

/// The audit trail of an agreement, every version of its number: when, who, what, and the
/// change in words ("Credit cap: 10 % → 15 %").
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    void setAgreement(qint64 id, const QString &number);
    QTableWidget *table() const { return mTable; }

private:
    WorkspaceSession &mSession;
    QTableWidget *mTable;
    QLabel *mError;
};

} // namespace Accordo
