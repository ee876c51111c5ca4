#pragma once

#include <QString>

class QWidget;

namespace Accordo::WindowGeometry {

/// Gives `window` the size and place it had when last closed (QSettings under `key`), kept
/// within the screen it opens on, and stores them again whenever it is hidden.
void remember(QWidget *window, const QString &key);

} // namespace Accordo::WindowGeometry
