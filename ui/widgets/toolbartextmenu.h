#pragma once

#include <QMenu>

class QMainWindow;

namespace Accordo {

/// View ▸ Toolbar Text: icons only, or text beside or under the icons, for every tool bar of
/// a main window; the choice is kept in the settings.
class ToolBarTextMenu : public QMenu
{
    Q_OBJECT

public:
    /// Applies the saved choice to `window` at once.
    explicit ToolBarTextMenu(QMainWindow *window);

    /// The saved choice; text beside the icons when none is saved.
    static Qt::ToolButtonStyle saved();
    static void save(Qt::ToolButtonStyle style);
};

} // namespace Accordo
