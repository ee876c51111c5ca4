#pragma once

#include "crm/partyimport.h"
#include "models/rowtablemodel.h"

namespace Accordo {

/// The preview of an import of customers: one line per customer created or updated (with the
/// fields it changes), and one per conflict (Accordo's value and the file's).
struct PartyImportLine
{
    enum class Kind { Create, Update, Conflict };
    Kind kind = Kind::Create;
    QString party;
    QString fields; // create, update: the fields written; conflict: the field
    QString accordoValue;
    QString fileValue;
};

class PartyImportModel : public RowTableModel<PartyImportLine>
{
    Q_OBJECT

public:
    enum Column { Action, Party, Fields, AccordoValue, FileValue, ColumnCount };

    explicit PartyImportModel(QObject *parent = nullptr) : RowTableModel(parent) {}

    void setPlan(const PartyImportPlan &plan);
    void clear();

protected:
    int columns() const override { return ColumnCount; }
    QVariant header(int section) const override;
    QVariant cell(const PartyImportLine &line, int column, int role) const override;
};

} // namespace Accordo
