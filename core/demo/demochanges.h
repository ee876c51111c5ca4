#pragma once

#include "result.h"

namespace Accordo {

class Workspace;

/// The demo's change requests (one in each state) and its users' alert rules, with the alerts
/// those rules raise on the demo's measurements.
namespace DemoChanges {

Result<void> generate(Workspace &workspace);

} // namespace DemoChanges

} // namespace Accordo
