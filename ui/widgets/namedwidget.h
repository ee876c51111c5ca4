#pragma once

#include <QString>

#include <utility>

namespace Accordo {

/// A new W made from `arguments` (its parent among them) that tests and the window geometry
/// find by `objectName`: the two steps every named control of a form takes.
template<typename W, typename... Arguments>
W *newNamed(const QString &objectName, Arguments &&...arguments)
{
    auto *widget = new W(std::forward<Arguments>(arguments)...);
    widget->setObjectName(objectName);
    return widget;
}

} // namespace Accordo
