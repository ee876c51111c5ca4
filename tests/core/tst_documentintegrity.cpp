#include "audit/auditlog.h"
#include "data/documentstore.h"
#include "document/signeddocuments.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"

#include "documenttest.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Accordo;

/// What keeps an agreement's document the one agreed: the PDF and SHA-256 stored at signature,
/// the refusal to sign without a renderer, the texts stored once and named by their SHA-256 on
/// the audit trail, which finds them changed, and the upgrade that moved the texts there.
/// SQLite and PostgreSQL.
class tst_DocumentIntegrity : public TestFixtures::DocumentTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fingerprintAtSignature();
    void signingWithoutRendererRefused();
    void versionsShareOneText();
    void changedTextDetected_data();
    void changedTextDetected();
    void upgradeMovesTexts();

private:
    qint64 count(const QString &sql);
};

void tst_DocumentIntegrity::initTestCase()
{
    ACCORDO_REQUIRE_BACKEND();
    createTemplate();
}

void tst_DocumentIntegrity::init()
{
    openCopy();
}

void tst_DocumentIntegrity::cleanup()
{
    closeCopy();
}

// Given a renderer, when a version with a document is signed, then the PDF is stored with the
// signing record, its SHA-256 is on the audit trail, the stored bytes verify and a copy that
// differs in one byte does not.
void tst_DocumentIntegrity::fingerprintAtSignature()
{
    walk(mMain, AgreementStatus::Active);
    auto stored = SignedDocuments::stored(mDb->connection(), mMain);
    QVERIFY2(stored, qPrintable(stored.errorString()));
    QVERIFY(stored->has_value());
    const QByteArray pdf = (*stored)->pdf;
    QVERIFY(pdf.startsWith("%PDF-fake"));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QCOMPARE((*stored)->sha256, sha);
    // The signed PDF carries the signatories and the signing date, not the approvers to come.
    QVERIFY(pdf.contains("Paula Provider 20 February 2026"));

    auto history = AuditLog(mDb->connection()).history(u"agreement"_s, mMain);
    QVERIFY(history);
    QString audited;
    for (const AuditRecord &r : std::as_const(*history)) {
        if (r.action == u"transition:sign"_s)
            audited = QJsonDocument::fromJson(r.newValue.toUtf8())
                          .object()
                          .value(u"document_sha256"_s)
                          .toString();
    }
    QCOMPARE(audited, sha);

    auto same = SignedDocuments::verify(mDb->connection(), mMain, pdf);
    QVERIFY2(same, qPrintable(same.errorString()));
    QVERIFY(same->matches);
    QByteArray changed = pdf;
    changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x01);
    auto other = SignedDocuments::verify(mDb->connection(), mMain, changed);
    QVERIFY(other);
    QVERIFY(!other->matches);
    QCOMPARE(other->signedSha256, sha);
    QVERIFY(other->fileSha256 != sha);
    verifyTrail();
}

// Given a program without a renderer, when a version with a document is signed, then the
// signature is refused with the reason and the version stays in approval.
void tst_DocumentIntegrity::signingWithoutRendererRefused()
{
    walk(mMain, AgreementStatus::Approval);
    QVERIFY(mWorkflow->transition(mMain, requestFor(Transition::Approve), u"frank"_s));
    QVERIFY(mWorkflow->transition(mMain, requestFor(Transition::Approve), u"gina"_s));
    DocumentRendering::setPdfRenderer({});
    auto signedId = mWorkflow->transition(mMain, requestFor(Transition::Sign), u"mia"_s);
    QVERIFY(!signedId);
    QVERIFY2(signedId.errorString().contains(u"cannot render it as the PDF that is signed"_s),
             qPrintable(signedId.errorString()));
    QCOMPARE(mWorkspace->agreement(mMain)->status, AgreementStatus::Approval);
    QVERIFY(!SignedDocuments::stored(mDb->connection(), mMain)->has_value());
    verifyTrail();
}

qint64 tst_DocumentIntegrity::count(const QString &sql)
{
    auto n = Sql::scalar(mDb->connection(), sql);
    if (!n)
        qFatal("%s", qPrintable(n.errorString()));
    return n->toLongLong();
}

// Given two drafts made from one template, then their documents name one stored text; when
// one of them is edited, then it gets a text of its own and the other keeps the first.
void tst_DocumentIntegrity::versionsShareOneText()
{
    QCOMPARE(count(u"SELECT count(*) FROM document_texts"_s), 1);
    QCOMPARE(count(u"SELECT count(DISTINCT sections_sha256) FROM agreement_documents"_s), 1);
    DocumentStore store(*mWorkspace);
    const auto before = store.document(mMain);
    QVERIFY(before && *before);
    mWorkspace->setActingUser(u"mia"_s);
    QVERIFY(store.editClause(mChild, u"service-levels"_s, u"levels.note"_s, u"en"_s, u"Note"_s,
                             u"<p>Targets apply to the desk.</p>"_s));
    QCOMPARE(count(u"SELECT count(*) FROM document_texts"_s), 2);
    QCOMPARE(store.document(mMain)->value(), before->value());
    QCOMPARE(store.document(mChild)->value().sections.at(1).clauses.at(0).body.en,
             u"<p>Targets apply to the desk.</p>"_s);
    verifyTrail();
}

void tst_DocumentIntegrity::changedTextDetected_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<QString>("named");
    QTest::newRow("text changed in place")
        << u"UPDATE document_texts SET content = replace(content, 'Targets apply', "
           "'Targets may apply') WHERE sha256 = (SELECT max(sha256) FROM document_texts)"_s
        << u"document_texts "_s;
    QTest::newRow("version pointed at another text")
        << u"UPDATE agreement_documents SET sections_sha256 = (SELECT max(sha256) FROM "
           "document_texts) WHERE sections_sha256 <> (SELECT max(sha256) FROM document_texts)"_s
        << u"column sections_sha256"_s;
}

// Given a trail that names each document's text by its SHA-256, when a text or a version's
// pointer to it is changed outside Accordo, then `audit verify` names it.
void tst_DocumentIntegrity::changedTextDetected()
{
    QFETCH(QString, tampering);
    QFETCH(QString, named);
    mWorkspace->setActingUser(u"mia"_s);
    QVERIFY(DocumentStore(*mWorkspace).removeClause(mChild, u"all"_s, u"ph.fee"_s));
    verifyTrail();
    QSqlQuery query(mDb->connection());
    QVERIFY2(query.exec(tampering), qPrintable(query.lastError().text()));
    QCOMPARE(query.numRowsAffected(), 1);
    auto verified = AuditLog(mDb->connection()).verify();
    QVERIFY2(verified, qPrintable(verified.errorString()));
    QVERIFY(!verified->intact);
    QVERIFY2(verified->problem.contains(named), qPrintable(verified->problem));
}

// Given a workspace of schema version 17, whose documents hold their text and whose trail
// records it, when it is opened, then the texts move to document_texts (one per distinct
// text), every document reads as before and the trail still matches the tables.
void tst_DocumentIntegrity::upgradeMovesTexts()
{
    mWorkspace->setActingUser(u"mia"_s);
    DocumentStore store(*mWorkspace);
    QVERIFY(store.removeClause(mChild, u"all"_s, u"ph.fee"_s));
    const VersionDocument main = store.document(mMain)->value();
    const VersionDocument child = store.document(mChild)->value();
    // The last record about the child's document as version 17 wrote it: the text itself.
    const QString childText = SectionsJson::write(child.sections);
    const QJsonObject older{{u"agreement_id"_s, QString::number(mChild)},
                            {u"sections"_s, childText}};
    QVERIFY(AuditLog(mDb->connection())
                .append(u"mia"_s, u"agreement_document"_s, child.id, u"update"_s, older, older));
    const bool postgres = Dialect::isPostgres(mDb->connection());
    const QStringList toVersion17 =
        postgres ? QStringList{u"ALTER TABLE agreement_documents ADD COLUMN sections TEXT NOT NULL "
                               "DEFAULT '[]'"_s,
                               u"UPDATE agreement_documents d SET sections = t.content FROM "
                               "document_texts t WHERE t.sha256 = d.sections_sha256"_s,
                               u"ALTER TABLE agreement_documents DROP COLUMN sections_sha256"_s,
                               u"DROP TABLE document_texts"_s}
                 : QStringList{u"PRAGMA foreign_keys = OFF"_s,
                               u"CREATE TABLE older (id INTEGER PRIMARY KEY, agreement_id INTEGER "
                               "NOT NULL UNIQUE REFERENCES agreements(id) ON DELETE CASCADE, "
                               "sections TEXT NOT NULL DEFAULT '[]')"_s,
                               u"INSERT INTO older SELECT d.id, d.agreement_id, t.content FROM "
                               "agreement_documents d JOIN document_texts t "
                               "ON t.sha256 = d.sections_sha256"_s,
                               u"DROP TABLE agreement_documents"_s,
                               u"ALTER TABLE older RENAME TO agreement_documents"_s,
                               u"DROP TABLE document_texts"_s,
                               u"PRAGMA foreign_keys = ON"_s};
    // What the versions after 18 added goes too: the upgrade adds it again.
    const QStringList after18 =
        postgres
            ? QStringList{u"DROP TABLE verdict_batches"_s,
                          u"DROP TRIGGER tickets_moved_periods ON tickets"_s,
                          u"DROP TRIGGER tickets_gone_periods ON tickets"_s,
                          u"DROP TABLE kpi_written_agreements"_s}
            : QStringList{u"DROP TABLE verdict_batches"_s, u"DROP TRIGGER tickets_moved_periods"_s,
                          u"DROP TRIGGER tickets_gone_periods"_s,
                          u"DROP TABLE kpi_written_agreements"_s};
    QSqlQuery query(mDb->connection());
    for (const QString &sql : after18 + toVersion17)
        QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
    QVERIFY(query.exec(u"UPDATE accordo_meta SET value = '17' WHERE key = 'schema_version'"_s));
    query = QSqlQuery();
    cleanup();

    auto reopened = Database::open(mLocation, Database::OpenMode::MustExist);
    QVERIFY2(reopened, qPrintable(reopened.errorString()));
    mDb = std::move(*reopened);
    QCOMPARE(mDb->schemaVersion(), Migrations::latestVersion());
    mWorkspace = std::make_unique<Workspace>(*mDb);
    QCOMPARE(count(u"SELECT count(*) FROM document_texts"_s), 2);
    DocumentStore upgraded(*mWorkspace);
    QCOMPARE(upgraded.document(mMain)->value(), main);
    QCOMPARE(upgraded.document(mChild)->value(), child);
    QCOMPARE(count(u"SELECT count(*) FROM agreement_documents WHERE sections_sha256 IS NULL"_s), 0);
    verifyTrail();
}

QTEST_GUILESS_MAIN(tst_DocumentIntegrity)
#include "tst_documentintegrity.moc"
