#include "reviewdialog.h"

#include "data/reviewstore.h"
#include "data/workspace.h"
#include "session/workspacesession.h"
#include "widgets/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// The quarter before `day`'s, as reviews usually look back on it.
QString lastQuarter(const QDate &day)
{
    const QDate previous = day.addMonths(-3);
    return u"%1-Q%2"_s.arg(previous.year()).arg((previous.month() - 1) / 3 + 1);
}

QList<ReviewParticipant> participants(const QString &side, const QString &names)
{
    QList<ReviewParticipant> out;
    for (const QString &name : names.split(u',', Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            out.append({side, name.trimmed()});
    return out;
}

} // namespace

ReviewDialog::ReviewDialog(WorkspaceSession &session, qint64 agreementId, QWidget *parent)
    : QDialog(parent), mSession(session), mAgreementId(agreementId)
{
    setWindowTitle(tr("Record Review"));
    if (auto a = session.workspace().agreement(agreementId))
        mNumber = a->number;
    const QDate today = QDate::currentDate();
    mDate = new QDateEdit(today, this);
    mDate->setObjectName(u"date"_s);
    mDate->setCalendarPopup(true);
    mPeriods = new QLineEdit(lastQuarter(today), this);
    mPeriods->setObjectName(u"periods"_s);
    mPeriods->setToolTip(tr("A quarter (2026-Q3), a month (2026-09) or a year (2026)."));
    mProvider = new QLineEdit(this);
    mProvider->setObjectName(u"provider"_s);
    mProvider->setPlaceholderText(tr("Names, separated by commas"));
    mCustomer = new QLineEdit(this);
    mCustomer->setObjectName(u"customer"_s);
    mCustomer->setPlaceholderText(tr("Names, separated by commas"));
    mOutcome = new QComboBox(this);
    mOutcome->setObjectName(u"outcome"_s);
    for (ReviewOutcome o :
         {ReviewOutcome::NoChange, ReviewOutcome::ActionsAgreed, ReviewOutcome::AmendmentNeeded})
        mOutcome->addItem(Improvement::displayName(o), int(o));
    mOpenAmendment = new QCheckBox(tr("Open the amendment now (a new draft version)"), this);
    mOpenAmendment->setObjectName(u"openAmendment"_s);
    mOpenAmendment->setEnabled(false);
    connect(mOutcome, &QComboBox::currentIndexChanged, this, [this] {
        mOpenAmendment->setEnabled(ReviewOutcome(mOutcome->currentData().toInt())
                                   == ReviewOutcome::AmendmentNeeded);
    });
    mNotes = new QPlainTextEdit(this);
    mNotes->setObjectName(u"notes"_s);
    mError = newErrorLabel(this, u"error"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Agreement:"), new QLabel(mNumber, this));
    form->addRow(tr("&Held on:"), mDate);
    form->addRow(tr("&Periods reviewed:"), mPeriods);
    form->addRow(tr("&Provider side:"), mProvider);
    form->addRow(tr("&Customer side:"), mCustomer);
    form->addRow(tr("&Outcome:"), mOutcome);
    form->addRow(QString(), mOpenAmendment);
    form->addRow(tr("&Notes:"), mNotes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mError);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ReviewDialog::accept()
{
    ServiceReview review;
    review.agreementId = mAgreementId;
    review.heldOn = mDate->date();
    review.periods = mPeriods->text().trimmed();
    review.participants = participants(u"provider"_s, mProvider->text())
                          + participants(u"customer"_s, mCustomer->text());
    review.outcome = ReviewOutcome(mOutcome->currentData().toInt());
    review.notes = mNotes->toPlainText();
    Workspace &workspace = mSession.workspace();
    Result<qint64> saved = Error{};
    if (auto summary = ReviewStore::kpiSummary(workspace.connection(), mNumber, review.periods)) {
        review.kpiSummary = *summary;
        saved = ReviewStore(workspace).record(review, mOpenAmendment->isEnabled()
                                                          && mOpenAmendment->isChecked());
    } else {
        saved = Error{tr("Periods reviewed: %1").arg(summary.errorString())};
    }
    if (!saved) {
        mError->setText(saved.errorString());
        mError->show();
        return;
    }
    mSavedId = *saved;
    QDialog::accept();
}

} // namespace Accordo
