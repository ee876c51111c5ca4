#include "reviewdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

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
    mDate = newNamed<QDateEdit>(u"date"_s, today, this);
    mDate->setCalendarPopup(true);
    mPeriods = newNamed<QLineEdit>(u"periods"_s, lastQuarter(today), this);
    mPeriods->setToolTip(tr("A quarter (2026-Q3), a month (2026-09) or a year (2026)."));
    mProvider = newNamed<QLineEdit>(u"provider"_s, this);
    mProvider->setPlaceholderText(tr("Names, separated by commas"));
    mCustomer = newNamed<QLineEdit>(u"customer"_s, this);
    mCustomer->setPlaceholderText(tr("Names, separated by commas"));
    mOutcome = newNamed<QComboBox>(u"outcome"_s, this);
    for (ReviewOutcome o :
         {ReviewOutcome::NoChange, ReviewOutcome::ActionsAgreed, ReviewOutcome::AmendmentNeeded})
        mOutcome->addItem(Improvement::displayName(o), int(o));
    mOpenAmendment = newNamed<QCheckBox>(u"openAmendment"_s,
                                         tr("Open the amendment now (a new draft version)"), this);
    mOpenAmendment->setEnabled(false);
    connect(mOutcome, &QComboBox::currentIndexChanged, this, [this] {
        mOpenAmendment->setEnabled(ReviewOutcome(mOutcome->currentData().toInt())
                                   == ReviewOutcome::AmendmentNeeded);
    });
    mNotes = newNamed<QPlainTextEdit>(u"notes"_s, this);
    mError = newErrorLabel(this, u"error"_s);

    auto *form = newForm({{tr("Agreement:"), new QLabel(mNumber, this)},
                          {tr("&Held on:"), mDate},
                          {tr("&Periods reviewed:"), mPeriods},
                          {tr("&Provider side:"), mProvider},
                          {tr("&Customer side:"), mCustomer},
                          {tr("&Outcome:"), mOutcome},
                          {QString(), mOpenAmendment},
                          {tr("&Notes:"), mNotes}});
    auto *buttons = newDialogButtons(this, QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    stackVertically(this, {form, mError, buttons});
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
    if (showFailure(mError, saved))
        return;
    mSavedId = *saved;
    QDialog::accept();
}

} // namespace Accordo
