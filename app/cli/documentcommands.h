#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Accordo::Cli {

/// `agreement document` (an agreement version's document as PDF, ODT or HTML, its redline
/// against another version, or the PDF stored at signature), `agreement verify-document`
/// (is a file the signed document?), and `clause list|show` and `template list|show` (the
/// clause library). Each takes the words after the subcommand and returns the exit code.
class DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Cli::DocumentCommands)

public:
    static int document(const QStringList &arguments);
    static int verifyDocument(const QStringList &arguments);
    static int clause(const QStringList &arguments);
    static int documentTemplate(const QStringList &arguments);
};

} // namespace Accordo::Cli
