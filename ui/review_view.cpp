#include "review_view.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include "label_colors.h"
#include "model/project_meta_keys.h"
#include "project_document.h"
#include "review_widgets.h"
#include "store/project_store.h"
#include "undo_commands.h"

namespace candist {

namespace {

QString durationText(double seconds)
{
    if (seconds < 90)
        return ReviewView::tr("%1 s").arg(qRound(seconds));
    if (seconds < 90 * 60)
        return ReviewView::tr("%1 min").arg(qRound(seconds / 60));
    return ReviewView::tr("%1 h %2 min").arg(int(seconds / 3600)).arg(int(seconds / 60) % 60);
}

} // namespace

ReviewView::ReviewView(ProjectDocument *document, QWidget *parent)
    : SampleDecisionView(document, parent)
{
    setObjectName(QStringLiteral("reviewView"));
    setAccessibleName(tr("Review"));
    m_positionLabel->setAccessibleName(tr("Position in the review queue"));
    QVBoxLayout *main = sampleColumn();

    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setAccessibleName(tr("Why review this sample"));
    m_reason->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #5c3d00; border: 1px solid #e0c070;"
                       " border-radius: 4px; padding: 6px; }"));
    main->insertWidget(1, m_reason); // between the title and the text

    m_chipCaption = new QLabel(tr("Teacher's candidates, in the teacher's order:"), this);
    main->addWidget(m_chipCaption);
    m_chipBox = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chipBox);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch();
    main->addWidget(m_chipBox);

    main->addWidget(new QLabel(tr("Student's probability for every label (click or press the "
                                  "key to decide):"),
                               this));
    m_bars = new LabelChoicePanel(this);
    connect(m_bars, &LabelChoicePanel::labelChosen, this, &ReviewView::decideLabel);
    main->addWidget(m_bars);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    main->addWidget(m_status);
    main->addStretch(1);

    // Side panel: progress, keys, ranking weights, re-distil.
    auto *side = new QVBoxLayout;
    outerLayout()->addLayout(side);
    auto *progressBox = new QGroupBox(tr("Session"), this);
    auto *progressLayout = new QVBoxLayout(progressBox);
    m_progress = new QLabel(progressBox);
    m_progress->setWordWrap(true);
    m_progress->setAccessibleName(tr("Review progress"));
    progressLayout->addWidget(m_progress);
    side->addWidget(progressBox);

    auto *keysBox = new QGroupBox(tr("Keys"), this);
    auto *keys = new QLabel(decisionKeysTable(true), keysBox);
    keys->setTextFormat(Qt::RichText);
    (new QVBoxLayout(keysBox))->addWidget(keys);
    side->addWidget(keysBox);

    QGroupBox *weightsBox = createWeightsBox();
    side->addWidget(weightsBox);

    m_redistill = new QPushButton(tr("Re-distil Now"), this);
    m_redistill->setToolTip(tr("Train the student again with your labels as singleton candidate "
                               "sets, then re-rank the queue"));
    m_redistill->setAccessibleName(tr("Re-distil now"));
    side->addWidget(m_redistill);
    connect(m_redistill, &QPushButton::clicked, this, &ReviewView::redistillRequested);
    side->addStretch();
    // One width for the side panel, at least what the key table needs in the window's
    // language: a fixed 260 px cut its longer rows (Spanish, and "Ctrl+Shift+Z, Ctrl+Y").
    const int sideWidth = std::max(260, keysBox->sizeHint().width());
    for (QWidget *w : {static_cast<QWidget *>(progressBox), static_cast<QWidget *>(keysBox),
                       static_cast<QWidget *>(weightsBox)})
        w->setFixedWidth(sideWidth);

    connectDocument();
    updateWeightEditors();
    render();
}

// The ranking weights (project meta "review.weights") and the button that applies them.
QGroupBox *ReviewView::createWeightsBox()
{
    auto *weightsBox = new QGroupBox(tr("Ranking weights"), this);
    auto *form = new QFormLayout(weightsBox);
    const auto spin = [weightsBox](const QString &name) {
        auto *box = new QDoubleSpinBox(weightsBox);
        box->setRange(0, 100);
        box->setSingleStep(0.5);
        box->setDecimals(2);
        box->setAccessibleName(name);
        return box;
    };
    m_disagreement = spin(tr("Disagreement weight"));
    m_margin = spin(tr("Margin weight"));
    m_entropy = spin(tr("Entropy weight"));
    form->addRow(tr("&Disagreement"), m_disagreement);
    form->addRow(tr("&Margin"), m_margin);
    form->addRow(tr("&Entropy"), m_entropy);
    m_rerank = new QPushButton(tr("Apply and Re-rank"), weightsBox);
    form->addRow(m_rerank);
    connect(m_rerank, &QPushButton::clicked, this, [this] {
        ReviewWeights weights = m_weights;
        weights.disagreement = m_disagreement->value();
        weights.margin = m_margin->value();
        weights.entropy = m_entropy->value();
        setWeights(weights);
        setFocus();
    });
    return weightsBox;
}

void ReviewView::connectDocument()
{
    connect(m_document, &ProjectDocument::opened, this, [this] {
        onSchemaChanged();
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    connect(m_document, &ProjectDocument::closed, this, [this] {
        ++m_rankGeneration;
        m_session.clear();
        m_details.clear();
        m_queueReady = false;
        m_dirty = true;
        render();
    });
    connect(m_document, &ProjectDocument::schemaChanged, this, &ReviewView::onSchemaChanged);
    connect(m_document, &ProjectDocument::samplesChanged, this, &ReviewView::onSamplesChanged);
    connect(m_document, &ProjectDocument::reloaded, this, &ReviewView::refresh);
}

void ReviewView::refresh()
{
    if (!m_document->isOpen())
        return;
    m_dirty = false;
    const quint64 generation = ++m_rankGeneration;
    m_status->setText(tr("Ranking the samples…"));
    m_document->post<Ranked>(
        this,
        [](ProjectStore &store) {
            Ranked ranked;
            ranked.weights = ReviewWeights::ofProject(store);
            ranked.items = ReviewRanker(ranked.weights).rank(store);
            return ranked;
        },
        [this, generation](const Ranked &ranked) {
            if (generation != m_rankGeneration)
                return;
            m_weights = ranked.weights;
            m_session.reset(ranked.items);
            // A re-rank drops the labelled samples and re-scores the rest: cached reasons and
            // progress start afresh, and the view starts at the top, the sample now worth most.
            // Staying on the sample that was on screen would put the annotator somewhere in the
            // middle of the new order (after a first distillation: wherever the first imported
            // sample ranks), and every Enter from there would skip the best samples.
            m_details.clear();
            m_queueReady = true;
            m_status->clear();
            updateWeightEditors();
            render();
            Q_EMIT queueReady();
        });
}

void ReviewView::setWeights(const ReviewWeights &weights)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(weights.toJson()).toJson(QJsonDocument::Compact));
    m_weights = weights;
    m_document->postWrite(
        [json](ProjectStore &store) { store.setMetaValue(meta::kReviewWeights, json); });
    // The write queues before the ranking job in the same thread, so the ranking reads it.
    refresh();
}

void ReviewView::updateWeightEditors()
{
    m_disagreement->setValue(m_weights.disagreement);
    m_margin->setValue(m_weights.margin);
    m_entropy->setValue(m_weights.entropy);
}

void ReviewView::onSchemaChanged()
{
    m_bars->setSchema(m_document->schema());
    render();
}

void ReviewView::onSamplesChanged(const QVector<qint64> &rows)
{
    if (rows.isEmpty()) {
        // Anything may have changed (a job is writing, the schema changed): the shown samples
        // are re-read now, the queue is re-ranked when the job ends or the view is shown again
        // (ranking a million samples every second of a running job would waste the thread).
        m_dirty = true;
        m_details.clear();
        render();
        return;
    }
    for (const qint64 row : rows) {
        // Only samples on screen or prefetched are re-read; the rest are read when reached.
        if (!m_details.contains(row) && row != currentRow())
            continue;
        m_details.forget(row);
        fetch(row);
    }
}

void ReviewView::undoneOrRedone(SampleRow row)
{
    // An answer still on its way describes the state before this step.
    m_details.dropPending(row);
}

void ReviewView::fetch(SampleRow row)
{
    const quint64 request = m_details.begin(row);
    if (request == 0)
        return;
    const ReviewWeights weights = m_weights;
    m_document->post<Loaded>(
        this,
        [row, weights](ProjectStore &store) {
            Loaded loaded;
            loaded.detail = SampleDetail::load(store, row);
            if (const std::optional<ReviewItem> item = ReviewRanker(weights).explain(store, row))
                loaded.item = *item;
            return loaded;
        },
        [this, row, request](const Loaded &loaded) {
            if (!m_details.finish(row, request, loaded))
                return; // superseded (re-ranked or changed meanwhile)
            const std::optional<HumanDecision> &decision = loaded.detail.decision;
            m_session.setResolved(row, decision && decision->action == HumanAction::Label);
            if (row == currentRow())
                render();
            else
                updateProgress();
        });
}

void ReviewView::prefetchAround()
{
    // The details of a few samples ahead stay cached; far-away ones are dropped to bound memory.
    for (const SampleRow row : m_session.rowsAround(kPrefetch))
        fetch(row);
    m_details.trim(256, [this](SampleRow row) { return m_session.isFar(row, 64); });
}

std::optional<HumanDecision> ReviewView::knownDecision(SampleRow row) const
{
    if (const Loaded *loaded = m_details.find(row))
        return loaded->detail.decision;
    // Not read yet: the queue knows whether it was skipped (decisions are of the current row).
    const ReviewItem *item = m_session.currentItem();
    if (item && item->row == row && item->skipped)
        return HumanDecision{row, HumanAction::Skip, -1, {}};
    return std::nullopt;
}

void ReviewView::acceptSuggestion()
{
    const SampleRow row = currentRow();
    if (row < 0)
        return;
    const Loaded *loaded = m_details.find(row);
    const int suggested =
        loaded ? loaded->item.suggestedLabel : m_session.currentItem()->suggestedLabel;
    if (suggested >= 0)
        decideLabel(suggested);
}

bool ReviewView::focusNextPrevChild(bool next)
{
    // Tab and Shift+Tab cycle over the chips and bars only, so the keyboard focus never lands
    // in a weight field, where the next hotkey would be typed into the weight instead of
    // deciding. The weights stay reachable by their labels' Alt shortcuts and the mouse; from
    // there Tab moves as usual.
    QList<QWidget *> ring;
    for (QAbstractButton *button : chipButtons() + labelButtons())
        if (button->isVisible() && button->isEnabled())
            ring << button;
    QWidget *focus = QApplication::focusWidget();
    if (ring.isEmpty() || !(focus == this || ring.contains(focus)))
        return QWidget::focusNextPrevChild(next);
    const int at = int(ring.indexOf(focus)); // -1: the view itself
    const int size = int(ring.size());
    const int to = at < 0 ? (next ? 0 : size - 1) : (at + (next ? 1 : -1) + size) % size;
    ring.at(to)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void ReviewView::showChips(const QVector<int> &candidates, int suggested)
{
    const LabelSchema &schema = m_document->schema();
    while (m_chipPool.size() < candidates.size()) {
        auto *chip = new CandidateChipButton(m_chipBox);
        connect(chip, &QPushButton::clicked, this, [this, chip] { decideLabel(chip->label()); });
        m_chipLayout->insertWidget(int(m_chipPool.size()), chip);
        m_chipPool << chip;
    }
    m_chips.clear();
    for (int k = 0; k < m_chipPool.size(); ++k) {
        CandidateChipButton *chip = m_chipPool.at(k);
        if (k >= candidates.size()) {
            chip->hide();
            continue;
        }
        const int label = candidates.at(k);
        const QString name = labelName(schema, label);
        const QString hotkey =
            label < schema.size() ? schema.at(label).hotkey.toUpper() : QString();
        chip->setChip(label, tr("%1. %2  [%3]").arg(k + 1).arg(name, hotkey),
                      labelColor(schema, label), label == suggested);
        chip->setAccessibleName(tr("Teacher candidate %1: label as %2").arg(k + 1).arg(name));
        chip->show();
        m_chips << chip;
    }
}

QList<QAbstractButton *> ReviewView::labelButtons() const
{
    QList<QAbstractButton *> buttons;
    for (LabelChoiceButton *bar : m_bars->buttons())
        buttons << bar;
    return buttons;
}

QList<QAbstractButton *> ReviewView::chipButtons() const
{
    QList<QAbstractButton *> buttons;
    for (CandidateChipButton *chip : m_chips)
        buttons << chip;
    return buttons;
}

QString ReviewView::progressText() const
{
    const QLocale locale;
    QString text = tr("<b>%1</b> resolved · <b>%2</b> remaining in the queue")
                       .arg(locale.toString(resolvedCount()), locale.toString(remainingCount()));
    if (const std::optional<double> pace = m_session.pacePerMinute()) {
        const double perMinute = *pace;
        text += tr("<br>pace %1 samples/min").arg(perMinute, 0, 'f', 1);
        text += tr("<br>about %1 left at this pace")
                    .arg(durationText(remainingCount() / (perMinute / 60.0)));
    } else {
        text += tr("<br>pace: shown after your first decisions");
    }
    return text;
}

void ReviewView::updateProgress()
{
    m_progress->setText(progressText());
    m_positionLabel->setText(positionText());
}

void ReviewView::render()
{
    updateProgress();
    const SampleRow row = currentRow();
    showChips({}, {});
    if (!m_document->isOpen() || !m_queueReady || row < 0) {
        m_shownRow = -1;
        m_title->setText(!m_document->isOpen() ? tr("No project open")
                         : !m_queueReady       ? tr("Ranking…")
                                               : tr("The review queue is done"));
        m_reason->setVisible(false);
        m_text->setPlainText(
            m_queueReady && m_document->isOpen()
                ? tr("No sample is waiting for a human. Re-distil to apply your labels, or "
                     "change the ranking weights.")
                : QString());
        for (LabelChoiceButton *bar : m_bars->buttons())
            bar->setState(0, false, false, false);
        return;
    }
    const Loaded *cached = m_details.find(row);
    if (!cached) {
        m_shownRow = -1;
        m_title->setText(tr("Loading…"));
        prefetchAround();
        return;
    }
    const SampleDetail &detail = cached->detail;
    const ReviewItem &item = cached->item;
    const LabelSchema &schema = m_document->schema();
    m_title->setText(tr("Sample %1").arg(detail.sample.id));
    m_reason->setVisible(true);
    m_reason->setText(tr("Why: %1").arg(item.explanation.isEmpty() ? reviewReasonName(item.reason)
                                                                   : item.explanation));
    m_text->setPlainText(detail.sample.text);

    QVector<int> candidates;
    if (detail.teacher)
        candidates = detail.teacher->candidates;
    m_chipCaption->setVisible(true);
    if (candidates.isEmpty())
        m_chipCaption->setText(tr("The teacher gave no usable candidates."));
    else
        m_chipCaption->setText(tr("Teacher's candidates, in the teacher's order:"));
    showChips(candidates, item.suggestedLabel);

    const std::optional<HumanDecision> &decision = detail.decision;
    const int decided = decision && decision->action == HumanAction::Label ? decision->label : -1;
    const QList<LabelChoiceButton *> &bars = m_bars->buttons();
    for (int i = 0; i < bars.size(); ++i) {
        const double p = detail.student && i < int(detail.student->probabilities.size())
                             ? detail.student->probabilities[size_t(i)]
                             : 0.0;
        bars.at(i)->setState(p, candidates.contains(i), i == item.suggestedLabel, i == decided);
    }
    const QString decidedText = decisionText(decision);
    m_status->setText(decidedText.isEmpty() && !detail.student
                          ? tr("No student output yet: run Distil to get suggestions.")
                          : decidedText);
    m_shownRow = row;
    prefetchAround();
    Q_EMIT sampleShown(row);
}

} // namespace candist
