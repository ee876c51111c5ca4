#pragma once

// Helpers for the tests that drive widgets.

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace Accordo::TestSupport {

/// Arranges for `fill(dialog)` to run on the modal `Dialog` that the next call opens (a
/// modal dialog's exec() blocks the test until then); fails the test when no such dialog
/// is open by the time the event loop runs.
template<typename Dialog, typename Fill>
void whenDialogOpens(QObject *context, Fill fill)
{
    QTimer::singleShot(0, context, [fill] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QFAIL("the expected dialog did not open");
            return;
        }
        fill(dialog);
    });
}

} // namespace Accordo::TestSupport
