#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Accordo {

/// A word-level comparison of two texts: the longest common subsequence of their words, and
/// the text marked up as a redline (removed words struck through in red, added words
/// underlined in green).
class TextRedline
{
public:
    enum class Change { Same, Removed, Added };
    /// One step through both token lists: a token of both (Same), of `from` only (Removed) or
    /// of `to` only (Added), with its index in the list it comes from.
    struct Edit
    {
        Change change = Change::Same;
        qsizetype from = -1;
        qsizetype to = -1;
        friend bool operator==(const Edit &, const Edit &) = default;
    };
    /// A run of words with the same change, joined by single spaces.
    struct Piece
    {
        Change change = Change::Same;
        QString text;
        friend bool operator==(const Piece &, const Piece &) = default;
    };

    /// The text's words: the runs of characters between white space.
    static QStringList words(const QString &text);
    /// The edits that turn `from` into `to` keeping the most tokens in common; where both
    /// remove and add at one place, the removal comes first.
    static QList<Edit> diff(const QStringList &from, const QStringList &to);
    /// diff() over the words of two texts, with runs of one change merged into one piece.
    static QList<Piece> diffWords(const QString &from, const QString &to);
    /// The pieces as rich text: plain for Same, <s> in red for Removed, <u> in green for Added.
    static QString html(const QList<Piece> &pieces);
    /// One piece of text all removed or all added, as html() writes it.
    static QString markedHtml(const QString &text, Change change);
};

} // namespace Accordo
