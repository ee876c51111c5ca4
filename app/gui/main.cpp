#include "language.h"
#include "mainwindow.h"
#include "report/documentrenderer.h"
#include "session/instancechannel.h"
#include "session/recentworkspaces.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

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
    Accordo::DocumentRenderer::registerForSigning();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Accordo — service level management"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"workspaces"_s,
        QCoreApplication::translate("main", "The workspaces to open, each in its own window."),
        u"[workspace...]"_s);
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate("main", "Create the workspace with demo data "
                                                       "when it does not exist yet."));
    parser.addOption(demo);
    parser.process(app);

    const QStringList workspaces = parser.positionalArguments();
    if (parser.isSet(demo)) {
        for (const QString &path : workspaces) {
            if (QFileInfo::exists(path))
                continue;
            auto created = Accordo::MainWindow::createDemo(path);
            if (!created) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Accordo"),
                                      QCoreApplication::translate(
                                          "main", "Could not create the demo workspace %1: %2")
                                          .arg(path, created.errorString()));
                return 1;
            }
        }
    }

    // An Accordo already running for this user opens them in new windows of its own.
    Accordo::InstanceChannel channel;
    if (Accordo::InstanceChannel::send(channel.name(), workspaces))
        return 0;
    channel.listen();
    QObject::connect(&channel, &Accordo::InstanceChannel::pathsReceived,
                     [](const QStringList &paths) {
                         if (paths.isEmpty())
                             Accordo::MainWindow::openInWindow(QString());
                         for (const QString &path : paths)
                             Accordo::MainWindow::openInWindow(path);
                     });

    QStringList open = workspaces;
    // Without one, the workspace of last time if it is still there, or else the welcome page.
    if (open.isEmpty())
        open.append(Accordo::RecentWorkspaces::reopenAtStart());
    for (const QString &path : open)
        Accordo::MainWindow::openInWindow(path);

    const int status = app.exec();
    // Each window closes its workspace before the application goes.
    QList<Accordo::MainWindow *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<Accordo::MainWindow *>(widget))
            windows.append(window);
    }
    qDeleteAll(windows);
    return status;
}
