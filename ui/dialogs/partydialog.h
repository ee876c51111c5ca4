#pragma once

#include "dialogs/recorddialog.h"
#include "domain/entities.h"

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Accordo {

class ContactsTable;

/// Adds or edits a customer, internal department or supplier. The dialog stays open and
/// shows the reason when the workspace refuses the record (e.g. a duplicate name).
class PartyDialog : public RecordDialog
{
    Q_OBJECT

public:
    using Save = std::function<Result<void>(const Party &)>;

    PartyDialog(const QList<Region> &regions, const QList<Service> &services, Save save,
                QWidget *parent = nullptr);

    void setParty(const Party &party);
    Party party() const;

    void accept() override;
    /// True once the dialog closed through "Save and New Agreement": the caller then opens a
    /// new agreement with this party.
    bool newAgreementAsked() const { return mNewAgreementAsked; }

private:
    void updateOk();

    Save mSave;
    QComboBox *mKind;
    QLineEdit *mName;
    QComboBox *mRegion;
    QComboBox *mSegment;
    QLineEdit *mContact;
    QLineEdit *mEmail;
    QListWidget *mDelivered;
    QLineEdit *mExternalId;
    QComboBox *mCrmStatus;
    ContactsTable *mContacts;
    Party mStored; // what party() does not edit (what the last CRM import set) comes from it
    QPushButton *mNewAgreement;
    bool mNewAgreementAsked = false;
};

} // namespace Accordo
