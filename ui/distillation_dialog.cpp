#include "distillation_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include "error_line.h"
#include "student/word_vector_choice.h"
#include "word_vector_picker.h"

namespace candist {

DistillationDialog::DistillationDialog(const DistillationOptions &options, bool hasGold,
                                       const QString &wordVectors, QWidget *parent)
    : QDialog(parent), m_base(options)
{
    setWindowTitle(tr("Distil Student"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItem(tr("CanDist: Distribution Refinery over candidate sets"),
                      int(DistillationMethod::CanDist));
    m_method->addItem(tr("Single: the teacher's first candidate"), int(DistillationMethod::Single));
    m_method->addItem(tr("Vanilla: uniform over the candidates"), int(DistillationMethod::Vanilla));
    if (hasGold)
        m_method->addItem(tr("Gold: supervised upper reference"), int(DistillationMethod::Gold));
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(options.method))));
    m_epochs = new QSpinBox(this);
    m_epochs->setRange(1, 1000);
    m_epochs->setValue(options.epochs);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(int(options.seed));
    m_threads = new QSpinBox(this);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All %1 cores").arg(QThread::idealThreadCount()));
    m_threads->setValue(options.threads);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&Threads:"), m_threads);
    m_wordVectors = new WordVectorPicker(wordVectors, this);
    form->addRow(tr("&Word vectors:"), m_wordVectors);
    m_finalLabel = new QComboBox(this);
    m_finalLabel->setObjectName(QStringLiteral("finalLabel"));
    m_finalLabel->addItem(tr("The student's opinion weighed by the teacher's measured reliability"),
                          int(FinalLabelPolicy::Posterior));
    m_finalLabel->addItem(tr("Within the candidates, unless the student is sure of another label"),
                          int(FinalLabelPolicy::ConfidentOverrule));
    m_finalLabel->addItem(tr("Always within the candidates"),
                          int(FinalLabelPolicy::WithinCandidates));
    m_finalLabel->addItem(tr("The student's choice over all labels (the paper)"),
                          int(FinalLabelPolicy::AllLabels));
    m_finalLabel->setCurrentIndex(std::max(0, m_finalLabel->findData(int(options.finalLabel))));
    m_crossFit = new QSpinBox(this);
    m_crossFit->setObjectName(QStringLiteral("crossFit"));
    m_crossFit->setRange(0, 20);
    m_crossFit->setSpecialValueText(tr("Off"));
    m_crossFit->setSuffix(tr(" folds"));
    m_crossFit->setValue(options.crossFitFolds);
    m_crossFit->setToolTip(
        tr("Label the pool with students that never saw the sample they label: pays with noisy "
           "human labels, costs as many extra trainings as folds."));
    m_selection =
        new QCheckBox(tr("Let the pool choose the initial target and the stopping epoch"), this);
    m_selection->setObjectName(QStringLiteral("selection"));
    m_selection->setChecked(options.selection == ConfigurationSelection::HeldOut);
    m_selection->setToolTip(
        tr("Students that never saw a sample label it, and the configuration under which they "
           "explain the teacher's annotations best is kept (no gold needed). About three times "
           "the training; worth it with a weak teacher."));
    form->addRow(tr("Pool &labels:"), m_finalLabel);
    form->addRow(QString(), m_selection);
    form->addRow(tr("C&ross-fitting:"), m_crossFit);
    layout->addLayout(form);

    auto *refinery = new QGroupBox(tr("Distribution Refinery"), this);
    auto *grid = new QGridLayout(refinery);
    const RefineryOptions &r = options.refinery;
    m_renormalise = new QCheckBox(tr("&Renormalise targets (Ren.)"), refinery);
    m_renormalise->setChecked(r.renormalise);
    m_outFilter = new QCheckBox(tr("Filter &out-of-candidate samples (Out.)"), refinery);
    m_outFilter->setChecked(r.outFilter);
    m_sharpen = new QCheckBox(tr("S&harpen clean samples (Sha.)"), refinery);
    m_sharpen->setChecked(r.sharpen);
    m_classwise = new QCheckBox(tr("&Class-wise small-loss selection (Cla.)"), refinery);
    m_classwise->setChecked(r.classwise);
    m_highConfidence = new QCheckBox(tr("Trust high-confidence &overrules (Hig.)"), refinery);
    m_highConfidence->setChecked(r.highConfidence);
    m_auxiliary = new QCheckBox(tr("&Auxiliary consistency and mixup losses"), refinery);
    m_auxiliary->setChecked(r.auxiliary);
    m_delta = new QDoubleSpinBox(refinery);
    m_delta->setRange(0.05, 1.0);
    m_delta->setSingleStep(0.1);
    m_delta->setValue(r.smallLossFraction);
    m_tau = new QDoubleSpinBox(refinery);
    m_tau->setRange(0.5, 1.0);
    m_tau->setDecimals(3);
    m_tau->setSingleStep(0.01);
    m_tau->setValue(r.confidenceThreshold);
    grid->addWidget(m_renormalise, 0, 0);
    grid->addWidget(m_outFilter, 0, 1);
    grid->addWidget(m_sharpen, 1, 0);
    grid->addWidget(m_classwise, 1, 1);
    grid->addWidget(m_highConfidence, 2, 0);
    grid->addWidget(m_auxiliary, 2, 1);
    auto *deltaLabel = new QLabel(tr("Small-loss fraction &δ:"), refinery);
    deltaLabel->setBuddy(m_delta);
    auto *tauLabel = new QLabel(tr("Confidence threshold &τ:"), refinery);
    tauLabel->setBuddy(m_tau);
    grid->addWidget(deltaLabel, 3, 0);
    grid->addWidget(m_delta, 3, 1);
    grid->addWidget(tauLabel, 4, 0);
    grid->addWidget(m_tau, 4, 1);
    layout->addWidget(refinery);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this, refinery] {
        const bool candist =
            DistillationMethod(m_method->currentData().toInt()) == DistillationMethod::CanDist;
        refinery->setEnabled(candist);
        m_selection->setEnabled(candist);
    });
    refinery->setEnabled(options.method == DistillationMethod::CanDist);
    // The TorchScript student has its own encoder; the vectors are for the hashed one.
    m_wordVectors->setEnabled(options.student == StudentKind::HashedBag);
    m_selection->setEnabled(options.method == DistillationMethod::CanDist);

    m_error = new ErrorLine(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Distil"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_error->check([this] { this->options(); }))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DistillationOptions DistillationDialog::options() const
{
    DistillationOptions options = m_base;
    options.method = DistillationMethod(m_method->currentData().toInt());
    options.epochs = m_epochs->value();
    options.seed = quint64(m_seed->value());
    options.threads = m_threads->value();
    options.finalLabel = FinalLabelPolicy(m_finalLabel->currentData().toInt());
    options.crossFitFolds = m_crossFit->value();
    options.bag.wordVectors = {};
    options.bag.wordVectors.path = resolveWordVectors(wordVectorsChoice()).path;
    options.selection =
        m_selection->isChecked() ? ConfigurationSelection::HeldOut : ConfigurationSelection::None;
    RefineryOptions &r = options.refinery;
    r.renormalise = m_renormalise->isChecked();
    r.outFilter = m_outFilter->isChecked();
    r.sharpen = m_sharpen->isChecked();
    r.classwise = m_classwise->isChecked();
    r.highConfidence = m_highConfidence->isChecked();
    r.auxiliary = m_auxiliary->isChecked();
    r.smallLossFraction = m_delta->value();
    r.confidenceThreshold = m_tau->value();
    options.validate();
    return options;
}

QString DistillationDialog::wordVectorsChoice() const
{
    return m_wordVectors->choice();
}

} // namespace candist
