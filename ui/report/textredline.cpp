#include "textredline.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

// Beyond this many cells the table of common subsequences would take hundreds of megabytes:
// the middle that differs is then shown as removed in whole and added in whole.
constexpr qsizetype MaxCells = 16 * 1024 * 1024;

} // namespace

QStringList TextRedline::words(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts);
}

QList<TextRedline::Edit> TextRedline::diff(const QStringList &from, const QStringList &to)
{
    // The common start and end cost nothing; only the middle needs the quadratic table.
    qsizetype head = 0;
    while (head < from.size() && head < to.size() && from[head] == to[head])
        ++head;
    qsizetype tail = 0;
    while (tail < from.size() - head && tail < to.size() - head
           && from[from.size() - 1 - tail] == to[to.size() - 1 - tail])
        ++tail;
    const qsizetype n = from.size() - head - tail;
    const qsizetype m = to.size() - head - tail;

    QList<Edit> edits;
    edits.reserve(head + tail + n + m);
    for (qsizetype i = 0; i < head; ++i)
        edits.append({Change::Same, i, i});

    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MaxCells) {
        // common[i][j]: the length of the longest common subsequence of from[head + i ..] and
        // to[head + j ..] within the middle.
        std::vector<int> common(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & {
            return common[size_t(i * (m + 1) + j)];
        };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = from[head + i] == to[head + j] ? at(i + 1, j + 1) + 1
                                                          : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && from[head + i] == to[head + j]) {
                edits.append({Change::Same, head + i, head + j});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                edits.append({Change::Removed, head + i, -1});
                ++i;
            } else {
                edits.append({Change::Added, -1, head + j});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            edits.append({Change::Removed, head + i, -1});
        for (qsizetype j = 0; j < m; ++j)
            edits.append({Change::Added, -1, head + j});
    }

    for (qsizetype k = 0; k < tail; ++k)
        edits.append({Change::Same, from.size() - tail + k, to.size() - tail + k});
    return edits;
}

QList<TextRedline::Piece> TextRedline::diffWords(const QString &from, const QString &to)
{
    const QStringList a = words(from);
    const QStringList b = words(to);
    QList<Piece> pieces;
    for (const Edit &edit : diff(a, b)) {
        const QString &word = edit.change == Change::Added ? b[edit.to] : a[edit.from];
        if (!pieces.isEmpty() && pieces.last().change == edit.change)
            pieces.last().text += u' ' + word;
        else
            pieces.append({edit.change, word});
    }
    return pieces;
}

QString TextRedline::markedHtml(const QString &text, Change change)
{
    switch (change) {
    case Change::Same:
        break;
    case Change::Removed:
        return u"<s style=\"color:#c62828\">"_s + text.toHtmlEscaped() + u"</s>"_s;
    case Change::Added:
        return u"<u style=\"color:#2e7d32\">"_s + text.toHtmlEscaped() + u"</u>"_s;
    }
    return text.toHtmlEscaped();
}

QString TextRedline::html(const QList<Piece> &pieces)
{
    QStringList parts;
    parts.reserve(pieces.size());
    for (const Piece &piece : pieces)
        parts.append(markedHtml(piece.text, piece.change));
    return parts.join(u' ');
}

} // namespace Accordo
