#include "regionsdialog.h"
#include "session/outcome.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

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
    mCode = newNamed<QLineEdit>(u"code"_s, this);
    mName = newNamed<QLineEdit>(u"name"_s, this);
    mCalendar = newNamed<QComboBox>(u"calendar"_s, this);
    mCalendar->addItem(tr("(none)"), qint64(0));
    for (const CalendarRecord &calendar : calendars)
        mCalendar->addItem(calendar.name, calendar.id);
    auto *form = newForm(
        {{tr("&Code:"), mCode}, {tr("&Name:"), mName}, {tr("Business &calendar:"), mCalendar}});
    setContent(form);
    setMinimumWidth(400);
}

void RegionDialog::setRegion(const Region &region)
{
    setStored(region);
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
    : CatalogueDialog(u"region"_s, {tr("Code"), tr("Name"), tr("Business calendar")},
                      QSize(620, 360), u"regionsDialog"_s, parent),
      mSession(session)
{
    setWindowTitle(tr("Regions"));
    reload();
}

void RegionsDialog::reload()
{
    QHash<qint64, QString> calendarNames;
    for (const CalendarRecord &calendar : orEmpty(mSession.workspace().calendars()))
        calendarNames.insert(calendar.id, calendar.name);
    QList<Entry> entries;
    for (const Region &region : orEmpty(mSession.workspace().regions()))
        entries.append(
            {region.id, {region.code, region.name, calendarNames.value(region.calendarId)}});
    showEntries(entries);
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
                return outcomeOf(added);
            }
            return RecordEdits::edit(mSession, before, region);
        },
        this);
    showStored(dialog, &RegionDialog::setRegion, before,
               [this](qint64 id) { return mSession.workspace().region(id); });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void RegionsDialog::remove()
{
    const qint64 id = currentId();
    if (id
        && confirmed(
            tr("Delete region"),
            tr("Delete region %1?\n\nYou can bring it back with Edit ▸ Undo.").arg(currentText())))
        removed(RecordEdits::remove<Region>(mSession, id));
}

} // namespace Accordo
