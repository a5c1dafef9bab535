#include "filter_bar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>

#include "label_colors.h"
#include "note_flag_texts.h"

namespace candist {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search text or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search samples"));
    m_search->setMinimumWidth(120);
    layout->addWidget(m_search, 2);

    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All samples"), int(SampleFilter::Status::Any));
    m_status->addItem(tr("Unreviewed"), int(SampleFilter::Status::Unreviewed));
    m_status->addItem(tr("Labelled by a human"), int(SampleFilter::Status::HumanLabelled));
    m_status->addItem(tr("Skipped"), int(SampleFilter::Status::Skipped));
    m_status->addItem(tr("Teacher pending"), int(SampleFilter::Status::TeacherPending));
    m_status->addItem(tr("Teacher answered"), int(SampleFilter::Status::TeacherOk));
    m_status->addItem(tr("Teacher parse failure"), int(SampleFilter::Status::ParseFailed));
    m_status->addItem(tr("Teacher transport failure"), int(SampleFilter::Status::TransportFailed));
    layout->addWidget(m_status);

    m_label = new QComboBox(this);
    m_label->setAccessibleName(tr("Final label filter"));
    layout->addWidget(m_label);

    m_minSize = new QSpinBox(this);
    m_minSize->setRange(0, 999);
    m_minSize->setSpecialValueText(tr("size any"));
    m_minSize->setPrefix(tr("size ≥ "));
    m_minSize->setToolTip(tr("Smallest candidate-set size"));
    m_minSize->setAccessibleName(tr("Minimum candidate-set size"));
    m_maxSize = new QSpinBox(this);
    m_maxSize->setRange(-1, 999);
    m_maxSize->setValue(-1);
    m_maxSize->setSpecialValueText(tr("any"));
    m_maxSize->setPrefix(tr("≤ "));
    m_maxSize->setToolTip(tr("Largest candidate-set size"));
    m_maxSize->setAccessibleName(tr("Maximum candidate-set size"));
    layout->addWidget(m_minSize);
    layout->addWidget(m_maxSize);

    // The flags share one menu button: four check boxes would make the bar too wide for a
    // laptop screen.
    m_flagsButton = new QToolButton(this);
    m_flagsButton->setPopupMode(QToolButton::InstantPopup);
    m_flagsButton->setAccessibleName(tr("Flag filters"));
    auto *flagsMenu = new QMenu(m_flagsButton);
    m_ambiguous = flagsMenu->addAction(tr("&Ambiguous (several candidates or out of set)"));
    m_outOfCandidate = flagsMenu->addAction(tr("&Out of the candidate set"));
    m_overruled = flagsMenu->addAction(tr("O&verruled by the student"));
    m_parseFailure = flagsMenu->addAction(tr("&Parse failure"));
    for (QAction *action : {m_ambiguous, m_outOfCandidate, m_overruled, m_parseFailure})
        action->setCheckable(true);
    // The annotators' own flags and comments, in the same menu: one button keeps the bar narrow.
    flagsMenu->addSection(tr("Your notes"));
    m_anyNoteFlag = flagsMenu->addAction(tr("&Flagged (any of your flags)"));
    m_anyNoteFlag->setCheckable(true);
    for (const SampleNote::Flag flag : sampleNoteFlags()) {
        QAction *action = flagsMenu->addAction(tr("Flag: %1").arg(noteFlagChipText(flag)));
        action->setCheckable(true);
        action->setToolTip(noteFlagDescription(flag));
        m_noteFlags.insert(flag, action);
    }
    m_hasComment = flagsMenu->addAction(tr("Has a &comment"));
    m_hasComment->setCheckable(true);
    m_flagsButton->setMenu(flagsMenu);
    layout->addWidget(m_flagsButton);
    updateFlagsButton();

    layout->addSpacing(6);
    m_sortKey = new QComboBox(this);
    m_sortKey->setAccessibleName(tr("Sort key"));
    m_sortKey->setToolTip(tr("Sort order of the table"));
    m_sortKey->addItem(tr("Sort: import order"), int(SampleSort::Key::Row));
    m_sortKey->addItem(tr("Sort: ID"), int(SampleSort::Key::Id));
    m_sortKey->addItem(tr("Sort: confidence"), int(SampleSort::Key::Confidence));
    m_sortKey->addItem(tr("Sort: margin"), int(SampleSort::Key::Margin));
    m_sortKey->addItem(tr("Sort: entropy"), int(SampleSort::Key::Entropy));
    m_sortKey->addItem(tr("Sort: candidate-set size"), int(SampleSort::Key::SetSize));
    m_sortKey->addItem(tr("Sort: student label"), int(SampleSort::Key::StudentLabel));
    m_sortKey->addItem(tr("Sort: final label"), int(SampleSort::Key::FinalLabel));
    m_sortKey->addItem(tr("Sort: review priority"), int(SampleSort::Key::ReviewPriority));
    m_sortKey->setItemData(m_sortKey->count() - 1,
                           tr("core/review's queue: samples without a human label, most valuable "
                              "answer first"),
                           Qt::ToolTipRole);
    m_sortKey->addItem(tr("Sort: your flags"), int(SampleSort::Key::NoteFlags));
    layout->addWidget(m_sortKey);
    m_sortOrder = new QToolButton(this);
    m_sortOrder->setCheckable(true);
    m_sortOrder->setAccessibleName(tr("Descending order"));
    m_sortOrder->setToolTip(tr("Descending order"));
    m_sortOrder->setIcon(QIcon(QStringLiteral(":/icons/sort-descending.svg")));
    layout->addWidget(m_sortOrder);

    m_cell = new QToolButton(this);
    m_cell->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cell->setAccessibleName(tr("Agreement cell filter"));
    m_cell->setToolTip(tr("Samples of one agreement-report cell; click to show them all again"));
    m_cell->hide();
    layout->addWidget(m_cell);

    m_clear = new QToolButton(this);
    m_clear->setText(tr("Reset"));
    m_clear->setAccessibleName(tr("Reset filters"));
    m_clear->setIcon(QIcon(QStringLiteral(":/icons/filter-reset.svg")));
    m_clear->setToolTip(tr("Reset filters"));
    layout->addWidget(m_clear);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    // As wide as the longest item in the current language when there is room (a fixed number
    // of characters cut the Spanish items, issue 15 finding 8), yet long texts must not dictate
    // the window's minimum width (laptop screens): the minimum stays that fixed number.
    for (QComboBox *box : {m_status, m_label, m_sortKey}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_sortKey ? 15 : 9);
        box->setMinimumWidth(box->minimumSizeHint().width());
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    connect(&m_searchDelay, &QTimer::timeout, this, &FilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        emitFilter();
    });
    for (QComboBox *box : {m_status, m_label})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    for (QSpinBox *box : {m_minSize, m_maxSize})
        connect(box, &QSpinBox::valueChanged, this, &FilterBar::emitFilter);
    QList<QAction *> flagActions = {m_ambiguous,    m_outOfCandidate, m_overruled,
                                    m_parseFailure, m_anyNoteFlag,    m_hasComment};
    flagActions += m_noteFlags.values();
    for (QAction *action : flagActions)
        connect(action, &QAction::toggled, this, [this] {
            updateFlagsButton();
            emitFilter();
        });
    connect(m_sortKey, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT sortChanged(sort());
    });
    connect(m_sortOrder, &QToolButton::toggled, this, [this] {
        if (!m_updating)
            Q_EMIT sortChanged(sort());
    });
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter(SampleFilter()); });
    connect(m_cell, &QToolButton::clicked, this, [this] {
        m_cellTeacher = m_cellStudent = -1;
        m_cellIndependent = false;
        updateCellButton();
        emitFilter();
    });
    setSchema(LabelSchema());
}

void FilterBar::setSchema(const LabelSchema &schema)
{
    m_schema = schema;
    updateCellButton();
    m_updating = true;
    const int current = m_label->currentData().isValid() ? m_label->currentData().toInt() : -1;
    m_label->clear();
    m_label->addItem(tr("Any final label"), -1);
    for (int i = 0; i < schema.size(); ++i) {
        QPixmap swatch(12, 12);
        swatch.fill(labelColor(schema, i));
        m_label->addItem(QIcon(swatch), schema.at(i).name, i);
    }
    m_label->setCurrentIndex(std::max(0, m_label->findData(current)));
    m_updating = false;
}

SampleFilter FilterBar::filter() const
{
    SampleFilter filter;
    filter.status = SampleFilter::Status(m_status->currentData().toInt());
    filter.finalLabel = m_label->currentData().isValid() ? m_label->currentData().toInt() : -1;
    filter.minSetSize = m_minSize->value();
    filter.maxSetSize = m_maxSize->value();
    filter.text = m_search->text().trimmed();
    if (m_ambiguous->isChecked())
        filter.flags |= SampleFilter::Ambiguous;
    if (m_outOfCandidate->isChecked())
        filter.flags |= SampleFilter::OutOfCandidate;
    if (m_overruled->isChecked())
        filter.flags |= SampleFilter::Overruled;
    if (m_parseFailure->isChecked())
        filter.flags |= SampleFilter::ParseFailure;
    filter.anyNoteFlag = m_anyNoteFlag->isChecked();
    for (auto it = m_noteFlags.cbegin(); it != m_noteFlags.cend(); ++it)
        if (it.value()->isChecked())
            filter.noteFlags |= it.key();
    filter.hasComment = m_hasComment->isChecked();
    filter.teacherLabel = m_cellTeacher;
    filter.studentLabel = m_cellStudent;
    filter.independentStudent = m_cellIndependent;
    return filter;
}

SampleSort FilterBar::sort() const
{
    SampleSort sort;
    sort.key = SampleSort::Key(m_sortKey->currentData().toInt());
    sort.order = m_sortOrder->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder;
    return sort;
}

void FilterBar::setFilter(const SampleFilter &filter)
{
    m_updating = true;
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(filter.status))));
    m_label->setCurrentIndex(std::max(0, m_label->findData(filter.finalLabel)));
    m_minSize->setValue(filter.minSetSize);
    m_maxSize->setValue(filter.maxSetSize);
    m_search->setText(filter.text);
    m_ambiguous->setChecked(filter.flags & SampleFilter::Ambiguous);
    m_outOfCandidate->setChecked(filter.flags & SampleFilter::OutOfCandidate);
    m_overruled->setChecked(filter.flags & SampleFilter::Overruled);
    m_parseFailure->setChecked(filter.flags & SampleFilter::ParseFailure);
    m_anyNoteFlag->setChecked(filter.anyNoteFlag);
    for (auto it = m_noteFlags.cbegin(); it != m_noteFlags.cend(); ++it)
        it.value()->setChecked(filter.noteFlags & it.key());
    m_hasComment->setChecked(filter.hasComment);
    m_cellTeacher = filter.teacherLabel;
    m_cellStudent = filter.studentLabel;
    m_cellIndependent = filter.independentStudent;
    m_updating = false;
    updateFlagsButton();
    updateCellButton();
    m_searchDelay.stop();
    emitFilter();
}

void FilterBar::setSort(const SampleSort &sort)
{
    m_updating = true;
    m_sortKey->setCurrentIndex(std::max(0, m_sortKey->findData(int(sort.key))));
    m_sortOrder->setChecked(sort.order == Qt::DescendingOrder);
    m_updating = false;
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::updateCellButton()
{
    QStringList parts;
    if (m_cellTeacher >= 0)
        parts << tr("teacher said %1").arg(labelName(m_schema, m_cellTeacher));
    if (m_cellStudent >= 0)
        parts << tr("student said %1").arg(labelName(m_schema, m_cellStudent));
    m_cell->setVisible(!parts.isEmpty());
    m_cell->setText(parts.join(QStringLiteral(", ")) + QStringLiteral("  ✕"));
}

void FilterBar::updateFlagsButton()
{
    QStringList names;
    if (m_ambiguous->isChecked())
        names << tr("ambiguous");
    if (m_outOfCandidate->isChecked())
        names << tr("out of set");
    if (m_overruled->isChecked())
        names << tr("overruled");
    if (m_parseFailure->isChecked())
        names << tr("parse failure");
    if (m_anyNoteFlag->isChecked())
        names << tr("flagged");
    for (const SampleNote::Flag flag : sampleNoteFlags())
        if (m_noteFlags.value(flag)->isChecked())
            names << noteFlagChipText(flag);
    if (m_hasComment->isChecked())
        names << tr("commented");
    m_flagsButton->setText(names.isEmpty() ? tr("Any flags") : names.join(QStringLiteral(", ")));
}

void FilterBar::emitFilter()
{
    if (!m_updating)
        Q_EMIT filterChanged(filter());
}

} // namespace candist
