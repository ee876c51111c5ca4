#include "help/userguidedialog.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Accordo;

class tst_UserGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachLanguageHasTheGuide_data();
    void eachLanguageHasTheGuide();
    void everyLinkLeadsSomewhere_data();
    void everyLinkLeadsSomewhere();
    void theGuideFollowsTheInterfaceLanguage_data();
    void theGuideFollowsTheInterfaceLanguage();
    void f1OpensTheGuideBesideTheWindow();

private:
    // The rows of a test on each language's guide: its resource and its title.
    static void addGuideRows();
    static QString read(const QString &resource);
};

void tst_UserGuide::initTestCase()
{
    TestSupport::isolateSettings(u"AccordoGuideTest"_s);
}

QString tst_UserGuide::read(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void tst_UserGuide::addGuideRows()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("title");
    QTest::newRow("english") << u":/guide/guide_en.html"_s << u"Accordo User Guide"_s;
    QTest::newRow("italian") << u":/guide/guide_it.html"_s << u"Guida di Accordo"_s;
}

void tst_UserGuide::eachLanguageHasTheGuide_data()
{
    addGuideRows();
}

void tst_UserGuide::eachLanguageHasTheGuide()
{
    QFETCH(QString, resource);
    QFETCH(QString, title);

    const QString html = read(resource);
    QVERIFY2(!html.isEmpty(), qPrintable(resource));
    QTextDocument document;
    document.setHtml(html);
    QCOMPARE(document.metaInformation(QTextDocument::DocumentTitle), title);
    // The four tasks of the SLA manager, each a section with numbered steps.
    for (const QString &section : {u"agreement"_s, u"import"_s, u"dashboard"_s, u"report"_s}) {
        const qsizetype at = html.indexOf(u"<h2 id=\"%1\">"_s.arg(section));
        QVERIFY2(at >= 0, qPrintable(section));
        const qsizetype next = html.indexOf(u"<h2"_s, at + 1);
        QVERIFY2(html.mid(at, next - at).count(u"<li>"_s) >= 3, qPrintable(section));
    }
}

void tst_UserGuide::everyLinkLeadsSomewhere_data()
{
    addGuideRows();
}

void tst_UserGuide::everyLinkLeadsSomewhere()
{
    // Given the guide's text
    QFETCH(QString, resource);
    const QString html = read(resource);
    QSet<QString> anchors;
    static const QRegularExpression id(uR"re(\bid="([^"]+)")re"_s);
    for (auto match = id.globalMatch(html); match.hasNext();)
        anchors.insert(match.next().captured(1));

    // Then every link within it names an anchor it has, and every other one a resource that
    // is bundled with it
    static const QRegularExpression link(uR"re(\b(href|src)="([^"]+)")re"_s);
    int links = 0;
    for (auto match = link.globalMatch(html); match.hasNext();) {
        const QString target = match.next().captured(2);
        ++links;
        if (target.startsWith(u'#')) {
            QVERIFY2(anchors.contains(target.mid(1)), qPrintable(target));
        } else if (!target.startsWith(u"https://"_s)) {
            const QString bundled = u":/guide/"_s + target.section(u'#', 0, 0);
            QVERIFY2(QFile::exists(bundled), qPrintable(target));
        }
    }
    QVERIFY(links >= 6);
    // and the browser goes to each section as it is asked
    UserGuideDialog dialog;
    dialog.browser()->setSource(QUrl(u"qrc"_s + resource));
    for (const QString &anchor : std::as_const(anchors)) {
        dialog.browser()->setSource(QUrl(u"qrc"_s + resource + u"#"_s + anchor));
        QCOMPARE(dialog.browser()->source().fragment(), anchor);
    }
}

void tst_UserGuide::theGuideFollowsTheInterfaceLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("guide");
    QTest::newRow("italian") << QLocale(QLocale::Italian, QLocale::Italy)
                             << u"qrc:/guide/guide_it.html"_s;
    QTest::newRow("italian-in-switzerland")
        << QLocale(QLocale::Italian, QLocale::Switzerland) << u"qrc:/guide/guide_it.html"_s;
    QTest::newRow("english") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                             << u"qrc:/guide/guide_en.html"_s;
    QTest::newRow("german-reads-english")
        << QLocale(QLocale::German) << u"qrc:/guide/guide_en.html"_s;
}

void tst_UserGuide::theGuideFollowsTheInterfaceLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, guide);
    QCOMPARE(UserGuideDialog::source(locale), QUrl(guide));
}

void tst_UserGuide::f1OpensTheGuideBesideTheWindow()
{
    // Given the main window, in English
    QLocale::setDefault(QLocale(QLocale::English));
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.findChild<UserGuideDialog *>());

    // When F1 is pressed
    QTest::keyClick(&window, Qt::Key_F1);

    // Then the guide opens, without blocking the window, at its beginning
    auto *guide = window.findChild<UserGuideDialog *>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QVERIFY(!guide->isModal());
    QCOMPARE(guide->browser()->source(), QUrl(u"qrc:/guide/guide_en.html"_s));
    QVERIFY(guide->browser()->toPlainText().contains(u"Draft and approve an agreement"_s));
    // and F1 again brings the same one forward
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
}

QTEST_MAIN(tst_UserGuide)
#include "tst_userguide.moc"
