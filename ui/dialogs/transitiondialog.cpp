#include "transitiondialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "widgets/dateedit.h"
#include "widgets/errorlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

TransitionDialog::TransitionDialog(Transition transition, const QString &agreementLabel,
                                   const QDate &today, QWidget *parent)
    : QDialog(parent), mTransition(transition)
{
    const QString step = Transitions::displayName(transition);
    setWindowTitle(tr("%1 — %2").arg(step, agreementLabel));
    auto *form = mForm = new QFormLayout;
    const bool reasonRequired = transition == Transition::Reject
                                || transition == Transition::Terminate;
    if (transition != Transition::Sign) {
        mReason = newNamed<QPlainTextEdit>(u"reason"_s, this);
        mReason->setTabChangesFocus(true);
        mReason->setPlaceholderText(reasonRequired ? tr("required: the parties will read it")
                                                   : tr("optional"));
        form->addRow(reasonRequired ? tr("&Reason:") : tr("&Comment:"), mReason);
    }
    if (transition == Transition::Terminate || transition == Transition::Sign) {
        mDate = newNamed<DateEdit>(u"date"_s, today, this);
        form->addRow(transition == Transition::Sign ? tr("Signed &on:") : tr("&Effective on:"),
                     mDate);
    }
    if (transition == Transition::Sign) {
        mMethod = newNamed<QComboBox>(u"method"_s, this);
        const QStringList names{tr("Handwritten"), tr("Electronic"), tr("Qualified electronic")};
        const QStringList keys = AgreementWorkflow::signingMethods();
        for (int i = 0; i < keys.size(); ++i)
            mMethod->addItem(names.value(i, keys.at(i)), keys.at(i));
        form->addRow(tr("&Method:"), mMethod);
        auto signatory = [this, form](const QString &label, const QString &object, QLineEdit *&name,
                                      QLineEdit *&title) {
            name = newNamed<QLineEdit>(object + u"Name"_s, this);
            name->setPlaceholderText(tr("name"));
            title = newNamed<QLineEdit>(object + u"Title"_s, this);
            title->setPlaceholderText(tr("title, e.g. Managing Director"));
            auto *row = new QHBoxLayout;
            row->addWidget(name, 1);
            row->addWidget(title, 1);
            // A layout as the field: the label needs its buddy, or it shows its "&".
            auto *caption = new QLabel(label, this);
            caption->setBuddy(name);
            form->addRow(caption, row);
        };
        signatory(tr("For the &provider:"), u"provider"_s, mProviderName, mProviderTitle);
        signatory(tr("For the &counterparty:"), u"counterparty"_s, mCounterpartyName,
                  mCounterpartyTitle);
        mCounterpartyContact = newNamed<QComboBox>(u"counterpartyContact"_s, this);
        connect(mCounterpartyContact, &QComboBox::activated, this, [this](int index) {
            const QStringList contact = mCounterpartyContact->itemData(index).toStringList();
            if (contact.size() != 2)
                return;
            mCounterpartyName->setText(contact.at(0));
            mCounterpartyTitle->setText(contact.at(1));
        });
        form->addRow(tr("From the counterparty's c&ontacts:"), mCounterpartyContact);
        form->setRowVisible(mCounterpartyContact, false);
    }
    mError = newErrorLabel(this, u"error"_s);
    auto *buttons = newDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel, step);
    stackVertically(this, {form, mError, buttons});
    resize(480, sizeHint().height());
}

bool TransitionDialog::needsDetails(Transition transition)
{
    return transition == Transition::Reject || transition == Transition::Terminate
           || transition == Transition::Sign;
}

void TransitionDialog::setProviderSignatory(const QString &name)
{
    if (mProviderName)
        mProviderName->setText(name);
}

void TransitionDialog::setCounterpartyContacts(const QList<PartyContact> &contacts)
{
    if (!mCounterpartyContact)
        return;
    mCounterpartyContact->clear();
    mCounterpartyContact->addItem(tr("(someone else: type the name)"));
    for (const PartyContact &c : contacts)
        mCounterpartyContact->addItem(c.role.isEmpty() ? c.name : tr("%1, %2").arg(c.name, c.role),
                                      QStringList{c.name, c.role});
    mForm->setRowVisible(mCounterpartyContact, !contacts.isEmpty());
}

TransitionRequest TransitionDialog::request() const
{
    TransitionRequest request;
    request.transition = mTransition;
    if (mReason)
        request.reason = mReason->toPlainText().trimmed();
    if (mDate)
        request.date = mDate->date();
    if (mMethod) {
        request.method = mMethod->currentData().toString();
        request.signatories = {
            {Side::Provider, mProviderName->text().trimmed(), mProviderTitle->text().trimmed()},
            {Side::Counterparty, mCounterpartyName->text().trimmed(),
             mCounterpartyTitle->text().trimmed()}};
    }
    return request;
}

void TransitionDialog::accept()
{
    // The workflow checks everything again; this only saves a round trip for the obvious.
    QString missing;
    if (mReason && (mTransition == Transition::Reject || mTransition == Transition::Terminate)
        && mReason->toPlainText().trimmed().isEmpty())
        missing = tr("Give the reason.");
    else if (mDate && !mDate->date().isValid())
        missing = mDate->errorText();
    else if (mProviderName
             && (mProviderName->text().trimmed().isEmpty()
                 || mCounterpartyName->text().trimmed().isEmpty()))
        missing = tr("Name who signs for each party.");
    if (!missing.isEmpty()) {
        showErrorText(mError, missing);
        return;
    }
    QDialog::accept();
}

} // namespace Accordo
