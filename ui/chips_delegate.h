#pragma once

#include <QStyledItemDelegate>

namespace candist {

// Paints SampleTableModel::ChipsRole as rounded, coloured chips in model order (the teacher's
// candidate order); the first "strong" chip is drawn bold. Falls back to the display text.
class ChipsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// Paints SampleTableModel::ConfidenceRole as a horizontal bar (red → amber → green) with the
// percentage on top.
class ConfidenceBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace candist
