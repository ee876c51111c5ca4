#include "toolbartextmenu.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const auto SettingsKey = u"window/toolbarText"_s;

// The stored words, readable in the settings file and independent of Qt's enum values.
struct Choice
{
    Qt::ToolButtonStyle style;
    QString key;
    QString objectName;
};

QList<Choice> choices()
{
    return {{Qt::ToolButtonIconOnly, u"icons-only"_s, u"toolbarIconsOnly"_s},
            {Qt::ToolButtonTextBesideIcon, u"text-beside"_s, u"toolbarTextBeside"_s},
            {Qt::ToolButtonTextUnderIcon, u"text-under"_s, u"toolbarTextUnder"_s}};
}

} // namespace

ToolBarTextMenu::ToolBarTextMenu(QMainWindow *window) : QMenu(tr("Toolbar &Text"), window)
{
    setObjectName(u"toolbarTextMenu"_s);
    const QStringList texts{tr("&Icons Only"), tr("Text &Beside Icons"), tr("Text &Under Icons")};
    const Qt::ToolButtonStyle current = saved();
    auto *group = new QActionGroup(this);
    const QList<Choice> all = choices();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Choice &choice = all.at(i);
        QAction *action = addAction(texts.at(i));
        action->setObjectName(choice.objectName);
        action->setCheckable(true);
        action->setChecked(choice.style == current);
        group->addAction(action);
        connect(action, &QAction::triggered, window, [window, style = choice.style] {
            window->setToolButtonStyle(style);
            save(style);
        });
    }
    // Tool bars follow their main window's style unless given one of their own.
    window->setToolButtonStyle(current);
}

Qt::ToolButtonStyle ToolBarTextMenu::saved()
{
    const QString key = QSettings().value(SettingsKey).toString();
    for (const Choice &choice : choices()) {
        if (choice.key == key)
            return choice.style;
    }
    return Qt::ToolButtonTextBesideIcon;
}

void ToolBarTextMenu::save(Qt::ToolButtonStyle style)
{
    for (const Choice &choice : choices()) {
        if (choice.style == style)
            QSettings().setValue(SettingsKey, choice.key);
    }
}

} // namespace Accordo
