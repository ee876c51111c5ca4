#pragma once

#include "result.h"

#include <QDialog>

class QTableWidget;

namespace Accordo {

/// A list of catalogue entries (regions, custom metrics) in a table whose first column carries
/// each entry's id, with Add, Edit and Delete buttons and Close. Double-clicking a row edits it.
class CatalogueDialog : public QDialog
{
    Q_OBJECT

protected:
    /// `name` names the table and, capitalised, the buttons ("addMetric" for "metric");
    /// `geometryKey` is where the window's size is remembered.
    CatalogueDialog(const QString &name, const QStringList &headers, QSize size,
                    const QString &geometryKey, QWidget *parent);

    /// Adds (id 0) or edits the entry with `id`.
    virtual void edit(qint64 id) = 0;
    /// Deletes the current entry after asking.
    virtual void remove() = 0;

    /// The id of the selected entry, or 0.
    qint64 currentId() const;
    /// The first column's text of the selected entry.
    QString currentText() const;
    /// One entry of the table: its id, a text a column, the first column's tooltip.
    struct Entry
    {
        qint64 id = 0;
        QStringList texts;
        QString tip = {};
    };
    /// Shows `entries`; the selection stays on the entry that had it.
    void showEntries(const QList<Entry> &entries);
    /// Asks `question` under `title`; true when the user says yes.
    bool confirmed(const QString &title, const QString &question);
    /// Says why a delete was refused, if it was, and shows the entries as they are now.
    void removed(const Result<void> &result);
    /// Fills the table again from the workspace.
    virtual void reload() = 0;

    QTableWidget *table() const { return mTable; }

private:
    QTableWidget *mTable;
};

} // namespace Accordo
