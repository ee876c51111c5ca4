#pragma once

#include "dialogs/cataloguedialog.h"
#include "dialogs/recorddialog.h"
#include "domain/entities.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace Accordo {

class WorkspaceSession;

/// One region: its code, its name and the business calendar its targets use by default.
class RegionDialog : public RecordDialog
{
    Q_OBJECT

public:
    using Save = std::function<Result<void>(const Region &)>;

    RegionDialog(const QList<CalendarRecord> &calendars, Save save, QWidget *parent = nullptr);
    void setRegion(const Region &region);
    Region region() const;
    void accept() override;

private:
    Save mSave;
    QLineEdit *mCode;
    QLineEdit *mName;
    QComboBox *mCalendar;
};

/// The regions of the workspace with their default calendars; changes are undoable.
class RegionsDialog : public CatalogueDialog
{
    Q_OBJECT

public:
    explicit RegionsDialog(WorkspaceSession &session, QWidget *parent = nullptr);

private:
    void reload() override;
    void edit(qint64 id) override;
    void remove() override;

    WorkspaceSession &mSession;
};

} // namespace Accordo
