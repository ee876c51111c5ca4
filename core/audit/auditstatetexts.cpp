#include "auditstate.h"

#include "storage/contenthash.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

// The audit trail names a document's text by its SHA-256 (document_texts): the replay reads
// older records that hold the text, and the texts themselves are checked against their keys.

namespace Accordo {

namespace {

const QString SelectDocumentTexts = u"SELECT sha256, content FROM document_texts ORDER BY sha256"_s;

} // namespace

QJsonObject AuditState::withTextKeys(const QString &entity, QJsonObject snapshot)
{
    if (entity == u"agreement_document"_s && snapshot.contains(u"sections"_s)) {
        snapshot.insert(u"sections_sha256"_s,
                        contentSha256(snapshot.value(u"sections"_s).toString()));
        snapshot.remove(u"sections"_s);
    }
    return snapshot;
}

Result<std::optional<QString>> AuditState::alteredText(QSqlDatabase db)
{
    // A text changed in place no longer has the key it is stored under.
    auto rows = Sql::stream(db, SelectDocumentTexts);
    if (!rows)
        return Error{
            tr("the table %1 cannot be read: %2").arg(u"document_texts"_s, rows.errorString())};
    while (rows->next()) {
        const QString key = rows->text("sha256");
        if (contentSha256(rows->text("content")) != key)
            return std::optional<QString>(
                tr("document_texts %1: the text was changed after it was stored (its content "
                   "no longer has that SHA-256)")
                    .arg(key));
    }
    if (!rows->errorText().isEmpty())
        return Error{
            tr("the table %1 cannot be read: %2").arg(u"document_texts"_s, rows->errorText())};
    return std::optional<QString>();
}

} // namespace Accordo
