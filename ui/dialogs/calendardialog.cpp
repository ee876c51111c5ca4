#include "calendardialog.h"
#include "session/outcome.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include "calendar/calendarjson.h"
#include "calendar/clocktime.h"
#include "calendar/durationparser.h"
#include "calendar/icalimport.h"
#include "calendar/isotime.h"
#include "dialogs/holidayruledialog.h"
#include "models/holidayrulesmodel.h"
#include "widgets/datetimeedit.h"
#include "widgets/errorlabel.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

const char *const DayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// "8:00", "08:00", "08:00:30" or "24:00" as seconds after midnight; -1 if not.
int parseClock(const QString &text)
{
    static const QRegularExpression clock(u"^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"_s);
    const QRegularExpressionMatch match = clock.match(text);
    if (!match.hasMatch())
        return -1;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    const int seconds = match.captured(3).toInt();
    if (minutes > 59 || seconds > 59)
        return -1;
    const int total = hours * 3600 + minutes * 60 + seconds;
    return total > 86400 ? -1 : total;
}

QString dayName(int index)
{
    return QLocale().standaloneDayName(index + 1);
}

// The preview's wall-clock fields hold times of the calendar's zone, whatever the machine's
// zone is (DateTimeEdit keeps them in UTC).
DateTimeEdit *wallClockEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = newNamed<DateTimeEdit>(objectName, parent);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"Wed 25/11/2026 00:00"_s) + 48);
    return edit;
}

// Nothing while the field's text is not a date and time.
std::optional<qint64> instantOf(const DateTimeEdit *edit, const QTimeZone &zone)
{
    const QDateTime wall = edit->dateTime();
    if (!wall.isValid())
        return std::nullopt;
    return IsoTime::localToUtc(zone, wall.date(), wall.time().msecsSinceStartOfDay() / 1000);
}

} // namespace

CalendarDialog::CalendarDialog(Save save, QWidget *parent) : QDialog(parent), mSave(std::move(save))
{
    setWindowTitle(tr("New calendar"));
    mName = newNamed<QLineEdit>(u"calendarName"_s, this);
    mName->setPlaceholderText(tr("e.g. Italy office"));
    mZone = newNamed<QComboBox>(u"timeZone"_s, this);
    mZone->setEditable(true);
    mZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        mZone->addItem(QString::fromUtf8(id));
    mZone->completer()->setFilterMode(Qt::MatchContains);
    mZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    mZone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    mZone->setMinimumContentsLength(22);

    auto *identity = newForm({{tr("&Name:"), mName}, {tr("&Time zone:"), mZone}});

    auto *left = new QVBoxLayout;
    left->addLayout(identity);
    left->addWidget(createWeek());
    left->addWidget(createHolidays(), 1);

    auto *right = new QVBoxLayout;
    right->addWidget(createCalculator());
    right->addStretch();

    mError = newErrorLabel(this, u"saveError"_s);

    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // The file buttons sit apart from OK and Cancel: they act on the dialog, not close it.
    auto *importJson = newNamed<QPushButton>(u"importJson"_s, tr("&Import JSON…"), this);
    importJson->setToolTip(tr("Replace everything in this dialog with a calendar JSON file"));
    mExport = newNamed<QPushButton>(u"exportJson"_s, tr("E&xport JSON…"), this);
    mExport->setToolTip(tr("Save this calendar as a JSON file for accordo-cli or another "
                           "workspace"));
    connect(importJson, &QPushButton::clicked, this, &CalendarDialog::chooseImportJson);
    connect(mExport, &QPushButton::clicked, this, &CalendarDialog::chooseExportJson);
    connect(mButtons, &QDialogButtonBox::accepted, this, &CalendarDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &CalendarDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(mError);
    layout->addLayout(newButtonRow({importJson, mExport}, {mButtons}));
    resize(1040, 720);
    WindowGeometry::remember(this, u"calendarDialog"_s);

    connect(mName, &QLineEdit::textChanged, this, &CalendarDialog::refresh);
    connect(mZone, &QComboBox::currentTextChanged, this, &CalendarDialog::refresh);
    for (QLineEdit *day : mDays)
        connect(day, &QLineEdit::textChanged, this, &CalendarDialog::refresh);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(mHolidays, signal, this, &CalendarDialog::refresh);
    connect(mHolidays, &QAbstractItemModel::dataChanged, this, &CalendarDialog::refresh);
    connect(mHolidays, &QAbstractItemModel::modelReset, this, &CalendarDialog::refresh);
    for (DateTimeEdit *edit : {mDueStart, mFrom, mTo}) {
        connect(edit, &DateTimeEdit::dateTimeChanged, this, &CalendarDialog::refresh);
        connect(edit->lineEdit(), &QLineEdit::textEdited, this, &CalendarDialog::refresh);
    }
    connect(mDueDuration, &QLineEdit::textChanged, this, &CalendarDialog::refresh);

    // A new calendar starts as a common office week, so the preview has something to show.
    for (int day = 0; day < 5; ++day)
        mDays[day]->setText(u"09:00-17:00"_s);
    refresh();
}

QWidget *CalendarDialog::createWeek()
{
    auto *box = new QGroupBox(tr("Working week"), this);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int day = 0; day < 7; ++day) {
        auto *edit = newNamed<QLineEdit>(u"week_"_s + QLatin1StringView(DayKeys[day]), box);
        edit->setPlaceholderText(tr("closed"));
        edit->setToolTip(tr("Working hours in local time, e.g. 08:00-12:30, 13:30-17:00; "
                            "00:00-24:00 for the whole day; empty when closed"));
        auto *label = new QLabel(dayName(day) + u':', box);
        label->setBuddy(edit);
        auto *total = new QLabel(box);
        total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        total->setMinimumWidth(total->fontMetrics().horizontalAdvance(u"00h00m"_s));
        grid->addWidget(label, day, 0);
        grid->addWidget(edit, day, 1);
        grid->addWidget(total, day, 2);
        mDays[day] = edit;
        mDayTotals[day] = total;
    }
    auto *copy = newNamed<QPushButton>(u"copyMonday"_s, tr("Copy Monday to Tuesday–Friday"), box);
    connect(copy, &QPushButton::clicked, this, [this] {
        for (int day = 1; day < 5; ++day)
            mDays[day]->setText(mDays[0]->text());
    });
    mWeekTotal = newNamed<QLabel>(u"weekTotal"_s, box);
    mWeekTotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addLayout(newButtonRow({copy}, {mWeekTotal}), 7, 0, 1, 3);
    mWeekErrors = newErrorLabel(box, u"weekErrors"_s);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(grid);
    layout->addWidget(mWeekErrors);
    return box;
}

QWidget *CalendarDialog::createHolidays()
{
    auto *box = new QGroupBox(tr("Holidays"), this);
    mHolidays = new HolidayRulesModel(this);
    mHolidayView = newNamed<QTableView>(u"holidays"_s, box);
    mHolidayView->setModel(mHolidays);
    showRowsReadOnly(mHolidayView);
    mHolidayView->setAlternatingRowColors(true);
    mHolidayView->setWordWrap(false);
    mHolidayView->verticalHeader()->setDefaultSectionSize(mHolidayView->fontMetrics().height() + 6);
    mHolidayView->horizontalHeader()->setStretchLastSection(true);
    for (int column :
         {HolidayRulesModel::Name, HolidayRulesModel::Rule, HolidayRulesModel::Observed})
        mHolidayView->horizontalHeader()->setSectionResizeMode(column,
                                                               QHeaderView::ResizeToContents);
    mHolidayView->setMinimumHeight(mHolidayView->verticalHeader()->defaultSectionSize() * 7);
    connect(mHolidayView, &QTableView::activated, this, &CalendarDialog::editHoliday);

    auto *add = newNamed<QPushButton>(u"addHoliday"_s, tr("&Add…"), box);
    mEditHoliday = new QPushButton(tr("&Edit…"), box);
    mRemoveHoliday = newNamed<QPushButton>(u"removeHoliday"_s, tr("&Remove"), box);
    auto *ics = newNamed<QPushButton>(u"importIcs"_s, tr("Import .&ics…"), box);
    ics->setToolTip(tr("Add the all-day events of an iCalendar file (e.g. a public holiday "
                       "calendar) as one-day holidays"));
    connect(add, &QPushButton::clicked, this, &CalendarDialog::addHoliday);
    connect(mEditHoliday, &QPushButton::clicked, this, &CalendarDialog::editHoliday);
    connect(mRemoveHoliday, &QPushButton::clicked, this, &CalendarDialog::removeHoliday);
    connect(ics, &QPushButton::clicked, this, &CalendarDialog::chooseImportIcs);
    const auto updateButtons = [this] {
        const bool selected = mHolidayView->selectionModel()->hasSelection();
        mEditHoliday->setEnabled(selected);
        mRemoveHoliday->setEnabled(selected);
    };
    connect(mHolidayView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updateButtons);
    connect(mHolidays, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();

    mHolidayStatus = newNamed<QLabel>(u"holidayStatus"_s, box);
    mHolidayStatus->setWordWrap(true);
    mHolidayStatus->hide();

    auto *buttons = newButtonRow({add, mEditHoliday, mRemoveHoliday}, {ics});
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(mHolidayView, 1);
    layout->addLayout(buttons);
    layout->addWidget(mHolidayStatus);
    return box;
}

QWidget *CalendarDialog::createCalculator()
{
    auto *box = new QGroupBox(tr("Due date calculator"), this);
    const auto zoneLabel = [this, box] {
        auto *label = new QLabel(box);
        label->setForegroundRole(QPalette::PlaceholderText);
        mZoneLabels.append(label);
        return label;
    };
    const auto resultLabel = [box](const QString &objectName) {
        auto *label = newNamed<QLabel>(objectName, box);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };

    // Defaults that show the calendar at work: this afternoon, and the current week.
    const QDate today = QDate::currentDate();
    mDueStart = wallClockEdit(u"dueStart"_s, box);
    mDueStart->setDateTime(QDateTime(today, QTime(16, 0), Qt::UTC));
    mDueDuration = newNamed<QLineEdit>(u"dueDuration"_s, u"4h"_s, box);
    mDueDuration->setToolTip(tr("Business time to add: 90m, 4h, 1h30m, PT4H, 2d (a day is 24 "
                                "hours of business time)"));
    mDueLocal = resultLabel(u"dueLocal"_s);
    QFont strong = mDueLocal->font();
    strong.setBold(true);
    mDueLocal->setFont(strong);
    mDueUtc = resultLabel(u"dueUtc"_s);

    const QDate monday = today.addDays(1 - today.dayOfWeek());
    mFrom = wallClockEdit(u"elapsedFrom"_s, box);
    mFrom->setDateTime(QDateTime(monday, QTime(0, 0), Qt::UTC));
    mTo = wallClockEdit(u"elapsedTo"_s, box);
    mTo->setDateTime(QDateTime(monday.addDays(7), QTime(0, 0), Qt::UTC));
    mElapsed = resultLabel(u"elapsedResult"_s);
    mElapsed->setFont(strong);

    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Start:"), mDueStart);
    form->addRow(QString(), zoneLabel());
    form->addRow(tr("&Add:"), mDueDuration);
    form->addRow(tr("Due:"), mDueLocal);
    form->addRow(QString(), mDueUtc);
    auto *line = new QFrame(box);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    form->addRow(line);
    auto *between = new QLabel(tr("Business time between two instants:"), box);
    form->addRow(between);
    form->addRow(tr("&From:"), mFrom);
    form->addRow(tr("T&o:"), mTo);
    form->addRow(QString(), zoneLabel());
    form->addRow(tr("Business time:"), mElapsed);
    return box;
}

QTimeZone CalendarDialog::zone() const
{
    return QTimeZone(mZone->currentText().trimmed().toUtf8());
}

QString CalendarDialog::formatIntervals(const QList<WorkingInterval> &intervals)
{
    QStringList parts;
    for (const WorkingInterval &interval : intervals)
        parts.append(ClockTime::format(interval.start) + u'-' + ClockTime::format(interval.end));
    return parts.join(u", "_s);
}

Result<QList<WorkingInterval>> CalendarDialog::parseIntervals(const QString &text)
{
    QList<WorkingInterval> intervals;
    static const QRegularExpression separators(u"[,;]"_s);
    for (QString part : text.split(separators)) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        // People type dashes of every width; all of them mean "to".
        part.replace(u'–', u'-').replace(u'—', u'-');
        const QStringList ends = part.split(u'-');
        if (ends.size() != 2)
            return Error{tr("\"%1\" is not an interval such as 08:00-12:30").arg(part)};
        const int start = parseClock(ends.at(0).trimmed());
        const int end = parseClock(ends.at(1).trimmed());
        if (start < 0 || end < 0)
            return Error{tr("\"%1\": times go from 00:00 to 24:00").arg(part)};
        if (end <= start)
            return Error{tr("\"%1\" ends before it starts").arg(part)};
        intervals.append({start, end});
    }
    BusinessCalendar check;
    if (auto valid = check.setWorkingIntervals(Qt::Monday, intervals); !valid)
        return valid.error();
    return check.workingIntervals(Qt::Monday);
}

Result<BusinessCalendar> CalendarDialog::businessCalendar() const
{
    const QString name = mName->text().trimmed();
    if (name.isEmpty())
        return Error{tr("Name: a calendar needs a name")};
    const QTimeZone timeZone = zone();
    if (!timeZone.isValid())
        return Error{tr("Time zone: \"%1\" is not a known IANA time zone")
                         .arg(mZone->currentText().trimmed())};
    BusinessCalendar calendar(name, timeZone);
    for (int day = 0; day < 7; ++day) {
        auto intervals = parseIntervals(mDays[day]->text());
        if (!intervals)
            return Error{dayName(day) + u": "_s + intervals.errorString()};
        if (auto set = calendar.setWorkingIntervals(Qt::DayOfWeek(day + 1), *intervals); !set)
            return Error{dayName(day) + u": "_s + set.errorString()};
    }
    calendar.setHolidays(mHolidays->rules());
    return calendar;
}

Result<CalendarRecord> CalendarDialog::record() const
{
    auto calendar = businessCalendar();
    if (!calendar)
        return calendar.error();
    return CalendarRecord{mId, calendar->name(), QString::fromUtf8(calendar->timeZone().id()),
                          QString::fromUtf8(CalendarJson::toJson(*calendar)), mRowVersion};
}

void CalendarDialog::setBusinessCalendar(const BusinessCalendar &calendar)
{
    mName->setText(calendar.name());
    mZone->setCurrentText(QString::fromUtf8(calendar.timeZone().id()));
    for (int day = 0; day < 7; ++day)
        mDays[day]->setText(formatIntervals(calendar.workingIntervals(Qt::DayOfWeek(day + 1))));
    mHolidays->setRules(calendar.holidays());
    mHolidayStatus->hide();
    refresh();
}

void CalendarDialog::setCalendar(const CalendarRecord &record)
{
    mId = record.id;
    mRowVersion = record.rowVersion;
    if (record.id)
        setWindowTitle(tr("Edit calendar %1").arg(record.name));
    auto calendar = CalendarJson::fromJson(record.definition.toUtf8());
    if (calendar) {
        setBusinessCalendar(*calendar);
    } else {
        mName->setText(record.name);
        mZone->setCurrentText(record.timeZone);
        mError->setText(tr("The stored definition does not read: %1").arg(calendar.errorString()));
        mError->show();
    }
}

void CalendarDialog::refresh()
{
    // Every weekday is checked, not just the first wrong one, so that all are marked at once.
    QStringList errors;
    qint64 weekSeconds = 0;
    for (int day = 0; day < 7; ++day) {
        const auto intervals = parseIntervals(mDays[day]->text());
        QPalette palette;
        if (intervals) {
            qint64 seconds = 0;
            for (const WorkingInterval &interval : *intervals)
                seconds += interval.end - interval.start;
            weekSeconds += seconds;
            mDayTotals[day]->setText(seconds ? DurationParser::format(seconds) : QString());
            mDays[day]->setToolTip(QString());
        } else {
            const QString message = dayName(day) + u": "_s + intervals.errorString();
            errors.append(message);
            palette = mDays[day]->parentWidget()->palette();
            palette.setColor(QPalette::Base, QColor(0xff, 0xe4, 0xe4));
            mDayTotals[day]->setText(u"—"_s);
            mDays[day]->setToolTip(message);
        }
        mDays[day]->setPalette(palette);
    }
    mWeekErrors->setText(errors.join(u'\n'));
    mWeekErrors->setVisible(!errors.isEmpty());
    mWeekTotal->setText(errors.isEmpty() ? tr("%1 a week").arg(DurationParser::format(weekSeconds))
                                         : QString());

    const QString zoneText = tr("in %1 time").arg(mZone->currentText().trimmed());
    for (QLabel *label : std::as_const(mZoneLabels))
        label->setText(zoneText);

    const auto calendar = businessCalendar();
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(calendar.ok());
    mButtons->button(QDialogButtonBox::Ok)->setToolTip(calendar.errorString());
    mExport->setEnabled(calendar.ok());
    if (calendar)
        updatePreview(*calendar);
    else
        clearPreview(calendar.errorString());
}

void CalendarDialog::clearPreview(const QString &reason)
{
    mDueLocal->setText(u"—"_s);
    mDueUtc->setText(tr("Fix first: %1").arg(reason));
    mElapsed->setText(u"—"_s);
}

void CalendarDialog::updatePreview(const BusinessCalendar &calendar)
{
    const QTimeZone timeZone = calendar.timeZone();
    const QLocale locale;
    const auto duration = DurationParser::parse(mDueDuration->text().trimmed());
    if (!duration) {
        mDueLocal->setText(u"—"_s);
        mDueUtc->setText(
            u"<span style='color:#b00020'>%1</span>"_s.arg(duration.errorString().toHtmlEscaped()));
    } else if (const auto start = instantOf(mDueStart, timeZone); !start) {
        mDueLocal->setText(u"—"_s);
        mDueUtc->setText(u"<span style='color:#b00020'>%1</span>"_s.arg(
            tr("Start: type a date and time").toHtmlEscaped()));
    } else if (const auto due = calendar.due(*start, *duration)) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(*due, timeZone);
        mDueLocal->setText(u"%1 %2"_s.arg(locale.toString(local, u"dddd yyyy-MM-dd HH:mm"_s),
                                          timeZone.abbreviation(local)));
        mDueUtc->setText(IsoTime::formatUtc(*due));
    } else {
        mDueLocal->setText(tr("never"));
        mDueUtc->setText(
            u"<span style='color:#b00020'>%1</span>"_s.arg(due.errorString().toHtmlEscaped()));
    }

    const auto from = instantOf(mFrom, timeZone);
    const auto to = instantOf(mTo, timeZone);
    if (!from || !to) {
        mElapsed->setText(tr("Type the dates and times of From and To."));
        return;
    }
    const qint64 seconds = calendar.elapsed(*from, *to);
    mElapsed->setText(seconds < 0 ? tr("“To” comes before “From”")
                                  : tr("%1 (%2 hours)")
                                        .arg(DurationParser::format(seconds),
                                             locale.toString(double(seconds) / 3600.0, 'f', 2)));
}

void CalendarDialog::addHoliday()
{
    HolidayRuleDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = mHolidays->addRule(dialog.rule());
    mHolidayView->selectRow(row);
}

void CalendarDialog::editHoliday()
{
    const QModelIndex current = mHolidayView->currentIndex();
    if (!current.isValid())
        return;
    HolidayRuleDialog dialog(this);
    dialog.setRule(mHolidays->rule(current.row()));
    if (dialog.exec() == QDialog::Accepted)
        mHolidays->replaceRule(current.row(), dialog.rule());
}

void CalendarDialog::removeHoliday()
{
    const QModelIndex current = mHolidayView->currentIndex();
    if (current.isValid())
        mHolidays->removeRule(current.row());
}

Result<void> CalendarDialog::importJson(const QString &path)
{
    auto calendar = CalendarJson::readFile(path);
    if (!calendar)
        return calendar.error();
    setBusinessCalendar(*calendar);
    return {};
}

Result<void> CalendarDialog::exportJson(const QString &path) const
{
    auto calendar = businessCalendar();
    if (!calendar)
        return Error{tr("%1: not written: %2").arg(path, calendar.errorString())};
    return CalendarJson::writeFile(*calendar, path);
}

Result<int> CalendarDialog::importIcs(const QString &path)
{
    // Recurring events are expanded over the years an agreement signed now will measure.
    const int year = QDate::currentDate().year();
    auto imported = IcalImport::readFile(path, year - 1, year + 4);
    if (!imported)
        return imported.error();
    const QList<HolidayRule> existing = mHolidays->rules();
    int added = 0;
    for (const HolidayRule &rule : std::as_const(imported->holidays)) {
        const bool known = std::any_of(
            existing.begin(), existing.end(), [&rule](const HolidayRule &other) {
                return other.kind() == HolidayRule::Kind::Date && other.date() == rule.date();
            });
        if (!known) {
            mHolidays->addRule(rule);
            ++added;
        }
    }
    QString status = tr("%1: %n holiday(s) added", nullptr, added).arg(QFileInfo(path).fileName());
    if (imported->skippedEvents > 0)
        status += u"; "_s
                  + tr("%n timed or cancelled event(s) skipped", nullptr, imported->skippedEvents);
    mHolidayStatus->setText(status);
    mHolidayStatus->show();
    return added;
}

void CalendarDialog::chooseImportJson()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Calendar"), QString(),
                                                      tr("Calendar JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!showFailure(mError, importJson(path)))
        mError->hide();
}

void CalendarDialog::chooseExportJson()
{
    QString suggestion = mName->text().trimmed().toLower();
    suggestion.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Calendar"), suggestion + u".json"_s, tr("Calendar JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (!showFailure(mError, exportJson(path)))
        mError->hide();
}

void CalendarDialog::chooseImportIcs()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Holidays"), QString(),
                                                      tr("iCalendar (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto imported = importIcs(path); !imported) {
        mHolidayStatus->setText(
            u"<span style='color:#b00020'>%1</span>"_s.arg(imported.errorString().toHtmlEscaped()));
        mHolidayStatus->show();
    }
}

void CalendarDialog::accept()
{
    Result<CalendarRecord> stored = record();
    Result<void> result = outcomeOf(stored);
    if (result && mSave)
        result = mSave(*stored);
    if (showFailure(mError, result))
        return;
    QDialog::accept();
}

} // namespace Accordo
