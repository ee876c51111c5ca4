#pragma once

#include "dialogs/recorddialog.h"
#include "domain/entities.h"

#include <functional>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace Accordo {

/// Adds or edits a service of the catalogue.
class ServiceDialog : public RecordDialog
{
    Q_OBJECT

public:
    using Save = std::function<Result<void>(const Service &)>;

    explicit ServiceDialog(Save save, QWidget *parent = nullptr);

    void setService(const Service &service);
    Service service() const;
    void accept() override;

private:
    void updateOk();

    Save mSave;
    QLineEdit *mCode;
    QLineEdit *mName;
    QLineEdit *mCategory;
    QLineEdit *mOwnerTeam;
    QPlainTextEdit *mDescription;
    QCheckBox *mActive;
};

} // namespace Accordo
