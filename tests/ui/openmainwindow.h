#pragma once

// Opening a workspace in the main window, as the tests that drive the whole window do.

#include "mainwindow.h"

#include <QAction>
#include <QObject>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Accordo::TestSupport {

/// Opens the workspace at `location` as `user` in `window` and shows it, at `size` when one is
/// given; whether it opened and was exposed.
inline bool showWorkspace(MainWindow &window, const QString &location, const QString &user,
                          const QSize &size = {})
{
    if (!window.openWorkspace(location, false, user))
        return false;
    if (size.isValid())
        window.resize(size);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

/// Opens the workspace at `location` as `user` in a new main window, kept in `window` and shown;
/// whether it opened and was exposed.
inline bool openMainWindow(std::unique_ptr<MainWindow> &window, const QString &location,
                           const QString &user)
{
    window = std::make_unique<MainWindow>();
    return showWorkspace(*window, location, user);
}

/// The ground of a test class that drives the main window over a workspace of each test's own.
class MainWindowTest : public QObject
{
protected:
    /// A new location in mDir for a workspace called `name` and the number of the test.
    QString nextPath(const QString &name)
    {
        return mDir.filePath(name + QString::number(++mRun) + QStringLiteral(".accordo"));
    }

    /// The main window's action called `name`, or null.
    QAction *action(const char *name) const
    {
        return mWindow->findChild<QAction *>(QString::fromLatin1(name));
    }

    QTemporaryDir mDir;
    QString mPath;
    std::unique_ptr<MainWindow> mWindow;

private:
    int mRun = 0;
};

} // namespace Accordo::TestSupport
