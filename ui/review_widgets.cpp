#include "review_widgets.h"

#include <algorithm>

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QTextEdit>

#include "label_colors.h"

namespace candist {

namespace {

// A rounded frame of `width` in `border` around a `fill` face, as two fills: the raster engine
// strokes a rounded path through its path stroker, which was four fifths of a label button's
// paint and so most of a review key press (bench/review).
void fillFramedRoundedRect(QPainter &painter, const QRectF &box, qreal radius, qreal width,
                           const QColor &border, const QBrush &fill)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(border);
    painter.drawRoundedRect(box, radius, radius);
    const QRectF face = box.adjusted(width, width, -width, -width);
    const qreal inner = std::max<qreal>(0, radius - width);
    painter.setBrush(fill);
    painter.drawRoundedRect(face, inner, inner);
}

void enterClicksOthersPass(QAbstractButton *button, QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        button->click();
    else
        event->ignore();
}

} // namespace

LabelChoiceButton::LabelChoiceButton(QWidget *parent) : QAbstractButton(parent)
{
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setMinimumHeight(34);
}

void LabelChoiceButton::setLabel(const QString &name, const QString &hotkey, const QColor &color)
{
    m_name = name;
    m_hotkey = hotkey;
    m_color = color;
    setAccessibleName(tr("Label as %1").arg(name));
    update();
}

void LabelChoiceButton::setState(double probability, bool candidate, bool suggested, bool decided)
{
    m_probability = probability;
    m_candidate = candidate;
    m_suggested = suggested;
    m_decided = decided;
    setAccessibleDescription(m_showsProbability
                                 ? tr("student probability %1%").arg(qRound(probability * 100))
                                 : QString());
    update();
}

void LabelChoiceButton::setShowsProbability(bool shows)
{
    m_showsProbability = shows;
    setState(m_probability, m_candidate, m_suggested, m_decided);
}

void LabelChoiceButton::keyPressEvent(QKeyEvent *event)
{
    enterClicksOthersPass(this, event);
}

void LabelChoiceButton::keyReleaseEvent(QKeyEvent *event)
{
    event->ignore();
}

void LabelChoiceButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    const bool hot = underMouse() || hasFocus();
    const bool suggested = m_showsProbability && m_suggested;
    const QColor border = hot         ? pal.color(QPalette::Highlight)
                          : suggested ? pal.color(QPalette::Text)
                                      : pal.color(QPalette::Mid);
    const qreal borderWidth = hot ? 3.0 : suggested ? 2.5 : 1.0;
    fillFramedRoundedRect(painter, box, 5, borderWidth, border,
                          hot ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
    if (m_showsProbability && m_probability > 0) {
        QRectF bar = box.adjusted(borderWidth, borderWidth, -borderWidth, -borderWidth);
        bar.setWidth(bar.width() * std::clamp(m_probability, 0.0, 1.0));
        QColor fill = m_color;
        fill.setAlpha(m_candidate ? 200 : 90);
        painter.setBrush(fill);
        const qreal radius = std::max<qreal>(0, 5 - borderWidth);
        painter.drawRoundedRect(bar, radius, radius);
    }

    // Key cap, name and numbers on a light text background: readable over any colour.
    const QRectF keyCap(box.left() + 6, box.center().y() - 10, 22, 20);
    fillFramedRoundedRect(painter, keyCap, 3, 1, pal.color(QPalette::Text),
                          pal.color(QPalette::Base));
    painter.setPen(QPen(pal.color(QPalette::Text), 1));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(keyCap, Qt::AlignCenter, m_hotkey.toUpper());
    QFont nameFont = font();
    nameFont.setBold(suggested || m_decided);
    painter.setFont(nameFont);
    QString tags;
    if (m_decided)
        tags += tr("  ✓ your label");
    if (suggested)
        tags += tr("  ★ suggested (Enter)");
    if (m_showsProbability && m_candidate)
        tags += tr("  • candidate");
    const QRectF textBox = box.adjusted(36, 0, -8, 0);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(textBox, Qt::AlignVCenter | Qt::AlignLeft, m_name + tags);
    if (m_showsProbability) {
        const QString percent = QStringLiteral("%1 %").arg(m_probability * 100, 0, 'f', 1);
        painter.drawText(textBox, Qt::AlignVCenter | Qt::AlignRight, percent);
    }
}

CandidateChipButton::CandidateChipButton(QWidget *parent) : QPushButton(parent)
{
    setFocusPolicy(Qt::TabFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
}

void CandidateChipButton::setChip(int label, const QString &text, const QColor &color,
                                  bool emphasised)
{
    const bool resized = text != this->text() || emphasised != m_emphasised;
    m_label = label;
    m_color = color;
    m_emphasised = emphasised;
    setText(text); // repaints
    if (resized)
        updateGeometry();
}

QSize CandidateChipButton::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true); // as wide bold or not: the chips do not shift when the suggestion moves
    const QFontMetrics metrics(bold);
    return QSize(metrics.horizontalAdvance(text()) + 2 * 14, metrics.height() + 2 * 6);
}

void CandidateChipButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool hot = underMouse() || hasFocus();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = box.height() / 2;
    if (hot) {
        fillFramedRoundedRect(painter, box, radius, 3.0, palette().color(QPalette::Highlight),
                              m_color);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_color);
        painter.drawRoundedRect(box, radius, radius);
    }
    QFont chipFont = font();
    chipFont.setBold(m_emphasised);
    painter.setFont(chipFont);
    painter.setPen(textColorOn(m_color));
    painter.drawText(rect(), Qt::AlignCenter, text());
}

void CandidateChipButton::keyPressEvent(QKeyEvent *event)
{
    enterClicksOthersPass(this, event);
}

void CandidateChipButton::keyReleaseEvent(QKeyEvent *event)
{
    event->ignore();
}

LabelChoicePanel::LabelChoicePanel(QWidget *parent)
    : QWidget(parent), m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
}

void LabelChoicePanel::setSchema(const LabelSchema &schema, bool showProbabilities)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    const int columns = schema.size() > 8 ? 2 : 1;
    for (int i = 0; i < schema.size(); ++i) {
        auto *button = new LabelChoiceButton(this);
        button->setShowsProbability(showProbabilities);
        button->setLabel(schema.at(i).name, schema.at(i).hotkey, labelColor(schema, i));
        connect(button, &QAbstractButton::clicked, this, [this, i] { Q_EMIT labelChosen(i); });
        m_layout->addWidget(button, i / columns, i % columns);
        m_buttons << button;
    }
}

QLabel *createSampleTitle(QWidget *parent)
{
    auto *title = new QLabel(parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QTextBrowser *createSampleText(QWidget *parent)
{
    auto *text = new QTextBrowser(parent);
    text->setAccessibleName(LabelChoicePanel::tr("Sample text"));
    text->setFocusPolicy(Qt::NoFocus);
    QFont font = text->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    text->setFont(font);
    text->setMinimumHeight(90);
    text->setMaximumHeight(240);
    return text;
}

int labelForHotkey(const LabelSchema &schema, const QKeyEvent *event)
{
    const QString text = event->text().toLower();
    if (text.isEmpty())
        return -1;
    for (int i = 0; i < schema.size(); ++i)
        if (!schema.at(i).hotkey.isEmpty() && schema.at(i).hotkey.toLower() == text)
            return i;
    return -1;
}

bool textFieldHasFocus()
{
    QWidget *focus = QApplication::focusWidget();
    const auto *textEdit = qobject_cast<QTextEdit *>(focus);
    const auto *combo = qobject_cast<QComboBox *>(focus);
    return qobject_cast<QLineEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus) ||
           qobject_cast<QPlainTextEdit *>(focus) || (textEdit && !textEdit->isReadOnly()) ||
           (combo && combo->isEditable());
}

} // namespace candist
