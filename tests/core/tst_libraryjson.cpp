#include "document/libraryjson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// The clause library's JSON files: a mistake is named by file and key, and the library built
/// into the program reads.
class tst_LibraryJson : public QObject
{
    Q_OBJECT

private slots:
    void libraryJsonErrors_data();
    void libraryJsonErrors();
    void builtInLibraryLoads();
};

void tst_LibraryJson::libraryJsonErrors_data()
{
    QTest::addColumn<QByteArray>("clauses");
    QTest::addColumn<QByteArray>("templates");
    QTest::addColumn<QStringList>("named");

    const QByteArray good = R"({"clauses": [{"key": "a", "title": {"en": "A", "it": "A"},
        "body": {"en": "<p>a</p>", "it": "<p>a</p>"}}]})";
    const QByteArray noTemplates = R"({"templates": []})";
    QTest::newRow("missing-italian")
        << QByteArray(R"({"clauses": [{"key": "a", "title": {"en": "A"},
            "body": {"en": "<p>a</p>", "it": "<p>a</p>"}}]})")
        << noTemplates << QStringList{u"clauses.json"_s, u"\"a\""_s, u"title.it"_s};
    QTest::newRow("duplicate-key")
        << QByteArray(R"({"clauses": [{"key": "a", "title": {"en": "A", "it": "A"},
            "body": {"en": "<p>a</p>", "it": "<p>a</p>"}}, {"key": "a", "title": {"en": "A",
            "it": "A"}, "body": {"en": "<p>a</p>", "it": "<p>a</p>"}}]})")
        << noTemplates << QStringList{u"clauses.json"_s, u"\"a\""_s, u"twice"_s};
    QTest::newRow("unknown-clause")
        << good << QByteArray(R"({"templates": [{"kind": "ola", "name": {"en": "O", "it": "O"},
            "sections": [{"key": "scope", "title": {"en": "S", "it": "S"},
            "clauses": ["a", "b"]}]}]})")
        << QStringList{u"templates.json"_s, u"ola"_s, u"scope"_s, u"\"b\""_s};
    QTest::newRow("unknown-kind")
        << good << QByteArray(R"({"templates": [{"kind": "sla", "name": {"en": "O", "it": "O"},
            "sections": []}]})")
        << QStringList{u"templates.json"_s, u"\"sla\""_s};
    QTest::newRow("not-json") << QByteArray("{\"clauses\": [") << noTemplates
                              << QStringList{u"clauses.json"_s, u"character"_s};
}

// Given a library file with a mistake, when it is read, then the error names the file and key.
void tst_LibraryJson::libraryJsonErrors()
{
    QFETCH(QByteArray, clauses);
    QFETCH(QByteArray, templates);
    QFETCH(QStringList, named);

    auto read = LibraryJson::read(clauses, u"clauses.json"_s, templates, u"templates.json"_s);
    QVERIFY(!read);
    for (const QString &part : named)
        QVERIFY2(read.errorString().contains(part),
                 qPrintable(u"\"%1\" lacks %2"_s.arg(read.errorString(), part)));
}

// The library built into the program reads without error and has a template for every kind.
void tst_LibraryJson::builtInLibraryLoads()
{
    auto library = LibraryJson::builtIn();
    QVERIFY2(library, qPrintable(library.errorString()));
    QCOMPARE(library->templates.size(), 4);
}

QTEST_GUILESS_MAIN(tst_LibraryJson)
#include "tst_libraryjson.moc"
