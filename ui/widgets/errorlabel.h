#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Accordo {

/// A new line of text in the error colour, word-wrapped and hidden until there is something to
/// say: where a dialog or panel says why what was asked for was refused.
QLabel *newErrorLabel(QWidget *parent, const QString &objectName = {});

} // namespace Accordo
