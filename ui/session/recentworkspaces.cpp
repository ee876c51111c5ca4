#include "recentworkspaces.h"

#include "storage/dialect.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const auto RecentKey = u"workspace/recent"_s;

} // namespace

QStringList RecentWorkspaces::locations()
{
    QStringList recent = QSettings().value(RecentKey).toStringList();
    recent.removeAll(QString());
    recent.removeDuplicates();
    return recent.mid(0, MaxEntries);
}

QList<RecentWorkspaces::Entry> RecentWorkspaces::entries()
{
    QList<Entry> entries;
    for (const QString &location : locations())
        entries.append({location, isAvailable(location)});
    return entries;
}

void RecentWorkspaces::add(const QString &location)
{
    QStringList recent = locations();
    recent.removeAll(location);
    recent.prepend(location);
    QSettings().setValue(RecentKey, recent.mid(0, MaxEntries));
}

void RecentWorkspaces::clear()
{
    QSettings().remove(RecentKey);
}

QString RecentWorkspaces::reopenAtStart()
{
    const QString last = QSettings().value(u"workspace/last"_s).toString();
    return !last.isEmpty() && isAvailable(last) ? last : QString();
}

bool RecentWorkspaces::isAvailable(const QString &location)
{
    return Dialect::isServerUrl(location) || QFileInfo(location).isFile();
}

} // namespace Accordo
