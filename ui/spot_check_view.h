#pragma once

#include <optional>

#include "io/label_quality_estimate.h"
#include "model/annotation.h"
#include "review_session.h"
#include "row_fetch_cache.h"
#include "sample_decision_view.h"

class QAbstractButton;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace candist {

class LabelChoicePanel;
class ProjectDocument;

// Review › Spot Check: the blind review of the project's spot-check samples
// (docs/label-quality.md), in draw order, which the draw made random. Only the text is shown:
// the teacher's candidates and the student's suggestion are never read into this view, so that
// they cannot anchor the answer. Decisions go through the document's undo stack like the
// review's and are saved at once; after each one the database thread re-estimates how many of
// the exported machine labels are right, which the session panel shows. A project without spot
// checks gets a button that draws them (core/review SpotCheckDraw) in the database thread.
// Keys as in SampleDecisionView, without Enter (there is no suggestion to accept).
class SpotCheckView : public SampleDecisionView
{
    Q_OBJECT
public:
    static constexpr int kPrefetch = 4;
    static constexpr int kDefaultDrawSize = 300;

    explicit SpotCheckView(ProjectDocument *document, QWidget *parent = nullptr);

    // Re-reads the spot-check set and the estimate in the database thread.
    void refresh() override;
    bool isLoaded() const { return m_loaded; }
    int size() const { return m_session.size(); }
    // The row whose text is on screen, -1 while loading.
    SampleRow shownRow() const { return m_shownRow; }
    int answeredCount() const { return m_session.resolvedCount(); }
    // The estimate's sentence in the session panel (empty before the first answer is counted).
    QString estimateText() const;
    const std::optional<LabelQualityEstimate> &estimate() const { return m_estimate; }

    // Draws `size` more spot checks in the database thread, then reloads.
    void drawSpotChecks(int size);

    // Test hooks.
    QList<QAbstractButton *> labelButtons() const;
    QPushButton *drawButton() const { return m_draw; }
    QSpinBox *drawSizeBox() const { return m_drawSize; }

Q_SIGNALS:
    void loaded();
    // The sample `row` is on screen (after the layout was updated).
    void sampleShown(qint64 row);
    // A new estimate reached the session panel.
    void estimateChanged();

protected:
private:
    // All the view ever reads of a sample: its text and the human's own decision.
    struct BlindSample
    {
        Sample sample;
        std::optional<HumanDecision> decision;
    };
    struct SpotCheckSet
    {
        QVector<SampleRow> rows;
        QVector<SampleRow> answered;
        qint64 eligible = 0;
        LabelQualityEstimate estimate;
    };
    QWidget *createSidePanel();
    QWidget *createDrawPanel();
    void onSamplesChanged(const QVector<qint64> &rows);
    void reestimate();
    void fetch(SampleRow row);
    void prefetchAround();
    bool isReady() const override { return m_loaded; }
    void render() override;
    std::optional<HumanDecision> knownDecision(SampleRow row) const override;
    void undoneOrRedone(SampleRow row) override;
    void updateSessionPanel();

    RowFetchCache<BlindSample> m_samples;
    quint64 m_loadGeneration = 0;
    bool m_loaded = false;
    SampleRow m_shownRow = -1;
    // One estimate job at a time; answers given meanwhile ask for one more when it is back.
    bool m_estimating = false;
    bool m_estimateAgain = false;
    std::optional<LabelQualityEstimate> m_estimate;

    QLabel *m_caption;
    LabelChoicePanel *m_labels;
    QLabel *m_status;
    QWidget *m_drawPanel;
    QSpinBox *m_drawSize;
    QPushButton *m_draw;
    QLabel *m_progress;
    QLabel *m_estimateLabel;
};

} // namespace candist
