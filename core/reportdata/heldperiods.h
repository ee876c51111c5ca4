#pragma once

#include <QBitArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace Accordo {

/// Which periods of each target hold a stored KPI row, by the place of the period's label
/// among those read: what a reader of the results skips when it derives the periods in which
/// nothing was measured. A target's periods are looked up once, as bits, not once per period.
class HeldPeriods
{
public:
    explicit HeldPeriods(qsizetype labels) : mLabels(labels) {}

    void insert(qint64 targetId, qsizetype label)
    {
        QBitArray &bits = mBits[targetId];
        if (bits.isEmpty())
            bits.resize(mLabels);
        bits.setBit(label);
    }
    /// The labels held of one target; null when it holds none.
    const QBitArray *of(qint64 targetId) const
    {
        const auto it = mBits.constFind(targetId);
        return it == mBits.cend() ? nullptr : &*it;
    }
    static bool holds(const QBitArray *bits, qsizetype label)
    {
        return bits && bits->testBit(label);
    }

private:
    qsizetype mLabels;
    QHash<qint64, QBitArray> mBits;
};

/// The place of each period label ("2026-10", "2026-Q4") in a list of them, asked of millions
/// of periods: found by a number read off the name (2026 * 16 + 10, 2026 * 16 + 12 + 4) in a
/// short array rather than by hashing the name.
class PeriodLabels
{
public:
    explicit PeriodLabels(const QStringList &labels)
    {
        std::vector<int> numbers;
        for (const QString &label : labels)
            numbers.push_back(number(label));
        const auto [low, high] = std::minmax_element(numbers.cbegin(), numbers.cend());
        if (low == numbers.cend() || *low < 0)
            return; // none, or one that is not a period: every lookup answers -1
        mFirst = *low;
        mPlace.assign(size_t(*high - mFirst + 1), -1);
        for (size_t i = 0; i < numbers.size(); ++i)
            mPlace[size_t(numbers[i] - mFirst)] = int(i);
    }

    /// The label's place, or -1 when it is not one of them.
    int of(const QString &period) const
    {
        const int n = number(period);
        const qsizetype at = qsizetype(n) - mFirst;
        return n >= 0 && at >= 0 && at < qsizetype(mPlace.size()) ? mPlace[size_t(at)] : -1;
    }

    static int number(const QString &period)
    {
        if (period.size() != 7 || period.at(4) != u'-')
            return -1;
        bool digits = true;
        const auto digit = [&](qsizetype i) {
            const char16_t c = period.at(i).unicode();
            digits = digits && c >= u'0' && c <= u'9';
            return int(c) - int(u'0');
        };
        const int year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
        const bool quarter = period.at(5) == u'Q';
        const int part = quarter ? digit(6) : digit(5) * 10 + digit(6);
        if (!digits || part < 1 || part > (quarter ? 4 : 12))
            return -1;
        return year * 16 + (quarter ? 12 : 0) + part;
    }

private:
    int mFirst = 0;
    std::vector<int> mPlace; // from mFirst on
};

} // namespace Accordo
