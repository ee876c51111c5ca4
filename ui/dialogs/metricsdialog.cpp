#include "metricsdialog.h"

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
    mName = new QLineEdit(this);
    mName->setObjectName(u"name"_s);
    mName->setPlaceholderText(tr("e.g. Backup success rate"));
    mUnit = new QLineEdit(this);
    mUnit->setObjectName(u"unit"_s);
    mUnit->setPlaceholderText(tr("e.g. %, business days"));
    mAggregation = new QComboBox(this);
    mAggregation->setObjectName(u"aggregation"_s);
    for (MetricAggregation aggregation : MetricDefinitions::aggregations())
        mAggregation->addItem(MetricDefinitions::displayName(aggregation), int(aggregation));
    mAggregation->setToolTip(tr("How the observations of a period make its value; a rate "
                                "counts successes out of attempts, in %"));
    mDirection = new QComboBox(this);
    mDirection->setObjectName(u"better"_s);
    for (MetricDirection direction :
         {MetricDirection::HigherIsBetter, MetricDirection::LowerIsBetter})
        mDirection->addItem(MetricDefinitions::displayName(direction), int(direction));
    mDescription = new QPlainTextEdit(this);
    mDescription->setObjectName(u"description"_s);
    mDescription->setTabChangesFocus(true);
    mDescription->setMaximumHeight(80);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Unit:"), mUnit);
    form->addRow(tr("&Aggregation per period:"), mAggregation);
    form->addRow(tr("&Better:"), mDirection);
    form->addRow(tr("&Description:"), mDescription);
    setContent(form);
    setMinimumWidth(440);
}

void MetricDialog::setDefinition(const MetricDefinition &definition)
{
    setStored(definition.id, definition.rowVersion);
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
    MetricDefinition d;
    d.id = storedId();
    d.rowVersion = storedRowVersion();
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
    : QDialog(parent), mSession(session)
{
    setWindowTitle(tr("Custom Metrics"));
    mTable = new QTableWidget(0, 4, this);
    mTable->setObjectName(u"metrics"_s);
    mTable->setHorizontalHeaderLabels({tr("Name"), tr("Unit"), tr("Aggregation"), tr("Better")});
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this] { edit(currentId()); });

    auto *add = new QPushButton(tr("&Add…"), this);
    auto *editButton = new QPushButton(tr("&Edit…"), this);
    auto *removeButton = new QPushButton(tr("&Delete…"), this);
    add->setObjectName(u"addMetric"_s);
    editButton->setObjectName(u"editMetric"_s);
    removeButton->setObjectName(u"deleteMetric"_s);
    connect(add, &QPushButton::clicked, this, [this] { edit(0); });
    connect(editButton, &QPushButton::clicked, this, [this] { edit(currentId()); });
    connect(removeButton, &QPushButton::clicked, this, &MetricsDialog::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(editButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(640, 320);
    WindowGeometry::remember(this, u"metricsDialog"_s);
    reload();
}

void MetricsDialog::reload()
{
    const qint64 current = currentId();
    auto definitions = MetricStore(mSession.workspace()).definitions();
    if (!definitions) {
        QMessageBox::warning(this, tr("Custom Metrics"), definitions.errorString());
        return;
    }
    mTable->setRowCount(int(definitions->size()));
    for (int row = 0; row < definitions->size(); ++row) {
        const MetricDefinition &d = definitions->at(row);
        auto *name = new QTableWidgetItem(d.name);
        name->setData(Qt::UserRole, d.id);
        name->setToolTip(d.description);
        mTable->setItem(row, 0, name);
        mTable->setItem(row, 1, new QTableWidgetItem(d.unit));
        mTable->setItem(row, 2,
                        new QTableWidgetItem(MetricDefinitions::displayName(d.aggregation)));
        mTable->setItem(row, 3, new QTableWidgetItem(MetricDefinitions::displayName(d.direction)));
        if (d.id == current)
            mTable->selectRow(row);
    }
    mTable->resizeColumnsToContents();
}

QString MetricsDialog::nameTaken(const MetricDefinition &definition) const
{
    // Targets name their metric: two names that differ only in case would be told apart by
    // nobody reading an agreement.
    for (int row = 0; row < mTable->rowCount(); ++row) {
        const QTableWidgetItem *item = mTable->item(row, 0);
        if (item && item->data(Qt::UserRole).toLongLong() != definition.id
            && item->text().compare(definition.name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("Name: a custom metric called \"%1\" already exists").arg(item->text());
    }
    return {};
}

qint64 MetricsDialog::currentId() const
{
    const int row = mTable->currentRow();
    return row >= 0 && mTable->item(row, 0) ? mTable->item(row, 0)->data(Qt::UserRole).toLongLong()
                                            : 0;
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
                return added ? Result<void>() : Result<void>(added.error());
            }
            return store.update(d);
        },
        this);
    dialog.setDefinition(before);
    dialog.setReload([&] {
        if (auto stored = store.definition(before.id)) {
            before = *stored;
            dialog.setDefinition(before);
        }
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void MetricsDialog::remove()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const QString name = mTable->item(mTable->currentRow(), 0)->text();
    if (QMessageBox::question(this, tr("Delete custom metric"),
                              tr("Delete the custom metric \"%1\"?").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (auto removed = MetricStore(mSession.workspace()).remove(id); !removed)
        QMessageBox::warning(this, tr("Cannot delete"), removed.errorString());
    reload();
}

} // namespace Accordo
