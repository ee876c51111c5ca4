#pragma once

#include "demo/demodata.h"
#include "result.h"

namespace Accordo {

class Workspace;

/// The demo's change requests (one in each state) and its users' alert rules, with the alerts
/// those rules raise on the demo's measurements.
namespace DemoChanges {

/// Raises the alerts in bulk (DemoFollowUpWriter) or through AlertScanner::raise: both give the
/// same workspace.
Result<void> generate(Workspace &workspace, DemoData::Path path = DemoData::Path::Bulk);

} // namespace DemoChanges

} // namespace Accordo
