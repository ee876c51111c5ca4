#pragma once

#include "domain/user.h"

#include <QDialog>

class QListWidget;

namespace Accordo {

/// Asks who is working, from the workspace's local user list (no passwords: the workspace is
/// a local file, and the roles only keep honest people from mistakes).
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    UserDialog(const QList<User> &users, const QString &workspaceName, QWidget *parent = nullptr);

    void setUserName(const QString &name);
    QString userName() const;

    /// The user last chosen for a workspace, remembered per file.
    static QString rememberedUser(const QString &location);
    static void rememberUser(const QString &location, const QString &name);

private:
    QListWidget *mList;
};

} // namespace Accordo
