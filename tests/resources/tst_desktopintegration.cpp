#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

// What the desktop learns from resources/: that a file is an Accordo workspace (the shared
// MIME type, by name and by content), and what bash completes on accordo-cli's command line.
class tst_DesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workspaceFilesAreRecognised_data();
    void workspaceFilesAreRecognised();
    void bashCompletesCommandsAndOptions_data();
    void bashCompletesCommandsAndOptions();

private:
    QTemporaryDir mDir;
};

void tst_DesktopIntegration::initTestCase()
{
    // The MIME database as it is once the package is installed: the system's types and
    // Accordo's merged into one cache by update-mime-database, and no other. (Qt 6.4 lets the
    // last of several caches that match some content win whatever the priorities, so a cache
    // of Accordo's type alone beside the system's would not tell how the desktop decides.)
    const QString packages = mDir.filePath(u"share/mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    const QDir system(u"/usr/share/mime/packages"_s);
    const QStringList systemTypes = system.entryList({u"*.xml"_s}, QDir::Files);
    QVERIFY2(systemTypes.contains(u"freedesktop.org.xml"_s),
             "the system's MIME types are missing (apt-get install shared-mime-info)");
    for (const QString &file : systemTypes)
        QVERIFY(QFile::copy(system.filePath(file), packages + u'/' + file));
    QVERIFY(QFile::copy(QStringLiteral(ACCORDO_SOURCE_DIR)
                            + u"/resources/desktop/io.github.accordo.Accordo.xml"_s,
                        packages + u"/io.github.accordo.Accordo.xml"_s));
    const QString updater = QStandardPaths::findExecutable(u"update-mime-database"_s);
    QVERIFY2(!updater.isEmpty(), "update-mime-database is missing (apt-get install "
                                 "shared-mime-info)");
    QProcess update;
    update.start(updater, {mDir.filePath(u"share/mime"_s)});
    QVERIFY(update.waitForFinished(120000));
    QCOMPARE(update.exitCode(), 0);
    // QMimeDatabase reads the directories on first use, which comes after this.
    QVERIFY(QDir().mkpath(mDir.filePath(u"home"_s)));
    qputenv("XDG_DATA_HOME", mDir.filePath(u"home"_s).toUtf8());
    qputenv("XDG_DATA_DIRS", mDir.filePath(u"share"_s).toUtf8());
}

void tst_DesktopIntegration::workspaceFilesAreRecognised_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    const int byContent = QMimeDatabase::MatchContent;
    // Under another name, only the content (the SQLite header and Accordo's application id
    // at offset 68) tells a workspace.
    QTest::newRow("workspace-by-content")
        << u"copy.db"_s << u"workspace"_s << byContent << u"application/x-accordo-workspace"_s;
    QTest::newRow("workspace-named-as-text")
        << u"copy.txt"_s << u"workspace"_s << byContent << u"application/x-accordo-workspace"_s;
    QTest::newRow("another-programs-sqlite-file")
        << u"other.db"_s << u"sqlite"_s << byContent << u"application/vnd.sqlite3"_s;
    QTest::newRow("workspace-by-name")
        << u"plan.accordo"_s << u"none"_s << int(QMimeDatabase::MatchExtension)
        << u"application/x-accordo-workspace"_s;
}

void tst_DesktopIntegration::workspaceFilesAreRecognised()
{
    QFETCH(QString, fileName);
    QFETCH(QString, content);
    QFETCH(int, mode);
    QFETCH(QString, expected);
    const QString path = mDir.filePath(fileName);
    if (content == u"workspace"_s) {
        // Given a workspace Accordo created
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY2(db.ok(), qPrintable(db.errorString()));
    } else if (content == u"sqlite"_s) {
        // Given a SQLite database of another program
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE notes (body TEXT)"_s));
        }
        QSqlDatabase::removeDatabase(u"other"_s);
    }
    // When the desktop looks at its content alone, or at its name alone
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchMode(mode));
    // Then it knows what it is
    QCOMPARE(type.name(), expected);
}

void tst_DesktopIntegration::bashCompletesCommandsAndOptions_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("commands") << QStringList{u""_s}
                              << QStringList{u"agreement"_s, u"init"_s, u"list"_s, u"report"_s};
    QTest::newRow("command-prefix") << QStringList{u"ca"_s} << QStringList{u"calendar"_s};
    QTest::newRow("subcommands") << QStringList{u"agreement"_s, u""_s}
                                 << QStringList{u"diff"_s, u"show"_s, u"transition"_s};
    QTest::newRow("what-to-list") << QStringList{u"list"_s, u""_s}
                                  << QStringList{u"agreements"_s, u"customers"_s, u"services"_s};
    QTest::newRow("options-of-a-subcommand") << QStringList{u"agreement"_s, u"show"_s, u"--"_s}
                                             << QStringList{u"--db"_s, u"--number"_s, u"--user"_s};
    QTest::newRow("options-of-a-command")
        << QStringList{u"init"_s, u"--"_s} << QStringList{u"--db"_s, u"--demo"_s};
    QTest::newRow("formats") << QStringList{u"list"_s, u"agreements"_s, u"--format"_s, u""_s}
                             << QStringList{u"csv"_s, u"json"_s, u"table"_s};
    QTest::newRow("report-languages")
        << QStringList{u"report"_s, u"portfolio"_s, u"--lang"_s, u""_s}
        << QStringList{u"en"_s, u"it"_s};
}

void tst_DesktopIntegration::bashCompletesCommandsAndOptions()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    const QString completions = u"/usr/share/bash-completion/bash_completion"_s;
    if (!QFile::exists(completions))
        QFAIL("bash-completion is missing (apt-get install bash-completion)");

    // Given bash with accordo-cli's completion loaded, when the user presses Tab after
    // `words` (the last one being what is typed so far)
    QStringList line{QStringLiteral(ACCORDO_CLI_PATH)};
    line += words;
    QString script = u"source \"$1\"; source \"$2\"; shift 2\n"
                     "COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1))\n"
                     "COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}\n"
                     "_accordo_cli accordo-cli \"${COMP_WORDS[COMP_CWORD]}\" "
                     "\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                     "printf '%s\\n' \"${COMPREPLY[@]}\"\n"_s;
    QProcess bash;
    bash.start(u"bash"_s, QStringList{u"-c"_s, script, u"bash"_s, completions,
                                      QStringLiteral(ACCORDO_SOURCE_DIR)
                                          + u"/resources/completion/accordo-cli"_s}
                              + line);
    QVERIFY(bash.waitForFinished(60000));
    QCOMPARE(bash.exitCode(), 0);
    const QStringList offered =
        QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);

    // Then bash offers at least the expected words, and only words that fit what is typed
    for (const QString &word : std::as_const(expected))
        QVERIFY2(offered.contains(word), qPrintable(offered.join(u' ')));
    for (const QString &word : offered)
        QVERIFY2(word.startsWith(words.constLast()), qPrintable(word));
}

QTEST_GUILESS_MAIN(tst_DesktopIntegration)
#include "tst_desktopintegration.moc"
