#pragma once

#include "dialogs/cataloguedialog.h"
#include "dialogs/recorddialog.h"
#include "domain/metricdefinition.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace Accordo {

class WorkspaceSession;

/// One custom metric definition: its name, unit, aggregation and which way is better.
class MetricDialog : public RecordDialog
{
    Q_OBJECT

public:
    using Save = std::function<Result<void>(const MetricDefinition &)>;

    explicit MetricDialog(Save save, QWidget *parent = nullptr);
    void setDefinition(const MetricDefinition &definition);
    MetricDefinition definition() const;
    void accept() override;

private:
    Save mSave;
    QLineEdit *mName;
    QLineEdit *mUnit;
    QComboBox *mAggregation;
    QComboBox *mDirection;
    QPlainTextEdit *mDescription;
};

/// The custom metrics of the service catalogue, which targets on custom metrics name and
/// observation imports measure.
class MetricsDialog : public CatalogueDialog
{
    Q_OBJECT

public:
    explicit MetricsDialog(WorkspaceSession &session, QWidget *parent = nullptr);

private:
    void reload() override;
    void edit(qint64 id) override;
    void remove() override;
    /// Why the definition's name cannot be stored because another definition has it, or
    /// an empty text.
    QString nameTaken(const MetricDefinition &definition) const;

    WorkspaceSession &mSession;
};

} // namespace Accordo
