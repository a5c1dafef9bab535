#include "sample_table_model.h"

#include <algorithm>

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include "label_colors.h"
#include "note_flag_texts.h"
#include "project_document.h"

namespace candist {

namespace {

QVariantMap chip(const QString &text, const QColor &color, bool strong)
{
    return QVariantMap{{QStringLiteral("text"), text},
                       {QStringLiteral("color"), color},
                       {QStringLiteral("strong"), strong}};
}

QString sourceName(LabelSource source)
{
    switch (source) {
    case LabelSource::Human:
        return SampleTableModel::tr("human");
    case LabelSource::Student:
        return SampleTableModel::tr("student");
    case LabelSource::Teacher:
        return SampleTableModel::tr("teacher");
    case LabelSource::None:
        break;
    }
    return QString();
}

} // namespace

SampleTableModel::SampleTableModel(ProjectDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &ProjectDocument::opened, this, &SampleTableModel::refresh);
    connect(document, &ProjectDocument::closed, this, [this] {
        beginResetModel();
        ++m_generation;
        ++m_pageGeneration;
        m_rows = RowOrder();
        m_pages.clear();
        m_pageUse.clear();
        m_pendingPages.clear();
        m_ready = false;
        endResetModel();
    });
    connect(document, &ProjectDocument::samplesChanged, this, &SampleTableModel::onSamplesChanged);
    connect(document, &ProjectDocument::reloaded, this, &SampleTableModel::refresh);
    connect(document, &ProjectDocument::schemaChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
    if (document->isOpen())
        refresh();
}

int SampleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SampleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SampleRowData *SampleTableModel::rowData(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    m_pageUse[page] = ++m_useCounter;
    const int offset = row % kPageSize;
    if (offset >= it->size())
        return nullptr; // the sample vanished between ordering and fetching
    return &it->at(offset);
}

int SampleTableModel::positionOf(SampleRow sample) const
{
    return int(m_rows.indexOf(sample));
}

QVariant SampleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SampleRowData *row = rowData(index.row());
    if (role == LoadedRole)
        return row != nullptr;
    if (!row) {
        if (role == Qt::DisplayRole && index.column() == TextColumn)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return QColor(Qt::gray);
        return QVariant();
    }
    const LabelSchema &schema = m_document->schema();
    if (role == SampleRowRole)
        return row->row;

    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole)
            return row->id;
        break;
    case TextColumn:
        if (role == Qt::DisplayRole)
            return QString(row->textPrefix).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (role == Qt::ToolTipRole)
            return row->textPrefix;
        break;
    case CandidatesColumn:
        if (role == ChipsRole)
            return chips(*row);
        if (role == Qt::DisplayRole) {
            QStringList names;
            for (int candidate : row->candidates)
                names << labelName(schema, candidate);
            if (row->teacherStatus == TeacherStatus::ParseFailed)
                return tr("(unreadable answer)");
            if (!row->teacherStatus || *row->teacherStatus == TeacherStatus::Pending)
                return QString();
            return names.join(QStringLiteral(", "));
        }
        break;
    case StudentColumn:
        if (role == Qt::DisplayRole)
            return labelName(schema, row->studentLabel);
        if (role == Qt::DecorationRole && row->studentLabel >= 0)
            return labelColor(schema, row->studentLabel);
        break;
    case ConfidenceColumn:
        if (role == ConfidenceRole || role == Qt::EditRole)
            return row->studentConfidence ? QVariant(*row->studentConfidence) : QVariant();
        if (role == Qt::DisplayRole && row->studentConfidence)
            return QString(QLocale().toString(*row->studentConfidence * 100.0, 'f', 1) +
                           QStringLiteral(" %"));
        if (role == Qt::ToolTipRole && row->studentConfidence)
            return tr("confidence %1, margin %2, entropy %3")
                .arg(*row->studentConfidence, 0, 'f', 3)
                .arg(row->margin.value_or(0), 0, 'f', 3)
                .arg(row->entropy.value_or(0), 0, 'f', 3);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case FinalColumn:
        if (role == Qt::DisplayRole) {
            if (row->finalLabel < 0)
                return QString();
            return tr("%1 · %2").arg(labelName(schema, row->finalLabel),
                                     sourceName(row->finalSource));
        }
        if (role == Qt::DecorationRole && row->finalLabel >= 0)
            return labelColor(schema, row->finalLabel);
        if (role == Qt::FontRole && row->finalSource == LabelSource::Human) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case FlagsColumn:
        // The annotators' own notes first: they were set on purpose, the machine's are derived.
        if (role == ChipsRole)
            return noteChips(*row).toList() + flagChips(*row).toList();
        if (role == Qt::DisplayRole) {
            QStringList names;
            for (const QVariant &entry : noteChips(*row).toList() + flagChips(*row).toList())
                names << entry.toMap().value(QStringLiteral("text")).toString();
            return names.join(QStringLiteral(", "));
        }
        if (role == Qt::ToolTipRole && !row->comment.isEmpty())
            return row->comment;
        break;
    default:
        break;
    }
    if (role == Qt::AccessibleTextRole)
        return data(index, Qt::DisplayRole);
    return QVariant();
}

QVariant SampleTableModel::chips(const SampleRowData &data) const
{
    const LabelSchema &schema = m_document->schema();
    QVariantList result;
    for (int i = 0; i < data.candidates.size(); ++i) {
        const int candidate = data.candidates.at(i);
        result << chip(labelName(schema, candidate), labelColor(schema, candidate), i == 0);
    }
    return result;
}

QVariant SampleTableModel::flagChips(const SampleRowData &data) const
{
    QVariantList result;
    const quint32 flags = data.flags();
    if (flags & SampleFilter::Overruled)
        result << chip(tr("overruled"), QColor(0xc0392b), true);
    else if (flags & SampleFilter::OutOfCandidate)
        result << chip(tr("out of set"), QColor(0xe67e22), false);
    if (flags & SampleFilter::ParseFailure)
        result << chip(tr("parse failure"), QColor(0x7f8c8d), false);
    return result;
}

QVariant SampleTableModel::noteChips(const SampleRowData &data) const
{
    QVariantList result;
    for (const SampleNote::Flag flag : sampleNoteFlags())
        if (data.noteFlags & flag)
            result << chip(noteFlagChipText(flag), noteFlagColor(flag), true);
    if (!data.comment.isEmpty())
        result << chip(QString(data.comment).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                       QColor(0xe5e7e9), false);
    return result;
}

QVariant SampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return QVariant();
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("ID");
        case TextColumn:
            return tr("Text");
        case CandidatesColumn:
            return tr("Teacher candidates");
        case StudentColumn:
            return tr("Student");
        case ConfidenceColumn:
            return tr("Confidence");
        case FinalColumn:
            return tr("Final label");
        case FlagsColumn:
            return tr("Flags");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CandidatesColumn:
            return tr("The labels the teacher offered, most likely first (sorts by set size)");
        case ConfidenceColumn:
            return tr("The student's probability for its own label");
        case FinalColumn:
            return tr("The label the sample leaves with: human beats student beats teacher");
        case FlagsColumn:
            return tr("Your flags (discuss, bad text, schema gap) and comment, which the column "
                      "sorts by; then out of set: the student chose a label outside the "
                      "candidates; overruled: ...with high confidence; parse failure: unreadable "
                      "teacher answer");
        default:
            break;
        }
    }
    return QVariant();
}

void SampleTableModel::sort(int column, Qt::SortOrder order)
{
    SampleSort sort;
    sort.order = order;
    switch (column) {
    case IdColumn:
        sort.key = SampleSort::Key::Id;
        break;
    case CandidatesColumn:
        sort.key = SampleSort::Key::SetSize;
        break;
    case StudentColumn:
        sort.key = SampleSort::Key::StudentLabel;
        break;
    case ConfidenceColumn:
        sort.key = SampleSort::Key::Confidence;
        break;
    case FinalColumn:
        sort.key = SampleSort::Key::FinalLabel;
        break;
    case FlagsColumn:
        sort.key = SampleSort::Key::NoteFlags;
        break;
    default:
        sort.key = SampleSort::Key::Row;
        break;
    }
    setSort(sort);
}

void SampleTableModel::setFilter(const SampleFilter &filter)
{
    if (filter == m_filter && m_ready)
        return;
    m_filter = filter;
    requestOrder();
}

void SampleTableModel::setSort(const SampleSort &sort)
{
    m_sort = sort;
    requestOrder();
}

void SampleTableModel::refresh()
{
    requestOrder();
}

void SampleTableModel::requestOrder()
{
    if (!m_document->isOpen())
        return;
    const quint64 generation = ++m_generation;
    const SampleFilter filter = m_filter;
    const SampleSort sort = m_sort;
    m_document->post<RowOrder>(
        this,
        [filter, sort](ProjectStore &store) {
            return sample_query::orderedRows(store, filter, sort);
        },
        [this, generation](const RowOrder &rows) {
            if (generation != m_generation)
                return; // a newer filter or sort superseded this one
            beginResetModel();
            m_rows = rows;
            ++m_pageGeneration;
            m_pages.clear();
            m_pageUse.clear();
            m_pendingPages.clear();
            m_ready = true;
            endResetModel();
            Q_EMIT orderReady(int(m_rows.size()));
        });
}

void SampleTableModel::requestPage(int page) const
{
    if (m_pendingPages.contains(page) || !m_ready)
        return;
    m_pendingPages.insert(page);
    const int first = page * kPageSize;
    const int last = std::min<int>(first + kPageSize, int(m_rows.size()));
    const QVector<SampleRow> rows = m_rows.mid(first, last - first);
    const quint64 generation = m_pageGeneration;
    auto *self = const_cast<SampleTableModel *>(this);
    m_document->post<QVector<SampleRowData>>(
        self, [rows](ProjectStore &store) { return sample_query::fetchRows(store, rows); },
        [self, page, first, generation](const QVector<SampleRowData> &data) {
            if (generation != self->m_pageGeneration)
                return;
            self->m_pendingPages.remove(page);
            if (!self->m_pages.contains(page) && self->m_pages.size() >= kMaxCachedPages) {
                // Evict the least recently used page; views re-request it when it scrolls back.
                const auto oldest =
                    std::min_element(self->m_pageUse.cbegin(), self->m_pageUse.cend());
                if (oldest != self->m_pageUse.cend()) {
                    self->m_pages.remove(oldest.key());
                    self->m_pageUse.erase(oldest);
                }
            }
            self->m_pages.insert(page, data);
            self->m_pageUse.insert(page, ++self->m_useCounter);
            const int last = std::min<int>(first + kPageSize, int(self->m_rows.size())) - 1;
            if (last >= first) {
                Q_EMIT self->dataChanged(self->index(first, 0), self->index(last, ColumnCount - 1));
                Q_EMIT self->pageLoaded(first, last);
            }
        });
}

void SampleTableModel::onSamplesChanged(const QVector<qint64> &rows)
{
    QList<int> refetch;
    if (rows.isEmpty()) {
        // Everything may have changed (a job's batch, an import): keep the order, refetch the
        // few most recently used pages in place (what is on screen) and forget the others,
        // which come back on demand. In-place refetches show the old values until the new
        // ones arrive, so a running job never makes the visible rows flicker.
        QList<int> pages = m_pageUse.keys();
        std::sort(pages.begin(), pages.end(),
                  [this](int a, int b) { return m_pageUse.value(a) > m_pageUse.value(b); });
        constexpr int kRefetchedPages = 4;
        for (int i = 0; i < pages.size(); ++i) {
            if (i < kRefetchedPages) {
                refetch << pages.at(i);
            } else {
                m_pages.remove(pages.at(i));
                m_pageUse.remove(pages.at(i));
            }
        }
    } else {
        const QSet<qint64> changed(rows.cbegin(), rows.cend());
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (std::any_of(it->cbegin(), it->cend(),
                            [&](const SampleRowData &d) { return changed.contains(d.row); }))
                refetch << it.key();
        }
    }
    for (int page : refetch) {
        m_pendingPages.remove(page);
        requestPage(page);
    }
}

} // namespace candist
