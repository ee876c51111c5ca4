#include "reportlanguage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Translators are asked newest first; an English report in an Italian session needs one that
// answers every message with its source text, or the interface's catalogue would.
class SourceTextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        // English plurals are written "ticket(s)" in the sources, for the catalogue.
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0) {
            text.replace(u"(es)"_s, n == 1 ? QString() : u"es"_s);
            text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
        }
        return text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

ReportLanguage::ReportLanguage(const QString &code)
    : mCode(code == u"it"_s ? u"it"_s : u"en"_s),
      mLocale(mCode == u"it"_s ? QLocale(QLocale::Italian, QLocale::Italy)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    if (mCode == u"it"_s) {
        mTranslator = std::make_unique<QTranslator>();
        if (!mTranslator->load(u":/i18n/accordo_it.qm"_s))
            mTranslator.reset();
    } else {
        mTranslator = std::make_unique<SourceTextTranslator>();
    }
    if (mTranslator)
        QCoreApplication::installTranslator(mTranslator.get());
}

ReportLanguage::~ReportLanguage()
{
    if (mTranslator)
        QCoreApplication::removeTranslator(mTranslator.get());
}

bool ReportLanguage::isSupported(const QString &code)
{
    return code == u"en"_s || code == u"it"_s;
}

} // namespace Accordo
