#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Accordo {

class Workspace;

/// One agreement on the other side of a support link, as lists show it.
struct LinkedAgreement
{
    QString number;
    QString kind;   // key: "ola", "uc", "customer_sla", "internal_sla"
    QString status; // key, of the newest version
    QString title;
    bool supports = false; // true: this one supports the agreement asked about
};

/// Which operational level agreements and underpinning contracts support which SLAs. The
/// portfolio consistency check holds the targets of each supporting agreement against those
/// of the SLA it supports. Links join agreement numbers, so they hold for every version. Each
/// change checks the acting user's role (SLA manager or administrator), runs in one
/// transaction with its audit record ("agreement_support" of the supporting agreement), and
/// changes nothing when refused.
class SupportLinks
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::SupportLinks)

public:
    explicit SupportLinks(Workspace &workspace);

    /// `supporting` must be an OLA or underpinning contract, `supported` a customer or
    /// internal SLA.
    Result<void> add(const QString &supporting, const QString &supported);
    Result<void> remove(const QString &supporting, const QString &supported);

    /// The agreements linked to `number`, on either side, by number.
    Result<QList<LinkedAgreement>> of(const QString &number) const;
    /// What `number` could be linked to and is not yet: SLAs for an OLA or UC, OLAs and UCs
    /// for an SLA (that are not terminated or expired).
    Result<QList<LinkedAgreement>> candidates(const QString &number) const;

private:
    /// The id of the supporting agreement's newest version, once both sides are of fitting
    /// kinds.
    Result<qint64> check(const QString &supporting, const QString &supported) const;
    Result<void> change(const QString &supporting, const QString &supported, bool add);

    Workspace &mWorkspace;
};

} // namespace Accordo
