#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace Accordo {

/// While it lives, tr() answers in a report's language (English or Italian) whatever the
/// interface language is, and `locale()` formats its dates, numbers and money.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString &code);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    const QLocale &locale() const { return mLocale; }
    QString code() const { return mCode; }
    static bool isSupported(const QString &code);

private:
    QString mCode;
    QLocale mLocale;
    std::unique_ptr<QTranslator> mTranslator;
};

} // namespace Accordo
