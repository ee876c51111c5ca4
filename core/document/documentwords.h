#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Accordo {

/// The words and formats of a document in its own language, which need not be the language of
/// the program showing it: an Italian user may export the English contract. The words are the
/// document's content, kept here in both languages like the clause library's texts, rather
/// than translations of the user interface.
namespace DocumentWords {

/// The word or phrase `key` ("metric.resolution", "until_terminated", ...) in `language`; the
/// key itself when there is no such word (a programming error the tests catch).
QString word(const QString &key, const QString &language);
/// The locale that formats the document's dates and numbers.
QLocale locale(const QString &language);
/// "1 March 2025" / "1 marzo 2025".
QString date(const QDate &date, const QString &language);
/// A decimal with up to three places, in the language's form: "99.5" / "99,5".
QString milli(qint64 milli, const QString &language);

} // namespace DocumentWords

} // namespace Accordo
