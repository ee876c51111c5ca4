#include "recordcommands.h"

namespace Accordo::Detail {

bool RecordCommand::settle(const Result<void> &result)
{
    mSession.notifyChanged(mTable);
    if (result)
        return true;
    // The workspace changed in a way that makes this step impossible (e.g. the record is now
    // referenced elsewhere): say so, and let the stack drop the command.
    setObsolete(true);
    emit mSession.commandFailed(
        RecordEdits::tr("Could not %1: %2").arg(text().toLower(), result.errorString()));
    return false;
}

} // namespace Accordo::Detail
