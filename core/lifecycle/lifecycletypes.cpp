#include "lifecycletypes.h"

using namespace Qt::StringLiterals;

namespace Accordo::Sides {

QString key(Side side)
{
    return side == Side::Provider ? u"provider"_s : u"counterparty"_s;
}

std::optional<Side> fromKey(const QString &key)
{
    if (key == u"provider"_s)
        return Side::Provider;
    if (key == u"counterparty"_s)
        return Side::Counterparty;
    return std::nullopt;
}

} // namespace Accordo::Sides
