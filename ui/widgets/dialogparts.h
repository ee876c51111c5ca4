#pragma once

#include <QDialogButtonBox>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

class QBoxLayout;
class QDialog;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QObject;
class QTableView;
class QTreeWidget;
class QVBoxLayout;
class QWidget;

namespace Accordo {

/// The dialog's row of `buttons`, on the dialog: an accepting button accepts it, a rejecting
/// one rejects it; a non-empty `okText` renames the Ok button.
QDialogButtonBox *newDialogButtons(QDialog *dialog, QDialogButtonBox::StandardButtons buttons,
                                   const QString &okText = {});

/// A form of `rows`, each a label and its field (a widget or a layout), on `parent` when one is
/// given.
QFormLayout *newForm(std::initializer_list<std::pair<QString, QObject *>> rows,
                     QWidget *parent = nullptr);

/// Adds `field` to `row` after a label of `text` (on `parent`) whose mnemonic moves to it.
void addLabelled(QBoxLayout *row, const QString &text, QWidget *field, QWidget *parent,
                 int stretch = 0);

/// Makes `view` a read-only list of rows: one whole row is selected at a time, nothing is
/// edited in place, and there are no row numbers.
void showRowsReadOnly(QTableView *view);

/// A row of buttons (or other widgets): `start` from its start, then the room left over, then
/// `end` at its end.
QHBoxLayout *newButtonRow(std::initializer_list<QWidget *> start,
                          std::initializer_list<QWidget *> end = {});

/// A label on `parent` that wraps its `text` at word breaks.
QLabel *newWrappedLabel(QWidget *parent, const QString &text = {});

/// A tree named `name` on `parent` that lists flat rows under `headers`, its last column taking
/// the width left over.
QTreeWidget *newFlatTree(const QString &name, const QStringList &headers, QWidget *parent);

/// A vertical layout on `widget` holding `parts` top to bottom: layouts and widgets.
QVBoxLayout *stackVertically(QWidget *widget, std::initializer_list<QObject *> parts);

} // namespace Accordo
