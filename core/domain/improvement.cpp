#include "improvement.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Accordo {

QString Improvement::key(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return u"open"_s;
    case ActionState::InProgress:
        return u"in_progress"_s;
    case ActionState::Done:
        return u"done"_s;
    case ActionState::Dropped:
        return u"dropped"_s;
    }
    return {};
}

QString Improvement::key(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::NoChange:
        return u"no_change"_s;
    case ReviewOutcome::ActionsAgreed:
        return u"actions_agreed"_s;
    case ReviewOutcome::AmendmentNeeded:
        return u"amendment_needed"_s;
    }
    return {};
}

QString Improvement::displayName(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return tr("Open");
    case ActionState::InProgress:
        return tr("In progress");
    case ActionState::Done:
        return tr("Done");
    case ActionState::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString Improvement::displayName(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::NoChange:
        return tr("No change needed");
    case ReviewOutcome::ActionsAgreed:
        return tr("Actions agreed");
    case ReviewOutcome::AmendmentNeeded:
        return tr("Amendment needed");
    }
    return {};
}

std::optional<ActionState> Improvement::stateFromKey(const QString &key)
{
    for (ActionState s : states()) {
        if (Improvement::key(s) == key)
            return s;
    }
    return std::nullopt;
}

std::optional<ReviewOutcome> Improvement::outcomeFromKey(const QString &key)
{
    for (ReviewOutcome o :
         {ReviewOutcome::NoChange, ReviewOutcome::ActionsAgreed, ReviewOutcome::AmendmentNeeded}) {
        if (Improvement::key(o) == key)
            return o;
    }
    return std::nullopt;
}

QList<ActionState> Improvement::states()
{
    return {ActionState::Open, ActionState::InProgress, ActionState::Done, ActionState::Dropped};
}

QStringList Improvement::sources()
{
    return {u"manual"_s, u"breach"_s, u"at_risk"_s, u"watermelon"_s, u"check"_s, u"review"_s};
}

bool Improvement::isOpen(ActionState state)
{
    return state == ActionState::Open || state == ActionState::InProgress;
}

QString Improvement::whyNotTransition(ActionState from, ActionState to, const QString &reason)
{
    if (from == to)
        return {};
    if (!isOpen(from))
        return tr("the action is %1, which is final").arg(displayName(from).toLower());
    if (from == ActionState::InProgress && to == ActionState::Open)
        return tr("an action in progress does not go back to open");
    if (to == ActionState::Dropped && reason.trimmed().isEmpty())
        return tr("dropping an action needs a reason");
    return {};
}

std::optional<std::pair<QString, QString>> Improvement::periodMonths(const QString &period)
{
    static const QRegularExpression quarter(u"^(\\d{4})-Q([1-4])$"_s);
    static const QRegularExpression month(u"^(\\d{4})-(0[1-9]|1[0-2])$"_s);
    static const QRegularExpression year(u"^(\\d{4})$"_s);
    const QString text = period.trimmed();
    if (auto m = quarter.match(text); m.hasMatch()) {
        const int q = m.captured(2).toInt();
        return std::pair{u"%1-%2"_s.arg(m.captured(1)).arg(q * 3 - 2, 2, 10, QChar(u'0')),
                         u"%1-%2"_s.arg(m.captured(1)).arg(q * 3, 2, 10, QChar(u'0'))};
    }
    if (auto m = month.match(text); m.hasMatch())
        return std::pair{text, text};
    if (auto m = year.match(text); m.hasMatch())
        return std::pair{text + u"-01"_s, text + u"-12"_s};
    return std::nullopt;
}

} // namespace Accordo
