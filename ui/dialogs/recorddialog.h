#pragma once

#include "result.h"

#include <QDialog>
#include <QDialogButtonBox>

class QLabel;
class QLayout;

namespace Accordo {

/// Base of the dialogs that edit one record: a form, an inline line for the reason a save
/// was refused (the dialog then stays open with the user's input), and the buttons.
class RecordDialog : public QDialog
{
    Q_OBJECT

protected:
    explicit RecordDialog(QWidget *parent = nullptr);

    void setContent(QLayout *form);
    QPushButton *okButton() const;
    /// Closes the dialog when the save worked; otherwise shows why and keeps it open.
    void finish(const Result<void> &saved);

private:
    QLabel *mError;
    QDialogButtonBox *mButtons;
};

} // namespace Accordo
