#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Accordo {

/// Where the reports the GUI exports go: a suggested file name for each report, the folder
/// used last (kept between sessions), and a status bar message naming the file written.
class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::ReportFiles)

public:
    /// "SLA-2024-0017 2026-10.pdf".
    static QString serviceReportName(const QString &number, const QString &period);
    /// "Portfolio 2026-10.pdf".
    static QString portfolioReportName(const QString &month);

    /// The folder a PDF was last exported to; the documents folder before the first export.
    static QString lastFolder();
    /// Asks where to save `fileName`, starting in the last folder, and remembers the folder
    /// chosen; empty when the user cancels.
    static QString askPdfPath(QWidget *parent, const QString &title, const QString &fileName);
    /// askPdfPath() for any kind of file: `filter` as QFileDialog takes it ("PDF (*.pdf)"),
    /// `suffix` (".odt") added when the name chosen lacks it.
    static QString askPath(QWidget *parent, const QString &title, const QString &fileName,
                           const QString &filter, const QString &suffix);
    /// Says in the status bar of the main window `widget` belongs to where the report went.
    static void announce(QWidget *widget, const QString &path);
};

} // namespace Accordo
