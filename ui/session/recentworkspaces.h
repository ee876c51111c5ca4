#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Accordo {

/// The workspaces opened lately, most recent first, kept in the settings for the welcome page
/// and File ▸ Open Recent.
class RecentWorkspaces
{
public:
    static constexpr int MaxEntries = 10;

    struct Entry
    {
        QString location;
        /// A server, or a file that still exists; a missing file stays listed (it may be on a
        /// drive that is not mounted now) but cannot be opened.
        bool available = false;
    };

    static QStringList locations();
    static QList<Entry> entries();
    /// Puts the location first, once, dropping the oldest beyond MaxEntries.
    static void add(const QString &location);
    static void clear();
    /// The workspace open when Accordo last closed, to reopen at the start; empty when there
    /// was none or its file is gone, and the welcome page shows instead.
    static QString reopenAtStart();
    static bool isAvailable(const QString &location);
};

} // namespace Accordo
