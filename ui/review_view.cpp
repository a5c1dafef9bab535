#include "review_view.h"

#include <algorithm>
#include <cmath>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include "label_colors.h"
#include "model/project_meta_keys.h"
#include "project_document.h"
#include "store/project_store.h"
#include "undo_commands.h"

namespace candist {

namespace {

ReviewWeights readWeights(const ProjectStore &store)
{
    const QString json = store.metaValue(meta::kReviewWeights);
    if (json.isEmpty())
        return ReviewWeights();
    return ReviewWeights::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

QString durationText(double seconds)
{
    if (seconds < 90)
        return ReviewView::tr("%1 s").arg(qRound(seconds));
    if (seconds < 90 * 60)
        return ReviewView::tr("%1 min").arg(qRound(seconds / 60));
    return ReviewView::tr("%1 h %2 min").arg(int(seconds / 3600)).arg(int(seconds / 60) % 60);
}

// Enter decides the focused chip or bar; every other key (Space = next, hotkeys) belongs to the
// review view, which a plain button would swallow (Space clicks it).
void enterClicksOthersPass(QAbstractButton *button, QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        button->click();
    else
        event->ignore();
}

} // namespace

// One label in the student's view: a probability bar in the label's colour with the hotkey,
// name and percentage written on it (never colour alone). Clicking decides; the suggested label
// gets a thick border and a "suggested" tag, the one under the mouse or keyboard focus a
// highlighted frame.
class ReviewLabelButton : public QAbstractButton
{
public:
    ReviewLabelButton(QWidget *parent) : QAbstractButton(parent)
    {
        setFocusPolicy(Qt::TabFocus);
        setAttribute(Qt::WA_Hover);
        setCursor(Qt::PointingHandCursor);
        setMinimumHeight(34);
    }
    void setLabel(const QString &name, const QString &hotkey, const QColor &color)
    {
        m_name = name;
        m_hotkey = hotkey;
        m_color = color;
        setAccessibleName(ReviewView::tr("Label as %1").arg(name));
        update();
    }
    void setState(double probability, bool candidate, bool suggested, bool decided)
    {
        m_probability = probability;
        m_candidate = candidate;
        m_suggested = suggested;
        m_decided = decided;
        setAccessibleDescription(
            ReviewView::tr("student probability %1%").arg(qRound(probability * 100)));
        update();
    }
    QSize sizeHint() const override { return QSize(320, 34); }

protected:
    void keyPressEvent(QKeyEvent *event) override { enterClicksOthersPass(this, event); }
    void keyReleaseEvent(QKeyEvent *event) override { event->ignore(); }
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
        const bool hot = underMouse() || hasFocus();
        painter.setPen(Qt::NoPen);
        painter.setBrush(hot ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
        painter.drawRoundedRect(box, 5, 5);
        if (m_probability > 0) {
            QRectF bar = box.adjusted(0, 0, 0, 0);
            bar.setWidth(box.width() * std::clamp(m_probability, 0.0, 1.0));
            QColor fill = m_color;
            fill.setAlpha(m_candidate ? 200 : 90);
            painter.setBrush(fill);
            painter.drawRoundedRect(bar, 5, 5);
        }
        QPen border(m_suggested ? pal.color(QPalette::Text) : pal.color(QPalette::Mid));
        border.setWidthF(m_suggested ? 2.5 : 1.0);
        if (hot) {
            border.setColor(pal.color(QPalette::Highlight));
            border.setWidthF(3.0);
        }
        painter.setPen(border);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, 5, 5);

        // Key cap, name and numbers on a light text background: readable over any colour.
        const QRectF keyCap(box.left() + 6, box.center().y() - 10, 22, 20);
        painter.setPen(QPen(pal.color(QPalette::Text), 1));
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawRoundedRect(keyCap, 3, 3);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(keyCap, Qt::AlignCenter, m_hotkey.toUpper());
        QFont nameFont = font();
        nameFont.setBold(m_suggested || m_decided);
        painter.setFont(nameFont);
        QString tags;
        if (m_decided)
            tags += ReviewView::tr("  ✓ your label");
        if (m_suggested)
            tags += ReviewView::tr("  ★ suggested (Enter)");
        if (m_candidate)
            tags += ReviewView::tr("  • candidate");
        const QRectF textBox = box.adjusted(36, 0, -8, 0);
        const QString percent = QStringLiteral("%1 %").arg(m_probability * 100, 0, 'f', 1);
        const QColor textColor = pal.color(QPalette::Text);
        painter.setPen(textColor);
        painter.drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft, m_name + tags);
        painter.drawText(textBox, Qt::AlignVCenter | Qt::AlignRight, percent);
    }

private:
    QString m_name;
    QString m_hotkey;
    QColor m_color;
    double m_probability = 0;
    bool m_candidate = false;
    bool m_suggested = false;
    bool m_decided = false;
};

// A teacher candidate chip (a push button with the review's key handling).
class ReviewChipButton : public QPushButton
{
public:
    using QPushButton::QPushButton;

protected:
    void keyPressEvent(QKeyEvent *event) override { enterClicksOthersPass(this, event); }
    void keyReleaseEvent(QKeyEvent *event) override { event->ignore(); }
};

ReviewView::ReviewView(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("reviewView"));
    setAccessibleName(tr("Review"));
    setFocusPolicy(Qt::StrongFocus);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    outer->setSpacing(16);

    auto *main = new QVBoxLayout;
    main->setSpacing(10);
    outer->addLayout(main, 1);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_position_label = new QLabel(this);
    m_position_label->setAccessibleName(tr("Position in the review queue"));
    header->addWidget(m_title, 1);
    header->addWidget(m_position_label);
    main->addLayout(header);

    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setAccessibleName(tr("Why review this sample"));
    m_reason->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #5c3d00; border: 1px solid #e0c070;"
                       " border-radius: 4px; padding: 6px; }"));
    main->addWidget(m_reason);

    m_text = new QTextBrowser(this);
    m_text->setAccessibleName(tr("Sample text"));
    m_text->setFocusPolicy(Qt::NoFocus);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.5);
    m_text->setFont(textFont);
    m_text->setMinimumHeight(90);
    m_text->setMaximumHeight(240);
    main->addWidget(m_text, 1);

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
    m_barBox = new QWidget(this);
    m_barLayout = new QGridLayout(m_barBox);
    m_barLayout->setContentsMargins(0, 0, 0, 0);
    m_barLayout->setSpacing(4);
    main->addWidget(m_barBox);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    main->addWidget(m_status);
    main->addStretch(1);

    // Side panel: progress, keys, ranking weights, re-distil.
    auto *side = new QVBoxLayout;
    outer->addLayout(side);
    auto *progressBox = new QGroupBox(tr("Session"), this);
    auto *progressLayout = new QVBoxLayout(progressBox);
    m_progress = new QLabel(progressBox);
    m_progress->setWordWrap(true);
    m_progress->setAccessibleName(tr("Review progress"));
    progressLayout->addWidget(m_progress);
    side->addWidget(progressBox);

    auto *keysBox = new QGroupBox(tr("Keys"), this);
    auto *keys =
        new QLabel(tr("<table>"
                      "<tr><td><b>label key</b></td><td>decide</td></tr>"
                      "<tr><td><b>Enter</b></td><td>accept the suggestion</td></tr>"
                      "<tr><td><b>?</b></td><td>skip (unsure)</td></tr>"
                      "<tr><td><b>Space, →, ↓</b></td><td>next</td></tr>"
                      "<tr><td><b>←, ↑</b></td><td>previous</td></tr>"
                      "<tr><td><b>Home, End</b></td><td>first, last</td></tr>"
                      "<tr><td><b>PgUp, PgDn</b></td><td>10 back, 10 on</td></tr>"
                      "<tr><td><b>Ctrl+Z</b></td><td>undo</td></tr>"
                      "<tr><td><b>Ctrl+Shift+Z, Ctrl+Y</b></td><td>redo</td></tr></table>"),
                   keysBox);
    keys->setTextFormat(Qt::RichText);
    (new QVBoxLayout(keysBox))->addWidget(keys);
    side->addWidget(keysBox);

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
    side->addWidget(weightsBox);
    connect(m_rerank, &QPushButton::clicked, this, [this] {
        ReviewWeights weights = m_weights;
        weights.disagreement = m_disagreement->value();
        weights.margin = m_margin->value();
        weights.entropy = m_entropy->value();
        setWeights(weights);
        setFocus();
    });

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

    connect(document, &ProjectDocument::opened, this, [this] {
        onSchemaChanged();
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    connect(document, &ProjectDocument::closed, this, [this] {
        ++m_rankGeneration;
        m_queue.clear();
        m_cache.clear();
        m_pending.clear();
        m_resolved.clear();
        m_queueReady = false;
        m_dirty = true;
        render();
    });
    connect(document, &ProjectDocument::schemaChanged, this, &ReviewView::onSchemaChanged);
    connect(document, &ProjectDocument::samplesChanged, this, &ReviewView::onSamplesChanged);
    connect(document->undoStack(), &QUndoStack::indexChanged, this,
            &ReviewView::onUndoIndexChanged);
    updateWeightEditors();
    render();
}

void ReviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && m_document->isOpen())
        refresh();
    setFocus();
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
            ranked.weights = readWeights(store);
            ranked.items = ReviewRanker(ranked.weights).rank(store);
            return ranked;
        },
        [this, generation](const Ranked &ranked) {
            if (generation != m_rankGeneration)
                return;
            m_weights = ranked.weights;
            m_queue = ranked.items;
            // A re-rank drops the labelled samples and re-scores the rest: cached reasons and
            // progress start afresh, and the view starts at the top, the sample now worth most.
            // Staying on the sample that was on screen would put the annotator somewhere in the
            // middle of the new order (after a first distillation: wherever the first imported
            // sample ranks), and every Enter from there would skip the best samples.
            m_cache.clear();
            m_pending.clear();
            m_resolved.clear();
            m_queueReady = true;
            m_position = 0;
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

SampleRow ReviewView::currentRow() const
{
    return m_position >= 0 && m_position < m_queue.size() ? m_queue.at(m_position).row : -1;
}

int ReviewView::indexOf(SampleRow row) const
{
    // A linear scan (about a millisecond for a million items) keeps the queue at one compact
    // vector; it runs on undo/redo and re-ranking, never per key press.
    const auto it = std::find_if(m_queue.cbegin(), m_queue.cend(),
                                 [row](const ReviewItem &item) { return item.row == row; });
    return it == m_queue.cend() ? -1 : int(it - m_queue.cbegin());
}

void ReviewView::onSchemaChanged()
{
    qDeleteAll(m_bars);
    m_bars.clear();
    const LabelSchema &schema = m_document->schema();
    const int columns = schema.size() > 8 ? 2 : 1;
    for (int i = 0; i < schema.size(); ++i) {
        auto *bar = new ReviewLabelButton(m_barBox);
        bar->setLabel(schema.at(i).name, schema.at(i).hotkey, labelColor(schema, i));
        connect(bar, &QAbstractButton::clicked, this, [this, i] { decideLabel(i); });
        m_barLayout->addWidget(bar, i / columns, i % columns);
        m_bars << bar;
    }
    render();
}

void ReviewView::onSamplesChanged(const QVector<qint64> &rows)
{
    if (rows.isEmpty()) {
        // Anything may have changed (a job is writing, the schema changed): the shown samples
        // are re-read now, the queue is re-ranked when the job ends or the view is shown again
        // (ranking a million samples every second of a running job would waste the thread).
        m_dirty = true;
        m_cache.clear();
        m_pending.clear();
        render();
        return;
    }
    for (const qint64 row : rows) {
        // Only samples on screen or prefetched are re-read; the rest are read when reached.
        if (!m_cache.contains(row) && !m_pending.contains(row) && row != currentRow())
            continue;
        m_cache.remove(row);
        m_pending.remove(row);
        fetch(row);
    }
}

void ReviewView::onUndoIndexChanged(int index)
{
    const int previous = m_undoIndex;
    m_undoIndex = index;
    // Undo steps back over command `index`, redo re-applies command `index - 1`: either way
    // the view goes to the sample that command decided.
    const QUndoCommand *command =
        m_document->undoStack()->command(index < previous ? index : index - 1);
    const auto *decision = dynamic_cast<const HumanDecisionCommand *>(command);
    if (!decision || index == previous || m_deciding)
        return;
    const int at = indexOf(decision->row());
    if (at < 0)
        return;
    // An answer still on its way describes the state before this step: drop it.
    m_pending.remove(decision->row());
    if (index < previous) {
        m_resolved.remove(decision->row());
        setPosition(at);
    } else {
        if (decision->action() == HumanAction::Label)
            m_resolved.insert(decision->row());
        setPosition(nextUndecided(at + 1));
    }
}

void ReviewView::fetch(SampleRow row)
{
    if (row < 0 || m_cache.contains(row) || m_pending.contains(row))
        return;
    const quint64 request = ++m_requests;
    m_pending.insert(row, request);
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
            if (m_pending.value(row) != request)
                return; // superseded (re-ranked or changed meanwhile)
            m_pending.remove(row);
            m_cache.insert(row, loaded);
            const std::optional<HumanDecision> &decision = loaded.detail.decision;
            if (decision && decision->action == HumanAction::Label)
                m_resolved.insert(row);
            else
                m_resolved.remove(row);
            if (row == currentRow())
                render();
            else
                updateProgress();
        });
}

void ReviewView::prefetchAround()
{
    // The details of a few samples ahead stay cached; far-away ones are dropped to bound memory.
    for (int i = m_position; i < std::min<int>(m_queue.size(), m_position + kPrefetch + 1); ++i)
        fetch(m_queue.at(i).row);
    if (m_position > 0)
        fetch(m_queue.at(m_position - 1).row);
    if (m_cache.size() > 256) {
        for (auto it = m_cache.begin(); it != m_cache.end();) {
            const int at = indexOf(it.key());
            if (std::abs(at - m_position) > 64)
                it = m_cache.erase(it);
            else
                ++it;
        }
    }
}

int ReviewView::nextUndecided(int from) const
{
    for (int i = std::max(0, from); i < m_queue.size(); ++i)
        if (!m_resolved.contains(m_queue.at(i).row))
            return i;
    return std::min<int>(from, m_queue.size());
}

void ReviewView::setPosition(int position)
{
    m_position = std::clamp(position, 0, std::max(0, int(m_queue.size())));
    render();
}

void ReviewView::next()
{
    if (m_position < m_queue.size())
        setPosition(m_position + 1);
}

void ReviewView::previous()
{
    if (m_position > 0)
        setPosition(m_position - 1);
}

void ReviewView::decide(HumanAction action, int label)
{
    const SampleRow row = currentRow();
    if (row < 0)
        return;
    std::optional<HumanDecision> previous;
    const auto cached = m_cache.constFind(row);
    if (cached != m_cache.constEnd())
        previous = cached->detail.decision;
    else if (m_queue.at(m_position).skipped)
        previous = HumanDecision{row, HumanAction::Skip, -1, {}};
    if (!m_session.isValid())
        m_session.start();
    ++m_sessionDecisions;
    if (action == HumanAction::Label)
        m_resolved.insert(row);
    m_deciding = true; // the view moves on below, not in onUndoIndexChanged
    m_document->decide(row, action, label, previous);
    m_deciding = false;
    // The decision is in the undo stack and on its way to the store: move on at once.
    setPosition(action == HumanAction::Label ? nextUndecided(m_position + 1) : m_position + 1);
}

void ReviewView::decideLabel(int label)
{
    if (label >= 0 && label < m_document->schema().size())
        decide(HumanAction::Label, label);
    setFocus();
}

void ReviewView::acceptSuggestion()
{
    const SampleRow row = currentRow();
    if (row < 0)
        return;
    const auto cached = m_cache.constFind(row);
    const int suggested = cached != m_cache.constEnd() ? cached->item.suggestedLabel
                                                       : m_queue.at(m_position).suggestedLabel;
    if (suggested >= 0)
        decideLabel(suggested);
}

void ReviewView::skip()
{
    decide(HumanAction::Skip, -1);
}

bool ReviewView::textFieldHasFocus() const
{
    QWidget *focus = QApplication::focusWidget();
    return qobject_cast<QLineEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus) ||
           qobject_cast<QPlainTextEdit *>(focus) ||
           (qobject_cast<QTextEdit *>(focus) && !qobject_cast<QTextEdit *>(focus)->isReadOnly()) ||
           (qobject_cast<QComboBox *>(focus) && qobject_cast<QComboBox *>(focus)->isEditable());
}

void ReviewView::keyPressEvent(QKeyEvent *event)
{
    // Keys a text field passed on (a spin box ignores letters) must not decide anything.
    if (textFieldHasFocus() || !m_queueReady) {
        QWidget::keyPressEvent(event);
        return;
    }
    const Qt::KeyboardModifiers modifiers =
        event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    // Home and End move to the ends of the queue with or without Ctrl (as in a text field).
    if (modifiers == Qt::ControlModifier || modifiers == Qt::NoModifier) {
        if (event->key() == Qt::Key_Home) {
            setPosition(0);
            return;
        }
        if (event->key() == Qt::Key_End) {
            setPosition(std::max(0, queueSize() - 1));
            return;
        }
    }
    if (modifiers != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        acceptSuggestion();
        return;
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_Down:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        previous();
        return;
    case Qt::Key_PageDown:
        setPosition(std::min(m_position + kPageStep, std::max(0, queueSize() - 1)));
        return;
    case Qt::Key_PageUp:
        setPosition(m_position - kPageStep);
        return;
    case Qt::Key_Question:
        skip();
        return;
    default:
        break;
    }
    const QString text = event->text().toLower();
    if (!text.isEmpty()) {
        const LabelSchema &schema = m_document->schema();
        for (int i = 0; i < schema.size(); ++i) {
            if (!schema.at(i).hotkey.isEmpty() && schema.at(i).hotkey.toLower() == text) {
                decideLabel(i);
                return;
            }
        }
    }
    QWidget::keyPressEvent(event);
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

QList<QAbstractButton *> ReviewView::labelButtons() const
{
    QList<QAbstractButton *> buttons;
    for (ReviewLabelButton *bar : m_bars)
        buttons << bar;
    return buttons;
}

QList<QAbstractButton *> ReviewView::chipButtons() const
{
    QList<QAbstractButton *> buttons;
    for (QPushButton *chip : m_chips)
        buttons << chip;
    return buttons;
}

QString ReviewView::progressText() const
{
    const QLocale locale;
    QString text = tr("<b>%1</b> resolved · <b>%2</b> remaining in the queue")
                       .arg(locale.toString(resolvedCount()), locale.toString(remainingCount()));
    const double elapsed = m_session.isValid() ? m_session.elapsed() / 1000.0 : 0.0;
    if (m_sessionDecisions >= 2 && elapsed > 0) {
        const double perMinute = m_sessionDecisions / elapsed * 60.0;
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
    m_position_label->setText(m_queue.isEmpty()
                                  ? QString()
                                  : tr("%1 / %2").arg(QLocale().toString(std::min<int>(
                                                          m_position + 1, int(m_queue.size()))),
                                                      QLocale().toString(m_queue.size())));
}

void ReviewView::render()
{
    updateProgress();
    const SampleRow row = currentRow();
    qDeleteAll(m_chips);
    m_chips.clear();
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
        for (ReviewLabelButton *bar : m_bars)
            bar->setState(0, false, false, false);
        return;
    }
    const auto cached = m_cache.constFind(row);
    if (cached == m_cache.constEnd()) {
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
    for (int k = 0; k < candidates.size(); ++k) {
        const int label = candidates.at(k);
        const QColor color = labelColor(schema, label);
        auto *chip = new ReviewChipButton(m_chipBox);
        const QString hotkey =
            label < schema.size() ? schema.at(label).hotkey.toUpper() : QString();
        chip->setText(tr("%1. %2  [%3]").arg(k + 1).arg(labelName(schema, label), hotkey));
        chip->setCursor(Qt::PointingHandCursor);
        chip->setFocusPolicy(Qt::TabFocus);
        chip->setAccessibleName(
            tr("Teacher candidate %1: label as %2").arg(k + 1).arg(labelName(schema, label)));
        chip->setStyleSheet(
            QStringLiteral(
                "QPushButton { background: %1; color: %2; border: 2px solid %1;"
                " border-radius: 12px; padding: 4px 12px; %3 }"
                "QPushButton:hover, QPushButton:focus { border: 3px solid palette(highlight); }")
                .arg(color.name(), textColorOn(color).name(),
                     label == item.suggestedLabel ? QStringLiteral("font-weight: bold;")
                                                  : QString()));
        connect(chip, &QPushButton::clicked, this, [this, label] { decideLabel(label); });
        m_chipLayout->insertWidget(k, chip);
        m_chips << chip;
    }

    const std::optional<HumanDecision> &decision = detail.decision;
    const int decided = decision && decision->action == HumanAction::Label ? decision->label : -1;
    for (int i = 0; i < m_bars.size(); ++i) {
        const double p = detail.student && i < int(detail.student->probabilities.size())
                             ? detail.student->probabilities[size_t(i)]
                             : 0.0;
        m_bars.at(i)->setState(p, candidates.contains(i), i == item.suggestedLabel, i == decided);
    }
    if (decision && decision->action == HumanAction::Skip)
        m_status->setText(tr("You skipped this sample (unsure)."));
    else if (decided >= 0)
        m_status->setText(tr("You labelled this sample %1.").arg(labelName(schema, decided)));
    else if (!detail.student)
        m_status->setText(tr("No student output yet: run Distil to get suggestions."));
    else
        m_status->clear();
    m_shownRow = row;
    prefetchAround();
    Q_EMIT sampleShown(row);
}

} // namespace candist
