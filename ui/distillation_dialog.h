#pragma once

#include <QDialog>

#include "student/distillation_options.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace candist {

class ErrorLine;
class WordVectorPicker;

// Run › Distil: method, epochs, seed, threads, the word vectors, how the pool is labelled
// (final-label policy, cross-fitting) and the Distribution Refinery switches (Ren., Out., Sha.,
// Cla., Hig., auxiliary losses) with their main hyper-parameters. The window runs Distiller::run in
// the background and plots its epochs as they arrive.
class DistillationDialog : public QDialog
{
    Q_OBJECT
public:
    // `wordVectors`: the choice as resolveWordVectors() takes it (the setting).
    DistillationDialog(const DistillationOptions &options, bool hasGold, const QString &wordVectors,
                       QWidget *parent = nullptr);
    // Throws Error (DistillationOptions::validate) for invalid values. The word vectors' path is
    // resolved from wordVectorsChoice().
    DistillationOptions options() const;
    QString wordVectorsChoice() const;

private:
    DistillationOptions m_base;
    QComboBox *m_method;
    QSpinBox *m_epochs;
    QSpinBox *m_seed;
    QSpinBox *m_threads;
    QComboBox *m_finalLabel;
    QCheckBox *m_selection;
    QSpinBox *m_crossFit;
    WordVectorPicker *m_wordVectors;
    QCheckBox *m_renormalise;
    QCheckBox *m_outFilter;
    QCheckBox *m_sharpen;
    QCheckBox *m_classwise;
    QCheckBox *m_highConfidence;
    QCheckBox *m_auxiliary;
    QDoubleSpinBox *m_delta;
    QDoubleSpinBox *m_tau;
    ErrorLine *m_error;
};

} // namespace candist
