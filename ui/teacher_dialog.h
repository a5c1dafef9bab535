#pragma once

#include <QDialog>

#include "teacher/teacher_settings.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace candist {

class ErrorLine;

// Run › Teacher: the teacher's project settings (endpoint, model, strategy, concurrency, shots,
// self-consistency samples, prices, limit, the API key's variable name) with a dry-run estimate.
// Accepting saves nothing itself; the window stores the settings and starts TeacherRun in the
// background.
class TeacherDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeacherDialog(const TeacherSettings &settings, QWidget *parent = nullptr);
    // Throws Error (TeacherSettings::validate) for an invalid combination.
    TeacherSettings settings() const;
    void showEstimate(const QString &text);

Q_SIGNALS:
    // The user asked for a dry run with these settings.
    void estimateRequested(const candist::TeacherSettings &settings);

private:
    TeacherSettings m_base; // keeps fields the dialog does not show
    QLineEdit *m_endpoint;
    QLineEdit *m_model;
    QComboBox *m_strategy;
    QSpinBox *m_concurrency;
    QSpinBox *m_shots;
    QSpinBox *m_samples;
    QDoubleSpinBox *m_temperature;
    QDoubleSpinBox *m_inputPrice;
    QDoubleSpinBox *m_outputPrice;
    QSpinBox *m_limit;
    QLineEdit *m_keyVariable;
    QPlainTextEdit *m_estimate;
    ErrorLine *m_error;
};

} // namespace candist
