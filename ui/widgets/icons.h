#pragma once

#include "domain/enums.h"
#include "lifecycle/transition.h"

#include <QIcon>
#include <QString>

namespace Accordo {

/// Accordo's icons: the desktop theme's where it has the icon, else the copy bundled at
/// :/icons, so that every action shows an icon on any desktop.
class Icons
{
public:
    /// The bundled file of a freedesktop icon name (":/icons/<name>.svg").
    static QString bundledPath(const QString &name);
    /// The icon of a menu or tool bar action, by its freedesktop name.
    static QIcon action(const QString &name);
    /// The freedesktop name of a workflow step's icon.
    static QString actionName(Transition transition);
    static QIcon action(Transition transition) { return action(actionName(transition)); }
    /// The application icon, for windows and dialogs.
    static QIcon application();
    /// A workspace file (recent workspaces), as file managers show it.
    static QIcon workspace();
    /// A small icon of each agreement state, so that the state does not rest on colour alone.
    /// Always Accordo's own: the desktop has no icons for these states.
    static QString statusName(AgreementStatus status);
    static QIcon status(AgreementStatus status);
};

} // namespace Accordo
