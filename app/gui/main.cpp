#include "data/workspace.h"
#include "demo/demodata.h"
#include "language.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

// First start: give the user a workspace with something true to look at.
bool createDemo(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto database = Accordo::Database::open(path, Accordo::Database::OpenMode::CreateIfMissing);
    if (!database)
        return false;
    Accordo::Workspace workspace(**database);
    return Accordo::DemoData::populate(workspace).ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Accordo"_s);
    QApplication::setApplicationName(u"Accordo"_s);
    QApplication::setApplicationDisplayName(u"Accordo"_s);
    QApplication::setApplicationVersion(QStringLiteral(ACCORDO_VERSION));
    // The desktop entry names the windows' icon and group (Wayland's app id); dialogs shown
    // before the main window carry the icon as well.
    QGuiApplication::setDesktopFileName(u"io.github.accordo.Accordo"_s);
    QApplication::setWindowIcon(Accordo::Icons::application());
    Accordo::Language::install(Accordo::Language::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Accordo — service level management"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"workspace"_s,
                                 QCoreApplication::translate("main", "The workspace to open."));
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate("main", "Create the workspace with demo data "
                                                       "when it does not exist yet."));
    parser.addOption(demo);
    parser.process(app);

    const QStringList workspaces = parser.positionalArguments();
    QString path = workspaces.isEmpty() ? QString() : workspaces.constFirst();
    bool create = false;
    if (path.isEmpty()) {
        path = QSettings().value(u"workspace/last"_s).toString();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            path = Accordo::MainWindow::defaultDemoPath();
            if (!QFileInfo::exists(path) && !createDemo(path))
                create = true;
        }
    } else if (!QFileInfo::exists(path) && parser.isSet(demo)) {
        if (!createDemo(path)) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Accordo"),
                                  QCoreApplication::translate("main", "Could not create the "
                                                                      "demo workspace %1.")
                                      .arg(path));
            return 1;
        }
    }

    Accordo::MainWindow window;
    window.openWorkspace(path, create);
    window.show();
    return app.exec();
}
