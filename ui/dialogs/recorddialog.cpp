#include "recorddialog.h"
#include "widgets/dialogparts.h"
#include "widgets/errorlabel.h"
#include "widgets/windowgeometry.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

RecordDialog::RecordDialog(QWidget *parent) : QDialog(parent)
{
    mError = newErrorLabel(this, u"error"_s);
    mButtons = newDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
}

void RecordDialog::setContent(QLayout *form)
{
    stackVertically(this, {form, mError, mButtons});
    // Called from the subclass's constructor: each kind of record keeps its own size.
    WindowGeometry::remember(this, QString::fromLatin1(metaObject()->className()));
}

QPushButton *RecordDialog::okButton() const
{
    return mButtons->button(QDialogButtonBox::Ok);
}

void RecordDialog::finish(const Result<void> &saved)
{
    if (!saved && saved.error().conflict && mReload) {
        QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), saved.errorString(),
                        QMessageBox::NoButton, this);
        QPushButton *reload = box.addButton(tr("&Reload Their Version"), QMessageBox::AcceptRole);
        box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == reload) {
            mReload();
            mError->hide();
            return;
        }
    }
    if (showFailure(mError, saved))
        return;
    QDialog::accept();
}

} // namespace Accordo
