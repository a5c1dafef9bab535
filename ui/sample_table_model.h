#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

#include "sample_query.h"

namespace candist {

class ProjectDocument;

// Virtual table over the project: it holds the ordered row ids of the current filter and sort
// (8 bytes a sample) and an LRU cache of pages; everything else is fetched on demand, page by
// page, in the database thread. data() never waits: a row not yet fetched shows a placeholder
// and is filled in when its page arrives.
class SampleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        TextColumn,
        CandidatesColumn,
        StudentColumn,
        ConfidenceColumn,
        FinalColumn,
        FlagsColumn, // the annotators' flags and comment (SampleNote), then the machine's flags
        ColumnCount
    };
    enum Role
    {
        SampleRowRole = Qt::UserRole + 1, // qint64, or invalid before the page arrives
        ChipsRole,                        // QVariantList of {text, color, strong} maps
        ConfidenceRole,                   // double 0..1, invalid when no student result
        LoadedRole,                       // bool
    };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;

    explicit SampleTableModel(ProjectDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const SampleFilter &filter);
    void setSort(const SampleSort &sort);
    const SampleFilter &filter() const { return m_filter; }
    const SampleSort &sortOrder() const { return m_sort; }
    // Re-runs the ordering query (after imports, teacher or student runs).
    void refresh();

    // The loaded row at `row`, or nullptr while its page is in flight.
    const SampleRowData *rowData(int row) const;
    // The sample at `position` of the current order, without fetching its page.
    SampleRow sampleAt(int position) const { return m_rows.at(position); }
    // Position of `sample` in the current order, -1 when filtered out (linear scan).
    int positionOf(SampleRow sample) const;
    bool isReady() const { return m_ready; }

Q_SIGNALS:
    // The ordering query finished and the model was reset to `count` rows.
    void orderReady(int count);
    void pageLoaded(int firstRow, int lastRow);

private:
    void requestOrder();
    void requestPage(int page) const;
    void onSamplesChanged(const QVector<qint64> &rows);
    QVariant chips(const SampleRowData &data) const;
    QVariant flagChips(const SampleRowData &data) const;
    QVariant noteChips(const SampleRowData &data) const;

    ProjectDocument *m_document;
    SampleFilter m_filter;
    SampleSort m_sort;
    RowOrder m_rows;
    bool m_ready = false;
    quint64 m_generation = 0;     // of the ordering query
    quint64 m_pageGeneration = 0; // of the page cache
    // Mutable: data() is const but schedules fetches and touches the LRU order.
    mutable QHash<int, QVector<SampleRowData>> m_pages;
    mutable QHash<int, quint64> m_pageUse;
    mutable QSet<int> m_pendingPages;
    mutable quint64 m_useCounter = 0;
};

} // namespace candist
