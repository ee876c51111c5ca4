#include "documentbuilder.h"

#include "data/documentstore.h"
#include "data/workspace.h"
#include "data/workspacemeta.h"
#include "document/clausetypes.h"
#include "document/documentwords.h"
#include "document/placeholders.h"
#include "document/placeholdervalues.h"
#include "lifecycle/lifecyclereads.h"

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

using DocumentWords::word;

QDate &unsignedDate()
{
    static QDate date;
    return date;
}

Result<QStringList> parents(const Workspace &workspace, const Agreement &a, const QString &language)
{
    auto ids = workspace.ancestors(a.id);
    if (!ids)
        return ids.error();
    QStringList out;
    for (qint64 id : std::as_const(*ids)) {
        auto parent = workspace.agreement(id);
        if (!parent)
            return parent.error();
        out.append(u"%1 — %2 (%3)"_s.arg(parent->number, parent->title,
                                         word(u"level."_s + Enums::key(parent->level), language)));
    }
    return out;
}

// "the terms of SLA-1 and SLA-2 apply ... these sections replace theirs: ...".
DocumentClause inheritanceClause(const QStringList &parents, const QList<DocumentSection> &sections,
                                 const QString &language)
{
    QStringList numbers;
    for (const QString &parent : parents)
        numbers.append(parent.section(u" — "_s, 0, 0));
    QStringList overriding;
    for (const DocumentSection &s : sections) {
        if (s.overridesParent)
            overriding.append(s.title);
    }
    const QString joined = numbers.size() > 1 ? numbers.mid(0, numbers.size() - 1).join(u", "_s)
                                                    + word(u"and"_s, language) + numbers.constLast()
                                              : numbers.join(QString());
    QString html = u"<p>"_s + word(u"inherit.apply"_s, language).arg(joined).toHtmlEscaped()
                   + u"</p><p>"_s;
    html += (overriding.isEmpty()
                 ? word(u"inherit.no_overrides"_s, language)
                 : word(u"inherit.overrides"_s, language).arg(overriding.join(u", "_s)))
                .toHtmlEscaped();
    return {QString::fromLatin1(DocumentBuilder::InheritanceClauseKey),
            word(u"inherit.title"_s, language), html + u"</p>"_s};
}

QString counterpartyRole(PartyKind kind, const QString &language)
{
    return word(u"party."_s + Enums::key(kind), language);
}

} // namespace

void DocumentBuilder::setUnsignedDate(const QDate &date)
{
    unsignedDate() = date;
}

Result<AgreementDocument> DocumentBuilder::build(const Workspace &workspace, qint64 agreementId,
                                                 const QString &language)
{
    if (!documentLanguages().contains(language))
        return Error{tr("the document language must be one of %1, not \"%2\"")
                         .arg(documentLanguages().join(u", "_s), language)};
    auto agreement = workspace.agreement(agreementId);
    if (!agreement)
        return agreement.error();
    const Agreement &a = *agreement;
    auto stored = DocumentStore(workspace).document(agreementId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error{tr("%1 version %2 has no document: it was made before agreements had "
                        "documents")
                         .arg(a.number)
                         .arg(a.version)};
    auto values = PlaceholderValues::of(workspace, agreementId, language);
    if (!values)
        return values.error();
    auto lifecycle = LifecycleReads(workspace, {}).lifecycle(agreementId);
    if (!lifecycle)
        return lifecycle.error();
    auto party = workspace.party(a.partyId);
    if (!party)
        return party.error();
    const QString provider = WorkspaceMeta::value(workspace.connection(), u"provider_name"_s);

    AgreementDocument d;
    d.language = language;
    d.number = a.number;
    d.version = a.version;
    d.title = a.title;
    d.kind = word(u"kind."_s + Enums::key(a.kind), language);
    d.status = word(u"status."_s + Enums::key(a.status), language);
    // Versions the demo or an import put in force carry no signing record, yet are not drafts.
    d.draft = !lifecycle->signing
              && (a.status == AgreementStatus::Draft || a.status == AgreementStatus::Negotiation
                  || a.status == AgreementStatus::Approval);
    d.date = lifecycle->signing
                 ? lifecycle->signing->signedOn
                 : (unsignedDate().isValid() ? unsignedDate() : QDate::currentDate());
    d.parties = {{word(u"party.provider"_s, language), provider},
                 {counterpartyRole(party->kind, language), party->name}};

    for (const VersionSection &vs : (*stored)->sections) {
        DocumentSection section{vs.key, vs.title.in(language), vs.overridesParent, {}};
        for (const VersionClause &vc : vs.clauses) {
            const QString where = tr("%1 version %2, clause \"%3\" (%4)")
                                      .arg(a.number)
                                      .arg(a.version)
                                      .arg(vc.key, language);
            auto title = Placeholders::fill(vc.title.in(language), *values, where);
            if (!title)
                return title.error();
            auto html = Placeholders::fill(vc.body.in(language), *values, where);
            if (!html)
                return html.error();
            section.clauses.append({vc.key, *title, *html});
        }
        d.sections.append(section);
    }

    auto above = parents(workspace, a, language);
    if (!above)
        return above.error();
    d.inheritsFrom = *above;
    if (!d.inheritsFrom.isEmpty() && !d.sections.isEmpty())
        d.sections.first().clauses.append(inheritanceClause(d.inheritsFrom, d.sections, language));

    auto partyOf = [&](Side side) { return side == Side::Provider ? provider : party->name; };
    if (lifecycle->signing) {
        const QString on = DocumentWords::date(lifecycle->signing->signedOn, language);
        for (const Signatory &s : lifecycle->signing->signatories)
            d.signatories.append({partyOf(s.side), s.name, s.title, on});
    } else {
        for (const RequiredApprover &r : lifecycle->approvers)
            d.signatories.append({partyOf(r.side), r.userName, r.title, {}});
    }
    // Nobody named yet: a block for each party, to be completed by whoever signs.
    if (d.signatories.isEmpty())
        d.signatories = {{provider, {}, {}, {}}, {party->name, {}, {}, {}}};
    return d;
}

} // namespace Accordo
