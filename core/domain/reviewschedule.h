#pragma once

#include <QDate>

namespace Accordo::ReviewSchedule {

/// The first scheduled review on or after `from`: reviews fall every `months` months after
/// `start` (start + months, start + 2·months, …). None (an invalid date) without a start or a
/// positive period, or when that review would fall on or after `end`: the last period of an
/// agreement is decided by its renewal, not by a review.
QDate firstOnOrAfter(const QDate &start, int months, const QDate &from, const QDate &end = {});

} // namespace Accordo::ReviewSchedule
