#pragma once

#include <optional>

#include "review/review_ranker.h"
#include "review_session.h"
#include "row_fetch_cache.h"
#include "sample_decision_view.h"
#include "sample_detail.h"

class QAbstractButton;
class QDoubleSpinBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace candist {

class ProjectDocument;
class CandidateChipButton;
class LabelChoicePanel;

// Review mode: the ranked queue (core/review ReviewRanker, computed in the database thread), one
// sample at a time, large, decided with one key. Explanations and details are fetched for the
// shown item and prefetched for the next few, so a decision paints the next sample at once.
// Keys as in SampleDecisionView; Enter accepts the student's suggestion (or the focused label).
// Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) are the window's undo/redo. Every re-rank starts again at the
// top of the queue.
class ReviewView : public SampleDecisionView
{
    Q_OBJECT
public:
    static constexpr int kPrefetch = 4;
    // Page Up and Page Down move this many samples.
    static constexpr int kPageStep = ReviewSession::kPageStep;

    explicit ReviewView(ProjectDocument *document, QWidget *parent = nullptr);

    // Re-ranks the queue in the database thread (weights from project meta "review.weights").
    void refresh() override;
    bool isQueueReady() const { return m_queueReady; }
    int queueSize() const { return m_session.size(); }
    // The row whose sample is on screen (painted), -1 while loading.
    SampleRow shownRow() const { return m_shownRow; }
    const QVector<ReviewItem> &queue() const { return m_session.items(); }
    int resolvedCount() const { return m_session.resolvedCount(); }
    int remainingCount() const { return m_session.remainingCount(); }
    QString progressText() const;

    ReviewWeights weights() const { return m_weights; }
    // Stores the weights as project meta "review.weights" and re-ranks.
    void setWeights(const ReviewWeights &weights);

    void acceptSuggestion() override;

    // Test and benchmark hooks: the label buttons (one per schema label) and candidate chips.
    QList<QAbstractButton *> labelButtons() const;
    QList<QAbstractButton *> chipButtons() const;

Q_SIGNALS:
    void queueReady();
    // The sample `row` is on screen with its detail (after the layout was updated).
    void sampleShown(qint64 row);
    void redistillRequested();

protected:
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
    QGroupBox *createWeightsBox();
    void connectDocument();
    void onSchemaChanged();
    void onSamplesChanged(const QVector<qint64> &rows);
    void fetch(SampleRow row);
    void prefetchAround();
    bool isReady() const override { return m_queueReady; }
    void render() override;
    // The teacher's candidates as chips, the suggested one in bold; none: every chip hidden.
    void showChips(const QVector<int> &candidates, int suggested);
    std::optional<HumanDecision> knownDecision(SampleRow row) const override;
    void undoneOrRedone(SampleRow row) override;
    void updateProgress();
    void updateWeightEditors();

    RowFetchCache<Loaded> m_details;
    SampleRow m_shownRow = -1;
    bool m_queueReady = false;
    quint64 m_rankGeneration = 0;
    ReviewWeights m_weights;

    QLabel *m_progress;
    QLabel *m_reason;
    QWidget *m_chipBox;
    QHBoxLayout *m_chipLayout;
    QLabel *m_chipCaption;
    LabelChoicePanel *m_bars;
    // Reused from sample to sample (hidden when unused): creating widgets at every key press
    // was most of its cost.
    QList<CandidateChipButton *> m_chipPool;
    QList<CandidateChipButton *> m_chips; // the shown ones, in the teacher's order
    QLabel *m_status;
    QDoubleSpinBox *m_disagreement;
    QDoubleSpinBox *m_margin;
    QDoubleSpinBox *m_entropy;
    QPushButton *m_rerank;
    QPushButton *m_redistill;
};

} // namespace candist
