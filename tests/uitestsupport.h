#pragma once

// Helpers for the tests that drive widgets.

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QString>
#include <QTabWidget>
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

/// Types `text` in `field` in place of what it holds, as a user does: selects it all, deletes
/// it, types and presses Enter.
inline void typeOver(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

/// Not a check: the screenshots a test takes when asked to, into the folder ACCORDO_SHOTS_DIR
/// names (none when it names none), in the language ACCORDO_SHOTS_LANG names (English when it
/// names none).
struct Shots
{
    QString dir = qEnvironmentVariable("ACCORDO_SHOTS_DIR");
    QString language = qEnvironmentVariable("ACCORDO_SHOTS_LANG", QStringLiteral("en"));

    /// Saves `widget` as `name`-<language>.png in the folder, made when it is missing; whether
    /// it was saved.
    bool save(QWidget *widget, const QString &name) const
    {
        QDir().mkpath(dir);
        return widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, language));
    }
};

/// Not a check: when ACCORDO_SCREENSHOTS is set, saves `dialog` once with each page of its tab
/// widget from `firstPage` on shown, as /tmp/`name`-<page>.png.
inline void saveTabShots(QWidget *dialog, const QString &name, int firstPage = 0)
{
    if (!qEnvironmentVariableIsSet("ACCORDO_SCREENSHOTS"))
        return;
    auto *tabs = dialog->findChild<QTabWidget *>();
    for (int page = firstPage; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        dialog->grab().save(QStringLiteral("/tmp/%1-%2.png").arg(name).arg(page));
    }
}

} // namespace Accordo::TestSupport
