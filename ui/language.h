#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace Accordo {

/// The interface language: the system's by default, or the one chosen in the settings.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::Language)

public:
    struct Choice
    {
        QString code; // empty: follow the system
        QString name;
    };

    static QList<Choice> choices();
    /// The saved choice ("" for the system language).
    static QString saved();
    static void save(const QString &code);
    /// Installs Accordo's and Qt's translators for the saved (or given) language, in place of
    /// the ones installed before; every widget then receives QEvent::LanguageChange.
    static void install(const QString &code);

    /// `shown` in the language now installed, when it is a text Accordo translated before
    /// (in any language); otherwise `shown` unchanged (e.g. a text with its arguments filled in).
    static QString retranslated(const QString &shown);
    /// Retranslates the fixed texts under `root`: actions and menus, labels, buttons, group
    /// boxes, tabs, tool bars, combo box items, placeholders, tool tips and table headers.
    static void retranslateTree(QWidget *root);
};

} // namespace Accordo
