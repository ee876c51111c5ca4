#include "documentsample.h"
#include "report/documentredline.h"
#include "report/documentrenderer.h"
#include "report/textredline.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Accordo;
using namespace Qt::StringLiterals;

// The agreement document as PDF, OpenDocument and HTML, read back with pdftotext and unzip:
// what the parties read and sign. And the word-level redline between two versions.
class tst_DocumentRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatOf_data();
    void formatOf();
    void wordDiff_data();
    void wordDiff();
    void clauseRedline_data();
    void clauseRedline();
    void pdfHasCoverContentsSectionsTargetsAndSignatures();
    void contentsNameThePagesTheSectionsStartOn();
    void watermarkOnEveryPageOfADraftOnly_data();
    void watermarkOnEveryPageOfADraftOnly();
    void inheritedTermsAreStatedOnlyWhenInherited();
    void datesAreInTheDocumentsLanguage();
    void odtIsOpenDocumentWithTheClauseTexts();
    void htmlIsOneSelfContainedFile();
    void redlinePdfSummarisesAndShowsRemovedAndAddedWords();
    void redlineMarksRemovedRedAndAddedGreen();
    void refusesWhatItCannotDraw_data();
    void refusesWhatItCannotDraw();
    void registersTheRendererForSigning();

private:
    QString write(const QByteArray &bytes, const QString &name) const;
    // The text of each page, pages separated by pdftotext's form feeds; whitespace collapsed.
    QStringList pdfPages(const QByteArray &pdf) const;
    static QString collapse(const QString &text);
    static bool containsNear(const QString &text, const QString &cell);

    QTemporaryDir mDir;
};

void tst_DocumentRenderer::initTestCase()
{
    QVERIFY(mDir.isValid());
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        QSKIP("unzip is not installed");
}

QString tst_DocumentRenderer::write(const QByteArray &bytes, const QString &name) const
{
    const QString path = mDir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

QString tst_DocumentRenderer::collapse(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s).trimmed();
}

QStringList tst_DocumentRenderer::pdfPages(const QByteArray &pdf) const
{
    const QString path = write(pdf, u"read.pdf"_s);
    QProcess process;
    process.start(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s});
    process.waitForFinished(60000);
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    // Ligatures (fi, ff) come back as one character each.
    for (QString &page : pages)
        page = collapse(page.normalized(QString::NormalizationForm_KC));
    return pages;
}

bool tst_DocumentRenderer::containsNear(const QString &text, const QString &cell)
{
    // A cell's text wraps where its column ends, also after the "/" of "(Europe/Rome)", and a
    // row that runs over a page break has its cells' first lines on one page and the rest on
    // the next: the cell's words come in order, a few of its neighbours' between them.
    static const QRegularExpression separators(u"[ /]+"_s);
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    const QStringList wanted = cell.split(separators, Qt::SkipEmptyParts);
    for (qsizetype start = 0; start < words.size(); ++start) {
        if (words[start] != wanted.first())
            continue;
        qsizetype matched = 1;
        for (qsizetype i = start + 1; i < words.size() && i < start + 60 && matched < wanted.size();
             ++i)
            if (words[i] == wanted[matched])
                ++matched;
        if (matched == wanted.size())
            return true;
    }
    return false;
}

void tst_DocumentRenderer::formatOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none

    QTest::newRow("pdf") << u"/tmp/a.pdf"_s << int(DocumentRenderer::Format::Pdf);
    QTest::newRow("upper-case-pdf") << u"A.PDF"_s << int(DocumentRenderer::Format::Pdf);
    QTest::newRow("odt") << u"contract.odt"_s << int(DocumentRenderer::Format::Odt);
    QTest::newRow("html") << u"c.html"_s << int(DocumentRenderer::Format::Html);
    QTest::newRow("htm") << u"c.htm"_s << int(DocumentRenderer::Format::Html);
    QTest::newRow("docx") << u"c.docx"_s << -1;
    QTest::newRow("no-suffix") << u"contract"_s << -1;
}

void tst_DocumentRenderer::formatOf()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<DocumentRenderer::Format> found = DocumentRenderer::formatOf(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void tst_DocumentRenderer::wordDiff_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("marked"); // [-removed-] {+added+}

    QTest::newRow("unchanged") << u"three months' notice"_s << u"three months' notice"_s
                               << u"three months' notice"_s;
    QTest::newRow("both-empty") << QString() << QString() << QString();
    QTest::newRow("all-added") << QString() << u"a new clause"_s << u"{+a new clause+}"_s;
    QTest::newRow("all-removed") << u"an old clause"_s << QString() << u"[-an old clause-]"_s;
    QTest::newRow("insertion") << u"with notice"_s << u"with written notice"_s
                               << u"with {+written+} notice"_s;
    QTest::newRow("deletion") << u"within eight business hours"_s << u"within eight hours"_s
                              << u"within eight [-business-] hours"_s;
    QTest::newRow("replacement") << u"with three months' notice"_s << u"with six months' notice"_s
                                 << u"with [-three-] {+six+} months' notice"_s;
    QTest::newRow("replacement-of-several")
        << u"a b c d"_s << u"a x y d"_s << u"a [-b c-] {+x y+} d"_s;
    QTest::newRow("white-space-only")
        << u"one  two\n three"_s << u"one two three"_s << u"one two three"_s;
    QTest::newRow("case-counts") << u"Net 30"_s << u"net 30"_s << u"[-Net-] {+net+} 30"_s;
    QTest::newRow("moved-word") << u"x y z"_s << u"z x y"_s << u"{+z+} x y [-z-]"_s;
}

void tst_DocumentRenderer::wordDiff()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, marked);
    QStringList parts;
    for (const TextRedline::Piece &piece : TextRedline::diffWords(from, to)) {
        switch (piece.change) {
        case TextRedline::Change::Same:
            parts.append(piece.text);
            break;
        case TextRedline::Change::Removed:
            parts.append(u"[-"_s + piece.text + u"-]"_s);
            break;
        case TextRedline::Change::Added:
            parts.append(u"{+"_s + piece.text + u"+}"_s);
            break;
        }
    }
    QCOMPARE(parts.join(u' '), marked);
}

void tst_DocumentRenderer::clauseRedline_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("changed");
    QTest::addColumn<QStringList>("expected"); // fragments of the marked html

    const QString row = u"<tr><td>%1</td><td>%2</td></tr>"_s;
    const QString table = u"<table><tr><th>Target</th><th>Goal</th></tr>%1</table>"_s;
    QTest::newRow("same-text-other-markup")
        << u"<p>Terms <b>apply</b>.</p>"_s << u"<p>Terms apply.</p>"_s << false << QStringList();
    QTest::newRow("paragraph-word-replaced")
        << u"<p>three months</p>"_s << u"<p>six months</p>"_s << true
        << QStringList{u"<s style=\"color:#c62828\">three</s>"_s,
                       u"<u style=\"color:#2e7d32\">six</u>"_s};
    QTest::newRow("table-cell-changed-row-matched-by-first-cell")
        << table.arg(row.arg(u"Resolution P2"_s, u"85 %"_s))
        << table.arg(row.arg(u"Resolution P2"_s, u"90 %"_s)) << true
        << QStringList{
               u"<td>Resolution P2</td>"_s,
               u"<td><s style=\"color:#c62828\">85</s> <u style=\"color:#2e7d32\">90</u> %</td>"_s};
    QTest::newRow("table-row-removed-and-row-added")
        << table.arg(row.arg(u"Printing"_s, u"99 %"_s) + row.arg(u"Desk"_s, u"95 %"_s))
        << table.arg(row.arg(u"Desk"_s, u"95 %"_s) + row.arg(u"Network"_s, u"99.8 %"_s)) << true
        << QStringList{u"<td><s style=\"color:#c62828\">Printing</s></td>"_s,
                       u"<td>Desk</td><td>95 %</td>"_s,
                       u"<td><u style=\"color:#2e7d32\">Network</u></td>"_s};
    QTest::newRow("clause-added") << QString() << u"<p>New duty</p>"_s << true
                                  << QStringList{u"<u style=\"color:#2e7d32\">New duty</u>"_s};
}

void tst_DocumentRenderer::clauseRedline()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, changed);
    QFETCH(QStringList, expected);
    bool any = false;
    const QString html = DocumentRedline::clauseHtml(from, to, &any);
    QCOMPARE(any, changed);
    for (const QString &fragment : expected)
        QVERIFY2(html.contains(fragment), qPrintable(html));
}

void tst_DocumentRenderer::pdfHasCoverContentsSectionsTargetsAndSignatures()
{
    // Given the long document, signed
    const AgreementDocument document = DocumentSample::longDocument();
    // When it is drawn as a PDF
    const Result<QByteArray> pdf = DocumentRenderer::render(document,
                                                            DocumentRenderer::Format::Pdf);
    QVERIFY2(pdf, qPrintable(pdf.errorString()));
    QVERIFY(pdf->startsWith("%PDF"));
    const QStringList pages = pdfPages(*pdf);
    QVERIFY(pages.size() >= 6);
    const QString all = pages.join(u' ');

    // Then the cover names the agreement, its version, status, date and parties
    const QString cover = pages.first();
    for (const QString &field :
         {document.title.section(u' ', 0, 2), document.number, u"Version 2"_s, u"Active"_s,
          u"1 October 2026"_s, u"Provider Northwind IT Services S.r.l."_s,
          u"Customer Acme Manufacturing S.p.A."_s, u"CUSTOMER SLA"_s})
        QVERIFY2(cover.contains(field), qPrintable(field + u" not on the cover: "_s + cover));
    // every section and clause is numbered
    for (const QString &heading :
         {u"1. Parties"_s, u"3. Service hours"_s, u"3.2 Holidays"_s, u"4.2 Service level targets"_s,
          u"12. Signatures"_s, u"12.1 Authority to sign"_s, u"11.2 Termination"_s})
        QVERIFY2(all.contains(heading), qPrintable(heading));
    // every target row is there, whole, read across a page break as a reader does (past the
    // running header and footer and the table's repeated header row)
    static const QRegularExpression footer(u"Active Page \\d+ of \\d+"_s);
    const QString reading =
        QString(all)
            .remove(footer)
            .remove(u"SLA-2024-0017 · version 2 Managed workplace services for Acme Manufacturing "
                    "S.p.A."_s)
            .remove(u"Service and metric Priority Target Measured over Calendar"_s);
    QVERIFY(all.contains(u"Service and metric Priority Target Measured over Calendar"_s));
    const QList<QStringList> targets = DocumentSample::targetRows();
    for (const QStringList &row : targets.mid(1))
        for (const QString &cell : row)
            QVERIFY2(containsNear(reading, cell), qPrintable(cell));
    QVERIFY(all.contains(u"15 %, capped at EUR 4,500.00 per month"_s));
    // the signature page has a block per signatory with a line to sign
    const QString last = pages.last();
    for (const DocumentSignatory &s : document.signatories) {
        QVERIFY2(last.contains(u"Name: "_s + s.name), qPrintable(s.name));
        QVERIFY2(last.contains(u"Role: "_s + s.role), qPrintable(s.role));
    }
    QCOMPARE(last.count(u"Signature: ______"_s), 4);
    QVERIFY(last.contains(u"Signed on 2026-10-01"_s));
    QVERIFY(last.contains(u"Signed on 2026-10-02"_s));
    QCOMPARE(last.count(u"Date: ______"_s), 2);
    // and every page but the cover carries the running header and "page x of y"
    for (int i = 1; i < pages.size(); ++i) {
        QVERIFY2(pages[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())),
                 qPrintable(pages[i].right(80)));
        QVERIFY(pages[i].contains(u"SLA-2024-0017 · version 2"_s));
    }
    QVERIFY(!cover.contains(u"Page 1 of"_s));
}

void tst_DocumentRenderer::contentsNameThePagesTheSectionsStartOn()
{
    const AgreementDocument document = DocumentSample::longDocument();
    const Result<QByteArray> pdf = DocumentRenderer::render(document,
                                                            DocumentRenderer::Format::Pdf);
    QVERIFY2(pdf, qPrintable(pdf.errorString()));
    const QStringList pages = pdfPages(*pdf);
    const QString contents = pages.value(1);
    QVERIFY2(contents.startsWith(u"Contents"_s) || contents.contains(u" Contents "_s),
             qPrintable(contents));
    for (qsizetype s = 0; s < document.sections.size(); ++s) {
        const QString heading = u"%1. %2"_s.arg(s + 1).arg(document.sections[s].title);
        const QRegularExpression entry(QRegularExpression::escape(heading) + u" (\\d+)"_s);
        const QRegularExpressionMatch match = entry.match(contents);
        QVERIFY2(match.hasMatch(), qPrintable(heading + u" not in "_s + contents));
        const int page = match.captured(1).toInt();
        QVERIFY2(page > 2 && page <= pages.size(), qPrintable(heading));
        // The section starts on that page (a heading, not a mention in the contents).
        const QString next = s + 1 < document.sections.size() ? u"%1.1 "_s.arg(s + 1) : heading;
        QVERIFY2(pages[page - 1].contains(heading),
                 qPrintable(heading + u" not on page "_s + QString::number(page)));
        QVERIFY2(pages[page - 1].contains(next) || pages.value(page).contains(next),
                 qPrintable(next));
        for (int before = 2; before < page - 1; ++before)
            QVERIFY2(!pages[before].contains(heading + u' ' + u"%1.1"_s.arg(s + 1)),
                     qPrintable(heading + u" already on page "_s + QString::number(before + 1)));
    }
}

void tst_DocumentRenderer::watermarkOnEveryPageOfADraftOnly_data()
{
    TestSupport::addRows<bool>("draft", {{"draft", true}, {"signed", false}});
}

void tst_DocumentRenderer::watermarkOnEveryPageOfADraftOnly()
{
    QFETCH(bool, draft);
    AgreementDocument document = DocumentSample::longDocument();
    document.draft = draft;
    const Result<QByteArray> pdf = DocumentRenderer::render(document,
                                                            DocumentRenderer::Format::Pdf);
    QVERIFY2(pdf, qPrintable(pdf.errorString()));
    const QStringList pages = pdfPages(*pdf);
    QVERIFY(pages.size() >= 6);
    for (int i = 0; i < pages.size(); ++i) {
        // The cover also says it in words; the other pages only through the watermark.
        const qsizetype expected = draft ? (i == 0 ? 2 : 1) : 0;
        // The watermark's letters come one by one, turned as they are.
        const QString letters = QString(pages[i]).remove(u' ');
        QCOMPARE(letters.count(u"DRAFT—notforsignature"_s), expected);
    }
}

void tst_DocumentRenderer::inheritedTermsAreStatedOnlyWhenInherited()
{
    AgreementDocument document = DocumentSample::longDocument();
    const Result<QByteArray> html = DocumentRenderer::render(document,
                                                             DocumentRenderer::Format::Html);
    QVERIFY2(html, qPrintable(html.errorString()));
    QTextDocument read;
    read.setHtml(QString::fromUtf8(*html));
    QString text = collapse(read.toPlainText());
    QVERIFY(text.contains(u"Terms by reference"_s));
    QVERIFY(text.contains(u"SLA-2024-0006 — Acme customer terms (customer level)"_s));
    QVERIFY(text.contains(u"SLA-2024-0001 — Northwind corporate terms (corporate level)"_s));
    QVERIFY(text.contains(u"replace the sections of the same name in those agreements: "
                          "3. Service hours; 4. Service levels and targets."_s));
    QCOMPARE(text.count(u"This section replaces the section of the same name"_s), 2);

    document.inheritsFrom.clear();
    const Result<QByteArray> plain = DocumentRenderer::render(document,
                                                              DocumentRenderer::Format::Html);
    QVERIFY2(plain, qPrintable(plain.errorString()));
    read.setHtml(QString::fromUtf8(*plain));
    text = collapse(read.toPlainText());
    QVERIFY(!text.contains(u"Terms by reference"_s));
    QVERIFY(!text.contains(u"This section replaces"_s));
}

void tst_DocumentRenderer::datesAreInTheDocumentsLanguage()
{
    AgreementDocument document = DocumentSample::longDocument();
    document.language = u"it"_s;
    const std::unique_ptr<QTextDocument> text = DocumentRenderer::textDocument(document);
    const QString cover = collapse(text->toPlainText()).section(u"Contents"_s, 0, 0);
    QVERIFY2(cover.contains(u"Date 1 ottobre 2026"_s), qPrintable(cover));
}

void tst_DocumentRenderer::odtIsOpenDocumentWithTheClauseTexts()
{
    AgreementDocument document = DocumentSample::longDocument();
    document.draft = true;
    const Result<QByteArray> odt = DocumentRenderer::render(document,
                                                            DocumentRenderer::Format::Odt);
    QVERIFY2(odt, qPrintable(odt.errorString()));
    const QString path = write(*odt, u"document.odt"_s);
    auto unzip = [&](const QString &member) {
        QProcess process;
        process.start(u"unzip"_s, {u"-p"_s, path, member});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    QCOMPARE(unzip(u"mimetype"_s), u"application/vnd.oasis.opendocument.text"_s);
    const QString content = unzip(u"content.xml"_s);
    QVERIFY(content.contains(u"<office:document-content"_s));
    for (const QString &text :
         {u"Either party may terminate this agreement with six months&apos; written notice."_s,
          u"11.2 Termination"_s, u"Service Desk — resolution"_s, u"Contents"_s,
          u"DRAFT — not for signature"_s, u"Name: Giulia Ferraro"_s})
        QVERIFY2(content.contains(text)
                     || content.contains(QString(text).replace(u"&apos;"_s, u"'"_s)),
                 qPrintable(text));
}

void tst_DocumentRenderer::htmlIsOneSelfContainedFile()
{
    const AgreementDocument document = DocumentSample::longDocument();
    const Result<QByteArray> bytes = DocumentRenderer::render(document,
                                                              DocumentRenderer::Format::Html);
    QVERIFY2(bytes, qPrintable(bytes.errorString()));
    const QString html = QString::fromUtf8(*bytes);
    QVERIFY(html.contains(u"<html lang=\"en\">"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\" />"_s));
    QVERIFY(html.contains(u"<title>SLA-2024-0017 — Managed workplace services"_s));
    // Nothing to fetch beside it.
    QVERIFY(!html.contains(u"src="_s));
    QVERIFY(!html.contains(u"<link"_s));
    // The contents link to the sections.
    QVERIFY(html.contains(u"href=\"#section-4\""_s));
    QVERIFY(html.contains(u"name=\"section-4\""_s));
    QVERIFY(html.contains(u"The Service Desk is staffed Monday to Friday"_s));
}

void tst_DocumentRenderer::redlinePdfSummarisesAndShowsRemovedAndAddedWords()
{
    const AgreementDocument from = DocumentSample::earlierDocument();
    const AgreementDocument to = DocumentSample::longDocument();
    const QStringList terms = {u"Monthly fee: EUR 28,000.00 → EUR 30,000.00"_s,
                               u"Target Service Desk resolution P2: 85 % → 90 %"_s};
    const Result<QByteArray> pdf = DocumentRenderer::renderRedline(from, to, terms,
                                                                   DocumentRenderer::Format::Pdf);
    QVERIFY2(pdf, qPrintable(pdf.errorString()));
    const QStringList pages = pdfPages(*pdf);
    // The summary comes first: the term changes and the clauses changed, added and removed.
    const QString summary = pages.first();
    QVERIFY(summary.contains(u"Changes from version 1 to version 2"_s));
    for (const QString &term : terms)
        QVERIFY2(summary.contains(term), qPrintable(term));
    for (const QString &change :
         {u"2.2 Users and sites added"_s, u"4.2 Service level targets changed"_s,
          u"11.2 Termination changed"_s, u"11.4 Renewal removed"_s})
        QVERIFY2(summary.contains(change), qPrintable(change + u" not in "_s + summary));
    QVERIFY(!summary.contains(u"1.1 The provider"_s));
    // Then the document with both texts: the removed words and the added ones.
    const QString all = pages.join(u' ');
    QVERIFY(all.contains(u"Either party may terminate this agreement with three six months' "
                         "written notice."_s));
    QVERIFY(containsNear(all, u"85 90 % within 8 business hours"_s));
    QVERIFY(all.contains(u"Printing — availability"_s));
    QVERIFY(all.contains(u"The agreement renews itself for one year unless cancelled."_s));
}

void tst_DocumentRenderer::redlineMarksRemovedRedAndAddedGreen()
{
    const Result<QByteArray> bytes = DocumentRenderer::renderRedline(
        DocumentSample::earlierDocument(), DocumentSample::longDocument(), {},
        DocumentRenderer::Format::Html);
    QVERIFY2(bytes, qPrintable(bytes.errorString()));
    const QString html = QString::fromUtf8(*bytes);
    auto marked = [&](const QString &decoration, const QString &colour, const QString &text) {
        const QRegularExpression span(
            u"<span style=\"[^\"]*text-decoration: ?%1;[^\"]*color:%2;"
            "[^\"]*\">%3</span>"_s.arg(decoration, colour, QRegularExpression::escape(text)));
        return span.match(html).hasMatch();
    };
    QVERIFY(marked(u"line-through"_s, u"#c62828"_s, u"three"_s));
    QVERIFY(marked(u"underline"_s, u"#2e7d32"_s, u"six"_s));
    QVERIFY(marked(u"underline"_s, u"#2e7d32"_s, u"written"_s));
    QVERIFY(marked(u"line-through"_s, u"#c62828"_s, u"85"_s));
    QVERIFY(marked(u"underline"_s, u"#2e7d32"_s, u"90"_s));
    QVERIFY(marked(u"line-through"_s, u"#c62828"_s, u"Printing — availability"_s));
    QVERIFY(marked(u"underline"_s, u"#2e7d32"_s, u"Field Support — customer satisfaction"_s));
    QVERIFY(marked(u"line-through"_s, u"#c62828"_s, u"Renewal"_s));
    QVERIFY(marked(u"underline"_s, u"#2e7d32"_s, u"Users and sites"_s));
    QVERIFY(html.contains(u"The terms did not change."_s));
    // An unchanged clause is neither.
    QVERIFY(!marked(u"line-through"_s, u"#c62828"_s, u"Holidays"_s));
}

void tst_DocumentRenderer::refusesWhatItCannotDraw_data()
{
    QTest::addColumn<AgreementDocument>("document");
    QTest::addColumn<bool>("redline");
    QTest::addColumn<QString>("error");

    AgreementDocument german = DocumentSample::longDocument();
    german.language = u"de"_s;
    QTest::newRow("unsupported-language")
        << german << false << u"SLA-2024-0017 version 2: the document's language \"de\""_s;
    AgreementDocument twice = DocumentSample::longDocument();
    twice.sections[3].clauses[1].key = u"service-levels.principles"_s;
    QTest::newRow("clause-key-twice")
        << twice << true
        << u"the clause key \"service-levels.principles\" appears twice (section \"Service "
           "levels and targets\")"_s;
}

void tst_DocumentRenderer::refusesWhatItCannotDraw()
{
    QFETCH(AgreementDocument, document);
    QFETCH(bool, redline);
    QFETCH(QString, error);
    for (const auto format : {DocumentRenderer::Format::Pdf, DocumentRenderer::Format::Html}) {
        const Result<QByteArray> result = redline ? DocumentRenderer::renderRedline(
                                              DocumentSample::longDocument(), document, {}, format)
                                                  : DocumentRenderer::render(document, format);
        QVERIFY(!result);
        QVERIFY2(result.errorString().contains(error), qPrintable(result.errorString()));
    }
}

void tst_DocumentRenderer::registersTheRendererForSigning()
{
    DocumentRendering::setPdfRenderer({});
    QVERIFY(!DocumentRendering::pdfRenderer());
    DocumentRenderer::registerForSigning();
    QVERIFY(DocumentRendering::pdfRenderer());
    const Result<QByteArray> signedPdf = DocumentRendering::pdfRenderer()(
        DocumentSample::longDocument());
    QVERIFY2(signedPdf, qPrintable(signedPdf.errorString()));
    QVERIFY(signedPdf->startsWith("%PDF"));
    QVERIFY(pdfPages(*signedPdf).join(u' ').contains(u"12.1 Authority to sign"_s));
}

QTEST_MAIN(tst_DocumentRenderer)
#include "tst_documentrenderer.moc"
