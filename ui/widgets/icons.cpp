#include "icons.h"

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
    switch (transition) {
    case Transition::Submit:
        return u"document-send"_s;
    case Transition::Rework:
        return u"document-revert"_s;
    case Transition::RequestApproval:
        return u"mail-send"_s;
    case Transition::Approve:
        return u"dialog-ok-apply"_s;
    case Transition::Reject:
        return u"dialog-cancel"_s;
    case Transition::Sign:
        return u"document-sign"_s;
    case Transition::Amend:
        return u"document-edit-sign"_s;
    case Transition::Terminate:
        return u"process-stop"_s;
    case Transition::Expire:
        return u"chronometer"_s;
    }
    return {};
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
