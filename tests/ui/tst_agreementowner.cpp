#include "data/reviewstore.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "demo/demodata.h"
#include "dialogs/agreementdialog.h"
#include "models/agreementsmodel.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// The agreement's owner in the agreement dialog: a combo of the workspace's users on the
/// General tab, saved with the terms of a version being negotiated and on its own for a
/// signed one (the owner belongs to the account, not to the version), and shown in the
/// agreements list.
class tst_AgreementOwner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ownerIsChosenAndSaved_data();
    void ownerIsChosenAndSaved();
    void roleWithoutOwnersSeesItFixed();

private:
    QString numberWithStatus(const QString &status) const;

    QTemporaryDir mDir;
    QString mTemplate;
    QString mLocation;
    int mRun = 0;
    std::unique_ptr<WorkspaceSession> mSession;
};

void tst_AgreementOwner::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    QStandardPaths::setTestModeEnabled(true);
    mTemplate = TestBackend::freshLocation(mDir, u"ownertemplate"_s);
    auto db = Database::open(mTemplate, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    Workspace workspace(**db);
    QVERIFY(DemoData::populate(workspace).ok());
    if (TestBackend::isPostgres()) {
        // On the server the connection's login is the acting user: make it an SLA manager.
        const QString login = QUrl(mTemplate).userName();
        auto added = UserDirectory(workspace.connection())
                         .addAsSystem(User{0, login, u"Server login"_s, {Role::SlaManager}, true});
        QVERIFY2(added, qPrintable(added.errorString()));
    }
}

void tst_AgreementOwner::init()
{
    mLocation = TestBackend::copyOf(mTemplate, mDir, u"owner%1"_s.arg(++mRun));
    auto db = Database::open(mLocation, Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorString()));
    mSession = std::make_unique<WorkspaceSession>(std::move(*db));
    if (!TestBackend::isPostgres())
        mSession->setUserName(u"alice"_s);
}

void tst_AgreementOwner::cleanup()
{
    mSession.reset();
}

QString tst_AgreementOwner::numberWithStatus(const QString &status) const
{
    QSqlQuery q(mSession->database().connection());
    q.prepare(u"SELECT number FROM agreements WHERE status = ? ORDER BY number, version"_s);
    q.addBindValue(status);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void tst_AgreementOwner::ownerIsChosenAndSaved_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("in-negotiation-with-the-terms") << u"negotiation"_s << false;
    QTest::newRow("signed-without-an-amendment") << u"active"_s << true;
}

void tst_AgreementOwner::ownerIsChosenAndSaved()
{
    QFETCH(QString, status);
    QFETCH(bool, readOnly);
    Workspace &workspace = mSession->workspace();
    // Given an agreement in the status, and a user who does not own it
    const QString number = numberWithStatus(status);
    QVERIFY2(!number.isEmpty(), qPrintable(status));
    const auto id = workspace.agreementIdByNumber(number);
    QVERIFY(id);
    QSqlQuery q(workspace.connection());
    q.prepare(u"SELECT id FROM agreements WHERE number = ? AND status = ?"_s);
    q.addBindValue(number);
    q.addBindValue(status);
    QVERIFY(q.exec() && q.next());
    auto agreement = workspace.agreement(q.value(0).toLongLong());
    QVERIFY(agreement);
    const QString before = *AgreementOwners(workspace).ownerOf(number);
    QString chosen;
    for (const User &user : *UserDirectory(workspace.connection()).users())
        if (user.active && user.name != before && chosen.isEmpty())
            chosen = user.name;
    QVERIFY(!chosen.isEmpty());

    // When the dialog shows it, the owner is chosen on the General tab and the dialog saved
    AgreementDialog dialog(*mSession, [&](const Agreement &a) -> Result<qint64> {
        if (auto r = workspace.update(a); !r)
            return r.error();
        return a.id;
    });
    dialog.setAgreement(*agreement);
    QCOMPARE(dialog.isReadOnly(), readOnly);
    auto *owner = dialog.findChild<QComboBox *>(u"owner"_s);
    QVERIFY(owner);
    QCOMPARE(owner->currentData().toString(), before);
    QVERIFY(owner->isEnabledTo(&dialog));
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save));
    owner->setCurrentIndex(owner->findData(chosen));
    dialog.accept();
    QVERIFY2(dialog.findChild<QLabel *>(u"error"_s)->isHidden(),
             qPrintable(dialog.findChild<QLabel *>(u"error"_s)->text()));

    // Then the user owns the agreement, and the list says so
    QCOMPARE(*AgreementOwners(workspace).ownerOf(number), chosen);
    AgreementsModel model(workspace.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(number);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, AgreementsModel::Owner).data().toString(), chosen);
}

void tst_AgreementOwner::roleWithoutOwnersSeesItFixed()
{
    if (TestBackend::isPostgres())
        QSKIP("the server login is the acting user: the roles are covered on SQLite");
    // Given a user who may not assign owners (an executive) opening a signed agreement
    QString viewer;
    for (const User &user : *UserDirectory(mSession->workspace().connection()).users())
        if (user.active && !user.has(Role::SlaManager) && !user.has(Role::Administrator)
            && viewer.isEmpty())
            viewer = user.name;
    QVERIFY(!viewer.isEmpty());
    mSession->setUserName(viewer);
    const auto id = mSession->workspace().agreementIdByNumber(numberWithStatus(u"active"_s));
    QVERIFY(id);
    AgreementDialog dialog(*mSession, AgreementDialog::Save());
    dialog.setAgreement(*mSession->workspace().agreement(*id));
    // Then the owner is shown but cannot be changed, and there is nothing to save
    QVERIFY(!dialog.findChild<QComboBox *>(u"owner"_s)->isEnabledTo(&dialog));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save));
}

QTEST_MAIN(tst_AgreementOwner)
#include "tst_agreementowner.moc"
