#pragma once

#include "domain/entities.h"
#include "result.h"

#include <QDialog>
#include <QDialogButtonBox>

#include <functional>

class QLabel;
class QLayout;

namespace Accordo {

/// Base of the dialogs that edit one record: a form, an inline line for the reason a save
/// was refused (the dialog then stays open with the user's input), and the buttons.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    /// Loads the stored record again: offered when a save is refused because someone else
    /// changed the record meanwhile.
    void setReload(std::function<void()> reload) { mReload = std::move(reload); }

    /// Says on `parent` that a save was refused because someone else changed the record
    /// meanwhile (`message`, with `informative` and on request `detailed` when given) and asks
    /// whether to reload their version or keep editing; true to reload.
    static bool askToReload(QWidget *parent, const QString &message,
                            const QString &informative = {}, const QString &detailed = {});

protected:
    explicit RecordDialog(QWidget *parent = nullptr);

    void setContent(QLayout *form);
    QPushButton *okButton() const;
    /// Closes the dialog when the save worked; otherwise shows why and keeps it open.
    void finish(const Result<void> &saved);

    /// Checks the record, stores it through save when it is valid, and finishes.
    template<typename Record>
    void checkAndSave(const Record &record, const std::function<Result<void>(const Record &)> &save)
    {
        Result<void> result = Validation::check(record);
        if (result && save)
            result = save(record);
        finish(result);
    }

    /// The record shown as it was read (0 for a new one), so that a save over a newer version
    /// is refused.
    void setStored(qint64 id, int rowVersion)
    {
        mStoredId = id;
        mStoredRowVersion = rowVersion;
    }
    template<typename Record>
    void setStored(const Record &record)
    {
        setStored(record.id, record.rowVersion);
    }
    qint64 storedId() const { return mStoredId; }
    int storedRowVersion() const { return mStoredRowVersion; }
    /// A record with the id and row version of the one shown, its other fields to be filled in
    /// from the form.
    template<typename Record>
    Record storedRecord() const
    {
        Record record;
        record.id = mStoredId;
        record.rowVersion = mStoredRowVersion;
        return record;
    }

private:
    qint64 mStoredId = 0;
    int mStoredRowVersion = 0;
    QLabel *mError;
    QDialogButtonBox *mButtons;
    std::function<void()> mReload;
};

/// Shows `before` in `dialog` through `show`, one of its setters, and offers to read it again
/// through `load` (given its id) when a save is refused because someone else changed it.
template<typename Dialog, typename Record, typename Load>
void showStored(Dialog &dialog, void (Dialog::*show)(const Record &), Record &before, Load load)
{
    (dialog.*show)(before);
    dialog.setReload([&dialog, show, &before, load] {
        if (auto stored = load(before.id)) {
            before = *stored;
            (dialog.*show)(before);
        }
    });
}

} // namespace Accordo
