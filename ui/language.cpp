#include "language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Accordo {

QList<Language::Choice> Language::choices()
{
    return {{QString(), tr("System language")}, {u"en"_s, u"English"_s}, {u"it"_s, u"Italiano"_s}};
}

QString Language::saved()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void Language::save(const QString &code)
{
    QSettings().setValue(u"ui/language"_s, code);
}

void Language::install(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    auto *accordo = new QTranslator(qApp);
    if (accordo->load(locale, u"accordo"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(accordo);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Accordo
