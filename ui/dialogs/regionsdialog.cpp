#include "regionsdialog.h"

#include "commands/recordcommands.h"
#include "session/workspacesession.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

RegionDialog::RegionDialog(const QList<CalendarRecord> &calendars, Save save, QWidget *parent)
    : RecordDialog(parent), mSave(std::move(save))
{
    setWindowTitle(tr("Region"));
    mCode = new QLineEdit(this);
    mCode->setObjectName(u"code"_s);
    mName = new QLineEdit(this);
    mName->setObjectName(u"name"_s);
    mCalendar = new QComboBox(this);
    mCalendar->setObjectName(u"calendar"_s);
    mCalendar->addItem(tr("(none)"), qint64(0));
    for (const CalendarRecord &calendar : calendars)
        mCalendar->addItem(calendar.name, calendar.id);
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), mCode);
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("Business &calendar:"), mCalendar);
    setContent(form);
    setMinimumWidth(400);
}

void RegionDialog::setRegion(const Region &region)
{
    setStored(region.id, region.rowVersion);
    mCode->setText(region.code);
    mName->setText(region.name);
    mCalendar->setCurrentIndex(std::max(0, mCalendar->findData(region.calendarId)));
    if (region.id)
        setWindowTitle(tr("Edit region %1").arg(region.code));
}

Region RegionDialog::region() const
{
    return {storedId(), mCode->text().trimmed(), mName->text().trimmed(),
            mCalendar->currentData().toLongLong(), storedRowVersion()};
}

void RegionDialog::accept()
{
    checkAndSave(region(), mSave);
}

RegionsDialog::RegionsDialog(WorkspaceSession &session, QWidget *parent)
    : QDialog(parent), mSession(session)
{
    setWindowTitle(tr("Regions"));
    mTable = new QTableWidget(0, 3, this);
    mTable->setObjectName(u"regions"_s);
    mTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Business calendar")});
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this] { edit(currentId()); });

    auto *add = new QPushButton(tr("&Add…"), this);
    auto *editButton = new QPushButton(tr("&Edit…"), this);
    auto *removeButton = new QPushButton(tr("&Delete…"), this);
    connect(add, &QPushButton::clicked, this, [this] { edit(0); });
    connect(editButton, &QPushButton::clicked, this, [this] { edit(currentId()); });
    connect(removeButton, &QPushButton::clicked, this, &RegionsDialog::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(editButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(620, 360);
    WindowGeometry::remember(this, u"regionsDialog"_s);
    reload();
}

void RegionsDialog::reload()
{
    QHash<qint64, QString> calendarNames;
    for (const CalendarRecord &calendar : orEmpty(mSession.workspace().calendars()))
        calendarNames.insert(calendar.id, calendar.name);
    const qint64 current = currentId();
    const auto regions = orEmpty(mSession.workspace().regions());
    mTable->setRowCount(int(regions.size()));
    for (int row = 0; row < regions.size(); ++row) {
        const Region &region = regions.at(row);
        auto *code = new QTableWidgetItem(region.code);
        code->setData(Qt::UserRole, region.id);
        mTable->setItem(row, 0, code);
        mTable->setItem(row, 1, new QTableWidgetItem(region.name));
        mTable->setItem(row, 2, new QTableWidgetItem(calendarNames.value(region.calendarId)));
        if (region.id == current)
            mTable->selectRow(row);
    }
    mTable->resizeColumnsToContents();
}

qint64 RegionsDialog::currentId() const
{
    const int row = mTable->currentRow();
    return row >= 0 && mTable->item(row, 0) ? mTable->item(row, 0)->data(Qt::UserRole).toLongLong()
                                            : 0;
}

void RegionsDialog::edit(qint64 id)
{
    Region before;
    if (id) {
        auto loaded = mSession.workspace().region(id);
        if (!loaded)
            return;
        before = *loaded;
    }
    RegionDialog dialog(
        orEmpty(mSession.workspace().calendars()),
        [&](const Region &region) {
            if (!id) {
                auto added = RecordEdits::add(mSession, region);
                return added ? Result<void>() : Result<void>(added.error());
            }
            return RecordEdits::edit(mSession, before, region);
        },
        this);
    dialog.setRegion(before);
    dialog.setReload([&] {
        if (auto stored = mSession.workspace().region(before.id)) {
            before = *stored;
            dialog.setRegion(before);
        }
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void RegionsDialog::remove()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const QString code = mTable->item(mTable->currentRow(), 0)->text();
    if (QMessageBox::question(
            this, tr("Delete region"),
            tr("Delete region %1?\n\nYou can bring it back with Edit ▸ Undo.").arg(code),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (auto removed = RecordEdits::remove<Region>(mSession, id); !removed)
        QMessageBox::warning(this, tr("Cannot delete"), removed.errorString());
    reload();
}

} // namespace Accordo
