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

bool RecordDialog::askToReload(QWidget *parent, const QString &message, const QString &informative,
                               const QString &detailed)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), message,
                    QMessageBox::NoButton, parent);
    if (!informative.isEmpty())
        box.setInformativeText(informative);
    if (!detailed.isEmpty())
        box.setDetailedText(detailed);
    QPushButton *reload = box.addButton(tr("&Reload Their Version"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == reload;
}

void RecordDialog::finish(const Result<void> &saved)
{
    if (!saved && saved.error().conflict && mReload && askToReload(this, saved.errorString())) {
        mReload();
        mError->hide();
        return;
    }
    if (showFailure(mError, saved))
        return;
    QDialog::accept();
}

} // namespace Accordo
