#pragma once

#include <QBitArray>
#include <QHash>

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

} // namespace Accordo
