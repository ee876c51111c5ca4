#pragma once

#include "calendar/holidayrule.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Accordo {

/// The holiday rules of a calendar being edited, each with the next day it closes.
class HolidayRulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Rule, Observed, Next, ColumnCount };

    explicit HolidayRulesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QList<HolidayRule> rules() const { return mRules; }
    void setRules(const QList<HolidayRule> &rules);
    HolidayRule rule(int row) const { return mRules.value(row); }
    /// Appends the rule; returns its row.
    int addRule(const HolidayRule &rule);
    void replaceRule(int row, const HolidayRule &rule);
    void removeRule(int row);

    /// "Every 25 December", "Last Monday of May", "Easter Sunday + 1 day", "7 December 2026".
    static QString describe(const HolidayRule &rule);
    static QString describe(HolidayRule::Observed observed);
    /// The first day on or after `from` that the rule closes, or an invalid date.
    static QDate nextClosedDay(const HolidayRule &rule, QDate from);

    /// The day "Next" counts from; today unless a test fixes it.
    void setToday(QDate today);

private:
    QList<HolidayRule> mRules;
    QDate mToday;
};

} // namespace Accordo
