#include "teacher_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "error_line.h"

namespace candist {

TeacherDialog::TeacherDialog(const TeacherSettings &settings, QWidget *parent)
    : QDialog(parent), m_base(settings)
{
    setWindowTitle(tr("Run Teacher"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_endpoint = new QLineEdit(settings.endpoint, this);
    m_model = new QLineEdit(settings.model, this);
    m_strategy = new QComboBox(this);
    m_strategy->addItem(tr("CA_all: every possible label"), int(TeacherStrategy::CaAll));
    m_strategy->addItem(tr("CA_add: answer, plus alternatives when unsure"),
                        int(TeacherStrategy::CaAdd));
    m_strategy->addItem(tr("SA: exactly one label"), int(TeacherStrategy::Sa));
    m_strategy->addItem(tr("Select: one label out of the earlier candidates"),
                        int(TeacherStrategy::Select));
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(int(settings.strategy))));
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(settings.concurrency);
    m_shots = new QSpinBox(this);
    m_shots->setRange(0, 50);
    m_shots->setValue(settings.shots);
    m_samples = new QSpinBox(this);
    m_samples->setRange(1, 20);
    m_samples->setValue(settings.samples);
    m_samples->setToolTip(
        tr("Self-consistency: answers per sample; votes become the teacher's confidence"));
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(settings.temperature);
    m_inputPrice = new QDoubleSpinBox(this);
    m_inputPrice->setRange(0, 1000);
    m_inputPrice->setDecimals(3);
    m_inputPrice->setValue(settings.inputPricePerMillion);
    m_outputPrice = new QDoubleSpinBox(this);
    m_outputPrice->setRange(0, 1000);
    m_outputPrice->setDecimals(3);
    m_outputPrice->setValue(settings.outputPricePerMillion);
    m_limit = new QSpinBox(this);
    m_limit->setRange(0, 1 << 30);
    m_limit->setSpecialValueText(tr("all pending samples"));
    m_limit->setValue(int(std::min<qint64>(settings.limit, 1 << 30)));
    m_keyVariable = new QLineEdit(settings.apiKeyEnv, this);
    m_keyVariable->setToolTip(tr("The environment variable that holds the API key; when it is "
                                 "unset the system keychain is asked. The key is never stored."));
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Strategy:"), m_strategy);
    form->addRow(tr("&Concurrent requests:"), m_concurrency);
    form->addRow(tr("Few-shot &demonstrations:"), m_shots);
    form->addRow(tr("Answers per sample (&K):"), m_samples);
    form->addRow(tr("&Temperature:"), m_temperature);
    form->addRow(tr("&Input price per 1M tokens:"), m_inputPrice);
    form->addRow(tr("&Output price per 1M tokens:"), m_outputPrice);
    form->addRow(tr("&Limit:"), m_limit);
    form->addRow(tr("API &key variable:"), m_keyVariable);
    layout->addLayout(form);
    m_estimate = new QPlainTextEdit(this);
    m_estimate->setReadOnly(true);
    m_estimate->setAccessibleName(tr("Dry-run estimate"));
    m_estimate->setPlaceholderText(
        tr("Estimate shows the requests, tokens and cost before anything is sent."));
    m_estimate->setMaximumHeight(120);
    m_estimate->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_estimate);
    m_error = new ErrorLine(this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    QPushButton *estimate = buttons->addButton(tr("E&stimate"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(estimate, &QPushButton::clicked, this, [this] {
        TeacherSettings chosen;
        if (!m_error->check([&] { chosen = this->settings(); }))
            return;
        m_estimate->setPlainText(tr("Estimating…"));
        Q_EMIT estimateRequested(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_error->check([this] { this->settings(); }))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TeacherSettings TeacherDialog::settings() const
{
    TeacherSettings settings = m_base;
    settings.endpoint = m_endpoint->text().trimmed();
    settings.model = m_model->text().trimmed();
    settings.strategy = TeacherStrategy(m_strategy->currentData().toInt());
    settings.concurrency = m_concurrency->value();
    settings.shots = m_shots->value();
    settings.samples = m_samples->value();
    settings.temperature = m_temperature->value();
    settings.inputPricePerMillion = m_inputPrice->value();
    settings.outputPricePerMillion = m_outputPrice->value();
    settings.limit = m_limit->value();
    settings.apiKeyEnv = m_keyVariable->text().trimmed();
    settings.validate();
    return settings;
}

void TeacherDialog::showEstimate(const QString &text)
{
    m_estimate->setPlainText(text);
}

} // namespace candist
