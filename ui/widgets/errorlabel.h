#pragma once

#include "result.h"

#include <QString>

class QLabel;
class QWidget;

namespace Accordo {

/// A new line of text in the error colour, word-wrapped and hidden until there is something to
/// say: where a dialog or panel says why what was asked for was refused.
QLabel *newErrorLabel(QWidget *parent, const QString &objectName = {});

/// Puts `message` in the error label and shows it.
void showErrorText(QLabel *label, const QString &message);

/// Shows in the error label why `result` failed; returns whether it failed, so that the caller
/// can stop there. A success leaves the label as it is.
template<typename T>
bool showFailure(QLabel *label, const Result<T> &result)
{
    if (result)
        return false;
    showErrorText(label, result.errorString());
    return true;
}

} // namespace Accordo
