#include "metricsdialog.h"
#include "session/outcome.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "data/metricstore.h"
#include "session/workspacesession.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

MetricDialog::MetricDialog(Save save, QWidget *parent)
    : RecordDialog(parent), mSave(std::move(save))
{
    setWindowTitle(tr("Custom metric"));
    mName = newNamed<QLineEdit>(u"name"_s, this);
    mName->setPlaceholderText(tr("e.g. Backup success rate"));
    mUnit = newNamed<QLineEdit>(u"unit"_s, this);
    mUnit->setPlaceholderText(tr("e.g. %, business days"));
    mAggregation = newNamed<QComboBox>(u"aggregation"_s, this);
    for (MetricAggregation aggregation : MetricDefinitions::aggregations())
        mAggregation->addItem(MetricDefinitions::displayName(aggregation), int(aggregation));
    mAggregation->setToolTip(tr("How the observations of a period make its value; a rate "
                                "counts successes out of attempts, in %"));
    mDirection = newNamed<QComboBox>(u"better"_s, this);
    for (MetricDirection direction :
         {MetricDirection::HigherIsBetter, MetricDirection::LowerIsBetter})
        mDirection->addItem(MetricDefinitions::displayName(direction), int(direction));
    mDescription = newNamed<QPlainTextEdit>(u"description"_s, this);
    mDescription->setTabChangesFocus(true);
    mDescription->setMaximumHeight(80);
    auto *form = newForm({{tr("&Name:"), mName},
                          {tr("&Unit:"), mUnit},
                          {tr("&Aggregation per period:"), mAggregation},
                          {tr("&Better:"), mDirection},
                          {tr("&Description:"), mDescription}});
    setContent(form);
    setMinimumWidth(440);
}

void MetricDialog::setDefinition(const MetricDefinition &definition)
{
    setStored(definition);
    mName->setText(definition.name);
    mUnit->setText(definition.unit);
    mAggregation->setCurrentIndex(std::max(0, mAggregation->findData(int(definition.aggregation))));
    mDirection->setCurrentIndex(std::max(0, mDirection->findData(int(definition.direction))));
    mDescription->setPlainText(definition.description);
    if (definition.id)
        setWindowTitle(tr("Edit custom metric %1").arg(definition.name));
}

MetricDefinition MetricDialog::definition() const
{
    MetricDefinition d = storedRecord<MetricDefinition>();
    d.name = mName->text().trimmed();
    d.unit = mUnit->text().trimmed();
    d.aggregation = MetricAggregation(mAggregation->currentData().toInt());
    d.direction = MetricDirection(mDirection->currentData().toInt());
    d.description = mDescription->toPlainText().trimmed();
    return d;
}

void MetricDialog::accept()
{
    const MetricDefinition d = definition();
    if (const QString problem = MetricStore::problem(d); !problem.isEmpty())
        return finish(Error{problem});
    finish(mSave ? mSave(d) : Result<void>());
}

MetricsDialog::MetricsDialog(WorkspaceSession &session, QWidget *parent)
    : CatalogueDialog(u"metric"_s, {tr("Name"), tr("Unit"), tr("Aggregation"), tr("Better")},
                      QSize(640, 320), u"metricsDialog"_s, parent),
      mSession(session)
{
    setWindowTitle(tr("Custom Metrics"));
    reload();
}

void MetricsDialog::reload()
{
    auto definitions = MetricStore(mSession.workspace()).definitions();
    if (!definitions) {
        QMessageBox::warning(this, tr("Custom Metrics"), definitions.errorString());
        return;
    }
    QList<Entry> entries;
    for (const MetricDefinition &d : std::as_const(*definitions))
        entries.append({d.id,
                        {d.name, d.unit, MetricDefinitions::displayName(d.aggregation),
                         MetricDefinitions::displayName(d.direction)},
                        d.description});
    showEntries(entries);
}

QString MetricsDialog::nameTaken(const MetricDefinition &definition) const
{
    // Targets name their metric: two names that differ only in case would be told apart by
    // nobody reading an agreement.
    for (int row = 0; row < table()->rowCount(); ++row) {
        const QTableWidgetItem *item = table()->item(row, 0);
        if (item && item->data(Qt::UserRole).toLongLong() != definition.id
            && item->text().compare(definition.name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("Name: a custom metric called \"%1\" already exists").arg(item->text());
    }
    return {};
}

void MetricsDialog::edit(qint64 id)
{
    MetricStore store(mSession.workspace());
    MetricDefinition before;
    if (id) {
        auto loaded = store.definition(id);
        if (!loaded)
            return;
        before = *loaded;
    }
    MetricDialog dialog(
        [&](const MetricDefinition &d) -> Result<void> {
            if (const QString taken = nameTaken(d); !taken.isEmpty())
                return Error{taken};
            if (!id) {
                auto added = store.insert(d);
                return outcomeOf(added);
            }
            return store.update(d);
        },
        this);
    showStored(dialog, &MetricDialog::setDefinition, before,
               [&store](qint64 id) { return store.definition(id); });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void MetricsDialog::remove()
{
    const qint64 id = currentId();
    if (id
        && confirmed(tr("Delete custom metric"),
                     tr("Delete the custom metric \"%1\"?").arg(currentText())))
        removed(MetricStore(mSession.workspace()).remove(id));
}

} // namespace Accordo
