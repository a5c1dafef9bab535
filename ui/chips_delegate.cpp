#include "chips_delegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include "label_colors.h"
#include "sample_table_model.h"

namespace candist {

namespace {

constexpr int kChipPadding = 6;
constexpr int kChipSpacing = 4;

void drawBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QStyleOptionViewItem background = option;
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    Q_UNUSED(index);
}

} // namespace

void ChipsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QVariantList chips = index.data(SampleTableModel::ChipsRole).toList();
    if (chips.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect area = option.rect.adjusted(4, 3, -4, -3);
    int x = area.left();
    for (const QVariant &entry : chips) {
        const QVariantMap chip = entry.toMap();
        const QString text = chip.value(QStringLiteral("text")).toString();
        const QColor color = chip.value(QStringLiteral("color")).value<QColor>();
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        font.setBold(chip.value(QStringLiteral("strong")).toBool());
        const QFontMetrics metrics(font);
        const int width = metrics.horizontalAdvance(text) + 2 * kChipPadding;
        if (x + width > area.right() + 1 && x != area.left()) {
            painter->setPen(option.palette.color(QPalette::Text));
            painter->drawText(QRect(x, area.top(), area.right() - x, area.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("…"));
            break;
        }
        const QRectF chipRect(x, area.top(), std::min(width, area.right() - x + 1), area.height());
        QPainterPath path;
        path.addRoundedRect(chipRect, area.height() / 2.0, area.height() / 2.0);
        painter->fillPath(path, color);
        painter->setPen(textColorOn(color));
        painter->setFont(font);
        painter->drawText(chipRect, Qt::AlignCenter,
                          metrics.elidedText(text, Qt::ElideRight, int(chipRect.width()) - 4));
        x += width + kChipSpacing;
    }
    painter->restore();
}

QSize ChipsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariantList chips = index.data(SampleTableModel::ChipsRole).toList();
    if (chips.isEmpty())
        return size;
    const QFontMetrics metrics(option.font);
    int width = 8;
    for (const QVariant &entry : chips)
        width += metrics.horizontalAdvance(entry.toMap().value(QStringLiteral("text")).toString()) +
                 2 * kChipPadding + kChipSpacing;
    size.setWidth(std::max(size.width(), width));
    return size;
}

void ConfidenceBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QVariant value = index.data(SampleTableModel::ConfidenceRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt, index);

    const double confidence = std::clamp(value.toDouble(), 0.0, 1.0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(option.rect).adjusted(5, 5, -5, -5);
    QPainterPath trackPath;
    trackPath.addRoundedRect(track, 3, 3);
    painter->fillPath(trackPath, option.palette.color(QPalette::Mid).lighter(150));
    // Hue from red (0) over amber to green (120) so low confidence stands out while scrolling.
    const QColor fill = QColor::fromHsvF(confidence * 0.33, 0.55, 0.85);
    QPainterPath fillPath;
    fillPath.addRoundedRect(
        QRectF(track.left(), track.top(), track.width() * confidence, track.height()), 3, 3);
    painter->fillPath(fillPath, fill);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(track, Qt::AlignCenter, opt.text);
    painter->restore();
}

} // namespace candist
