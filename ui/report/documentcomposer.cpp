#include "documentcomposer.h"

#include "documentredline.h"
#include "textredline.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QScreen>
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

const QString Serif = u"DejaVu Serif"_s;
const QString Sans = u"DejaVu Sans"_s;
const QColor Ink(0x21, 0x21, 0x21);
const QColor Muted(0x61, 0x61, 0x61);
const QColor Accent(0x1f, 0x4e, 0x79);
const QColor Rule(0x9e, 0x9e, 0x9e);
const QColor HeaderFill(0xe3, 0xe9, 0xf1);
const QColor DraftRed(0xc6, 0x28, 0x28);
constexpr qreal BodyPoints = 10.5;
constexpr qreal TablePoints = 8.5;

QTextCharFormat charFormat(const QString &family, qreal points, bool bold,
                           const QColor &colour = Ink)
{
    QTextCharFormat format;
    format.setFontFamilies({family});
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(colour);
    return format;
}

// Rich text of a heading in the heading's font, so that the marked words of a redline keep it.
QString headingSpan(const QString &html, qreal points, bool bold, const QColor &colour)
{
    return u"<span style=\"font-family:'%1'; font-size:%2pt; font-weight:%3; color:%4\">%5</span>"_s
        .arg(Sans)
        .arg(points)
        .arg(bold ? 700 : 400)
        .arg(colour.name(), html);
}

} // namespace

DocumentComposer::DocumentComposer(const AgreementDocument &document, const QLocale &locale,
                                   const DocumentRedline *redline)
    : mDocument(redline ? redline->document() : document), mLocale(locale), mRedline(redline)
{}

qreal DocumentComposer::pixelsPerPoint(const QPaintDevice *device)
{
    if (device)
        return device->logicalDpiY() / 72.0;
    const QScreen *screen = QGuiApplication::primaryScreen();
    return (screen ? screen->logicalDotsPerInchY() : 96.0) / 72.0;
}

std::unique_ptr<QTextDocument> DocumentComposer::compose(const Pages &pages)
{
    auto document = std::make_unique<QTextDocument>();
    mScale = pixelsPerPoint(pages.device);
    mBreakBefore = pages.breakBefore;
    mContentsTargets.clear();
    mHeadings.clear();
    mOwnTables.clear();
    mFirstBlock = true;
    mBreakNext = false;
    mForcedBreaks.clear();
    mContents = pages.contents;
    mContentsTable = nullptr;

    QFont font(Serif);
    font.setPointSizeF(BodyPoints);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(
        u"p { margin-top: 0px; margin-bottom: %1px; } li { margin-bottom: %2px; }"_s
            .arg(qRound(px(5)))
            .arg(qRound(px(2))));
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 u"%1 — %2"_s.arg(mDocument.number, mDocument.title));
    QTextFrameFormat root = document->rootFrame()->frameFormat();
    if (pages.device) {
        // The running header and footer are drawn in the top and bottom margins.
        root.setTopMargin(px(78));
        root.setBottomMargin(px(64));
        root.setLeftMargin(px(62));
        root.setRightMargin(px(62));
    } else {
        root.setMargin(px(18));
    }
    document->rootFrame()->setFrameFormat(root);

    // The contents come before the sections they list: number the sections first.
    QList<Entry> entries;
    QList<QString> numbers;
    int number = 0;
    bool signatureSection = false;
    for (const DocumentSection &section : mDocument.sections) {
        const bool removed =
            mRedline && mRedline->sectionMark(section.key) == DocumentRedline::Mark::Removed;
        numbers.append(removed ? QString() : QString::number(++number));
        if (!removed)
            entries.append(
                {u"%1. %2"_s.arg(number).arg(section.title), u"section-%1"_s.arg(number)});
        signatureSection = signatureSection || section.key == u"signatures"_s;
    }
    if (!signatureSection)
        entries.append({tr("Signatures"), u"signatures"_s});

    QTextCursor cursor(document.get());
    if (mRedline)
        summary(cursor);
    cover(cursor);
    contents(cursor, entries, pages);
    inheritance(cursor);
    for (qsizetype i = 0; i < mDocument.sections.size(); ++i) {
        const DocumentSection &section = mDocument.sections[i];
        if (section.key == u"signatures"_s) {
            pageBreak();
            writeSection(cursor, section, numbers[i], u"section-%1"_s.arg(numbers[i]));
            signatures(cursor);
        } else {
            writeSection(cursor, section, numbers[i], u"section-%1"_s.arg(numbers[i]));
        }
    }
    if (!signatureSection) {
        pageBreak();
        heading(cursor, tr("Signatures"), QString(), 1, u"signatures"_s);
        signatures(cursor);
    }
    styleClauseTables(*document);
    // Laid out on pages only once written: a paged document lays itself out again after every
    // insertion, which makes composing one a hundred times slower.
    if (pages.device) {
        document->documentLayout()->setPaintDevice(pages.device);
        document->setPageSize(pages.size);
    }
    return document;
}

void DocumentComposer::repaginate(QTextDocument &document, const Pages &pages)
{
    int from = document.characterCount();
    QTextCursor edit(&document);
    edit.beginEditBlock();
    if (mContentsTable && mContentsTable->columns() == 2 && pages.contents != mContents) {
        for (int r = 0; r < mContentsTable->rows() && r < pages.contents.size(); ++r) {
            const QTextTableCell cell = mContentsTable->cellAt(r, 1);
            QTextCursor page = cell.firstCursorPosition();
            page.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            page.insertText(QString::number(pages.contents[r]), charFormat(Sans, 10.5, false));
        }
        from = std::min(from, mContentsTable->firstPosition());
    }
    for (int number : mBreakBefore + pages.breakBefore) {
        const bool breaks = pages.breakBefore.contains(number) || mForcedBreaks.contains(number);
        QTextCursor at(document.findBlockByNumber(number));
        QTextBlockFormat format = at.blockFormat();
        const QTextFormat::PageBreakFlags policy = breaks ? QTextFormat::PageBreak_AlwaysBefore
                                                          : QTextFormat::PageBreak_Auto;
        if (format.pageBreakPolicy() == policy)
            continue;
        format.setPageBreakPolicy(policy);
        at.setBlockFormat(format);
        from = std::min(from, at.block().position());
    }
    edit.endEditBlock();
    // The layout after such an edit can leave blocks further down unplaced (no size, not
    // drawn): all from the first change is laid out again.
    if (from < document.characterCount())
        document.markContentsDirty(from, document.characterCount() - from);
    mBreakBefore = pages.breakBefore;
    mContents = pages.contents;
}

void DocumentComposer::block(QTextCursor &cursor, const QString &text, qreal points, bool bold,
                             qreal topMargin, qreal bottomMargin, const QColor &colour)
{
    QTextBlockFormat format;
    format.setTopMargin(px(topMargin));
    format.setBottomMargin(px(bottomMargin));
    const QTextCharFormat chars = charFormat(Sans, points, bold, colour.isValid() ? colour : Ink);
    // The empty block after a table, or the document's first, is used rather than left empty.
    const bool reuse = mFirstBlock
                       || (cursor.block().length() == 1 && !cursor.currentTable()
                           && !cursor.currentList() && cursor.atEnd());
    if (reuse) {
        cursor.setBlockFormat(format);
        cursor.setBlockCharFormat(chars);
    } else {
        cursor.insertBlock(format, chars);
    }
    mFirstBlock = false;
    if (mBreakNext)
        mForcedBreaks.insert(cursor.block().blockNumber());
    if (mBreakNext || mBreakBefore.contains(cursor.block().blockNumber())) {
        mBreakNext = false;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
    }
    if (!text.isEmpty())
        cursor.insertText(text, chars);
}

void DocumentComposer::pageBreak()
{
    mBreakNext = true;
}

void DocumentComposer::heading(QTextCursor &cursor, const QString &text, const QString &html,
                               int level, const QString &anchor)
{
    const qreal points = level == 1 ? 15 : 11;
    block(cursor, QString(), points, true, level == 1 ? 16 : 9, level == 1 ? 7 : 3,
          level == 1 ? Accent : Ink);
    QTextBlockFormat format = cursor.blockFormat();
    format.setHeadingLevel(level);
    cursor.setBlockFormat(format);
    QTextCharFormat chars = charFormat(Sans, points, true, level == 1 ? Accent : Ink);
    if (!anchor.isEmpty()) {
        chars.setAnchor(true);
        chars.setAnchorNames({anchor});
    }
    if (!text.isEmpty())
        cursor.insertText(text, chars);
    if (!html.isEmpty())
        cursor.insertHtml(headingSpan(html, points, true, level == 1 ? Accent : Ink));
    mHeadings.append(cursor.block().blockNumber());
    if (!anchor.isEmpty() && level == 1)
        mContentsTargets.append(cursor.block().blockNumber());
}

QTextTable *DocumentComposer::plainTable(QTextCursor &cursor, int rows, int columns,
                                         const QList<qreal> &widths)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(px(3));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (qreal width : widths)
        constraints.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(constraints);
    QTextTable *table = cursor.insertTable(rows, columns, format);
    mOwnTables.insert(table);
    return table;
}

void DocumentComposer::cover(QTextCursor &cursor)
{
    const AgreementDocument &d = mDocument;
    if (mRedline)
        pageBreak();
    block(cursor, d.kind.toUpper(), 11, true, 110, 6, Muted);
    block(cursor, d.title, 26, true, 0, 8, Accent);
    block(cursor, tr("%1 · version %2").arg(d.number).arg(d.version), 13, false, 0, 4);
    if (d.draft)
        block(cursor, tr("DRAFT — not for signature"), 12, true, 6, 0, DraftRed);
    block(cursor, QString(), 4, false, 28, 0);

    const QList<std::pair<QString, QString>> facts = {
        {tr("Agreement number"), d.number},
        {tr("Version"), QString::number(d.version)},
        {tr("Status"), d.status},
        {tr("Date"), d.date.isValid() ? mLocale.toString(d.date, u"d MMMM yyyy"_s) : u"—"_s},
    };
    QTextTable *table = plainTable(cursor, int(facts.size()), 2, {30, 70});
    for (int r = 0; r < facts.size(); ++r) {
        table->cellAt(r, 0).firstCursorPosition().insertText(facts[r].first,
                                                             charFormat(Sans, 10, true, Muted));
        table->cellAt(r, 1).firstCursorPosition().insertText(facts[r].second,
                                                             charFormat(Sans, 10, false));
    }
    cursor.movePosition(QTextCursor::End);
    block(cursor, tr("Between the parties"), 12, true, 26, 4, Accent);
    if (!d.parties.isEmpty()) {
        QTextTable *parties = plainTable(cursor, int(d.parties.size()), 2, {30, 70});
        for (int r = 0; r < d.parties.size(); ++r) {
            parties->cellAt(r, 0).firstCursorPosition().insertText(
                d.parties[r].role, charFormat(Sans, 10, true, Muted));
            parties->cellAt(r, 1).firstCursorPosition().insertText(d.parties[r].name,
                                                                   charFormat(Sans, 10, true));
        }
        cursor.movePosition(QTextCursor::End);
    }
    pageBreak();
}

void DocumentComposer::contents(QTextCursor &cursor, const QList<Entry> &entries,
                                const Pages &pages)
{
    heading(cursor, tr("Contents"), QString(), 1);
    const bool numbered = pages.device != nullptr;
    QTextTable *table = numbered ? plainTable(cursor, int(entries.size()), 2, {88, 12})
                                 : plainTable(cursor, int(entries.size()), 1);
    mContentsTable = table;
    for (int r = 0; r < entries.size(); ++r) {
        QTextCharFormat link = charFormat(Sans, 10.5, false);
        link.setAnchor(true);
        link.setAnchorHref(u"#"_s + entries[r].anchor);
        table->cellAt(r, 0).firstCursorPosition().insertText(entries[r].text, link);
        if (!numbered)
            continue;
        QTextCursor page = table->cellAt(r, 1).firstCursorPosition();
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        page.setBlockFormat(right);
        page.insertText(r < pages.contents.size() ? QString::number(pages.contents[r]) : QString(),
                        charFormat(Sans, 10.5, false));
    }
    cursor.movePosition(QTextCursor::End);
    pageBreak();
}

void DocumentComposer::inheritance(QTextCursor &cursor)
{
    if (mDocument.inheritsFrom.isEmpty())
        return;
    heading(cursor, tr("Terms by reference"), QString(), 2);
    block(cursor, QString(), BodyPoints, false, 0, 4);
    cursor.insertText(tr("The terms of the following agreements apply to this agreement except "
                         "where it says otherwise, the nearest first:"),
                      charFormat(Serif, BodyPoints, false));
    QTextList *list = nullptr;
    for (const QString &parent : mDocument.inheritsFrom) {
        block(cursor, QString(), BodyPoints, false, 0, 2);
        if (list)
            list->add(cursor.block());
        else
            list = cursor.createList(QTextListFormat::ListDisc);
        cursor.insertText(parent, charFormat(Serif, BodyPoints, false));
    }
    QStringList overriding;
    int number = 0;
    for (const DocumentSection &section : mDocument.sections) {
        if (mRedline && mRedline->sectionMark(section.key) == DocumentRedline::Mark::Removed)
            continue;
        ++number;
        if (section.overridesParent)
            overriding.append(u"%1. %2"_s.arg(number).arg(section.title));
    }
    block(cursor, QString(), BodyPoints, false, 4, 6);
    cursor.insertText(overriding.isEmpty()
                          ? tr("No section of this agreement replaces theirs.")
                          : tr("These sections of this agreement replace the sections of the same "
                               "name in those agreements: %1.")
                                .arg(overriding.join(u"; "_s)),
                      charFormat(Serif, BodyPoints, false));
}

void DocumentComposer::writeSection(QTextCursor &cursor, const DocumentSection &section,
                                    const QString &number, const QString &anchor)
{
    const bool removed = number.isEmpty();
    const QString titleHtml = mRedline ? mRedline->sectionTitleHtml(section.key) : QString();
    if (titleHtml.isEmpty())
        heading(cursor, u"%1. %2"_s.arg(number, section.title), QString(), 1, anchor);
    else
        heading(cursor, removed ? QString() : number + u". "_s, titleHtml, 1,
                removed ? QString() : anchor);
    if (section.overridesParent && !mDocument.inheritsFrom.isEmpty()) {
        QTextCharFormat note = charFormat(Serif, 9.5, false, Muted);
        note.setFontItalic(true);
        block(cursor, QString(), 9.5, false, 0, 6);
        cursor.insertText(tr("This section replaces the section of the same name in the "
                             "agreements whose terms apply by reference."),
                          note);
        // Kept with the heading above it and the clause below it.
        mHeadings.append(cursor.block().blockNumber());
    }
    int clauseNumber = 0;
    for (const DocumentClause &clause : section.clauses) {
        const bool gone =
            removed
            || (mRedline && mRedline->clauseMark(clause.key) == DocumentRedline::Mark::Removed);
        const QString prefix = gone ? QString() : u"%1.%2 "_s.arg(number).arg(++clauseNumber);
        const QString title = mRedline ? mRedline->clauseTitleHtml(clause.key) : QString();
        if (title.isEmpty())
            heading(cursor, prefix + clause.title, QString(), 2);
        else
            heading(cursor, prefix, title, 2);
        cursor.insertBlock(QTextBlockFormat(), charFormat(Serif, BodyPoints, false));
        cursor.insertHtml(clause.html);
    }
}

void DocumentComposer::signatures(QTextCursor &cursor)
{
    const QTextCharFormat text = charFormat(Serif, BodyPoints, false);
    if (mDocument.signatories.isEmpty()) {
        block(cursor, QString(), BodyPoints, false, 4, 4);
        cursor.insertText(tr("No signatories are named."), text);
        return;
    }
    const QString line(30, u'_');
    const auto &signatories = mDocument.signatories;
    QTextTable *table = plainTable(cursor, int((signatories.size() + 1) / 2), 2, {50, 50});
    QTextTableFormat format = table->format();
    format.setCellPadding(px(8));
    format.setTopMargin(px(10));
    table->setFormat(format);
    for (int i = 0; i < signatories.size(); ++i) {
        const DocumentSignatory &s = signatories[i];
        QTextCursor cell = table->cellAt(i / 2, i % 2).firstCursorPosition();
        QTextBlockFormat spaced;
        spaced.setTopMargin(px(4));
        cell.insertText(s.party, charFormat(Sans, 10.5, true, Accent));
        cell.insertBlock(spaced);
        const QString blank(24, u'_');
        cell.insertText(tr("Name: %1").arg(s.name.isEmpty() ? blank : s.name), text);
        cell.insertBlock(spaced);
        cell.insertText(tr("Role: %1").arg(s.role.isEmpty() ? blank : s.role), text);
        QTextBlockFormat signature;
        signature.setTopMargin(px(30));
        cell.insertBlock(signature);
        cell.insertText(tr("Signature: %1").arg(line), text);
        spaced.setTopMargin(px(12));
        cell.insertBlock(spaced);
        cell.insertText(s.signedOn.isEmpty() ? tr("Date: %1").arg(QString(18, u'_'))
                                             : tr("Signed on %1").arg(s.signedOn),
                        text);
        spaced.setTopMargin(px(4));
        cell.insertBlock(spaced);
    }
    cursor.movePosition(QTextCursor::End);
}

void DocumentComposer::summary(QTextCursor &cursor)
{
    const AgreementDocument &d = mDocument;
    block(cursor,
          tr("Changes from version %1 to version %2").arg(mRedline->fromVersion()).arg(d.version),
          20, true, 0, 4, Accent);
    block(cursor, u"%1 — %2"_s.arg(d.number, d.title), 12, false, 0, 10, Muted);
    block(cursor, QString(), BodyPoints, false, 0, 8);
    const QString legend =
        tr("Text removed since version %1 is %2; text added is %3.")
            .arg(QString::number(mRedline->fromVersion()),
                 TextRedline::markedHtml(tr("struck through in red"), TextRedline::Change::Removed),
                 TextRedline::markedHtml(tr("underlined in green"), TextRedline::Change::Added));
    cursor.insertHtml(u"<span style=\"font-family:'%1'; font-size:%2pt\">%3</span>"_s.arg(Serif)
                          .arg(BodyPoints)
                          .arg(legend));

    heading(cursor, tr("Changes to the terms"), QString(), 2);
    const QTextCharFormat text = charFormat(Serif, BodyPoints, false);
    if (mTermChanges.isEmpty()) {
        block(cursor, QString(), BodyPoints, false, 0, 4);
        cursor.insertText(tr("The terms did not change."), text);
    }
    QTextList *list = nullptr;
    for (const QString &change : mTermChanges) {
        block(cursor, QString(), BodyPoints, false, 0, 2);
        if (list)
            list->add(cursor.block());
        else
            list = cursor.createList(QTextListFormat::ListDisc);
        cursor.insertText(change, text);
    }

    heading(cursor, tr("Changes to the clauses"), QString(), 2);
    const QList<DocumentRedline::Change> &changes = mRedline->changes();
    if (changes.isEmpty()) {
        block(cursor, QString(), BodyPoints, false, 0, 4);
        cursor.insertText(tr("No clause changed."), text);
        pageBreak();
        return;
    }
    block(cursor, QString(), BodyPoints, false, 0, 0);
    // Styled as a clause's table: borders and a header row.
    QTextTable *table = cursor.insertTable(int(changes.size()) + 1, 3);
    const QStringList header = {tr("Clause"), tr("Title"), tr("Change")};
    for (int c = 0; c < 3; ++c)
        table->cellAt(0, c).firstCursorPosition().insertText(header[c]);
    for (int r = 0; r < changes.size(); ++r) {
        const DocumentRedline::Change &change = changes[r];
        const QString what = change.mark == DocumentRedline::Mark::Added     ? tr("added")
                             : change.mark == DocumentRedline::Mark::Removed ? tr("removed")
                                                                             : tr("changed");
        table->cellAt(r + 1, 0).firstCursorPosition().insertText(change.number);
        table->cellAt(r + 1, 1).firstCursorPosition().insertText(change.title);
        table->cellAt(r + 1, 2).firstCursorPosition().insertText(what);
    }
    cursor.movePosition(QTextCursor::End);
    pageBreak();
}

void DocumentComposer::styleClauseTables(QTextDocument &document)
{
    std::function<void(QTextFrame *)> walk = [&](QTextFrame *frame) {
        for (QTextFrame *child : frame->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(child);
            if (table && !mOwnTables.contains(table)) {
                QTextTableFormat format = table->format();
                format.setBorder(px(0.6));
                format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                format.setBorderBrush(Rule);
                format.setBorderCollapse(true);
                format.setCellSpacing(0);
                format.setCellPadding(px(3));
                format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
                format.setTopMargin(px(4));
                format.setBottomMargin(px(8));
                // The header row comes again on every page the table runs over.
                format.setHeaderRowCount(table->rows() > 1 ? 1 : 0);
                table->setFormat(format);
                for (int r = 0; r < table->rows(); ++r)
                    for (int c = 0; c < table->columns(); ++c) {
                        QTextTableCell cell = table->cellAt(r, c);
                        if (cell.row() != r || cell.column() != c)
                            continue;
                        if (r == 0) {
                            QTextTableCellFormat fill = cell.format().toTableCellFormat();
                            fill.setBackground(HeaderFill);
                            cell.setFormat(fill);
                        }
                        QTextCursor text = cell.firstCursorPosition();
                        text.setPosition(cell.lastCursorPosition().position(),
                                         QTextCursor::KeepAnchor);
                        QTextCharFormat font;
                        font.setFontFamilies({Sans});
                        font.setFontPointSize(TablePoints);
                        if (r == 0)
                            font.setFontWeight(QFont::Bold);
                        text.mergeCharFormat(font);
                    }
            }
            walk(child);
        }
    };
    walk(document.rootFrame());
}

} // namespace Accordo
