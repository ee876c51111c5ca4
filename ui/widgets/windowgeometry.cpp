#include "windowgeometry.h"

#include <QEvent>
#include <QScreen>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Accordo::WindowGeometry {

namespace {

// Stores the geometry as the window goes: a dialog is hidden, not closed, by accept().
class Keeper : public QObject
{
public:
    Keeper(QWidget *window, const QString &key) : QObject(window), mKey(key) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Hide && watched == parent())
            QSettings().setValue(mKey, static_cast<QWidget *>(parent())->saveGeometry());
        return false;
    }

private:
    QString mKey;
};

} // namespace

void remember(QWidget *window, const QString &key)
{
    const QString settingsKey = u"geometry/"_s + key;
    window->restoreGeometry(QSettings().value(settingsKey).toByteArray());
    // A size kept from a larger screen still fits this one (1366×768 laptops included).
    if (const QScreen *screen = window->screen()) {
        const QSize available = screen->availableGeometry().size();
        window->resize(window->size().boundedTo(available * 0.95));
    }
    window->installEventFilter(new Keeper(window, settingsKey));
}

} // namespace Accordo::WindowGeometry
