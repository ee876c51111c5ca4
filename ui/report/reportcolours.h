#pragma once

#include <QColor>

/// The colours the reports, the agreement documents and the charts share, so that a figure in a
/// chart and the same figure in a table read alike.
namespace Accordo::ReportColours {

inline const QColor Ink(0x21, 0x21, 0x21);        // body text
inline const QColor Muted(0x61, 0x61, 0x61);      // captions and secondary text
inline const QColor Accent(0x1f, 0x4e, 0x79);     // headings and the measured series
inline const QColor Rule(0xbd, 0xbd, 0xbd);       // table rules
inline const QColor HeaderFill(0xec, 0xef, 0xf4); // table headers
inline const QColor Alarm(0xc6, 0x28, 0x28);      // breaches and the draft mark
inline const QColor Neutral(0x75, 0x75, 0x75);    // goals and thresholds
inline const QColor Good(0x2e, 0x7d, 0x32);       // availability
inline const QColor Teal(0x00, 0x83, 0x8f);       // satisfaction

} // namespace Accordo::ReportColours
