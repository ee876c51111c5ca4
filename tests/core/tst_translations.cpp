#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QString readTs(const QString &language)
{
    QFile file(QStringLiteral(ACCORDO_SOURCE_DIR) + u"/translations/accordo_%1.ts"_s.arg(language));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
    return QString::fromUtf8(file.readAll());
}

QSet<QString> numerusSources(const QString &ts)
{
    static const QRegularExpression numerus(
        u"<message numerus=\"yes\">\\s*<source>(.*?)</source>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QSet<QString> sources;
    for (const auto &match : numerus.globalMatch(ts))
        sources.insert(match.captured(1));
    return sources;
}

} // namespace

/// The catalogues of the translations library: Italian complete, English with the plural
/// forms of every counted message, both found at :/i18n by locale.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void cataloguesAreComplete_data();
    void cataloguesAreComplete();
    void englishHasEveryPluralItalianHas();
    void pluralForms_data();
    void pluralForms();
};

void tst_Translations::cataloguesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("italian") << u"it"_s;
    QTest::newRow("english-plurals") << u"en"_s;
}

void tst_Translations::cataloguesAreComplete()
{
    QFETCH(QString, language);
    const QString ts = readTs(language);
    QVERIFY(ts.contains(u"<message"_s));
    QCOMPARE(ts.count(u"type=\"unfinished\""_s), 0);
    QCOMPARE(ts.count(u"type=\"vanished\""_s), 0);
    QCOMPARE(ts.count(u"type=\"obsolete\""_s), 0);
}

void tst_Translations::englishHasEveryPluralItalianHas()
{
    const QSet<QString> italian = numerusSources(readTs(u"it"_s));
    const QSet<QString> english = numerusSources(readTs(u"en"_s));
    QVERIFY(italian.size() > 30);
    QCOMPARE(english, italian);
}

void tst_Translations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    const QString list = u"Accordo::RecordListView"_s;
    const QString kpi = u"Accordo::Cli::KpiCommands"_s;
    QTest::newRow("en-one") << u"en"_s << list << u"%n record(s)"_s << 1 << u"1 record"_s;
    QTest::newRow("en-many") << u"en"_s << list << u"%n record(s)"_s << 68 << u"68 records"_s;
    QTest::newRow("en-zero") << u"en"_s << list << u"%n record(s)"_s << 0 << u"0 records"_s;
    QTest::newRow("en-one-problem")
        << u"en"_s << kpi << u"%n problem(s) found."_s << 1 << u"1 problem found."_s;
    QTest::newRow("it-one") << u"it"_s << list << u"%n record(s)"_s << 1 << u"1 elemento"_s;
    QTest::newRow("it-many-problems")
        << u"it"_s << kpi << u"%n problem(s) found."_s << 3 << u"3 problemi trovati."_s;
}

void tst_Translations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), u"accordo"_s, u"_"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&translator);
    const QString text = QCoreApplication::translate(context.toLatin1().constData(),
                                                     source.toUtf8().constData(), nullptr, n);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
