#pragma once

#include "result.h"

namespace Accordo {

/// Whether `result` succeeded, without the value it holds: its error when it failed.
template<typename T>
Result<void> outcomeOf(const Result<T> &result)
{
    return result ? Result<void>() : Result<void>(result.error());
}

} // namespace Accordo
