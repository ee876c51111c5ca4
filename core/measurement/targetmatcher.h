#pragma once

#include "calendar/businesscalendar.h"
#include "measurement/targetjudgement.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <limits>
#include <vector>

namespace Accordo {

/// Decides which targets govern a ticket, from the agreements, targets, services, regions and
/// parties of a workspace held in memory. No database: the Evaluator loads the inputs
/// (TargetMatcherLoader) and hands them over.
///
/// A target governs a ticket when its agreement's counterparty is the ticket's customer (by
/// name; every party of that name counts) and the target's service the ticket's service (by
/// code or name), the ticket opened while the
/// agreement is in force (TargetJudgement::InForce, as instants in the zone of the target's
/// calendar), and the target's region and priority, when it names them, are the ticket's.
/// Per metric the most specific agreement level wins (service over customer over corporate),
/// then the target that names more of region and priority, then the later version; on a tie
/// the target read first stays.
class TargetMatcher
{
public:
    /// What the matcher is built from, as stored. Order matters where names collide: a later
    /// region's code or name, a later service's name or code replaces an earlier one, and a
    /// later row of the same agreement replaces the earlier.
    struct Inputs
    {
        struct Region
        {
            qint64 id = 0;
            QString code;
            QString name;
            qint64 calendarId = 0;
        };
        struct Party
        {
            qint64 id = 0;
            QString name;
            qint64 regionId = 0;
        };
        struct Service
        {
            qint64 id = 0;
            QString code;
            QString name;
        };
        struct Agreement
        {
            qint64 id = 0;
            qint64 partyId = 0;
            QString level; // service, customer or corporate
            int version = 1;
            TargetJudgement::InForce days;
        };
        struct Target
        {
            qint64 id = 0;
            qint64 agreementId = 0;
            qint64 serviceId = 0;
            qint64 regionId = 0;
            QString priority;
            bool firstResponse = false; // else resolution
            qint64 threshold = 0;
            qint64 calendarId = 0;
        };

        QHash<qint64, BusinessCalendar> calendars;
        QList<Region> regions;
        QList<Party> parties;
        QList<Service> services;
        QList<Agreement> agreements; // signed (or once active) only
        QList<Target> targets;       // first response and resolution only
    };

    /// A target that may govern tickets, with what judging a ticket against it needs.
    struct Candidate
    {
        qint64 id = 0;
        qint64 agreementId = 0;
        qint64 regionId = 0;
        QString priority;
        bool firstResponse = false;
        qint64 threshold = 0;
        const BusinessCalendar *calendar = nullptr; // TargetJudgement::governingCalendar()
        qint64 from = 0;   // first instant in force, in the calendar's zone
        qint64 until = 0;  // first instant no longer in force
        int levelRank = 0; // service 3, customer 2, corporate 1
        int version = 1;
    };

    /// The target governing each metric of a ticket; null when none does.
    struct Governing
    {
        const Candidate *firstResponse = nullptr;
        const Candidate *resolution = nullptr;

        bool any() const { return firstResponse || resolution; }
    };

    explicit TargetMatcher(Inputs inputs);
    TargetMatcher(const TargetMatcher &) = delete;
    TargetMatcher &operator=(const TargetMatcher &) = delete;

    /// The targets governing a ticket of `customer` for `service`, filed under `region` with
    /// `priority` and opened at `openedAt`.
    Governing governing(const QString &customer, const QString &service, const QString &region,
                        const QString &priority, qint64 openedAt) const;

    /// The instant standing for "never ended" in Candidate::until.
    static constexpr qint64 kForever = std::numeric_limits<qint64>::max() / 4;

private:
    QHash<qint64, BusinessCalendar> mCalendars;
    BusinessCalendar mContinuous;
    QHash<QString, qint64> mRegionIds;
    QHash<QString, QList<qint64>> mPartyIds;
    QHash<QString, qint64> mServiceIds;
    QHash<QPair<qint64, qint64>, std::vector<Candidate>> mCandidates; // (party, service)
};

} // namespace Accordo
