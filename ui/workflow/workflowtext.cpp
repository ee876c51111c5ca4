#include "workflowtext.h"

#include "data/agreementrules.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Accordo {

QString WorkflowText::date(const QDate &date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Short formats often carry a two-digit year; a contract date needs all four.
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return locale.toString(date, format);
}

QString WorkflowText::status(AgreementStatus status, const QDate &start, const QDate &today)
{
    if (Agreements::isSignedAhead(status, start, today))
        return tr("Signed (starts %1)").arg(date(start));
    return Enums::displayName(status);
}

QString WorkflowText::approvalProgress(const ApprovalProgress &progress)
{
    if (progress.status != AgreementStatus::Approval)
        return {};
    if (progress.required == 0)
        return tr("no approvers are required");
    const int approved = int(progress.approved.size());
    if (progress.readyToSign)
        return tr("%1 of %2 approved: ready to sign").arg(approved).arg(progress.required);
    if (progress.awaited.isEmpty())
        return tr("%1 of %2 approved").arg(approved).arg(progress.required);
    QStringList names;
    for (const RequiredApprover &awaited : progress.awaited)
        names.append(awaitedName(awaited));
    return tr("%1 of %2: waiting for %3")
        .arg(approved)
        .arg(progress.required)
        .arg(QLocale().createSeparatedList(names));
}

QString WorkflowText::approvedBy(const ApprovalProgress &progress)
{
    QStringList given;
    for (const ApprovalProgress::Given &g : progress.approved)
        given.append(tr("%1 (%2)").arg(g.title, g.userName));
    if (given.isEmpty())
        return {};
    return tr("Approved by %1").arg(QLocale().createSeparatedList(given));
}

QString WorkflowText::missing(const NextStep &next)
{
    if (!next.transition || next.missing.isEmpty())
        return {};
    QString text = tr("Still missing before %1:").arg(Transitions::displayName(*next.transition));
    for (const QString &item : next.missing)
        text += u"\n• "_s + item;
    return text;
}

QString WorkflowText::awaitedName(const RequiredApprover &approver)
{
    if (approver.userName.isEmpty())
        return approver.title;
    return tr("%1 (%2)").arg(approver.title, approver.userName);
}

} // namespace Accordo
