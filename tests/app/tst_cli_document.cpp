#include "clidemo.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

// accordo-cli agreement document and verify-document, clause and template, end to end on the
// demo workspace: the contract as PDF, ODT and HTML in both languages, the redline between
// SLA-2024-0007 versions 1 and 2, signing a version that stores its PDF, and the check of a
// file against it. SQLite and PostgreSQL.
class tst_CliDocument : public TestSupport::CliDemoTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void documentFormats_data();
    void documentFormats();
    void redlineNamesTheChangedTargets();
    void refusedWords_data();
    void refusedWords();
    void signedDocumentIsStoredAndVerified();
    void demoSignatureHasNoStoredDocument();
    void clauseAndTemplateListings();

private:
    static QString pdfText(const QString &path);
};

using Accordo::TestSupport::cli;

QString tst_CliDocument::pdfText(const QString &path)
{
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!text.waitForFinished(60000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

void tst_CliDocument::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the PDFs");
    QCOMPARE(TestSupport::initCliDemo(mDir, mDemo), QString());
}

void tst_CliDocument::init()
{
    copyDemo();
}

void tst_CliDocument::documentFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("pdf-en") << u"a.pdf"_s << u"en"_s
                            << QStringList{u"SLA-2024-0017"_s, u"Meridiana IT Services S.p.A."_s,
                                           u"Service levels and targets"_s, u"Atlantic Shipping"_s};
    QTest::newRow("pdf-it") << u"a-it.pdf"_s << u"it"_s
                            << QStringList{u"SLA-2024-0017"_s, u"Livelli di servizio e obiettivi"_s,
                                           u"Fornitore del servizio"_s};
    QTest::newRow("odt") << u"a.odt"_s << u"en"_s
                         << QStringList{u"application/vnd.oasis.opendocument.text"_s};
    QTest::newRow("html") << u"a.html"_s << u"it"_s
                          << QStringList{u"SLA-2024-0017"_s, u"Orari di servizio"_s};
}

// Given the demo, when SLA-2024-0017's document is written in a format and language, then the
// file reads as that contract.
void tst_CliDocument::documentFormats()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);

    const QString path = mDir.filePath(u"%1-%2"_s.arg(mRun).arg(file));
    const auto run = cli({u"agreement"_s, u"document"_s, u"--db"_s, mPath, u"--number"_s,
                          u"SLA-2024-0017"_s, u"--out"_s, path, u"--lang"_s, language});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Wrote "_s + path), qPrintable(run.out));
    QString text;
    if (path.endsWith(u".pdf"_s)) {
        text = pdfText(path);
    } else if (path.endsWith(u".odt"_s)) {
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, path, u"mimetype"_s});
        QVERIFY(unzip.waitForFinished(60000));
        text = QString::fromUtf8(unzip.readAllStandardOutput());
    } else {
        QFile html(path);
        QVERIFY(html.open(QIODevice::ReadOnly));
        text = QString::fromUtf8(html.readAll());
    }
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(u"%1 lacks %2"_s.arg(path, part)));
}

// Given the demo's renegotiation of SLA-2024-0007, when version 2 is written against version
// 1, then the redline names every target whose terms changed.
void tst_CliDocument::redlineNamesTheChangedTargets()
{
    const auto diff = cli({u"agreement"_s, u"diff"_s, u"--db"_s, mPath, u"--number"_s,
                           u"SLA-2024-0007"_s, u"--from"_s, u"1"_s, u"--to"_s, u"2"_s});
    QCOMPARE(diff.exitCode, 0);
    QStringList changes;
    for (const QString &line : diff.out.split(u'\n')) {
        if (line.startsWith(u"target "_s))
            changes.append(line.section(u':', 0, 0));
    }
    QVERIFY2(changes.size() >= 2, qPrintable(diff.out));

    const QString path = mDir.filePath(u"redline%1.html"_s.arg(mRun));
    const auto run = cli({u"agreement"_s, u"document"_s, u"--db"_s, mPath, u"--number"_s,
                          u"SLA-2024-0007"_s, u"--version"_s, u"2"_s, u"--compare-to"_s, u"1"_s,
                          u"--out"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile html(path);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    for (const QString &change : std::as_const(changes))
        QVERIFY2(text.contains(change), qPrintable(u"the redline lacks \"%1\""_s.arg(change)));
}

void tst_CliDocument::refusedWords_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no-out") << QStringList{u"--number"_s, u"SLA-2024-0017"_s} << 2
                            << u"--out FILE are required"_s;
    QTest::newRow("bad-extension")
        << QStringList{u"--number"_s, u"SLA-2024-0017"_s, u"--out"_s, u"a.docx"_s} << 2
        << u"must end in .pdf, .odt or .html"_s;
    QTest::newRow("bad-language") << QStringList{u"--number"_s, u"SLA-2024-0017"_s, u"--out"_s,
                                                 u"a.pdf"_s,    u"--lang"_s,        u"fr"_s}
                                  << 1 << u"must be one of en, it, not \"fr\""_s;
    QTest::newRow("signed-not-pdf")
        << QStringList{u"--number"_s, u"SLA-2024-0017"_s, u"--out"_s, u"a.odt"_s, u"--signed"_s}
        << 2 << u"--signed writes the signed PDF"_s;
    QTest::newRow("unsigned-draft")
        << QStringList{u"--number"_s, u"SLA-2024-0007"_s, u"--out"_s, u"a.pdf"_s, u"--signed"_s}
        << 1 << u"SLA-2024-0007 version 2 is not signed"_s;
}

void tst_CliDocument::refusedWords()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QStringList words = {u"agreement"_s, u"document"_s, u"--db"_s, mPath};
    for (const QString &word : std::as_const(arguments))
        words.append(word.endsWith(u".pdf"_s) || word.endsWith(u".odt"_s)
                             || word.endsWith(u".docx"_s)
                         ? mDir.filePath(word)
                         : word);
    const auto run = cli(words);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

// Given a draft with approvers, when it is signed through accordo-cli, then the signed PDF is
// stored, --signed exports it byte for byte, verify-document accepts it (exit 0) and refuses a
// copy that differs in one byte (exit 3), naming both SHA-256.
void tst_CliDocument::signedDocumentIsStoredAndVerified()
{
    if (TestBackend::isPostgres())
        QSKIP("on PostgreSQL every write is the server login, which cannot both write and "
              "approve (segregation of duties); tst_documentintegrity covers signing there");
    const QString number = u"SLA-2024-0007"_s;
    auto step = [&](const QStringList &extra) {
        return cli(
            QStringList{u"agreement"_s, u"transition"_s, u"--db"_s, mPath, u"--number"_s, number}
            + extra);
    };
    const auto charter = cli({u"agreement"_s, u"charter"_s, u"--db"_s, mPath, u"--number"_s, number,
                              u"--user"_s, u"alice"_s, u"--needs"_s,
                              u"Faster response and resolution"_s});
    QVERIFY2(charter.exitCode == 0, qPrintable(charter.err));
    const auto approvers = cli({u"agreement"_s, u"approvers"_s, u"--db"_s, mPath, u"--number"_s,
                                number, u"--user"_s, u"alice"_s, u"--approver"_s,
                                u"provider:Service owner:bob"_s, u"--approver"_s,
                                u"counterparty:Customer lead:frank"_s});
    QVERIFY2(approvers.exitCode == 0, qPrintable(approvers.err));
    for (const QStringList &extra :
         {QStringList{u"--to"_s, u"negotiation"_s, u"--user"_s, u"alice"_s},
          QStringList{u"--to"_s, u"approval"_s, u"--user"_s, u"alice"_s},
          QStringList{u"--to"_s, u"approve"_s, u"--user"_s, u"bob"_s},
          QStringList{u"--to"_s, u"approve"_s, u"--user"_s, u"frank"_s},
          QStringList{u"--to"_s, u"active"_s, u"--user"_s, u"alice"_s, u"--date"_s, u"2026-10-01"_s,
                      u"--method"_s, u"electronic"_s, u"--signatory"_s,
                      u"provider:Paula Provider:CIO"_s, u"--signatory"_s,
                      u"counterparty:Carl Customer:COO"_s}}) {
        const auto run = step(extra);
        QVERIFY2(run.exitCode == 0, qPrintable(extra.join(u' ') + u": "_s + run.err));
    }

    const QString signedPath = mDir.filePath(u"signed%1.pdf"_s.arg(mRun));
    const auto exported = cli({u"agreement"_s, u"document"_s, u"--db"_s, mPath, u"--number"_s,
                               number, u"--signed"_s, u"--out"_s, signedPath});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(signedPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    file.close();
    QVERIFY(pdf.startsWith("%PDF"));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QCOMPARE(TestSupport::countInFile(mPath,
                                      u"SELECT count(*) FROM signed_documents "
                                      "WHERE sha256 = ?"_s,
                                      {sha}),
             1);
    const QString text = pdfText(signedPath);
    QVERIFY2(text.contains(u"Paula Provider"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"DRAFT"_s), qPrintable(text));

    const auto same = cli({u"agreement"_s, u"verify-document"_s, u"--db"_s, mPath, u"--number"_s,
                           number, u"--file"_s, signedPath});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains(u"is the signed document of SLA-2024-0007 version 2"_s),
             qPrintable(same.out));
    QVERIFY(same.out.contains(sha));

    QByteArray changed = pdf;
    changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x01);
    const QString copyPath = mDir.filePath(u"copy%1.pdf"_s.arg(mRun));
    QFile copy(copyPath);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(changed);
    copy.close();
    const auto other = cli({u"agreement"_s, u"verify-document"_s, u"--db"_s, mPath, u"--number"_s,
                            number, u"--version"_s, u"2"_s, u"--file"_s, copyPath});
    QCOMPARE(other.exitCode, 3);
    QVERIFY2(other.out.contains(u"is not the signed document"_s), qPrintable(other.out));
    QVERIFY(other.out.contains(sha));
    QVERIFY(other.out.contains(QString::fromLatin1(
        QCryptographicHash::hash(changed, QCryptographicHash::Sha256).toHex())));

    const auto audit = cli({u"audit"_s, u"verify"_s, u"--db"_s, mPath});
    QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
}

// The demo's versions in force were recorded without a stored PDF: --signed says so plainly.
void tst_CliDocument::demoSignatureHasNoStoredDocument()
{
    const QString plainly = u"SLA-2024-0017 version 1 was put in force without a recorded "
                            "signature: there is no signed document"_s;
    const auto verify = cli({u"agreement"_s, u"verify-document"_s, u"--db"_s, mPath, u"--number"_s,
                             u"SLA-2024-0017"_s, u"--file"_s, mDir.filePath(u"none.pdf"_s)});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(plainly), qPrintable(verify.err));
    const auto exported = cli({u"agreement"_s, u"document"_s, u"--db"_s, mPath, u"--number"_s,
                               u"SLA-2024-0017"_s, u"--signed"_s, u"--out"_s,
                               mDir.filePath(u"none.pdf"_s)});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(plainly), qPrintable(exported.err));
}

void tst_CliDocument::clauseAndTemplateListings()
{
    const auto clauses = cli({u"clause"_s, u"list"_s, u"--db"_s, mPath});
    QCOMPARE(clauses.exitCode, 0);
    QVERIFY2(clauses.out.contains(u"scope.services\t"_s), qPrintable(clauses.out));
    const auto show = cli(
        {u"clause"_s, u"show"_s, u"--db"_s, mPath, u"--key"_s, u"scope.services"_s});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(u"{{services}}"_s), qPrintable(show.out));
    const auto missing = cli({u"clause"_s, u"show"_s, u"--db"_s, mPath, u"--key"_s, u"nope"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"no clause \"nope\""_s), qPrintable(missing.err));
    const auto templates = cli({u"template"_s, u"list"_s, u"--db"_s, mPath});
    QCOMPARE(templates.exitCode, 0);
    for (const QString &kind : {u"customer_sla"_s, u"internal_sla"_s, u"ola"_s, u"uc"_s})
        QVERIFY2(templates.out.contains(kind + u'\t'), qPrintable(templates.out));
    const auto one = cli({u"template"_s, u"show"_s, u"--db"_s, mPath, u"--kind"_s, u"ola"_s});
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.out.contains(u"(parties)"_s), qPrintable(one.out));
}

QTEST_GUILESS_MAIN(tst_CliDocument)
#include "tst_cli_document.moc"
