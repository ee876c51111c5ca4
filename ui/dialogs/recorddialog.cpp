#include "recorddialog.h"
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
    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecordDialog::setContent(QLayout *form)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mError);
    layout->addWidget(mButtons);
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
    if (!saved) {
        mError->setText(saved.errorString());
        mError->show();
        return;
    }
    QDialog::accept();
}

} // namespace Accordo
