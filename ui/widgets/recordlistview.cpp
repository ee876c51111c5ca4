#include "recordlistview.h"
#include "widgets/namedwidget.h"

#include "models/pagedsqlmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

RecordListView::RecordListView(PagedSqlModel *model, const QString &noun, QWidget *parent)
    : QWidget(parent), mModel(model), mNoun(noun)
{
    mSearch = newNamed<QLineEdit>(u"search"_s, this);
    mSearch->setClearButtonEnabled(true);
    mSearch->setPlaceholderText(tr("Search %1…").arg(noun));
    mCount = new QLabel(this);
    mSearchDelay = new QTimer(this);
    mSearchDelay->setSingleShot(true);
    mSearchDelay->setInterval(200); // search once typing pauses, not on every key
    connect(mSearch, &QLineEdit::textChanged, mSearchDelay, qOverload<>(&QTimer::start));
    const auto applySearch = [this] {
        mSearchDelay->stop();
        const qint64 current = currentId();
        mModel->setSearchText(mSearch->text());
        selectId(current);
    };
    connect(mSearchDelay, &QTimer::timeout, this, applySearch);
    connect(mSearch, &QLineEdit::returnPressed, this, applySearch);

    mView = new QTableView(this);
    mView->setModel(mModel);
    mView->setSortingEnabled(true);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setAlternatingRowColors(true);
    mView->setWordWrap(false);
    mView->verticalHeader()->hide();
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    connect(mView, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit activated(mModel->idAt(index.row())); });
    connect(
        mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { emit currentChanged(mModel->idAt(current.row())); });
    connect(mModel, &QAbstractItemModel::modelReset, this, &RecordListView::updateCount);

    mToolRow = new QHBoxLayout;
    mToolRow->addWidget(mSearch, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(mToolRow);
    layout->addWidget(mView, 1);
    layout->addWidget(mCount);
    updateCount();
}

qint64 RecordListView::currentId() const
{
    const QModelIndex index = mView->currentIndex();
    return index.isValid() ? mModel->idAt(index.row()) : 0;
}

void RecordListView::selectId(qint64 id)
{
    const int row = id ? mModel->rowOfId(id) : -1;
    if (row < 0)
        return;
    const QModelIndex index = mModel->index(row, 0);
    mView->setCurrentIndex(index);
    mView->scrollTo(index);
}

void RecordListView::refresh()
{
    const qint64 current = currentId();
    mModel->refresh();
    selectId(current);
}

void RecordListView::updateCount()
{
    const int shown = mModel->rowCount();
    mCount->setText(
        mModel->searchText().isEmpty()
            ? tr("%n record(s)", nullptr, shown)
            : tr("%n record(s) match \"%1\"", nullptr, shown).arg(mModel->searchText()));
}

} // namespace Accordo
