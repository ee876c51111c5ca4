#include "icons.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Accordo {

QString Icons::bundledPath(const QString &name)
{
    return u":/icons/"_s + name + u".svg"_s;
}

QIcon Icons::action(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(bundledPath(name)));
}

QString Icons::actionName(Transition transition)
{
    // In the order of Transition.
    static const QStringList names{
        u"document-send"_s,      u"document-revert"_s, u"mail-send"_s,
        u"dialog-ok-apply"_s,    u"dialog-cancel"_s,   u"document-sign"_s,
        u"document-edit-sign"_s, u"process-stop"_s,    u"chronometer"_s};
    return names.value(int(transition));
}

QIcon Icons::application()
{
    return action(u"io.github.accordo.Accordo"_s);
}

QIcon Icons::workspace()
{
    return action(u"application-x-accordo-workspace"_s);
}

QString Icons::statusName(AgreementStatus status)
{
    return u"accordo-status-"_s + Enums::key(status);
}

QIcon Icons::status(AgreementStatus status)
{
    return QIcon(bundledPath(statusName(status)));
}

} // namespace Accordo
