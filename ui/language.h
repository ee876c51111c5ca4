#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

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
    /// Installs Accordo's and Qt's translators for the saved (or given) language.
    static void install(const QString &code);
};

} // namespace Accordo
