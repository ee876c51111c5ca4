#include "improvement.h"

#include "domain/enumnames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

constexpr EnumName<ActionState> ActionStates[] = {
    {ActionState::Open, "open", QT_TRANSLATE_NOOP("Accordo::Improvement", "Open")},
    {ActionState::InProgress, "in_progress",
     QT_TRANSLATE_NOOP("Accordo::Improvement", "In progress")},
    {ActionState::Done, "done", QT_TRANSLATE_NOOP("Accordo::Improvement", "Done")},
    {ActionState::Dropped, "dropped", QT_TRANSLATE_NOOP("Accordo::Improvement", "Dropped")},
};

constexpr EnumName<ReviewOutcome> ReviewOutcomes[] = {
    {ReviewOutcome::NoChange, "no_change",
     QT_TRANSLATE_NOOP("Accordo::Improvement", "No change needed")},
    {ReviewOutcome::ActionsAgreed, "actions_agreed",
     QT_TRANSLATE_NOOP("Accordo::Improvement", "Actions agreed")},
    {ReviewOutcome::AmendmentNeeded, "amendment_needed",
     QT_TRANSLATE_NOOP("Accordo::Improvement", "Amendment needed")},
};

} // namespace

QString Improvement::key(ActionState state)
{
    return EnumNames::key(ActionStates, state);
}

QString Improvement::key(ReviewOutcome outcome)
{
    return EnumNames::key(ReviewOutcomes, outcome);
}

QString Improvement::displayName(ActionState state)
{
    return tr(EnumNames::name(ActionStates, state));
}

QString Improvement::displayName(ReviewOutcome outcome)
{
    return tr(EnumNames::name(ReviewOutcomes, outcome));
}

std::optional<ActionState> Improvement::stateFromKey(const QString &key)
{
    return EnumNames::fromKey(ActionStates, key);
}

std::optional<ReviewOutcome> Improvement::outcomeFromKey(const QString &key)
{
    return EnumNames::fromKey(ReviewOutcomes, key);
}

QList<ActionState> Improvement::states()
{
    return EnumNames::values(ActionStates);
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
