#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Accordo {

class DateEdit;
class WorkspaceSession;

/// The agreement dialog's general terms: number, title, kind and level, counterparty and
/// parent agreement, owner, status, term, review interval and monthly fee.
class AgreementGeneralTab : public QWidget
{
    // Its texts are the agreement dialog's and keep their translations under its name.
    Q_DECLARE_TR_FUNCTIONS(Accordo::AgreementDialog)

public:
    explicit AgreementGeneralTab(WorkspaceSession &session, QWidget *parent = nullptr);

    void setAgreement(const Agreement &agreement);
    /// Writes the terms into `agreement`; fails on a fee that is not an amount.
    Result<void> applyTo(Agreement &agreement) const;

    qint64 partyId() const;
    /// The owner chosen (a user name), empty for none.
    QString ownerName() const;
    /// The owner as stored when the agreement was shown.
    QString storedOwnerName() const { return mStoredOwner; }
    void ownerSaved() { mStoredOwner = ownerName(); }
    /// Disables the terms; the owner stays open when `ownerEditable`: it belongs to the
    /// account, not to the version, and changes without an amendment.
    void setReadOnly(bool readOnly, bool ownerEditable);
    /// "NUMBER vN — TITLE", or the title alone before the first save.
    QString displayName() const;

private:
    void buildForm();
    void fillParties();
    void fillParents();
    void fillOwners(const QString &current);

    WorkspaceSession &mSession;
    qint64 mAgreementId = 0;
    qint64 mParentId = 0;
    QString mStoredOwner;

    QLineEdit *mNumber;
    QLineEdit *mTitle;
    QComboBox *mKind;
    QComboBox *mLevel;
    QComboBox *mParty;
    QComboBox *mParent;
    QComboBox *mOwner;
    QLabel *mStatus;
    DateEdit *mStart;
    QCheckBox *mHasEnd;
    DateEdit *mEnd;
    QSpinBox *mReview;
    QLineEdit *mPrice;
    QComboBox *mCurrency;
};

} // namespace Accordo
