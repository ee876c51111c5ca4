// The custom metrics a target dialog offers: the catalogue's definitions by name.

#include "targetdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Accordo {

void TargetDialog::setMetricDefinitions(const QList<MetricDefinition> &definitions)
{
    mDefinitions = definitions;
    QStringList names;
    for (const MetricDefinition &d : definitions)
        names.append(d.name);
    auto *completer = new QCompleter(names, mCustomName);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    mCustomName->setCompleter(completer);
    mCustomName->setPlaceholderText(names.isEmpty() ? tr("define it in Edit ▸ Custom Metrics")
                                                    : tr("one of: %1").arg(names.join(u", "_s)));
    updateCustomHint();
}

void TargetDialog::updateCustomHint()
{
    const bool custom = Metric(mMetric->currentData().toInt()) == Metric::Custom;
    const QString name = mCustomName->text().trimmed();
    mCustomHint->setVisible(custom && !name.isEmpty());
    for (const MetricDefinition &d : std::as_const(mDefinitions)) {
        if (d.name != name)
            continue;
        // The unit follows the definition: the target's threshold is in it.
        if (mCustomUnit->text().trimmed().isEmpty() || mCustomUnit->text() != d.unit)
            mCustomUnit->setText(d.unit);
        mCustomHint->setStyleSheet(QString());
        mCustomHint->setText(tr("%1 per period; %2.")
                                 .arg(MetricDefinitions::displayName(d.aggregation),
                                      MetricDefinitions::displayName(d.direction).toLower()));
        return;
    }
    mCustomHint->setStyleSheet(u"color: #b00020"_s);
    mCustomHint->setText(tr("No custom metric of this name is defined (Edit ▸ Custom Metrics): "
                            "the target will not be measured."));
}

} // namespace Accordo
