#pragma once

#include <QAction>

namespace Accordo {

class RecordListView;
class WorkspaceSession;

/// "Service Report…" for the agreement current in a list: opens the service report dialog
/// (period, language, preview, PDF). Disabled, with the reason as its tooltip, without one.
class ServiceReportAction : public QAction
{
    Q_OBJECT

public:
    explicit ServiceReportAction(QWidget *dialogParent);

    /// The session and the list whose current agreement the report is about (either null:
    /// none).
    void setAgreement(WorkspaceSession *session, const RecordListView *agreements);
    qint64 agreementId() const { return mAgreementId; }
    QString number() const { return mNumber; }

private:
    void open();

    QWidget *mDialogParent;
    WorkspaceSession *mSession = nullptr;
    qint64 mAgreementId = 0;
    QString mNumber;
};

} // namespace Accordo
