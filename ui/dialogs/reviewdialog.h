#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Accordo {

class WorkspaceSession;

/// Agreement ▸ Record Review…: a service review held with the customer — the day, who took
/// part on each side, the periods reviewed (their KPIs are kept with the review), notes and
/// the outcome; an amendment needed may be opened at once. Saving goes through ReviewStore.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// `agreementId` is the active version reviewed.
    ReviewDialog(WorkspaceSession &session, qint64 agreementId, QWidget *parent = nullptr);

    qint64 savedId() const { return mSavedId; }
    void accept() override;

private:
    WorkspaceSession &mSession;
    qint64 mAgreementId;
    QString mNumber;
    qint64 mSavedId = 0;
    QDateEdit *mDate;
    QLineEdit *mPeriods;
    QLineEdit *mProvider;
    QLineEdit *mCustomer;
    QComboBox *mOutcome;
    QCheckBox *mOpenAmendment;
    QPlainTextEdit *mNotes;
    QLabel *mError;
};

} // namespace Accordo
