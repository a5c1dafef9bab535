#include "label_colors.h"

#include <QCoreApplication>

namespace candist {

QColor labelColor(const LabelSchema &schema, int index)
{
    if (index >= 0 && index < schema.size()) {
        const QColor own(schema.at(index).color);
        if (own.isValid())
            return own;
    }
    if (index < 0)
        return QColor(0x9e, 0x9e, 0x9e);
    // Tableau 10: distinguishable, print-safe and readable under both text colours.
    static const QColor palette[] = {
        QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2), QColor(0x59a14f),
        QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f), QColor(0xbab0ac)};
    return palette[index % 10];
}

QColor textColorOn(const QColor &background)
{
    const double luminance =
        0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

QString labelName(const LabelSchema &schema, int index)
{
    if (index >= 0 && index < schema.size())
        return schema.at(index).name;
    if (index < 0)
        return QString();
    return QCoreApplication::translate("candist::labelName", "#%1").arg(index);
}

} // namespace candist
