#pragma once

// The ground the dashboard tests share: a dashboard on a session of a workspace, its grid model
// watched by a QAbstractItemModelTester.

#include "dashboard/dashboardview.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QWidget>

#include <memory>

namespace Accordo::TestSupport {

/// A test class of the dashboard derives from it, opens the dashboard in init() and closes it
/// in cleanup().
class DashboardTest : public QObject
{
protected:
    /// Clears the settings and shows the workspace at `location` (as `user`, when one is given)
    /// on a new dashboard, whose grid model the tester watches from before it has any data. The
    /// error, or an empty string.
    QString openDashboard(const QString &location, const QString &user = {})
    {
        QSettings().clear();
        auto db = Database::open(location, Database::OpenMode::MustExist);
        if (!db)
            return db.errorString();
        mSession = std::make_unique<WorkspaceSession>(std::move(*db));
        if (!user.isEmpty())
            mSession->setUserName(user);
        mView = std::make_unique<DashboardView>();
        mTester = std::make_unique<QAbstractItemModelTester>(
            mView->gridModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        mView->setSession(mSession.get());
        if (!mView->waitForLoaded())
            return QStringLiteral("the dashboard's figures were not read in time");
        return {};
    }

    /// Closes the lists the dashboard opened, the dashboard and its session.
    void closeDashboard()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("dashboardList"))
                delete w;
        mTester.reset();
        mView.reset();
        mSession.reset();
    }

    /// The number `sql` answers in the session's workspace (TestSupport::count()).
    qint64 count(const QString &sql) const
    {
        return TestSupport::count(mSession->database().connection(), sql);
    }

    std::unique_ptr<WorkspaceSession> mSession;
    std::unique_ptr<DashboardView> mView;
    std::unique_ptr<QAbstractItemModelTester> mTester;
};

} // namespace Accordo::TestSupport
