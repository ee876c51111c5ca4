#include "userguidedialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"userGuide"_s);
    setWindowTitle(tr("Accordo User Guide"));
    // Kept open beside the main window while the user follows the steps.
    setModal(false);
    mBrowser = newNamed<QTextBrowser>(u"guideBrowser"_s, this);
    mBrowser->setOpenExternalLinks(true);
    mBrowser->setSource(source());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    QPushButton *home = buttons->addButton(tr("C&ontents"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(mBrowser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QAbstractButton::clicked, mBrowser, &QTextBrowser::backward);
    connect(home, &QAbstractButton::clicked, mBrowser, &QTextBrowser::home);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);

    stackVertically(this, {mBrowser, buttons});
    resize(720, 760);
}

QUrl UserGuideDialog::source(const QLocale &locale)
{
    return QUrl(locale.language() == QLocale::Italian ? u"qrc:/guide/guide_it.html"_s
                                                      : u"qrc:/guide/guide_en.html"_s);
}

} // namespace Accordo
