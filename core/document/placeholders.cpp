#include "placeholders.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const QRegularExpression &pattern()
{
    static const QRegularExpression re(u"\\{\\{([^{}]*)\\}\\}"_s);
    return re;
}

// An opening "{{" that no "}}" closes: a typing slip that would print as is.
bool hasUnclosed(const QString &text)
{
    QString rest = text;
    rest.remove(pattern());
    return rest.contains(u"{{"_s);
}

} // namespace

const QStringList &Placeholders::names()
{
    static const QStringList all = {
        u"provider.name"_s,
        u"customer.name"_s,
        u"customer.contact"_s,
        u"customer.email"_s,
        u"agreement.number"_s,
        u"agreement.title"_s,
        u"agreement.version"_s,
        u"agreement.kind"_s,
        u"agreement.level"_s,
        u"agreement.start"_s,
        u"agreement.end"_s,
        u"notice.period"_s,
        u"fee"_s,
        u"services"_s,
        u"targets"_s,
        u"credits"_s,
        u"calendars"_s,
        u"review.interval"_s,
        u"charter"_s,
        u"signatories"_s,
        u"parent.number"_s,
    };
    return all;
}

QStringList Placeholders::used(const QString &text)
{
    QStringList out;
    auto matches = pattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1).trimmed();
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

Result<void> Placeholders::check(const QString &text, const QString &where)
{
    for (const QString &name : used(text)) {
        if (!names().contains(name))
            return Error{tr("%1: unknown placeholder {{%2}}").arg(where, name)};
    }
    if (hasUnclosed(text))
        return Error{tr("%1: a placeholder opened with {{ is not closed with }}").arg(where)};
    return {};
}

Result<QString> Placeholders::fill(const QString &text, const QHash<QString, QString> &values,
                                   const QString &where)
{
    if (auto valid = check(text, where); !valid)
        return valid.error();
    QString out;
    qsizetype from = 0;
    auto matches = pattern().globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString name = match.captured(1).trimmed();
        const auto value = values.constFind(name);
        if (value == values.cend())
            return Error{tr("%1: the placeholder {{%2}} has no value").arg(where, name)};
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += *value;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace Accordo
