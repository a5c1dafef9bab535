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
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const bool hot = underMouse() || hasFocus();
    const bool suggested = m_showsProbability && m_suggested;
    painter.setPen(Qt::NoPen);
    painter.setBrush(hot ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
    painter.drawRoundedRect(box, 5, 5);
    if (m_showsProbability && m_probability > 0) {
        QRectF bar = box;
        bar.setWidth(box.width() * std::clamp(m_probability, 0.0, 1.0));
        QColor fill = m_color;
        fill.setAlpha(m_candidate ? 200 : 90);
        painter.setBrush(fill);
        painter.drawRoundedRect(bar, 5, 5);
    }
    QPen border(suggested ? pal.color(QPalette::Text) : pal.color(QPalette::Mid));
    border.setWidthF(suggested ? 2.5 : 1.0);
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
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QPen border(hot ? palette().color(QPalette::Highlight) : m_color);
    border.setWidthF(hot ? 3.0 : 2.0);
    painter.setPen(border);
    painter.setBrush(m_color);
    const qreal radius = box.height() / 2;
    painter.drawRoundedRect(box, radius, radius);
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

QString decisionKeysTable(bool withSuggestion)
{
    QString table =
        LabelChoicePanel::tr("<table>"
                             "<tr><td><b>label key</b></td><td>decide</td></tr>"
                             "<tr><td><b>?</b></td><td>skip (unsure)</td></tr>"
                             "<tr><td><b>Space, →, ↓</b></td><td>next</td></tr>"
                             "<tr><td><b>←, ↑</b></td><td>previous</td></tr>"
                             "<tr><td><b>Home, End</b></td><td>first, last</td></tr>"
                             "<tr><td><b>PgUp, PgDn</b></td><td>10 back, 10 on</td></tr>"
                             "<tr><td><b>Ctrl+Z</b></td><td>undo</td></tr>"
                             "<tr><td><b>Ctrl+Shift+Z, Ctrl+Y</b></td><td>redo</td></tr></table>");
    if (withSuggestion) {
        // Second, after the label keys: the review's most used key.
        const QString rowEnd = QStringLiteral("</tr>");
        table.insert(
            table.indexOf(rowEnd) + rowEnd.size(),
            LabelChoicePanel::tr("<tr><td><b>Enter</b></td><td>accept the suggestion</td></tr>"));
    }
    return table;
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
