#pragma once

// Opening a workspace in the main window, as the tests that drive the whole window do.

#include "mainwindow.h"

#include <QString>
#include <QTest>

#include <memory>

namespace Accordo::TestSupport {

/// Opens the workspace at `location` as `user` in a new main window, kept in `window` and shown;
/// whether it opened and was exposed.
inline bool openMainWindow(std::unique_ptr<MainWindow> &window, const QString &location,
                           const QString &user)
{
    window = std::make_unique<MainWindow>();
    if (!window->openWorkspace(location, false, user))
        return false;
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

} // namespace Accordo::TestSupport
