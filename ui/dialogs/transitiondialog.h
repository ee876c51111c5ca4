#pragma once

#include "lifecycle/agreementworkflow.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Accordo {

class DateEdit;

/// Asks for what a workflow step needs beyond the agreement and the user: the reason of a
/// rejection or termination, the effective or signing date, the signing method and signatories.
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    TransitionDialog(Transition transition, const QString &agreementLabel, const QDate &today,
                     QWidget *parent = nullptr);

    /// Whether the step needs anything asked at all.
    static bool needsDetails(Transition transition);
    void setProviderSignatory(const QString &name);
    /// Offers the counterparty's contacts as who signs for it; choosing one fills the name and
    /// title.
    void setCounterpartyContacts(const QList<PartyContact> &contacts);
    TransitionRequest request() const;
    void accept() override;

private:
    Transition mTransition;
    QPlainTextEdit *mReason = nullptr;
    DateEdit *mDate = nullptr;
    QComboBox *mMethod = nullptr;
    QLineEdit *mProviderName = nullptr;
    QLineEdit *mProviderTitle = nullptr;
    QLineEdit *mCounterpartyName = nullptr;
    QLineEdit *mCounterpartyTitle = nullptr;
    QComboBox *mCounterpartyContact = nullptr;
    QFormLayout *mForm = nullptr;
    QLabel *mError = nullptr;
};

} // namespace Accordo
