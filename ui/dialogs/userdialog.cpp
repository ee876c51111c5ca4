#include "userdialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"
#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

QString settingsKey(const QString &location)
{
    // Paths contain slashes, which QSettings reads as groups: keep the key flat.
    return u"users/"_s
           + QString::fromLatin1(location.toUtf8().toBase64(QByteArray::Base64UrlEncoding
                                                            | QByteArray::OmitTrailingEquals));
}

} // namespace

UserDialog::UserDialog(const QList<User> &users, const QString &workspaceName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Who is working?"));
    // On a workspace file the choice is an attribution, not a proof of identity: say so.
    auto *intro = new QLabel(tr("Choose who works in %1. Each step is recorded under this "
                                "name and allowed by its roles.")
                                     .arg(workspaceName)
                                 + u"\n\n"_s
                                 + tr("On a local workspace file, this choice records who made "
                                      "each change; it is not a password check."),
                             this);
    intro->setWordWrap(true);
    mList = newNamed<QListWidget>(u"users"_s, this);
    for (const User &user : users) {
        if (!user.active)
            continue;
        QStringList roles;
        for (Role role : user.roles)
            roles.append(Roles::displayName(role));
        auto *item = new QListWidgetItem(
            tr("%1 (%2) — %3")
                .arg(user.displayName.isEmpty() ? user.name : user.displayName, user.name,
                     roles.join(u", "_s)),
            mList);
        item->setData(Qt::UserRole, user.name);
    }
    mList->setCurrentRow(0);
    auto *buttons = newDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                     tr("&Work as this user"));
    connect(mList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    stackVertically(this, {intro, mList, buttons});
    resize(460, 380);
    WindowGeometry::remember(this, u"userDialog"_s);
}

void UserDialog::setUserName(const QString &name)
{
    for (int row = 0; row < mList->count(); ++row) {
        if (mList->item(row)->data(Qt::UserRole).toString() == name)
            mList->setCurrentRow(row);
    }
}

QString UserDialog::userName() const
{
    const QListWidgetItem *item = mList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString UserDialog::rememberedUser(const QString &location)
{
    return QSettings().value(settingsKey(location)).toString();
}

void UserDialog::rememberUser(const QString &location, const QString &name)
{
    QSettings().setValue(settingsKey(location), name);
}

} // namespace Accordo
