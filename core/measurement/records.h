#pragma once

#include "calendar/businesscalendar.h"

#include <QList>
#include <QString>

#include <optional>

namespace Accordo {

/// What an import reads: tickets, outages, satisfaction surveys or custom metric observations.
enum class RecordKind { Ticket, Outage, Survey, Observation };

/// One support ticket; instants are epoch seconds (UTC).
struct Ticket
{
    QString id;
    QString customer;
    QString service;
    QString region;
    QString priority;
    QString status;
    qint64 openedAt = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> closedAt;
    int satisfaction = 0; // 1-5, 0 when not given
    QList<Pause> pauses;
    QString reference; // the source's own SLA verdict (ServiceNow made_sla), if any
};

/// An interruption of a service, planned (maintenance) or not.
struct Outage
{
    QString service;
    QString customer; // empty: every customer
    QString region;   // empty: every region
    qint64 startAt = 0;
    std::optional<qint64> endAt; // empty: still going on
    bool planned = false;
};

/// One answer to a satisfaction survey, about a ticket or about a customer as a whole.
struct Survey
{
    QString ticketId;
    QString customer;
    qint64 answeredAt = 0;
    int score = 0; // 1-5
};

/// One observation of a custom metric: at an instant or for a whole month, a value (in
/// thousandths of the metric's unit) or a count of successes out of attempts.
struct Observation
{
    QString metric;
    QString customer;  // empty: every customer
    QString service;   // empty: every service
    QString region;    // empty: every region
    QString reference; // the source's id of the observation, if any
    std::optional<qint64> observedAt;
    QString period; // "YYYY-MM" when no instant is given
    std::optional<qint64> valueMilli;
    std::optional<qint64> successes;
    std::optional<qint64> attempts;
};

/// A row that cannot be imported: where it is, which field, and why (translated).
struct RowProblem
{
    qint64 line = 0;
    QString field;
    QString reason;
    QByteArray record; // the row as it stands in the file
};

} // namespace Accordo
