#pragma once

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

protected:
    explicit RecordDialog(QWidget *parent = nullptr);

    void setContent(QLayout *form);
    QPushButton *okButton() const;
    /// Closes the dialog when the save worked; otherwise shows why and keeps it open.
    void finish(const Result<void> &saved);

private:
    QLabel *mError;
    QDialogButtonBox *mButtons;
    std::function<void()> mReload;
};

} // namespace Accordo
