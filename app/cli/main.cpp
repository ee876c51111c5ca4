#include "clicommands.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Accordo"_s);
    QCoreApplication::setApplicationName(u"accordo-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCORDO_VERSION));

    // Messages follow the system locale (LANG/LC_ALL); ACCORDO_LANG overrides it.
    const QString language = qEnvironmentVariable("ACCORDO_LANG");
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator translator;
    if (translator.load(locale, u"accordo"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    return Accordo::Cli::Commands::run(app.arguments().mid(1));
}
