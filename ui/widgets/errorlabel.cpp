#include "errorlabel.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace Accordo {

QLabel *newErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020"_s);
    label->hide();
    return label;
}

} // namespace Accordo
