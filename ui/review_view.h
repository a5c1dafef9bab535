#pragma once

#include <optional>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QWidget>

#include "review/review_ranker.h"
#include "sample_detail.h"

class QAbstractButton;
class QDoubleSpinBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace candist {

class ProjectDocument;
class ReviewLabelButton;

// Review mode: the ranked queue (core/review ReviewRanker, computed in the database thread), one
// sample at a time, large, decided with one key. Explanations and details are fetched for the
// shown item and prefetched for the next few, so a decision paints the next sample at once.
// Keys (only while the view, not a text field, has the focus): a label's hotkey decides, Enter
// accepts the student's suggestion (or the focused label), Space/Right/Down next, Left/Up
// previous, Home/End first/last, Page Up/Down ten back/on, "?" skips (unsure). Ctrl+Z and
// Ctrl+Shift+Z (Ctrl+Y) are the window's undo/redo; undoing a decision moves the view back to
// that sample. Every re-rank starts again at the top of the queue.
class ReviewView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPrefetch = 4;
    // Page Up and Page Down move this many samples.
    static constexpr int kPageStep = 10;

    explicit ReviewView(ProjectDocument *document, QWidget *parent = nullptr);

    // Re-ranks the queue in the database thread (weights from project meta "review.weights").
    void refresh();
    bool isQueueReady() const { return m_queueReady; }
    int queueSize() const { return int(m_queue.size()); }
    int position() const { return m_position; }
    SampleRow currentRow() const;
    // The row whose sample is on screen (painted), -1 while loading.
    SampleRow shownRow() const { return m_shownRow; }
    const QVector<ReviewItem> &queue() const { return m_queue; }
    int resolvedCount() const { return int(m_resolved.size()); }
    int remainingCount() const { return queueSize() - resolvedCount(); }
    QString progressText() const;

    ReviewWeights weights() const { return m_weights; }
    // Stores the weights as project meta "review.weights" and re-ranks.
    void setWeights(const ReviewWeights &weights);

    void decideLabel(int label);
    void acceptSuggestion();
    void skip();
    void next();
    void previous();
    void setPosition(int position);

    // Test and benchmark hooks: the label buttons (one per schema label) and candidate chips.
    QList<QAbstractButton *> labelButtons() const;
    QList<QAbstractButton *> chipButtons() const;

Q_SIGNALS:
    void queueReady();
    // The sample `row` is on screen with its detail (after the layout was updated).
    void sampleShown(qint64 row);
    void redistillRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Loaded
    {
        SampleDetail detail;
        ReviewItem item;
    };
    struct Ranked
    {
        ReviewWeights weights;
        QVector<ReviewItem> items;
    };
    void onSchemaChanged();
    void onSamplesChanged(const QVector<qint64> &rows);
    void onUndoIndexChanged(int index);
    void fetch(SampleRow row);
    void prefetchAround();
    void render();
    void updateProgress();
    void updateWeightEditors();
    void decide(HumanAction action, int label);
    int nextUndecided(int from) const;
    int indexOf(SampleRow row) const;
    bool textFieldHasFocus() const;

    ProjectDocument *m_document;
    QVector<ReviewItem> m_queue;
    QHash<SampleRow, Loaded> m_cache;
    QHash<SampleRow, quint64> m_pending; // row -> the request whose answer counts
    quint64 m_requests = 0;
    QSet<SampleRow> m_resolved;
    int m_position = 0;
    SampleRow m_shownRow = -1;
    bool m_queueReady = false;
    bool m_dirty = true;
    quint64 m_rankGeneration = 0;
    ReviewWeights m_weights;
    int m_undoIndex = 0;
    bool m_deciding = false;
    // Session pace: decisions made since the view first decided, and the time since then.
    QElapsedTimer m_session;
    int m_sessionDecisions = 0;

    QLabel *m_progress;
    QLabel *m_position_label;
    QLabel *m_title;
    QLabel *m_reason;
    QTextBrowser *m_text;
    QWidget *m_chipBox;
    QHBoxLayout *m_chipLayout;
    QLabel *m_chipCaption;
    QWidget *m_barBox;
    QGridLayout *m_barLayout;
    QList<ReviewLabelButton *> m_bars;
    QList<QPushButton *> m_chips;
    QLabel *m_status;
    QDoubleSpinBox *m_disagreement;
    QDoubleSpinBox *m_margin;
    QDoubleSpinBox *m_entropy;
    QPushButton *m_rerank;
    QPushButton *m_redistill;
};

} // namespace candist
