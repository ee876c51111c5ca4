#pragma once

#include "result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Accordo {

class ChangeRequestsModel;
class WorkspaceSession;
struct ChangeRequestListing;

/// The change requests of one agreement (on the agreement view) or of all (the register):
/// sortable, filtered by text and state, with the steps the selected request can take
/// (assess, accept, reject) and a new request on the agreement.
class ChangeRequestsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChangeRequestsPanel(WorkspaceSession &session, QWidget *parent = nullptr);

    /// Shows only this agreement number's requests (none for a new agreement, whose number is
    /// empty); without it the panel is the register of all requests.
    void setAgreement(qint64 agreementId, const QString &number);
    Result<void> reload();

    ChangeRequestsModel *model() const { return mModel; }
    QSortFilterProxyModel *proxy() const { return mProxy; }
    QTableView *view() const { return mView; }
    /// Filters the list by a text anywhere in a row and by a stored state key ("" for all).
    void setFilter(const QString &text, const QString &statusKey);

signals:
    /// A request was submitted, assessed or decided (an acceptance also amended an agreement).
    void changed();

private:
    const ChangeRequestListing *selected() const;
    void updateButtons();
    void showDetails();
    void submitNew();
    void assess();
    void accept();
    void rejectRequest();
    void done(const Result<void> &result, const QString &title);

    WorkspaceSession &mSession;
    qint64 mAgreementId = 0;
    QString mNumber;
    bool mOneAgreement = false;
    ChangeRequestsModel *mModel;
    QSortFilterProxyModel *mProxy;
    QLineEdit *mFilter;
    QComboBox *mStatus;
    QTableView *mView;
    QLabel *mDetails;
    QLabel *mError;
    QPushButton *mNew;
    QPushButton *mAssess;
    QPushButton *mAccept;
    QPushButton *mReject;
};

} // namespace Accordo
