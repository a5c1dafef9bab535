#pragma once

#include <QAbstractButton>
#include <QColor>
#include <QList>
#include <QPushButton>
#include <QString>
#include <QWidget>

#include "model/label_schema.h"

class QGridLayout;
class QKeyEvent;
class QLabel;
class QTextBrowser;

namespace candist {

// The widgets of a one-sample-at-a-time decision, shared by the review and the blind spot check.

// One label as a large button: the hotkey, name and (when shown) the student's probability as a
// bar in the label's colour with the percentage written on it (never colour alone). The
// suggested label gets a thick border and a "suggested" tag, the one under the mouse or the
// keyboard focus a highlighted frame. Enter clicks it; every other key goes to the view, which
// owns the hotkeys (a plain button would swallow Space).
class LabelChoiceButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit LabelChoiceButton(QWidget *parent = nullptr);
    void setLabel(const QString &name, const QString &hotkey, const QColor &color);
    void setState(double probability, bool candidate, bool suggested, bool decided);
    // False for a blind decision: no bar, no percentage, no tags but the human's own label.
    void setShowsProbability(bool shows);
    bool showsProbability() const { return m_showsProbability; }
    QSize sizeHint() const override { return QSize(320, 34); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_name;
    QString m_hotkey;
    QColor m_color;
    double m_probability = 0;
    bool m_candidate = false;
    bool m_suggested = false;
    bool m_decided = false;
    bool m_showsProbability = true;
};

// A teacher candidate chip: a pill in the label's colour, with the same key handling as
// LabelChoiceButton. Painted by hand rather than styled with a style sheet: the review shows a
// new sample at every key press, and polishing a style sheet per chip cost more than the rest
// of the key press together.
class CandidateChipButton : public QPushButton
{
    Q_OBJECT
public:
    explicit CandidateChipButton(QWidget *parent = nullptr);
    // `emphasised`: the suggested label, in bold.
    void setChip(int label, const QString &text, const QColor &color, bool emphasised);
    int label() const { return m_label; }
    bool isEmphasised() const { return m_emphasised; }
    const QColor &color() const { return m_color; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int m_label = -1;
    QColor m_color;
    bool m_emphasised = false;
};

// One LabelChoiceButton per label of the schema, in a grid (two columns beyond eight labels).
class LabelChoicePanel : public QWidget
{
    Q_OBJECT
public:
    explicit LabelChoicePanel(QWidget *parent = nullptr);
    // Rebuilds the buttons; `showProbabilities` false gives the blind buttons.
    void setSchema(const LabelSchema &schema, bool showProbabilities = true);
    const QList<LabelChoiceButton *> &buttons() const { return m_buttons; }

Q_SIGNALS:
    void labelChosen(int label);

private:
    QGridLayout *m_layout;
    QList<LabelChoiceButton *> m_buttons;
};

// The large bold title above the sample.
QLabel *createSampleTitle(QWidget *parent);
// The sample's full text, large, read-only and out of the keyboard focus chain (the view owns
// the keys).
QTextBrowser *createSampleText(QWidget *parent);
// The side panel's key table; `withSuggestion` adds Enter (accept the suggestion).
QString decisionKeysTable(bool withSuggestion);

// The label whose hotkey the key event types, -1 for none.
int labelForHotkey(const LabelSchema &schema, const QKeyEvent *event);

// True while the application's focus is in a field that takes typing (a line edit, a spin box,
// an editable text or combo box): keys it passes on must not decide anything.
bool textFieldHasFocus();

} // namespace candist
