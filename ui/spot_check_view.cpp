#include "spot_check_view.h"

#include <algorithm>
#include <cmath>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include "decision_keys.h"
#include "label_colors.h"
#include "model/error.h"
#include "project_document.h"
#include "review/spot_check_draw.h"
#include "review_widgets.h"
#include "store/project_store.h"
#include "store/queries/spot_check_query.h"

namespace candist {

namespace {

LabelQualityEstimate readEstimate(const ProjectStore &store)
{
    return LabelQualityEstimate::fromEvidence(spot_check_query::evidence(store));
}

} // namespace

SpotCheckView::SpotCheckView(ProjectDocument *document, QWidget *parent)
    : SampleDecisionView(document, parent)
{
    setObjectName(QStringLiteral("spotCheckView"));
    setAccessibleName(tr("Spot check"));
    m_positionLabel->setAccessibleName(tr("Position in the spot checks"));
    QVBoxLayout *main = sampleColumn();
    m_caption = new QLabel(tr("Your label (click or press the key). The teacher's and the "
                              "student's suggestions are hidden, so that they cannot anchor your "
                              "answer."),
                           this);
    m_caption->setWordWrap(true);
    main->addWidget(m_caption);
    m_labels = new LabelChoicePanel(this);
    connect(m_labels, &LabelChoicePanel::labelChosen, this, &SpotCheckView::decideLabel);
    main->addWidget(m_labels);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    main->addWidget(m_status);
    m_drawPanel = createDrawPanel();
    main->addWidget(m_drawPanel);
    main->addStretch(1);
    outerLayout()->addWidget(createSidePanel());

    connect(document, &ProjectDocument::opened, this, [this] {
        m_labels->setSchema(m_document->schema(), false);
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    connect(document, &ProjectDocument::closed, this, [this] {
        ++m_loadGeneration;
        m_session.clear();
        m_samples.clear();
        m_estimate.reset();
        m_loaded = false;
        m_dirty = true;
        render();
    });
    connect(document, &ProjectDocument::schemaChanged, this, [this] {
        m_labels->setSchema(m_document->schema(), false);
        render();
    });
    connect(document, &ProjectDocument::samplesChanged, this, &SpotCheckView::onSamplesChanged);
    render();
}

QWidget *SpotCheckView::createDrawPanel()
{
    auto *panel = new QGroupBox(tr("Draw spot checks"), this);
    auto *layout = new QVBoxLayout(panel);
    auto *explanation =
        new QLabel(tr("This project has no spot checks yet. A spot check is a uniform random "
                      "sample of the samples without a human label: labelled blind, it tells "
                      "how many of the exported labels are right, with a confidence interval."),
                   panel);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *row = new QHBoxLayout;
    auto *sizeLabel = new QLabel(tr("&Samples to draw:"), panel);
    m_drawSize = new QSpinBox(panel);
    m_drawSize->setRange(1, kDefaultDrawSize);
    m_drawSize->setValue(kDefaultDrawSize);
    m_drawSize->setAccessibleName(tr("Samples to draw"));
    sizeLabel->setBuddy(m_drawSize);
    m_draw = new QPushButton(tr("&Draw"), panel);
    m_draw->setAccessibleName(tr("Draw spot checks"));
    connect(m_draw, &QPushButton::clicked, this, [this] { drawSpotChecks(m_drawSize->value()); });
    row->addWidget(sizeLabel);
    row->addWidget(m_drawSize);
    row->addWidget(m_draw);
    row->addStretch();
    layout->addLayout(row);
    return panel;
}

QWidget *SpotCheckView::createSidePanel()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *sessionBox = new QGroupBox(tr("Session"), side);
    auto *sessionLayout = new QVBoxLayout(sessionBox);
    m_progress = new QLabel(sessionBox);
    m_progress->setWordWrap(true);
    m_progress->setAccessibleName(tr("Spot-check progress"));
    m_estimateLabel = new QLabel(sessionBox);
    m_estimateLabel->setWordWrap(true);
    m_estimateLabel->setAccessibleName(tr("Label quality estimate"));
    sessionLayout->addWidget(m_progress);
    sessionLayout->addWidget(m_estimateLabel);
    layout->addWidget(sessionBox);

    auto *keysBox = new QGroupBox(tr("Keys"), side);
    auto *keys = new QLabel(decision_keys::helpTable(false), keysBox);
    keys->setTextFormat(Qt::RichText);
    (new QVBoxLayout(keysBox))->addWidget(keys);
    layout->addWidget(keysBox);
    layout->addStretch();
    side->setFixedWidth(std::max(280, keysBox->sizeHint().width()));
    return side;
}

void SpotCheckView::refresh()
{
    if (!m_document->isOpen())
        return;
    m_dirty = false;
    const quint64 generation = ++m_loadGeneration;
    m_status->setText(tr("Reading the spot checks…"));
    m_document->post<SpotCheckSet>(
        this,
        [](ProjectStore &store) {
            SpotCheckSet set;
            set.rows = store.spotCheckRows();
            const spot_check_query::Evidence evidence = spot_check_query::evidence(store);
            for (const spot_check_query::Answer &answer : evidence.answers)
                set.answered << answer.row;
            set.estimate = LabelQualityEstimate::fromEvidence(evidence);
            // The draw's limit, needed only while there is nothing to answer.
            if (set.rows.isEmpty())
                set.eligible = spot_check_query::eligibleRows(store).size();
            return set;
        },
        [this, generation](const SpotCheckSet &set) {
            if (generation != m_loadGeneration)
                return;
            QVector<ReviewItem> items;
            items.reserve(set.rows.size());
            for (const SampleRow row : set.rows)
                items << ReviewItem{row, 0, ReviewReason::Uncertain, {}, -1, false};
            m_session.reset(std::move(items));
            for (const SampleRow row : set.answered)
                m_session.setResolved(row, true);
            m_samples.clear();
            m_estimate = set.estimate;
            m_loaded = true;
            // The first unanswered spot check: a session continues where the last one stopped.
            m_session.setPosition(m_session.nextUndecided(0));
            const int drawable = int(std::min<qint64>(set.eligible, 1000000));
            m_drawSize->setRange(std::min(1, drawable), std::max(1, drawable));
            m_drawSize->setValue(std::min(kDefaultDrawSize, drawable));
            m_draw->setEnabled(drawable > 0);
            m_status->clear();
            render();
            Q_EMIT loaded();
            Q_EMIT estimateChanged();
        });
}

void SpotCheckView::drawSpotChecks(int size)
{
    if (!m_document->isOpen() || size <= 0)
        return;
    m_draw->setEnabled(false);
    m_status->setText(tr("Drawing %n spot check(s)…", nullptr, size));
    const qint64 seed = qint64(QRandomGenerator::global()->generate64() >> 1);
    m_document->post<QString>(
        this,
        [size, seed](ProjectStore &store) {
            try {
                SpotCheckDraw::run(store, size, seed);
                return QString();
            } catch (const Error &error) {
                return error.message();
            }
        },
        [this](const QString &problem) {
            refresh();
            if (!problem.isEmpty())
                m_status->setText(problem);
        },
        true);
}

void SpotCheckView::onSamplesChanged(const QVector<qint64> &rows)
{
    if (rows.isEmpty()) {
        // Anything may have changed (a job wrote, a distillation changed the machine's labels):
        // read the set and the estimate again now if shown, else when shown.
        m_dirty = true;
        if (isVisible())
            refresh();
        return;
    }
    bool spotChecked = false;
    for (const qint64 row : rows) {
        if (m_session.indexOf(row) < 0)
            continue;
        spotChecked = true;
        if (!m_samples.contains(row))
            continue;
        m_samples.forget(row);
        fetch(row);
    }
    if (spotChecked)
        reestimate();
}

void SpotCheckView::reestimate()
{
    if (m_estimating) {
        m_estimateAgain = true;
        return;
    }
    m_estimating = true;
    const quint64 generation = m_loadGeneration;
    m_document->post<LabelQualityEstimate>(this, readEstimate,
                                           [this, generation](const LabelQualityEstimate &fresh) {
                                               m_estimating = false;
                                               if (generation == m_loadGeneration) {
                                                   m_estimate = fresh;
                                                   updateSessionPanel();
                                                   Q_EMIT estimateChanged();
                                               }
                                               if (m_estimateAgain) {
                                                   m_estimateAgain = false;
                                                   reestimate();
                                               }
                                           });
}

void SpotCheckView::undoneOrRedone(SampleRow row)
{
    // Read again after the step's write, so that the panel says what is decided now.
    m_samples.forget(row);
}

std::optional<HumanDecision> SpotCheckView::knownDecision(SampleRow row) const
{
    const BlindSample *blind = m_samples.find(row);
    return blind ? blind->decision : std::nullopt;
}

void SpotCheckView::fetch(SampleRow row)
{
    const quint64 request = m_samples.begin(row);
    if (request == 0)
        return;
    m_document->post<BlindSample>(
        this,
        [row](ProjectStore &store) {
            BlindSample blind;
            if (const std::optional<Sample> sample = store.sample(row))
                blind.sample = *sample;
            blind.decision = store.humanDecision(row);
            return blind;
        },
        [this, row, request](const BlindSample &blind) {
            if (!m_samples.finish(row, request, blind))
                return; // superseded (changed or reloaded meanwhile)
            m_session.setResolved(row,
                                  blind.decision && blind.decision->action == HumanAction::Label);
            if (row == currentRow())
                render();
            else
                updateSessionPanel();
        });
}

void SpotCheckView::prefetchAround()
{
    for (const SampleRow row : m_session.rowsAround(kPrefetch))
        fetch(row);
    m_samples.trim(256, [this](SampleRow row) { return m_session.isFar(row, 64); });
}

QList<QAbstractButton *> SpotCheckView::labelButtons() const
{
    QList<QAbstractButton *> buttons;
    for (LabelChoiceButton *button : m_labels->buttons())
        buttons << button;
    return buttons;
}

QString SpotCheckView::estimateText() const
{
    if (!m_estimate)
        return QString();
    const std::optional<SourceQuality::Chosen> chosen = m_estimate->final.narrowerInterval();
    if (!chosen)
        return tr("The estimate of the exported labels appears after the first answer.");
    const QLocale locale;
    const auto percent = [](double share) { return QString::number(std::lround(share * 100)); };
    const qint64 wrong =
        std::llround((1 - chosen->interval.estimate) * double(m_estimate->machineLabelled));
    return tr("final labels ≈ %1 % correct (95 % CI %2–%3 %, %4), about %5 wrong labels expected "
              "in the export")
        .arg(percent(chosen->interval.estimate), percent(chosen->interval.low),
             percent(chosen->interval.high),
             chosen->predictionPowered ? tr("prediction-powered, the narrower interval")
                                       : tr("Wilson interval"),
             locale.toString(wrong));
}

void SpotCheckView::updateSessionPanel()
{
    const QLocale locale;
    m_positionLabel->setText(positionText());
    QString progress = tr("<b>%1</b> answered · <b>%2</b> to go")
                           .arg(locale.toString(m_session.resolvedCount()),
                                locale.toString(m_session.remainingCount()));
    if (const std::optional<double> pace = m_session.pacePerMinute())
        progress += tr("<br>pace %1 samples/min").arg(*pace, 0, 'f', 1);
    m_progress->setText(progress);
    m_estimateLabel->setText(estimateText());
}

void SpotCheckView::render()
{
    updateSessionPanel();
    const bool open = m_document->isOpen();
    const bool empty = m_loaded && m_session.isEmpty();
    m_drawPanel->setVisible(open && empty);
    m_caption->setVisible(open && m_loaded && !empty);
    m_labels->setVisible(open && m_loaded && !empty);
    const SampleRow row = currentRow();
    if (!open || !m_loaded || row < 0) {
        m_shownRow = -1;
        m_title->setText(!open       ? tr("No project open")
                         : !m_loaded ? tr("Reading the spot checks…")
                         : empty     ? tr("No spot checks yet")
                                     : tr("Every spot check is answered"));
        m_text->setPlainText(m_loaded && !empty
                                 ? tr("Draw more spot checks from the command line "
                                      "(candist-cli spot-check) to narrow the interval.")
                                 : QString());
        for (LabelChoiceButton *button : m_labels->buttons())
            button->setState(0, false, false, false);
        return;
    }
    const BlindSample *cached = m_samples.find(row);
    if (!cached) {
        m_shownRow = -1;
        m_title->setText(tr("Loading…"));
        prefetchAround();
        return;
    }
    const BlindSample &blind = *cached;
    m_title->setText(tr("Spot check: sample %1").arg(blind.sample.id));
    m_text->setPlainText(blind.sample.text);
    const std::optional<HumanDecision> &decision = blind.decision;
    const int decided = decision && decision->action == HumanAction::Label ? decision->label : -1;
    const QList<LabelChoiceButton *> &buttons = m_labels->buttons();
    for (int i = 0; i < buttons.size(); ++i)
        buttons.at(i)->setState(0, false, false, i == decided);
    m_status->setText(decisionText(decision));
    m_shownRow = row;
    prefetchAround();
    Q_EMIT sampleShown(row);
}

} // namespace candist
