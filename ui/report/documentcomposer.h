#pragma once

#include "document/documentmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

class QPaintDevice;
class QTextCursor;
class QTextDocument;
class QTextTable;

namespace Accordo {

class DocumentRedline;

/// Writes an agreement's document into a QTextDocument: the cover, the contents, the terms by
/// reference, the numbered sections and clauses with their tables, the signature page, and for
/// a redline its summary page first. For a paged document the contents carry page numbers and
/// headings may be moved to the next page; the pagination decides both and composes again.
class DocumentComposer
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::DocumentRenderer)

public:
    struct Pages
    {
        QPaintDevice *device = nullptr; // null: a flowing document, laid out for the screen
        QSizeF size;                    // the page in the device's pixels
        QList<int> contents;            // the page of each entry of the contents
        QSet<int> breakBefore;          // the blocks (by number) that start a new page
    };

    DocumentComposer(const AgreementDocument &document, const QLocale &locale,
                     const DocumentRedline *redline = nullptr);

    /// What the summary page of a redline lists as the changes of the terms.
    void setTermChanges(const QStringList &changes) { mTermChanges = changes; }
    /// A new document; tr() must already answer in the document's language.
    std::unique_ptr<QTextDocument> compose(const Pages &pages);
    /// Brings a document compose() made up to new page numbers and page breaks, in place.
    void repaginate(QTextDocument &document, const Pages &pages);
    /// The blocks (by number) of the headings the contents list, in their order.
    const QList<int> &contentsTargets() const { return mContentsTargets; }
    /// The blocks (by number) of the headings that must stay on a page with what follows.
    const QList<int> &headings() const { return mHeadings; }

    /// Pixels of the device per point.
    static qreal pixelsPerPoint(const QPaintDevice *device);

private:
    struct Entry
    {
        QString text;
        QString anchor;
    };
    qreal px(qreal points) const { return points * mScale; }
    void block(QTextCursor &cursor, const QString &text, qreal points, bool bold,
               qreal topMargin = 0, qreal bottomMargin = 0, const QColor &colour = QColor());
    void pageBreak();
    void heading(QTextCursor &cursor, const QString &text, const QString &html, int level,
                 const QString &anchor = QString());
    void summary(QTextCursor &cursor);
    void cover(QTextCursor &cursor);
    void contents(QTextCursor &cursor, const QList<Entry> &entries, const Pages &pages);
    void inheritance(QTextCursor &cursor);
    void writeSection(QTextCursor &cursor, const DocumentSection &section, const QString &number,
                      const QString &anchor);
    void signatures(QTextCursor &cursor);
    QTextTable *plainTable(QTextCursor &cursor, int rows, int columns,
                           const QList<qreal> &widths = {});
    void styleClauseTables(QTextDocument &document);

    const AgreementDocument &mDocument;
    QLocale mLocale;
    const DocumentRedline *mRedline;
    QStringList mTermChanges;
    qreal mScale = 1;
    bool mFirstBlock = true;
    bool mBreakNext = false; // the next block starts a page
    QSet<int> mBreakBefore;
    QList<int> mContentsTargets;
    QList<int> mHeadings;
    QSet<QTextTable *> mOwnTables;
    QList<int> mContents;                 // the page numbers the contents show
    QSet<int> mForcedBreaks;              // the cover's, the contents' and the signatures'
    QTextTable *mContentsTable = nullptr; // in the document compose() made last
};

} // namespace Accordo
