#include "data/reviewstore.h"
#include "data/userdirectory.h"
#include "data/workspace.h"
#include "dialogs/agreementdialog.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testbackend.h"
#include "testfixtures.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Accordo;

namespace {

// Closes every modal window that opens while it lives and keeps what it said: the owner is
// saved without asking anything, so a modal box is a failure to report, never a hang.
class ModalGuard
{
public:
    ModalGuard()
    {
        QObject::connect(&mTimer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            auto *box = qobject_cast<QMessageBox *>(modal);
            mSeen.append(box ? box->text() : modal->windowTitle());
            modal->close();
        });
        mTimer.start(20);
    }
    QStringList seen() const { return mSeen; }

private:
    QTimer mTimer;
    QStringList mSeen;
};

} // namespace

/// The agreement view's owner field, as the roles see it: it shows the stored owner, an SLA
/// manager or an administrator changes it (also on a signed version, whose terms stay
/// read-only) and the change is stored; an executive or an analyst sees it and cannot change
/// it. On SQLite files and, as tst_agreementowner_pg, on the PostgreSQL server.
class tst_AgreementOwner : public TestFixtures::TemplateCopyTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void ownerIsShownAndChangedByRole_data();
    void ownerIsShownAndChangedByRole();

private:
    QString ownerInStore(const QString &number) const;
};

void tst_AgreementOwner::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    TestSupport::isolateSettings(u"AccordoOwnerTest"_s);
    QCOMPARE(createDemoTemplate({}), QString());
}

void tst_AgreementOwner::init()
{
    // A copy of the demo for each row: a row's change must not be the next row's start.
    copyTemplate(u"owner"_s);
}

QString tst_AgreementOwner::ownerInStore(const QString &number) const
{
    // A connection of its own: what the dialog stored, not what it remembers.
    auto db = Database::open(mLocation, Database::OpenMode::MustExist);
    if (!db)
        return u"(cannot open: %1)"_s.arg(db.errorString());
    Workspace workspace(**db);
    auto owner = AgreementOwners(workspace).ownerOf(number);
    return owner ? *owner : u"(cannot read: %1)"_s.arg(owner.errorString());
}

void tst_AgreementOwner::ownerIsShownAndChangedByRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("status"); // of the version shown
    QTest::addColumn<bool>("canChange");

    QTest::newRow("sla-manager-on-signed") << u"alice"_s << u"active"_s << true;
    QTest::newRow("administrator-on-signed") << u"erin"_s << u"active"_s << true;
    QTest::newRow("sla-manager-on-draft") << u"alice"_s << u"draft"_s << true;
    QTest::newRow("executive-on-signed") << u"carol"_s << u"active"_s << false;
    QTest::newRow("executive-on-draft") << u"carol"_s << u"draft"_s << false;
    QTest::newRow("analyst-on-signed") << u"dave"_s << u"active"_s << false;
}

void tst_AgreementOwner::ownerIsShownAndChangedByRole()
{
    QFETCH(QString, user);
    QFETCH(QString, status);
    QFETCH(bool, canChange);

    // Given a customer SLA of the demo in that state, whose number alice owns
    auto db = Database::open(mLocation, Database::OpenMode::MustExist);
    QVERIFY2(db, qPrintable(db.errorString()));
    QString number;
    {
        QSqlQuery q((*db)->connection());
        q.prepare(u"SELECT number FROM agreements WHERE status = ? AND kind = 'customer_sla' "
                  "AND number IN (SELECT number FROM agreement_owners) ORDER BY number LIMIT 1"_s);
        q.addBindValue(status);
        if (q.exec() && q.next())
            number = q.value(0).toString();
    }
    QVERIFY2(!number.isEmpty(), "the demo has an owned customer SLA in that state");
    const QString before = ownerInStore(number);
    QCOMPARE(before, u"alice"_s);
    const QString chosen = u"frank"_s;

    // When the user opens it
    auto session = std::make_unique<WorkspaceSession>(std::move(*db));
    session->setUserName(user);
    QVERIFY2(session->workspace().requireRole(Roles::all(), u"test"_s),
             "the row's user acts on this back end");
    Agreement shown;
    {
        QSqlQuery q(session->database().connection());
        q.prepare(u"SELECT id FROM agreements WHERE number = ? AND status = ?"_s);
        q.addBindValue(number);
        q.addBindValue(status);
        QVERIFY(q.exec() && q.next());
        auto loaded = session->workspace().agreement(q.value(0).toLongLong());
        QVERIFY2(loaded, qPrintable(loaded.errorString()));
        shown = *loaded;
    }
    ModalGuard guard;
    AgreementDialog dialog(*session, [&](const Agreement &a) -> Result<qint64> {
        if (auto r = session->workspace().update(a); !r)
            return r.error();
        return a.id;
    });
    dialog.setAgreement(shown);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Then the owner field shows the stored owner
    auto *owner = dialog.findChild<QComboBox *>(u"owner"_s);
    QVERIFY(owner);
    QCOMPARE(owner->currentData().toString(), before);
    QVERIFY2(owner->currentText().contains(u"Alice Martin"_s), qPrintable(owner->currentText()));
    const int other = owner->findData(chosen);
    QVERIFY2(other > 0, "every active user can be chosen");

    // and only a role that may change it finds it enabled, with a Save button
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(owner->isEnabled(), canChange);
    QCOMPARE(buttons->button(QDialogButtonBox::Save) != nullptr, canChange);

    // When another user is chosen (for a role that may not, as a script would) and the
    // dialog is accepted
    owner->setCurrentIndex(other);
    dialog.accept();

    // Then the store holds the new owner, or still the old one with the refusal in the dialog
    QCOMPARE(ownerInStore(number), canChange ? chosen : before);
    auto *error = dialog.findChild<QLabel *>(u"error"_s);
    QVERIFY(error);
    if (canChange) {
        QVERIFY2(error->isHidden(), qPrintable(error->text()));
    } else {
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(user) && error->text().contains(u"not allowed"_s),
                 qPrintable(error->text()));
    }
    QCOMPARE(guard.seen(), QStringList());

    // And opening it again shows what is stored
    AgreementDialog again(*session, {});
    again.setAgreement(shown);
    QCOMPARE(again.findChild<QComboBox *>(u"owner"_s)->currentData().toString(),
             canChange ? chosen : before);
}

QTEST_MAIN(tst_AgreementOwner)
#include "tst_agreementowner.moc"
