#include "dialogparts.h"
#include "widgets/namedwidget.h"

#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Accordo {

QDialogButtonBox *newDialogButtons(QDialog *dialog, QDialogButtonBox::StandardButtons buttons,
                                   const QString &okText)
{
    auto *box = new QDialogButtonBox(buttons, dialog);
    if (!okText.isEmpty())
        box->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QFormLayout *newForm(std::initializer_list<std::pair<QString, QObject *>> rows, QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    for (const auto &[label, field] : rows) {
        if (auto *layout = qobject_cast<QLayout *>(field))
            form->addRow(label, layout);
        else
            form->addRow(label, qobject_cast<QWidget *>(field));
    }
    return form;
}

void addLabelled(QBoxLayout *row, const QString &text, QWidget *field, QWidget *parent, int stretch)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    row->addWidget(label);
    row->addWidget(field, stretch);
}

void showRowsReadOnly(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
}

QHBoxLayout *newButtonRow(std::initializer_list<QWidget *> start,
                          std::initializer_list<QWidget *> end)
{
    auto *row = new QHBoxLayout;
    for (QWidget *widget : start)
        row->addWidget(widget);
    row->addStretch();
    for (QWidget *widget : end)
        row->addWidget(widget);
    return row;
}

QLabel *newWrappedLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QTreeWidget *newFlatTree(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *tree = newNamed<QTreeWidget>(name, parent);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QVBoxLayout *stackVertically(QWidget *widget, std::initializer_list<QObject *> parts)
{
    auto *layout = new QVBoxLayout(widget);
    for (QObject *part : parts) {
        if (auto *inner = qobject_cast<QLayout *>(part))
            layout->addLayout(inner);
        else
            layout->addWidget(qobject_cast<QWidget *>(part));
    }
    return layout;
}

} // namespace Accordo
