#include "reportfiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const auto FolderKey = u"reports/folder"_s;

// Characters no file system takes in a name; an agreement number could carry one.
QString safeName(QString name)
{
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = u'-';
    return name;
}

} // namespace

QString ReportFiles::serviceReportName(const QString &number, const QString &period)
{
    return safeName(tr("%1 %2.pdf").arg(number, period));
}

QString ReportFiles::portfolioReportName(const QString &month)
{
    return safeName(tr("Portfolio %1.pdf").arg(month));
}

QString ReportFiles::lastFolder()
{
    const QString folder = QSettings().value(FolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString ReportFiles::askPdfPath(QWidget *parent, const QString &title, const QString &fileName)
{
    QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(lastFolder()).filePath(fileName), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    return path;
}

QString ReportFiles::askPath(QWidget *parent, const QString &title, const QString &fileName,
                             const QString &filter, const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(lastFolder()).filePath(safeName(fileName)), filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    return path;
}

void ReportFiles::announce(QWidget *widget, const QString &path)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *window = qobject_cast<QMainWindow *>(w)) {
            window->statusBar()->showMessage(
                tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), 15000);
            return;
        }
    }
}

} // namespace Accordo
