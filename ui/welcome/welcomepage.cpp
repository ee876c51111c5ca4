#include "welcomepage.h"
#include "widgets/namedwidget.h"

#include "session/recentworkspaces.h"
#include "storage/database.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr int LocationRole = Qt::UserRole;

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);
    auto *title = newNamed<QLabel>(u"welcomeTitle"_s, tr("Welcome to Accordo"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Service level management: agreements, targets in business "
                                   "time, measurements and reports. Where would you like to "
                                   "start?"),
                                this);
    subtitle->setWordWrap(true);

    mChoices = new QWidget(this);
    auto *choices = new QVBoxLayout(mChoices);
    choices->setContentsMargins(0, 0, 0, 0);
    QCommandLinkButton *open = addChoice(
        tr("&Open a Workspace…"),
        tr("Open an Accordo workspace file on this computer or a shared drive."), u"welcomeOpen"_s);
    QCommandLinkButton *create = addChoice(
        tr("Create an E&mpty Workspace…"),
        tr("Start from scratch, with the public holidays of your country as the first calendar."),
        u"welcomeCreate"_s);
    QCommandLinkButton *server = addChoice(
        tr("&Connect to a Server…"),
        tr("Work together with your team in a workspace on a PostgreSQL server."),
        u"welcomeConnect"_s);
    QCommandLinkButton *demo = addChoice(
        tr("E&xplore the Demo"),
        tr("Look around a sample portfolio: customers, services, agreements and two years of "
           "measurements."),
        u"welcomeDemo"_s);
    choices->addStretch();
    connect(open, &QAbstractButton::clicked, this, &WelcomePage::openRequested);
    connect(create, &QAbstractButton::clicked, this, &WelcomePage::createRequested);
    connect(server, &QAbstractButton::clicked, this, &WelcomePage::connectRequested);
    connect(demo, &QAbstractButton::clicked, this, &WelcomePage::demoRequested);

    auto *recentTitle = new QLabel(tr("&Recent workspaces"), this);
    QFont headingFont = recentTitle->font();
    headingFont.setBold(true);
    recentTitle->setFont(headingFont);
    recentTitle->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    mRecent = newNamed<QListWidget>(u"recentList"_s, this);
    mRecent->setAlternatingRowColors(true);
    mRecent->setTextElideMode(Qt::ElideMiddle);
    mRecent->setMinimumWidth(320);
    mRecent->setSpacing(2);
    recentTitle->setBuddy(mRecent);
    mNoRecent = new QLabel(tr("No recent workspaces yet. The workspaces you open will be listed "
                              "here."),
                           this);
    mNoRecent->setWordWrap(true);
    mNoRecent->setEnabled(false);
    // Double-click, or Enter on the current entry.
    connect(mRecent, &QListWidget::itemActivated, this, &WelcomePage::activate);

    auto *recent = new QVBoxLayout;
    // Not the columns' wide spacing, which a nested layout would take over.
    recent->setSpacing(6);
    recent->addWidget(recentTitle);
    recent->addWidget(mRecent, 1);
    recent->addWidget(mNoRecent, 0, Qt::AlignTop);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addWidget(mChoices, 1);
    columns->addLayout(recent, 1);

    // The content keeps a readable width in the middle of a large window.
    auto *content = new QWidget(this);
    content->setMaximumWidth(1000);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(title);
    contentLayout->addWidget(subtitle);
    contentLayout->addSpacing(16);
    contentLayout->addLayout(columns, 1);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch();
    outer->addWidget(content, 4);
    outer->addStretch();

    setTabOrder(open, create);
    setTabOrder(create, server);
    setTabOrder(server, demo);
    setTabOrder(demo, mRecent);
    setFocusProxy(open);
    refresh();
}

QCommandLinkButton *WelcomePage::addChoice(const QString &text, const QString &description,
                                           const QString &name)
{
    auto *button = newNamed<QCommandLinkButton>(name, text, description, mChoices);
    // Enter as well as Space chooses the button that has the focus.
    button->setAutoDefault(true);
    mChoices->layout()->addWidget(button);
    return button;
}

void WelcomePage::refresh()
{
    mRecent->clear();
    const QList<RecentWorkspaces::Entry> entries = RecentWorkspaces::entries();
    for (const RecentWorkspaces::Entry &entry : entries) {
        const QString shown = QDir::toNativeSeparators(entry.location);
        auto *item = new QListWidgetItem(
            u"%1\n%2"_s.arg(Database::displayName(entry.location), shown), mRecent);
        item->setData(LocationRole, entry.location);
        item->setToolTip(entry.available ? shown
                                         : tr("%1 no longer exists (or its drive is not "
                                              "connected).")
                                               .arg(shown));
        if (!entry.available)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    for (int row = 0; row < mRecent->count(); ++row) {
        if (mRecent->item(row)->flags() & Qt::ItemIsEnabled) {
            mRecent->setCurrentRow(row);
            break;
        }
    }
    mRecent->setVisible(!entries.isEmpty());
    mNoRecent->setVisible(entries.isEmpty());
}

void WelcomePage::showEvent(QShowEvent *event)
{
    // Another window may have opened a workspace meanwhile.
    refresh();
    QWidget::showEvent(event);
}

void WelcomePage::activate(QListWidgetItem *item)
{
    if (item && (item->flags() & Qt::ItemIsEnabled))
        emit recentRequested(item->data(LocationRole).toString());
}

} // namespace Accordo
