#include "vcardreader.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// One logical line: its text with the folds undone, and the physical line it starts on.
struct Unfolded
{
    qint64 line = 0;
    QString text;
};

QList<Unfolded> unfold(const QString &text)
{
    QList<Unfolded> lines;
    qint64 number = 0;
    for (QStringView raw : QStringView(text).split(u'\n')) {
        ++number;
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        if (!raw.isEmpty() && (raw.front() == u' ' || raw.front() == u'\t') && !lines.isEmpty()) {
            lines.last().text += raw.mid(1);
            continue;
        }
        if (raw.trimmed().isEmpty())
            continue;
        lines.append({number, raw.toString()});
    }
    return lines;
}

// The index of the first `separator` not escaped by a backslash, or -1.
qsizetype unescapedIndex(QStringView value, QChar separator)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\')
            ++i;
        else if (value.at(i) == separator)
            return i;
    }
    return -1;
}

// The components of a structured value (N, ORG), split at unescaped semicolons.
QStringList components(QStringView value)
{
    QStringList parts;
    while (true) {
        const qsizetype at = unescapedIndex(value, u';');
        if (at < 0) {
            parts.append(VCardReader::unescape(value));
            return parts;
        }
        parts.append(VCardReader::unescape(value.left(at)));
        value = value.mid(at + 1);
    }
}

// The name of a property without its group and parameters, in capitals, and its value.
struct Property
{
    QString name;
    QStringView value;
};

std::optional<Property> property(QStringView line)
{
    // The value starts after the first colon outside a quoted parameter value.
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (line.at(i) == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    QStringView name = line.left(colon);
    if (const qsizetype semicolon = name.indexOf(u';'); semicolon >= 0)
        name = name.left(semicolon);
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0)
        name = name.mid(dot + 1);
    return Property{name.trimmed().toString().toUpper(), line.mid(colon + 1)};
}

} // namespace

QString VCardReader::unescape(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(++i);
        out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
    }
    return out;
}

Result<QList<VCard>> VCardReader::read(QByteArrayView data, const QString &sourceName)
{
    if (data.size() > MaxBytes)
        return Error{tr("%1: the file is larger than %2 MB").arg(sourceName).arg(MaxBytes >> 20)};
    const QString text = QString::fromUtf8(data);
    QList<VCard> cards;
    std::optional<VCard> card;
    QString structuredName; // N, for a card without FN
    auto problem = [&](qint64 line, const QString &what) {
        return Error{tr("%1, line %2: %3").arg(sourceName).arg(line).arg(what)};
    };
    for (const Unfolded &line : unfold(text)) {
        const auto p = property(line.text);
        if (!p)
            return problem(
                line.line,
                tr("\"%1\" is not a vCard property (NAME:value)").arg(line.text.left(60)));
        const QString value = unescape(p->value);
        if (p->name == u"BEGIN"_s && value.compare(u"VCARD"_s, Qt::CaseInsensitive) == 0) {
            if (card)
                return problem(card->line, tr("the card has no END:VCARD before the next one"));
            card = VCard{};
            card->line = line.line;
            structuredName.clear();
            continue;
        }
        if (!card)
            return problem(line.line, tr("\"%1\" stands outside a card (BEGIN:VCARD … END:VCARD)")
                                          .arg(line.text.left(60)));
        if (p->name == u"END"_s) {
            if (card->version != u"3.0"_s && card->version != u"4.0"_s)
                return problem(
                    card->line,
                    tr("the card's VERSION \"%1\" is not 3.0 or 4.0").arg(card->version));
            if (card->formattedName.trimmed().isEmpty())
                card->formattedName = structuredName.trimmed();
            if (card->formattedName.isEmpty())
                return problem(card->line, tr("the card has no name (FN or N)"));
            cards.append(*card);
            card.reset();
        } else if (p->name == u"VERSION"_s) {
            card->version = value.trimmed();
        } else if (p->name == u"FN"_s) {
            card->formattedName = value.trimmed();
        } else if (p->name == u"N"_s) {
            // The components of N, in their order (RFC 6350, 6.2.2).
            enum { Family, Given, Additional, Prefixes, Suffixes };
            const QStringList n = components(p->value);
            structuredName = QStringList{n.value(Prefixes), n.value(Given), n.value(Additional),
                                         n.value(Family), n.value(Suffixes)}
                                 .join(u' ')
                                 .simplified();
        } else if (p->name == u"ORG"_s) {
            // The organisation's name comes before its units.
            enum { OrganizationName };
            card->organization = components(p->value).value(OrganizationName).trimmed();
        } else if (p->name == u"TITLE"_s) {
            card->title = value.trimmed();
        } else if (p->name == u"ROLE"_s) {
            if (card->title.isEmpty())
                card->title = value.trimmed();
        } else if (p->name == u"EMAIL"_s) {
            if (card->email.isEmpty())
                card->email = value.trimmed();
        } else if (p->name == u"TEL"_s) {
            // vCard 4.0 writes a number as a URI ("tel:+39-02-555").
            QString tel = value.trimmed();
            if (tel.startsWith(u"tel:"_s, Qt::CaseInsensitive))
                tel = tel.mid(4);
            if (card->phone.isEmpty())
                card->phone = tel;
        } else if (p->name == u"X-CRM-ACCOUNT-ID"_s) {
            card->externalId = value.trimmed();
        }
    }
    if (card)
        return problem(card->line, tr("the card has no END:VCARD"));
    return cards;
}

} // namespace Accordo
