#include "data/workspace.h"
#include "demosession.h"
#include "dialogs/agreementdialog.h"
#include "session/workspacesession.h"
#include "storage/database.h"
#include "testfixtures.h"
#include "testsupport.h"
#include "widgets/supportspanel.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// The agreement view's supporting agreements: links listed from both sides, the
/// consistency check's findings beside them, links made and removed at once and audited.
class tst_SupportsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsBothSides_data();
    void listsBothSides();
    void unlinkAndLinkAgain();
    void refusedLinkChangesNothing();
    void newAgreementCannotBeLinkedYet();

private:
    Agreement agreement(const QString &number) const;
    QStringList listed(const SupportsPanel &panel) const;
    qint64 count(const QString &sql) const;

    QTemporaryDir mDir;
    std::unique_ptr<WorkspaceSession> mSession;
};

Agreement tst_SupportsPanel::agreement(const QString &number) const
{
    return TestFixtures::latestAgreement(mSession->database(), number);
}

QStringList tst_SupportsPanel::listed(const SupportsPanel &panel) const
{
    QStringList numbers;
    for (int i = 0; i < panel.tree()->topLevelItemCount(); ++i)
        numbers.append(panel.tree()->topLevelItem(i)->text(0));
    return numbers;
}

qint64 tst_SupportsPanel::count(const QString &sql) const
{
    return TestSupport::count(mSession->database().connection(), sql);
}

void tst_SupportsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(TestSupport::openDemoSession(mDir, mSession), QString());
}

void tst_SupportsPanel::listsBothSides_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("lists");         // one linked agreement it must show
    QTest::addColumn<QString>("inconsistency"); // part of the finding shown, or empty

    // The demo's planted case: the network OLA promises 6 h where the SLAs promise 3-4 h.
    QTest::newRow("sla-shows-its-ola") << u"SLA-2024-0004"_s << u"OLA-2025-0002"_s
                                       << u"OLA-2025-0002 promises 6h for NETWORK resolution P1, "
                                          "looser than SLA-2024-0004's 3h."_s;
    QTest::newRow("ola-shows-its-slas")
        << u"OLA-2025-0002"_s << u"SLA-2024-0013"_s << u"looser than SLA-2024-0013's 3h"_s;
    QTest::newRow("consistent-ola") << u"OLA-2025-0001"_s << u"SLA-2024-0003"_s << QString();
}

void tst_SupportsPanel::listsBothSides()
{
    QFETCH(QString, number);
    QFETCH(QString, lists);
    QFETCH(QString, inconsistency);

    AgreementDialog view(*mSession, [](const Agreement &a) -> Result<qint64> { return a.id; });
    view.setAgreement(agreement(number));
    auto *panel = view.findChild<SupportsPanel *>();
    QVERIFY(panel);
    QVERIFY2(listed(*panel).contains(lists), qPrintable(listed(*panel).join(u' ')));
    if (inconsistency.isEmpty())
        QVERIFY2(panel->inconsistencies().isEmpty(), qPrintable(panel->inconsistencies()));
    else
        QVERIFY2(panel->inconsistencies().contains(inconsistency.toHtmlEscaped()),
                 qPrintable(panel->inconsistencies()));
    // Signed versions open read-only, yet their links can change: they are not terms.
    QVERIFY(view.findChild<QPushButton *>(u"link"_s)->isEnabled());
}

void tst_SupportsPanel::unlinkAndLinkAgain()
{
    SupportsPanel panel(*mSession);
    panel.setAgreement(u"SLA-2024-0004"_s, AgreementKind::CustomerSla);
    const qint64 audited = count(u"SELECT count(*) FROM audit_log "
                                 "WHERE entity = 'agreement_support' AND user_name = 'alice'"_s);
    QVERIFY(panel.unlink(u"OLA-2025-0002"_s));
    QVERIFY(!listed(panel).contains(u"OLA-2025-0002"_s));
    QVERIFY2(panel.inconsistencies().isEmpty(), qPrintable(panel.inconsistencies()));
    QVERIFY(panel.link(u"OLA-2025-0002"_s));
    QVERIFY(listed(panel).contains(u"OLA-2025-0002"_s));
    QVERIFY(panel.inconsistencies().contains(u"OLA-2025-0002 promises 6h"_s));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log "
                   "WHERE entity = 'agreement_support' AND user_name = 'alice'"_s),
             audited + 2);
}

void tst_SupportsPanel::refusedLinkChangesNothing()
{
    SupportsPanel panel(*mSession);
    panel.setAgreement(u"SLA-2024-0004"_s, AgreementKind::CustomerSla);
    const QStringList before = listed(panel);
    const qint64 links = count(u"SELECT count(*) FROM agreement_supports"_s);
    QString shown;
    QTimer::singleShot(0, &panel, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    QVERIFY(!panel.link(u"SLA-2024-0003"_s)); // an SLA does not support an SLA
    QVERIFY2(shown.contains(u"SLA-2024-0003 is not an OLA or underpinning contract"_s),
             qPrintable(shown));
    QCOMPARE(listed(panel), before);
    QCOMPARE(count(u"SELECT count(*) FROM agreement_supports"_s), links);
}

void tst_SupportsPanel::newAgreementCannotBeLinkedYet()
{
    AgreementDialog view(*mSession, [](const Agreement &a) -> Result<qint64> { return a.id; });
    view.setAgreement(Agreement{});
    QVERIFY(!view.findChild<QPushButton *>(u"link"_s)->isEnabled());
    QVERIFY(!view.findChild<QPushButton *>(u"unlink"_s)->isEnabled());
}

QTEST_MAIN(tst_SupportsPanel)
#include "tst_supportspanel.moc"
