#include "errorlabel.h"
#include "widgets/namedwidget.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace Accordo {

QLabel *newErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = newNamed<QLabel>(objectName, parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020"_s);
    label->hide();
    return label;
}

void showErrorText(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}

} // namespace Accordo
