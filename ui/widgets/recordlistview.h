#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QHBoxLayout;

namespace Accordo {

class PagedSqlModel;

/// A searchable, sortable table of one kind of record, with a count of what it shows.
class RecordListView : public QWidget
{
    Q_OBJECT

public:
    RecordListView(PagedSqlModel *model, const QString &noun, QWidget *parent = nullptr);

    PagedSqlModel *model() const { return mModel; }
    QTableView *view() const { return mView; }
    QLineEdit *searchField() const { return mSearch; }
    /// Extra filter widgets go to the right of the search field.
    QHBoxLayout *toolRow() const { return mToolRow; }

    qint64 currentId() const;
    void selectId(qint64 id);
    /// Reloads from the database, keeping the current record selected where it still exists.
    void refresh();

signals:
    void activated(qint64 id);
    void currentChanged(qint64 id);

private:
    void updateCount();

    PagedSqlModel *mModel;
    QString mNoun;
    QLineEdit *mSearch;
    QTableView *mView;
    QLabel *mCount;
    QTimer *mSearchDelay;
    QHBoxLayout *mToolRow;
};

} // namespace Accordo
