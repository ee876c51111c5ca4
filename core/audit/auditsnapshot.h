#pragma once

#include "domain/entities.h"
#include "domain/pricing.h"
#include "domain/user.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Accordo {

/// The JSON form in which records enter the audit trail as old and new values.
class AuditSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(Accordo::AuditSnapshot)

public:
    static QJsonObject of(const CalendarRecord &calendar);
    static QJsonObject of(const Region &region);
    static QJsonObject of(const Party &party);
    static QJsonObject of(const Service &service);
    static QJsonObject of(const Agreement &agreement);
    static QJsonObject of(const Target &target);
    static QJsonObject of(const User &user);
    /// The offering's columns; its targets as the compact JSON list targetsJson() writes.
    static QJsonObject of(const Offering &offering);
    static QJsonObject of(const PriceLine &line);

    /// A list of targets as of(Target) writes them, as text, and read back; the reading
    /// names the first entry with an unknown metric or period (counted from 1).
    static QString targetsJson(const QList<Target> &targets);
    static Result<QList<Target>> targetsFrom(const QString &json);
    /// One target as of(Target) writes it; nothing when its metric or period is unknown.
    static std::optional<Target> targetFrom(const QJsonObject &object);
};

} // namespace Accordo
