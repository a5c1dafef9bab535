#pragma once

#include <QHash>
#include <QTimer>
#include <QWidget>

#include "model/label_schema.h"
#include "model/sample_note.h"
#include "sample_query.h"

class QAction;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace candist {

// The row of filter and sort controls above the sample table. It emits a complete filter or
// sort each time (text search after a short pause, so typing never queues one query per key).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setSchema(const LabelSchema &schema);
    SampleFilter filter() const;
    SampleSort sort() const;
    void setFilter(const SampleFilter &filter);
    void setSort(const SampleSort &sort);
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const candist::SampleFilter &filter);
    void sortChanged(const candist::SampleSort &sort);

private:
    void emitFilter();
    void updateFlagsButton();
    void updateCellButton();

    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_label;
    QSpinBox *m_minSize;
    QSpinBox *m_maxSize;
    QToolButton *m_flagsButton;
    QAction *m_outOfCandidate;
    QAction *m_overruled;
    QAction *m_parseFailure;
    QAction *m_ambiguous;
    // The annotators' notes (SampleNote): any flag, each flag, a comment.
    QAction *m_anyNoteFlag;
    QHash<SampleNote::Flag, QAction *> m_noteFlags;
    QAction *m_hasComment;
    QComboBox *m_sortKey;
    QToolButton *m_sortOrder;
    QToolButton *m_clear;
    // An agreement-report cell (View › Agreement): shown while it filters, a click removes it.
    QToolButton *m_cell;
    int m_cellTeacher = -1;
    int m_cellStudent = -1;
    bool m_cellIndependent = false;
    LabelSchema m_schema;
    QTimer m_searchDelay;
    bool m_updating = false;
};

} // namespace candist
