#include "alertspanel.h"
#include "widgets/namedwidget.h"

#include "alerts/alertscanner.h"
#include "models/alertsmodel.h"
#include "session/workspacesession.h"
#include "widgets/errorlabel.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

AlertsPanel::AlertsPanel(QWidget *parent) : QWidget(parent)
{
    mModel = new AlertsModel(this);
    mView = newNamed<QTableView>(u"alerts"_s, this);
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->setWordWrap(false);
    mSummary = newNamed<QLabel>(u"alertsSummary"_s, this);
    mError = newErrorLabel(this);
    mMarkSeen = newNamed<QPushButton>(u"markAlertsSeen"_s, tr("&Mark all seen"), this);
    connect(mMarkSeen, &QPushButton::clicked, this, [this] {
        if (auto r = markAllSeen(); !r)
            showError(r.errorString());
    });
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(mSummary, 1);
    bottom->addWidget(mMarkSeen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mView, 1);
    layout->addWidget(mError);
    layout->addLayout(bottom);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        mTray = new QSystemTrayIcon(
            QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation), this);
        mTray->setToolTip(tr("Accordo alerts"));
        mTray->show();
    }
    setSession(nullptr);
}

void AlertsPanel::setSession(WorkspaceSession *session)
{
    mSession = session;
    mMarkSeen->setEnabled(session != nullptr);
    if (!session) {
        mModel->setAlerts({});
        mSummary->setText(tr("No workspace is open."));
        return;
    }
    if (auto r = reload(); !r)
        showError(r.errorString());
}

void AlertsPanel::showError(const QString &message)
{
    showErrorText(mError, message);
}

Result<void> AlertsPanel::reload()
{
    if (!mSession)
        return {};
    // The unseen ones, and those of the last thirty days already seen.
    const qint64 since = QDateTime::currentSecsSinceEpoch() - 30 * 86400;
    AlertStore store(mSession->workspace());
    auto unseen = store.alerts(mSession->userName(), std::nullopt, true);
    if (!unseen)
        return unseen.error();
    auto recent = store.alerts(mSession->userName(), since);
    if (!recent)
        return recent.error();
    QList<Alert> shown = *unseen;
    for (const Alert &a : std::as_const(*recent)) {
        if (a.seenAt)
            shown.append(a);
    }
    mModel->setAlerts(shown);
    mView->resizeColumnToContents(AlertsModel::RaisedAt);
    mView->resizeColumnToContents(AlertsModel::Event);
    mError->hide();
    const int count = mModel->unseen();
    mSummary->setText(count ? tr("%n new alert(s)", nullptr, count) : tr("No new alerts."));
    emit unseenChanged(count);
    return {};
}

Result<QList<Alert>> AlertsPanel::scan()
{
    if (!mSession)
        return QList<Alert>();
    auto raised = AlertScanner(mSession->workspace()).raise();
    if (!raised) {
        showError(raised.errorString());
        return raised.error();
    }
    QList<Alert> mine;
    for (const Alert &a : std::as_const(*raised)) {
        if (a.userName == mSession->userName())
            mine.append(a);
    }
    if (auto r = reload(); !r)
        return r.error();
    if (!mine.isEmpty()) {
        const auto [title, text] = notification(mine);
        if (mTray && mTray->isVisible())
            mTray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
        emit alertsRaised(mine);
    }
    return mine;
}

std::pair<QString, QString> AlertsPanel::notification(const QList<Alert> &alerts)
{
    if (alerts.isEmpty())
        return {};
    if (alerts.size() == 1)
        return {AlertStore::eventName(alerts.constFirst().event), alerts.constFirst().subject};
    QStringList lines;
    for (qsizetype i = 0; i < alerts.size() && i < 3; ++i)
        lines.append(AlertStore::message(alerts.at(i)));
    if (alerts.size() > 3)
        lines.append(tr("and %n more", nullptr, int(alerts.size() - 3)));
    return {tr("%n new alert(s)", nullptr, int(alerts.size())), lines.join(u'\n')};
}

Result<void> AlertsPanel::markAllSeen()
{
    if (!mSession)
        return {};
    QList<qint64> ids;
    for (const Alert &a : mModel->rows()) {
        if (!a.seenAt)
            ids.append(a.id);
    }
    if (auto r =
            AlertStore(mSession->workspace()).markSeen(ids, QDateTime::currentSecsSinceEpoch());
        !r)
        return r;
    return reload();
}

} // namespace Accordo
