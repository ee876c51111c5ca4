#include "changerequestdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/metricstore.h"
#include "dialogs/targetdialog.h"
#include "domain/enums.h"
#include "domain/targetvalue.h"
#include "session/workspacesession.h"
#include "widgets/errorlabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

ChangeRequestDialog::ChangeRequestDialog(WorkspaceSession &session, const Agreement &agreement,
                                         QWidget *parent)
    : QDialog(parent), mSession(session), mAgreement(agreement)
{
    setWindowTitle(tr("New change request on %1").arg(agreement.number));
    mOrigin = new QComboBox(this);
    for (auto origin : {ChangeRequestOrigin::Customer, ChangeRequestOrigin::Internal})
        mOrigin->addItem(ChangeRequestStore::originName(origin), int(origin));
    mRequestedBy = newNamed<QLineEdit>(u"requestedBy"_s, this);
    mRequestedOn = new QDateEdit(QDate::currentDate(), this);
    mRequestedOn->setCalendarPopup(true);
    mRequestedOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    mDescription = newNamed<QPlainTextEdit>(u"description"_s, this);
    mDescription->setPlaceholderText(tr("What is asked, and why"));
    mTargetList = new QListWidget(this);
    auto *add = new QPushButton(tr("&Add target…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &ChangeRequestDialog::addTarget);
    connect(remove, &QPushButton::clicked, this, &ChangeRequestDialog::removeTarget);
    auto *targetButtons = newButtonRow({add, remove});

    auto *form = new QFormLayout;
    form->addRow(
        tr("Agreement:"),
        new QLabel(
            tr("%1 v%2 — %3").arg(agreement.number).arg(agreement.version).arg(agreement.title),
            this));
    form->addRow(tr("&Origin:"), mOrigin);
    form->addRow(tr("Requested &by:"), mRequestedBy);
    form->addRow(tr("Requested o&n:"), mRequestedOn);
    form->addRow(tr("&What is asked:"), mDescription);
    form->addRow(tr("Proposed targets:"), mTargetList);
    form->addRow(QString(), targetButtons);

    mError = newErrorLabel(this, u"error"_s);
    auto *buttons = newDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                     tr("&Submit"));
    stackVertically(this, {form, mError, buttons});
    resize(560, 480);
}

ChangeRequest ChangeRequestDialog::request() const
{
    ChangeRequest r;
    r.agreementId = mAgreement.id;
    r.origin = ChangeRequestOrigin(mOrigin->currentData().toInt());
    r.requestedBy = mRequestedBy->text();
    r.requestedOn = mRequestedOn->date();
    r.description = mDescription->toPlainText();
    r.proposedTargets = mTargets;
    return r;
}

void ChangeRequestDialog::accept()
{
    const ChangeRequest r = request();
    QString problem;
    if (r.requestedBy.trimmed().isEmpty())
        problem = tr("Say who asked for the change.");
    else if (r.description.trimmed().isEmpty())
        problem = tr("Say what is asked.");
    if (!problem.isEmpty()) {
        showErrorText(mError, problem);
        return;
    }
    QDialog::accept();
}

void ChangeRequestDialog::addTarget()
{
    Workspace &workspace = mSession.workspace();
    QList<Service> covered;
    for (const Service &s : orEmpty(workspace.services())) {
        if (mAgreement.serviceIds.contains(s.id))
            covered.append(s);
    }
    TargetDialog dialog(covered, orEmpty(workspace.regions()), orEmpty(workspace.calendars()),
                        this);
    dialog.setMetricDefinitions(orEmpty(MetricStore(workspace).definitions()));
    // Starting from the agreement's first target: most requests change one that exists.
    std::optional<Target> start;
    if (!mAgreement.targets.isEmpty()) {
        start = mAgreement.targets.constFirst();
        start->id = 0;
    }
    const auto target = dialog.ask(start);
    if (!target)
        return;
    mTargets.append(*target);
    showTargets();
}

void ChangeRequestDialog::removeTarget()
{
    const int row = mTargetList->currentRow();
    if (row < 0 || row >= mTargets.size())
        return;
    mTargets.removeAt(row);
    showTargets();
}

void ChangeRequestDialog::showTargets()
{
    mTargetList->clear();
    QHash<qint64, QString> codes;
    for (const Service &s : orEmpty(mSession.workspace().services()))
        codes.insert(s.id, s.code);
    for (const Target &t : std::as_const(mTargets))
        mTargetList->addItem(tr("%1 %2 %3 within %4, goal %5 %")
                                 .arg(codes.value(t.serviceId), Enums::displayName(t.metric),
                                      t.priority,
                                      TargetValue::format(t.metric, t.threshold, t.customUnit),
                                      TargetValue::formatMilli(t.goalMilli)));
}

} // namespace Accordo
