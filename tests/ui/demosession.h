#pragma once

// A session on the demo workspace, as the dialog and panel tests open it.

#include "data/workspace.h"
#include "demo/demomeasurements.h"
#include "kpi/kpiengine.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Accordo::TestSupport {

/// A session on the workspace at `location` as `user` (on a server, as its login, whatever
/// `user`); stops the test run when the workspace does not open.
inline std::unique_ptr<WorkspaceSession> openSessionOn(const QString &location, const QString &user)
{
    auto db = Database::open(location, Database::OpenMode::MustExist);
    if (!db)
        qFatal("cannot open the workspace: %s", qPrintable(db.errorString()));
    auto session = std::make_unique<WorkspaceSession>(std::move(*db));
    if (!TestBackend::isPostgres())
        session->setUserName(user);
    return session;
}

/// Whether a demo session's results are brought up to date at the demo's "now".
enum class DemoResults { AsCreated, UpToDate };

/// Creates the demo workspace in `dir` and opens `session` on it as alice (an SLA manager);
/// the error, or an empty string.
inline QString openDemoSession(const QTemporaryDir &dir, std::unique_ptr<WorkspaceSession> &session,
                               DemoResults results = DemoResults::AsCreated)
{
    auto db = TestFixtures::openDemo(dir.filePath(QStringLiteral("demo.accordo")));
    if (!db)
        return db.errorString();
    if (results == DemoResults::UpToDate) {
        KpiOptions options;
        options.asOf = DemoMeasurements::now();
        const auto update = KpiEngine::bringUpToDate((*db)->connection(), options);
        if (!update)
            return update.errorString();
    }
    session = std::make_unique<WorkspaceSession>(std::move(*db));
    session->setUserName(QStringLiteral("alice"));
    return {};
}

/// The demo's renegotiation of a customer SLA priced by breakdown (a draft second version
/// with price lines), or an empty Agreement when the demo has none.
inline Agreement demoRenegotiation(WorkspaceSession &session)
{
    const qint64 id = count(session.database().connection(),
                            QStringLiteral("SELECT id FROM agreements WHERE status = 'draft' AND "
                                           "version = 2 AND kind = 'customer_sla' AND EXISTS "
                                           "(SELECT 1 FROM price_lines l WHERE l.agreement_id = "
                                           "agreements.id) ORDER BY id LIMIT 1"));
    auto a = session.workspace().agreement(id);
    return a ? *a : Agreement();
}

} // namespace Accordo::TestSupport
