#include "calendarchoicedialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "calendar/standardcalendars.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr int NoCalendar = -1;

QString clock(int seconds)
{
    return QLocale().toString(QTime(0, 0).addSecs(seconds), QLocale::ShortFormat);
}

} // namespace

CalendarChoiceDialog::CalendarChoiceDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Standard Calendar"));
    auto *intro = new QLabel(tr("Accordo measures targets in business time. Start the new "
                                "workspace with the office calendar of a country: working hours "
                                "from Monday to Friday and its public holidays. You can change "
                                "it, or add others, under Calendars."),
                             this);
    intro->setWordWrap(true);
    mCountry = newNamed<QComboBox>(u"countryBox"_s, this);
    for (QLocale::Territory territory : StandardCalendars::territories())
        mCountry->addItem(StandardCalendars::countryName(territory), int(territory));
    mCountry->addItem(tr("None: I will add my own calendar"), NoCalendar);
    mSummary = newNamed<QLabel>(u"calendarSummary"_s, this);
    mSummary->setWordWrap(true);
    mSummary->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    mSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *form = newForm({{tr("&Country:"), mCountry}, {QString(), mSummary}});
    auto *buttons = newDialogButtons(this, QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                     tr("&Create Workspace"));

    stackVertically(this, {intro, form, buttons});
    resize(520, sizeHint().height());

    connect(mCountry, &QComboBox::currentIndexChanged, this, &CalendarChoiceDialog::updateSummary);
    const QLocale::Territory system = QLocale::system().territory();
    setTerritory(StandardCalendars::territories().contains(system) ? std::optional(system)
                                                                   : std::nullopt);
    updateSummary();
}

std::optional<QLocale::Territory> CalendarChoiceDialog::territory() const
{
    const int value = mCountry->currentData().toInt();
    return value == NoCalendar ? std::nullopt : std::optional(QLocale::Territory(value));
}

void CalendarChoiceDialog::setTerritory(std::optional<QLocale::Territory> territory)
{
    const int index = mCountry->findData(territory ? int(*territory) : NoCalendar);
    mCountry->setCurrentIndex(index < 0 ? mCountry->findData(NoCalendar) : index);
}

void CalendarChoiceDialog::updateSummary()
{
    const auto chosen = territory();
    if (!chosen) {
        mSummary->setText(tr("The workspace starts without a calendar: add one under Calendars "
                             "before you set targets in business hours."));
        return;
    }
    auto calendar = StandardCalendars::calendar(*chosen);
    if (!calendar) {
        mSummary->setText(calendar.errorString());
        return;
    }
    QStringList hours;
    for (const WorkingInterval &interval : calendar->workingIntervals(Qt::Monday))
        hours.append(u"%1–%2"_s.arg(clock(interval.start), clock(interval.end)));
    QStringList holidays;
    for (const HolidayRule &rule : calendar->holidays())
        holidays.append(rule.name());
    mSummary->setText(
        tr("<b>%1</b>, time zone %2.<br>Monday to Friday %3.<br>%n public holiday(s): %4.", nullptr,
           int(holidays.size()))
            .arg(calendar->name().toHtmlEscaped(),
                 QString::fromUtf8(calendar->timeZone().id()).toHtmlEscaped(), hours.join(u", "_s),
                 holidays.join(u", "_s).toHtmlEscaped()));
}

} // namespace Accordo
