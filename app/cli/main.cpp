#include "clicommands.h"
#include "report/documentrenderer.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Reports draw Qt Charts, which need a QApplication; they must work without a display.
    // So do agreement documents, which signing a version (a transition) renders as the PDF
    // it stores.
    const bool document = argc > 2 && qstrcmp(argv[1], "agreement") == 0
                          && (qstrcmp(argv[2], "document") == 0
                              || qstrcmp(argv[2], "transition") == 0);
    const bool report = (argc > 1 && qstrcmp(argv[1], "report") == 0) || document;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = report ? std::make_unique<QApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"Accordo"_s);
    QCoreApplication::setApplicationName(u"accordo-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCORDO_VERSION));

    // Messages follow the system locale (LANG/LC_ALL); ACCORDO_LANG overrides it.
    const QString language = qEnvironmentVariable("ACCORDO_LANG");
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator translator;
    if (translator.load(locale, u"accordo"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    Accordo::DocumentRenderer::registerForSigning();
    return Accordo::Cli::Commands::run(app->arguments().mid(1));
}
