#include "documentredline.h"

#include "textredline.h"

#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <functional>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

using Change = TextRedline::Change;
using Table = QList<QStringList>; // rows of cell texts

// A clause's text as one stream of tokens: its words, a paragraph mark before each paragraph
// (carrying its list marker, so that a paragraph turned into a list item counts as changed)
// and one token for each table, which stands for the whole table.
const QChar ParagraphMark(0x2029);
const QString TableToken = u"\u2029\u2029table"_s;

struct ClauseContent
{
    QStringList tokens;
    QList<Table> tables;
};

QString listMarker(const QTextBlock &block)
{
    QTextList *list = block.textList();
    if (!list)
        return QString();
    const QString marker = list->itemText(block);
    const QString indent(std::max(0, list->format().indent() - 1) * 4, u' ');
    return indent + (marker.isEmpty() ? u"\u2022"_s : marker);
}

QString cellText(const QTextTableCell &cell)
{
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return TextRedline::words(cursor.selectedText().replace(ParagraphMark, u' ')).join(u' ');
}

Table tableOf(QTextTable *table)
{
    Table rows;
    for (int r = 0; r < table->rows(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(r, c);
            // A spanned cell is read once, where it starts.
            cells.append(cell.row() == r && cell.column() == c ? cellText(cell) : QString());
        }
        rows.append(cells);
    }
    return rows;
}

void readFrame(QTextFrame *frame, ClauseContent &content)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(child)) {
                content.tokens.append(TableToken);
                content.tables.append(tableOf(table));
            } else {
                readFrame(child, content);
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QStringList words = TextRedline::words(block.text());
        if (words.isEmpty())
            continue;
        content.tokens.append(ParagraphMark + listMarker(block));
        content.tokens.append(words);
    }
}

ClauseContent contentOf(const QString &html)
{
    ClauseContent content;
    if (html.trimmed().isEmpty())
        return content;
    QTextDocument document;
    document.setHtml(html);
    readFrame(document.rootFrame(), content);
    return content;
}

QString cellsHtml(const QStringList &cells, int columns, const std::function<QString(int)> &cell)
{
    QString html = u"<tr>"_s;
    for (int c = 0; c < columns; ++c)
        html += u"<td>"_s + (c < cells.size() ? cell(c) : QString()) + u"</td>"_s;
    return html + u"</tr>"_s;
}

QString rowHtml(const QStringList &cells, int columns, Change change)
{
    return cellsHtml(cells, columns,
                     [&](int c) { return TextRedline::markedHtml(cells[c], change); });
}

// The later table with every row matched by its first cell diffed cell by cell; the rows of
// the earlier table that have no match stand struck through before the next matched row.
QString tableHtml(const Table &from, const Table &to, bool *changed)
{
    int columns = 0;
    for (const QStringList &row : from + to)
        columns = std::max(columns, int(row.size()));
    QList<bool> used(from.size(), false);
    qsizetype nextFrom = 0;
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"_s;
    auto flushRemoved = [&](qsizetype upTo) {
        for (; nextFrom < upTo; ++nextFrom) {
            if (used[nextFrom])
                continue;
            html += rowHtml(from[nextFrom], columns, Change::Removed);
            used[nextFrom] = true;
            *changed = true;
        }
    };
    for (const QStringList &row : to) {
        constexpr qsizetype FirstCell = 0; // what names a row
        const QString first = row.value(FirstCell);
        qsizetype match = -1;
        for (qsizetype i = 0; i < from.size() && match < 0; ++i)
            if (!used[i] && from[i].value(FirstCell) == first)
                match = i;
        if (match < 0) {
            html += rowHtml(row, columns, Change::Added);
            *changed = true;
            continue;
        }
        flushRemoved(match);
        used[match] = true;
        const QStringList &old = from[match];
        html += cellsHtml(row, columns, [&](int c) {
            const QList<TextRedline::Piece> pieces = TextRedline::diffWords(old.value(c), row[c]);
            for (const TextRedline::Piece &piece : pieces)
                if (piece.change != Change::Same)
                    *changed = true;
            return TextRedline::html(pieces);
        });
        // A cell the later table no longer has.
        for (qsizetype c = row.size(); c < old.size(); ++c)
            if (!old[c].isEmpty())
                *changed = true;
    }
    flushRemoved(from.size());
    return html + u"</table>"_s;
}

QString emptyTableHtml(const Table &table, Change change)
{
    bool changed = false;
    return change == Change::Added ? tableHtml({}, table, &changed)
                                   : tableHtml(table, {}, &changed);
}

// Writes the redline of a clause's tokens as paragraphs (list items keep their marker as
// text) and tables, each run of words with one change in one piece.
class ClauseWriter
{
public:
    ClauseWriter(const ClauseContent &from, const ClauseContent &to) : mFrom(from), mTo(to) {}

    QString write(bool *changed)
    {
        for (const TextRedline::Edit &edit : TextRedline::diff(mFrom.tokens, mTo.tokens)) {
            const QString &token = edit.change == Change::Added ? mTo.tokens[edit.to]
                                                                : mFrom.tokens[edit.from];
            if (edit.change != Change::Same && token != TableToken)
                *changed = true;
            if (token == TableToken)
                table(edit.change, changed);
            else if (token.startsWith(ParagraphMark))
                paragraphMark(token.mid(1));
            else
                word(token, edit.change);
        }
        closeParagraph();
        return mHtml;
    }

private:
    void table(Change change, bool *changed)
    {
        closeParagraph();
        if (change == Change::Same) {
            mHtml += tableHtml(mFrom.tables[mFromTable++], mTo.tables[mToTable++], changed);
        } else if (change == Change::Removed) {
            mHtml += emptyTableHtml(mFrom.tables[mFromTable++], change);
            *changed = true;
        } else {
            mHtml += emptyTableHtml(mTo.tables[mToTable++], change);
            *changed = true;
        }
    }
    void paragraphMark(const QString &marker)
    {
        closeParagraph();
        mMarker = marker;
    }
    void word(const QString &word, Change change)
    {
        if (!mOpen) {
            mHtml += mMarker.isEmpty() ? u"<p>"_s
                                       : u"<p style=\"margin-left:18px\">"_s
                                             + mMarker.toHtmlEscaped() + u"&nbsp;"_s;
            mOpen = true;
        }
        if (!mRun.isEmpty() && mRunChange != change)
            flushRun();
        mRunChange = change;
        mRun.append(word);
    }
    void flushRun()
    {
        if (mRun.isEmpty())
            return;
        if (!mHtml.endsWith(u"<p>"_s) && !mHtml.endsWith(u"&nbsp;"_s))
            mHtml += u' ';
        mHtml += TextRedline::markedHtml(mRun.join(u' '), mRunChange);
        mRun.clear();
    }
    void closeParagraph()
    {
        flushRun();
        if (mOpen)
            mHtml += u"</p>"_s;
        mOpen = false;
        mMarker.clear();
    }

    const ClauseContent &mFrom;
    const ClauseContent &mTo;
    QString mHtml;
    QString mMarker;
    QStringList mRun;
    Change mRunChange = Change::Same;
    bool mOpen = false;
    qsizetype mFromTable = 0;
    qsizetype mToTable = 0;
};

QString titleHtml(const QString &from, const QString &to)
{
    return TextRedline::html(TextRedline::diffWords(from, to));
}

} // namespace

QString DocumentRedline::clauseHtml(const QString &from, const QString &to, bool *changed)
{
    bool any = false;
    const QString html = ClauseWriter(contentOf(from), contentOf(to)).write(&any);
    if (changed)
        *changed = any;
    return html;
}

DocumentRedline DocumentRedline::compare(const AgreementDocument &from, const AgreementDocument &to)
{
    DocumentRedline redline;
    redline.mFromVersion = from.version;
    redline.mDocument = to;
    redline.mDocument.sections.clear();

    // Numbers as each version prints them: the summary names a removed clause by the number it
    // had.
    QHash<QString, const DocumentClause *> fromClauses;
    QHash<QString, QString> fromNumbers, toNumbers;
    for (qsizetype s = 0; s < from.sections.size(); ++s)
        for (qsizetype c = 0; c < from.sections[s].clauses.size(); ++c) {
            fromClauses.insert(from.sections[s].clauses[c].key, &from.sections[s].clauses[c]);
            fromNumbers.insert(from.sections[s].clauses[c].key, u"%1.%2"_s.arg(s + 1).arg(c + 1));
        }
    QSet<QString> toKeys;
    for (qsizetype s = 0; s < to.sections.size(); ++s)
        for (qsizetype c = 0; c < to.sections[s].clauses.size(); ++c) {
            toKeys.insert(to.sections[s].clauses[c].key);
            toNumbers.insert(to.sections[s].clauses[c].key, u"%1.%2"_s.arg(s + 1).arg(c + 1));
        }
    // A clause no longer in the document anywhere is removed; one that moved to another
    // section is compared where it now stands.
    for (auto it = fromClauses.cbegin(); it != fromClauses.cend(); ++it)
        if (!toKeys.contains(it.key()))
            redline.mClauseMarks.insert(it.key(), Mark::Removed);

    QList<bool> used(from.sections.size(), false);
    qsizetype nextFrom = 0;
    auto flushRemoved = [&](qsizetype upTo) {
        for (; nextFrom < upTo; ++nextFrom)
            if (!used[nextFrom]) {
                used[nextFrom] = true;
                redline.mSectionMarks.insert(from.sections[nextFrom].key, Mark::Removed);
                redline.mSectionTitles.insert(from.sections[nextFrom].key,
                                              titleHtml(from.sections[nextFrom].title, QString()));
                redline.mergeSection(&from.sections[nextFrom], nullptr, fromClauses, fromNumbers,
                                     toNumbers);
            }
    };
    for (const DocumentSection &section : to.sections) {
        qsizetype match = -1;
        for (qsizetype i = 0; i < from.sections.size() && match < 0; ++i)
            if (!used[i] && from.sections[i].key == section.key)
                match = i;
        if (match < 0) {
            redline.mSectionMarks.insert(section.key, Mark::Added);
            redline.mSectionTitles.insert(section.key, titleHtml(QString(), section.title));
            redline.mergeSection(nullptr, &section, fromClauses, fromNumbers, toNumbers);
            continue;
        }
        flushRemoved(match);
        used[match] = true;
        if (from.sections[match].title != section.title)
            redline.mSectionTitles.insert(section.key,
                                          titleHtml(from.sections[match].title, section.title));
        redline.mergeSection(&from.sections[match], &section, fromClauses, fromNumbers, toNumbers);
    }
    flushRemoved(from.sections.size());
    return redline;
}

void DocumentRedline::mergeSection(const DocumentSection *from, const DocumentSection *to,
                                   const QHash<QString, const DocumentClause *> &fromClauses,
                                   const QHash<QString, QString> &fromNumbers,
                                   const QHash<QString, QString> &toNumbers)
{
    DocumentSection merged = to ? *to : *from;
    merged.clauses.clear();
    const QList<DocumentClause> none;
    const QList<DocumentClause> &old = from ? from->clauses : none;
    qsizetype nextOld = 0;
    auto flushRemoved = [&](qsizetype upTo) {
        for (; nextOld < upTo; ++nextOld) {
            const DocumentClause &clause = old[nextOld];
            if (clauseMark(clause.key) != Mark::Removed)
                continue;
            DocumentClause marked = clause;
            marked.html = clauseHtml(clause.html, QString());
            mClauseTitles.insert(clause.key, titleHtml(clause.title, QString()));
            merged.clauses.append(marked);
            mChanges.append({Mark::Removed, fromNumbers.value(clause.key), clause.title});
        }
    };
    for (const DocumentClause &clause : to ? to->clauses : none) {
        for (qsizetype i = nextOld; i < old.size(); ++i)
            if (old[i].key == clause.key) {
                flushRemoved(i);
                break;
            }
        const DocumentClause *before = fromClauses.value(clause.key);
        DocumentClause marked = clause;
        bool changed = false;
        marked.html = clauseHtml(before ? before->html : QString(), clause.html, &changed);
        Mark mark = before ? Mark::Changed : Mark::Added;
        if (before && before->title != clause.title) {
            mClauseTitles.insert(clause.key, titleHtml(before->title, clause.title));
            changed = true;
        } else if (!before) {
            mClauseTitles.insert(clause.key, titleHtml(QString(), clause.title));
        }
        if (before && !changed) {
            // Unchanged: the text keeps all its formatting.
            mark = Mark::Unchanged;
            marked.html = clause.html;
        }
        mClauseMarks.insert(clause.key, mark);
        if (mark != Mark::Unchanged)
            mChanges.append({mark, toNumbers.value(clause.key), clause.title});
        merged.clauses.append(marked);
    }
    flushRemoved(old.size());
    mDocument.sections.append(merged);
}

} // namespace Accordo
