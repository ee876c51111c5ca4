#include "cataloguedialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

CatalogueDialog::CatalogueDialog(const QString &name, const QStringList &headers, QSize size,
                                 const QString &geometryKey, QWidget *parent)
    : QDialog(parent)
{
    mTable = newNamed<QTableWidget>(name + u's', 0, int(headers.size()), this);
    mTable->setHorizontalHeaderLabels(headers);
    mTable->horizontalHeader()->setStretchLastSection(true);
    showRowsReadOnly(mTable);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this] { edit(currentId()); });

    const QString capitalised = name.left(1).toUpper() + name.mid(1);
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *editButton = new QPushButton(tr("&Edit…"), this);
    auto *removeButton = new QPushButton(tr("&Delete…"), this);
    add->setObjectName(u"add"_s + capitalised);
    editButton->setObjectName(u"edit"_s + capitalised);
    removeButton->setObjectName(u"delete"_s + capitalised);
    connect(add, &QPushButton::clicked, this, [this] { edit(0); });
    connect(editButton, &QPushButton::clicked, this, [this] { edit(currentId()); });
    connect(removeButton, &QPushButton::clicked, this, [this] { remove(); });
    auto *buttons = newButtonRow({add, editButton, removeButton});
    auto *close = newDialogButtons(this, QDialogButtonBox::Close);

    stackVertically(this, {mTable, buttons, close});
    resize(size);
    WindowGeometry::remember(this, geometryKey);
}

qint64 CatalogueDialog::currentId() const
{
    const int row = mTable->currentRow();
    return row >= 0 && mTable->item(row, 0) ? mTable->item(row, 0)->data(Qt::UserRole).toLongLong()
                                            : 0;
}

QString CatalogueDialog::currentText() const
{
    const int row = mTable->currentRow();
    return row >= 0 && mTable->item(row, 0) ? mTable->item(row, 0)->text() : QString();
}

void CatalogueDialog::showEntries(const QList<Entry> &entries)
{
    const qint64 selected = currentId();
    mTable->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const Entry &entry = entries.at(row);
        for (int column = 0; column < entry.texts.size(); ++column) {
            auto *item = new QTableWidgetItem(entry.texts.at(column));
            if (column == 0) {
                item->setData(Qt::UserRole, entry.id);
                item->setToolTip(entry.tip);
            }
            mTable->setItem(row, column, item);
        }
        if (entry.id == selected)
            mTable->selectRow(row);
    }
    mTable->resizeColumnsToContents();
}

bool CatalogueDialog::confirmed(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
           == QMessageBox::Yes;
}

void CatalogueDialog::removed(const Result<void> &result)
{
    if (!result)
        QMessageBox::warning(this, tr("Cannot delete"), result.errorString());
    reload();
}

} // namespace Accordo
