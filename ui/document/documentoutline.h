#pragma once

#include "document/clausetypes.h"

#include <QTreeWidget>

namespace Accordo {

/// The sections of a version's document and their clauses, numbered in order as the document
/// shows them; a section that replaces the parents' says so.
class DocumentOutline : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DocumentOutline(QWidget *parent = nullptr);

    /// Shows `sections` with their titles in `language`, keeping the selection by its keys.
    void setSections(const QList<VersionSection> &sections, const QString &language);

    /// The selected section's key (also when a clause of it is selected); empty when none.
    QString currentSection() const;
    /// The selected clause's key; empty when a section or nothing is selected.
    QString currentClause() const;
    /// Selects the clause `clauseKey` of `sectionKey`, or the section itself when the clause
    /// key is empty.
    void select(const QString &sectionKey, const QString &clauseKey = {});

private:
    static constexpr int SectionRole = Qt::UserRole;
    static constexpr int ClauseRole = Qt::UserRole + 1;
};

} // namespace Accordo
