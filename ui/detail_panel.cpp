#include "detail_panel.h"

#include <algorithm>

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "label_colors.h"
#include "note_flag_texts.h"
#include "project_document.h"

namespace candist {

namespace {

QString chipHtml(const QString &text, const QColor &color, bool strong)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2; %3\">&nbsp;%4&nbsp;</span>")
        .arg(color.name(), textColorOn(color).name(),
             strong ? QStringLiteral("font-weight:bold;") : QString(), text.toHtmlEscaped());
}

QString actionName(const HumanDecision &decision, const LabelSchema &schema)
{
    switch (decision.action) {
    case HumanAction::Label:
        return DetailPanel::tr("labelled %1").arg(labelName(schema, decision.label));
    case HumanAction::Skip:
        return DetailPanel::tr("skipped");
    case HumanAction::Clear:
        return DetailPanel::tr("cleared");
    }
    return QString();
}

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setFlat(true);
    return box;
}

} // namespace

DetailPanel::DetailPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setAccessibleName(tr("Sample details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);

    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_final = new QLabel(content);
    m_final->setTextFormat(Qt::RichText);
    m_final->setWordWrap(true);
    layout->addWidget(m_final);
    m_review = new QLabel(content);
    m_review->setWordWrap(true);
    m_review->setStyleSheet(QStringLiteral("color: #8a5a00"));
    m_review->setAccessibleName(tr("Why review this sample"));
    layout->addWidget(m_review);

    m_text = new QTextBrowser(content);
    m_text->setAccessibleName(tr("Sample text"));
    m_text->setMinimumHeight(56);
    m_text->setMaximumHeight(96);
    layout->addWidget(m_text);

    auto *decisionBox = section(tr("Your decision"), content);
    auto *decisionLayout = new QVBoxLayout(decisionBox);
    m_buttonBox = new QWidget(decisionBox);
    m_buttonLayout = new QGridLayout(m_buttonBox);
    m_buttonLayout->setContentsMargins(0, 0, 0, 0);
    m_buttonLayout->setSpacing(4);
    decisionLayout->addWidget(m_buttonBox);
    auto *actions = new QHBoxLayout;
    m_skip = new QToolButton(decisionBox);
    m_skip->setText(tr("Skip"));
    m_skip->setToolTip(tr("Unsure: keep the machine label (Space)"));
    m_skip->setAccessibleName(tr("Skip sample"));
    m_clear = new QToolButton(decisionBox);
    m_clear->setText(tr("Clear decision"));
    m_clear->setToolTip(tr("Withdraw the human decision (Backspace)"));
    m_clear->setAccessibleName(tr("Clear decision"));
    actions->addWidget(m_skip);
    actions->addWidget(m_clear);
    actions->addStretch();
    decisionLayout->addLayout(actions);
    layout->addWidget(decisionBox);
    connect(m_skip, &QToolButton::clicked, this, [this] { decide(HumanAction::Skip); });
    connect(m_clear, &QToolButton::clicked, this, [this] { decide(HumanAction::Clear); });

    // The annotators' notes: for the people who read the labels later, not for the machine.
    auto *noteBox = section(tr("Flags and comment"), content);
    auto *noteLayout = new QVBoxLayout(noteBox);
    auto *flagRow = new QHBoxLayout;
    for (const SampleNote::Flag flag : sampleNoteFlags()) {
        auto *button = new QToolButton(noteBox);
        button->setText(noteFlagTitle(flag));
        button->setCheckable(true);
        button->setToolTip(noteFlagDescription(flag));
        button->setAccessibleName(tr("Flag: %1").arg(noteFlagTitle(flag)));
        button->setObjectName(QStringLiteral("noteFlag_%1").arg(int(flag)));
        // Text only and sharing the row: the panel must not grow wider than the label buttons
        // make it (the dock takes that width from the table).
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QToolButton::clicked, this, [this, flag] {
            toggleFlag(flag);
            renderNote(); // keeps the check state tied to the note
        });
        flagRow->addWidget(button);
        m_flagButtons.insert(flag, button);
    }
    noteLayout->addLayout(flagRow);
    m_comment = new QLineEdit(noteBox);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Comment (Enter saves, Esc reverts)"));
    m_comment->setClearButtonEnabled(true);
    m_comment->installEventFilter(this);
    noteLayout->addWidget(m_comment);
    layout->addWidget(noteBox);
    // Enter and leaving the field both end an edit: one undo step for the whole text.
    connect(m_comment, &QLineEdit::editingFinished, this, &DetailPanel::commitComment);

    auto *teacherBox = section(tr("Teacher"), content);
    auto *teacherLayout = new QVBoxLayout(teacherBox);
    m_candidates = new QLabel(teacherBox);
    m_candidates->setTextFormat(Qt::RichText);
    m_candidates->setWordWrap(true);
    m_teacherInfo = new QLabel(teacherBox);
    m_teacherInfo->setWordWrap(true);
    m_teacherInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rawAnswer = new QPlainTextEdit(teacherBox);
    m_rawAnswer->setReadOnly(true);
    m_rawAnswer->setAccessibleName(tr("Raw teacher answer"));
    m_rawAnswer->setMaximumHeight(48);
    m_rawAnswer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    teacherLayout->addWidget(m_candidates);
    teacherLayout->addWidget(m_teacherInfo);
    teacherLayout->addWidget(m_rawAnswer);
    layout->addWidget(teacherBox);

    auto *studentBox = section(tr("Student"), content);
    auto *studentLayout = new QVBoxLayout(studentBox);
    m_chart = new QCustomPlot(studentBox);
    m_chart->setAccessibleName(tr("Student probability per label"));
    // An explicit minimum: QCustomPlot's own hint (its legend's width) made the panel wider
    // than the dock, which then cut it on the right.
    m_chart->setMinimumSize(160, 190);
    m_chart->setBackground(palette().color(QPalette::Base));
    m_otherBars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
    m_otherBars->setName(tr("other labels"));
    m_otherBars->setPen(Qt::NoPen);
    m_otherBars->setBrush(QColor(0xb0, 0xb7, 0xbf));
    m_candidateBars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
    m_candidateBars->setName(tr("teacher candidates"));
    m_candidateBars->setPen(Qt::NoPen);
    m_candidateBars->setBrush(QColor(0x2e, 0x86, 0xc1));
    m_chart->yAxis->setRange(0, 1.05);
    m_chart->yAxis->setLabel(tr("probability"));
    m_chart->xAxis->setTickLabelRotation(35);
    // The legend sits above the axes: inside them it would hide the tallest bar.
    m_chart->legend->setVisible(true);
    m_chart->legend->setFont(font());
    m_chart->legend->setBorderPen(Qt::NoPen);
    m_chart->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_chart->plotLayout()->insertRow(0);
    m_chart->plotLayout()->addElement(0, 0, m_chart->legend);
    m_chart->plotLayout()->setRowStretchFactor(0, 0.001);
    studentLayout->addWidget(m_chart);
    m_studentInfo = new QLabel(studentBox);
    m_studentInfo->setWordWrap(true);
    studentLayout->addWidget(m_studentInfo);
    layout->addWidget(studentBox);

    auto *historyBox = section(tr("Provenance and history"), content);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history = new QLabel(historyBox);
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    historyLayout->addWidget(m_history);
    layout->addWidget(historyBox);
    layout->addStretch();

    connect(document, &ProjectDocument::schemaChanged, this, [this] {
        rebuildButtons();
        render();
    });
    connect(document, &ProjectDocument::samplesChanged, this, [this](const QVector<qint64> &rows) {
        if (m_row >= 0 && (rows.isEmpty() || rows.contains(m_row)))
            reload();
    });
    connect(document, &ProjectDocument::closed, this, [this] { showSample(-1); });
    rebuildButtons();
    render();
}

void DetailPanel::showSample(SampleRow row)
{
    if (row == m_row && m_detail)
        return;
    // A comment typed for the sample shown so far belongs to it, wherever the focus goes next.
    commitComment();
    if (row != m_row) {
        // Until the next sample's detail arrives the field is empty, so that text typed at once
        // is the new sample's alone, never appended to the previous sample's comment.
        m_comment->clear();
        m_comment->setModified(false);
    }
    m_row = row;
    if (row < 0) {
        ++m_requests;
        m_detail.reset();
        render();
        return;
    }
    reload();
}

void DetailPanel::reload()
{
    const quint64 request = ++m_requests;
    const SampleRow row = m_row;
    m_document->post<SampleDetail>(
        this, [row](ProjectStore &store) { return SampleDetail::load(store, row); },
        [this, request, row](const SampleDetail &detail) {
            if (request != m_requests)
                return;
            m_detail = detail;
            render();
            Q_EMIT detailLoaded(row);
        });
}

bool DetailPanel::hasCurrentDetail() const
{
    return m_detail && m_row >= 0 && m_detail->sample.row == m_row;
}

bool DetailPanel::decide(HumanAction action, int label)
{
    if (!hasCurrentDetail())
        return false;
    if (action == HumanAction::Clear && !m_detail->decision)
        return true; // nothing to clear
    m_document->decide(m_row, action, label, m_detail->decision);
    return true;
}

void DetailPanel::toggleFlag(SampleNote::Flag flag)
{
    if (!hasCurrentDetail())
        return;
    SampleNote after = m_detail->note;
    after.flags ^= flag;
    // Shown at once, as written: the next edit's undo restores exactly this note.
    m_detail->note = m_document->editNote(m_detail->note, after);
    renderNote();
}

void DetailPanel::focusComment()
{
    if (!m_detail)
        return;
    m_scroll->ensureWidgetVisible(m_comment);
    m_comment->setFocus(Qt::ShortcutFocusReason);
    m_comment->selectAll();
}

void DetailPanel::commitComment()
{
    // Before the shown sample's detail has arrived the text stays in the field, modified, and
    // is saved for that sample at the next Enter or focus change.
    if (!hasCurrentDetail() || !m_comment->isModified())
        return;
    m_comment->setModified(false);
    SampleNote after = m_detail->note;
    after.comment = m_comment->text().trimmed();
    if (after.comment == m_detail->note.comment)
        return;
    m_detail->note = m_document->editNote(m_detail->note, after);
}

bool DetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comment && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // Esc reverts to the saved comment; the field keeps the focus.
        m_comment->setText(m_detail ? m_detail->note.comment : QString());
        m_comment->setModified(false);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPanel::renderNote()
{
    const SampleNote note = m_detail ? m_detail->note : SampleNote();
    for (auto it = m_flagButtons.cbegin(); it != m_flagButtons.cend(); ++it)
        it.value()->setChecked(note.flags & it.key());
    // Text being typed stays: a reload (the job's refresh every second, another view's edit)
    // must not wipe it.
    if (!m_comment->isModified())
        m_comment->setText(note.comment);
    m_comment->setToolTip(
        note.updatedAt.isValid()
            ? tr("Last changed %1")
                  .arg(QLocale().toString(note.updatedAt.toLocalTime(), QLocale::ShortFormat))
            : QString());
}

void DetailPanel::rebuildButtons()
{
    while (QLayoutItem *item = m_buttonLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const LabelSchema &schema = m_document->schema();
    constexpr int kColumns = 3;
    for (int i = 0; i < schema.size(); ++i) {
        const Label &label = schema.at(i);
        auto *button = new QToolButton(m_buttonBox);
        const QString hotkey =
            label.hotkey.isEmpty() ? QString() : label.hotkey + QStringLiteral("  ");
        button->setText(hotkey + label.name);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QPixmap swatch(10, 10);
        swatch.fill(labelColor(schema, i));
        button->setIcon(QIcon(swatch));
        button->setToolTip(label.description.isEmpty()
                               ? tr("Label as %1").arg(label.name)
                               : tr("Label as %1: %2").arg(label.name, label.description));
        button->setAccessibleName(tr("Label as %1").arg(label.name));
        button->setCheckable(true);
        button->setProperty("labelIndex", i);
        connect(button, &QToolButton::clicked, this, [this, i] {
            decide(HumanAction::Label, i);
            render(); // keeps the check state tied to the stored decision
        });
        m_buttonLayout->addWidget(button, i / kColumns, i % kColumns);
    }
    fitWidthToContent();
}

void DetailPanel::fitWidthToContent()
{
    // The scroll area never scrolls sideways, so it must be at least as wide as its content
    // plus the vertical scroll bar; otherwise the dock cut the panel on the right (the label
    // buttons are as wide as the longest label name).
    QWidget *content = m_scroll->widget();
    content->layout()->activate();
    m_scroll->setMinimumWidth(content->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width() +
                              2 * m_scroll->frameWidth());
}

void DetailPanel::render()
{
    const LabelSchema &schema = m_document->schema();
    const bool has = m_detail.has_value();
    setEnabled(has);
    for (int i = 0; i < m_buttonLayout->count(); ++i) {
        auto *button = qobject_cast<QToolButton *>(m_buttonLayout->itemAt(i)->widget());
        if (!button)
            continue;
        const int index = button->property("labelIndex").toInt();
        button->setChecked(has && m_detail->decision &&
                           m_detail->decision->action == HumanAction::Label &&
                           m_detail->decision->label == index);
    }
    renderNote();
    if (!has) {
        m_title->setText(tr("No sample selected"));
        m_final->clear();
        m_review->hide();
        m_text->clear();
        m_candidates->clear();
        m_teacherInfo->clear();
        m_rawAnswer->clear();
        m_studentInfo->clear();
        m_history->clear();
        renderChart();
        return;
    }
    const SampleDetail &detail = *m_detail;
    m_title->setText(tr("Sample %1").arg(detail.sample.id));
    const FinalLabel &final = detail.finalLabel;
    if (final.label >= 0) {
        QString source;
        switch (final.source) {
        case LabelSource::Human:
            source = tr("decided by a human");
            break;
        case LabelSource::Student:
            source = tr("from the student");
            break;
        case LabelSource::Teacher:
            source = tr("from the teacher's first candidate");
            break;
        case LabelSource::None:
            break;
        }
        m_final->setText(
            tr("Final label %1 <span style=\"color:gray\">%2%3</span>")
                .arg(
                    chipHtml(labelName(schema, final.label), labelColor(schema, final.label), true),
                    source.toHtmlEscaped(),
                    final.confidence && final.source != LabelSource::Human
                        ? tr(", confidence %1").arg(QLocale().toString(*final.confidence, 'f', 2))
                        : QString()));
    } else {
        m_final->setText(tr("No label yet"));
    }
    m_text->setPlainText(detail.sample.text);
    m_review->setVisible(!detail.reviewExplanation.isEmpty());
    m_review->setText(tr("Review: %1").arg(detail.reviewExplanation));

    if (detail.teacher) {
        const TeacherResult &teacher = *detail.teacher;
        QStringList chips;
        for (int i = 0; i < teacher.candidates.size(); ++i) {
            const int candidate = teacher.candidates.at(i);
            QString chip =
                chipHtml(labelName(schema, candidate), labelColor(schema, candidate), i == 0);
            if (i < teacher.votes.size())
                chip += QStringLiteral("<small> ×%1</small>").arg(teacher.votes.at(i));
            chips << chip;
        }
        m_candidates->setText(chips.isEmpty() ? tr("<i>no candidates</i>")
                                              : chips.join(QStringLiteral(" ")));
        m_teacherInfo->setText(tr("Status %1 · strategy %2 · %3 prompt + %4 completion tokens · "
                                  "%5 ms")
                                   .arg(teacherStatusName(teacher.status), teacher.strategy)
                                   .arg(teacher.promptTokens)
                                   .arg(teacher.completionTokens)
                                   .arg(teacher.latencyMs));
        m_rawAnswer->setPlainText(teacher.rawResponse);
    } else {
        m_candidates->setText(tr("<i>The teacher has not annotated this sample yet.</i>"));
        m_teacherInfo->clear();
        m_rawAnswer->clear();
    }

    if (detail.student) {
        const StudentResult &student = *detail.student;
        QStringList flags;
        if (student.flags & InHc)
            flags << tr("overrules the teacher");
        else if (student.flags & InOut)
            flags << tr("outside the candidate set");
        if (student.flags & InSl)
            flags << tr("clean small-loss sample");
        // The chart shows every probability; when the final-label policy chose the best
        // candidate over a higher bar outside the set, say so, or the two seem to contradict.
        const auto highest =
            std::max_element(student.probabilities.begin(), student.probabilities.end());
        if (highest != student.probabilities.end()) {
            const int argmax = int(highest - student.probabilities.begin());
            if (argmax != student.predicted)
                flags << tr("the best of the teacher's candidates; %1 (%2) scores higher but "
                            "lies outside them")
                             .arg(labelName(schema, argmax),
                                  QLocale().toString(double(*highest), 'f', 3));
        }
        m_studentInfo->setText(
            tr("Predicts %1 with confidence %2 (run %3, %4)%5")
                .arg(labelName(schema, student.predicted),
                     QLocale().toString(double(student.confidence), 'f', 3))
                .arg(detail.studentRunId ? QString::number(*detail.studentRunId) : tr("?"),
                     detail.studentRunMethod)
                .arg(flags.isEmpty() ? QString()
                                     : QStringLiteral(" · ") + flags.join(QStringLiteral(", "))));
    } else {
        m_studentInfo->setText(tr("No student prediction yet."));
    }
    renderChart();

    QStringList lines;
    if (detail.history.isEmpty())
        lines << tr("No human decision yet.");
    for (auto it = detail.history.crbegin(); it != detail.history.crend(); ++it)
        lines << tr("%1 — %2").arg(
            QLocale().toString(it->decidedAt.toLocalTime(), QLocale::ShortFormat),
            actionName(*it, schema).toHtmlEscaped());
    if (!detail.sample.metadata.isEmpty())
        lines << tr("Metadata: <tt>%1</tt>").arg(detail.sample.metadata.toHtmlEscaped());
    lines << tr("Project row %1").arg(detail.sample.row);
    m_history->setText(lines.join(QStringLiteral("<br>")));
}

void DetailPanel::renderChart()
{
    const LabelSchema &schema = m_document->schema();
    QVector<double> candidateKeys, candidateValues, otherKeys, otherValues;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < schema.size(); ++i)
        ticker->addTick(i, schema.at(i).name);
    m_chart->xAxis->setTicker(ticker);
    m_chart->xAxis->setRange(-0.6, std::max(1, schema.size()) - 0.4);
    if (m_detail && m_detail->student) {
        const std::vector<float> &probabilities = m_detail->student->probabilities;
        const QVector<int> candidates =
            m_detail->teacher ? m_detail->teacher->candidates : QVector<int>();
        for (int i = 0; i < int(probabilities.size()); ++i) {
            if (candidates.contains(i)) {
                candidateKeys << i;
                candidateValues << probabilities[size_t(i)];
            } else {
                otherKeys << i;
                otherValues << probabilities[size_t(i)];
            }
        }
    }
    m_candidateBars->setData(candidateKeys, candidateValues, true);
    m_otherBars->setData(otherKeys, otherValues, true);
    m_chart->replot();
}

} // namespace candist
