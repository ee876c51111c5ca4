#pragma once

#include <QDialog>
#include <QLocale>

#include <optional>

class QComboBox;
class QLabel;

namespace Accordo {

/// Asks which standard calendar a new workspace starts with: a country's office hours and
/// public holidays, or none.
class CalendarChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    /// Offers the system's country first when Accordo has a calendar for it.
    explicit CalendarChoiceDialog(QWidget *parent = nullptr);

    /// The chosen country, or nothing for a workspace without a calendar.
    std::optional<QLocale::Territory> territory() const;
    void setTerritory(std::optional<QLocale::Territory> territory);

private:
    void updateSummary();

    QComboBox *mCountry = nullptr;
    QLabel *mSummary = nullptr;
};

} // namespace Accordo
