#include "supportspanel.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/supportlinks.h"
#include "kpi/portfoliochecks.h"
#include "session/workspacesession.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

SupportsPanel::SupportsPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    mIntro = newWrappedLabel(this);
    mTree = newFlatTree(u"supports"_s, {tr("Agreement"), tr("Kind"), tr("Status"), tr("Title")},
                        this);
    mConsistency = newNamed<QLabel>(u"consistency"_s, this);
    mConsistency->setWordWrap(true);
    mConsistency->setTextFormat(Qt::RichText);
    mLink = newNamed<QPushButton>(u"link"_s, tr("Li&nk…"), this);
    mUnlink = newNamed<QPushButton>(u"unlink"_s, tr("&Unlink"), this);
    connect(mLink, &QPushButton::clicked, this, &SupportsPanel::chooseAndLink);
    connect(mUnlink, &QPushButton::clicked, this, &SupportsPanel::unlinkCurrent);
    connect(mTree, &QTreeWidget::currentItemChanged, this,
            [this] { mUnlink->setEnabled(mTree->currentItem() != nullptr); });
    auto *buttons = newButtonRow({mLink, mUnlink});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mIntro);
    layout->addWidget(mTree, 1);
    layout->addWidget(mConsistency);
    layout->addLayout(buttons);
}

void SupportsPanel::setAgreement(const QString &number, AgreementKind kind)
{
    mNumber = number;
    mSupporting = kind == AgreementKind::Ola || kind == AgreementKind::UnderpinningContract;
    refresh();
}

void SupportsPanel::refresh()
{
    mTree->clear();
    mConsistency->clear();
    mLink->setEnabled(!mNumber.isEmpty());
    mUnlink->setEnabled(false);
    if (mNumber.isEmpty()) {
        mIntro->setText(tr("Save the agreement first: then it can be linked to the agreements "
                           "it supports or that support it."));
        return;
    }
    mIntro->setText(mSupporting
                        ? tr("The SLAs this agreement supports. Its targets must be at least "
                             "as strict as theirs for the same service, metric and priority.")
                        : tr("The OLAs and underpinning contracts that support this SLA. Their "
                             "targets must be at least as strict as its own."));
    auto links = SupportLinks(mSession.workspace()).of(mNumber);
    if (!links) {
        mIntro->setText(links.errorString());
        return;
    }
    for (const LinkedAgreement &l : std::as_const(*links)) {
        auto *item = new QTreeWidgetItem(
            mTree, {l.number, Enums::displayNameOfKey<AgreementKind>(l.kind),
                    Enums::displayNameOfKey<AgreementStatus>(l.status), l.title});
        item->setData(0, Qt::UserRole, l.number);
    }
    for (int c = 0; c < 3; ++c)
        mTree->resizeColumnToContents(c);

    auto violations = PortfolioChecks::consistency(mSession.database().connection(), mNumber);
    if (!violations) {
        mConsistency->setText(violations.errorString().toHtmlEscaped());
        return;
    }
    QStringList lines;
    for (const ConsistencyViolation &v : std::as_const(*violations)) {
        const QString what = (v.priority.isEmpty() ? u"%1 %2"_s : u"%1 %2 %3"_s)
                                 .arg(v.service, v.metric, v.priority);
        lines.append((v.aspect == u"goal"_s
                          ? tr("%1 promises a goal of %2 % for %3, looser than %4's %5 %.")
                          : tr("%1 promises %2 for %3, looser than %4's %5."))
                         .arg(v.supportingNumber, v.supportingValue, what, v.supportedNumber,
                              v.supportedValue)
                         .toHtmlEscaped());
    }
    if (!lines.isEmpty())
        mConsistency->setText(u"<span style=\"color:#c01c28\">"_s + tr("Not consistent:")
                              + u"<br>"_s + lines.join(u"<br>"_s) + u"</span>"_s);
}

QString SupportsPanel::inconsistencies() const
{
    return mConsistency->text();
}

bool SupportsPanel::change(const QString &other, bool add)
{
    SupportLinks links(mSession.workspace());
    const QString &supporting = mSupporting ? mNumber : other;
    const QString &supported = mSupporting ? other : mNumber;
    const Result<void> result = add ? links.add(supporting, supported)
                                    : links.remove(supporting, supported);
    if (!result) {
        QMessageBox::warning(this, add ? tr("Link") : tr("Unlink"), result.errorString());
        return false;
    }
    refresh();
    return true;
}

bool SupportsPanel::link(const QString &other)
{
    return change(other, true);
}

bool SupportsPanel::unlink(const QString &other)
{
    return change(other, false);
}

void SupportsPanel::chooseAndLink()
{
    auto candidates = SupportLinks(mSession.workspace()).candidates(mNumber);
    if (!candidates) {
        QMessageBox::warning(this, tr("Link"), candidates.errorString());
        return;
    }
    if (candidates->isEmpty()) {
        QMessageBox::information(this, tr("Link"),
                                 mSupporting ? tr("Every SLA in force is linked already.")
                                             : tr("Every OLA and underpinning contract in "
                                                  "force is linked already."));
        return;
    }
    QStringList choices;
    for (const LinkedAgreement &c : std::as_const(*candidates))
        choices.append(u"%1 — %2 (%3)"_s.arg(c.number, c.title,
                                             Enums::displayNameOfKey<AgreementStatus>(c.status)));
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Link"),
        mSupporting ? tr("SLA that %1 supports:").arg(mNumber)
                    : tr("OLA or underpinning contract that supports %1:").arg(mNumber),
        choices, 0, false, &ok);
    if (ok)
        link(candidates->at(choices.indexOf(choice)).number);
}

void SupportsPanel::unlinkCurrent()
{
    const QTreeWidgetItem *item = mTree->currentItem();
    if (!item)
        return;
    const QString other = item->data(0, Qt::UserRole).toString();
    if (QMessageBox::question(this, tr("Unlink"),
                              tr("Unlink %1 from %2? The consistency check will no longer "
                                 "compare their targets.")
                                  .arg(other, mNumber))
        == QMessageBox::Yes)
        unlink(other);
}

} // namespace Accordo
