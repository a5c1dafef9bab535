#include "settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

#include "model/error.h"
#include "teacher/api_key.h"
#include "translation_loader.h"
#include "word_vector_picker.h"

namespace candist {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    auto *teacher = new QWidget(tabs);
    auto *teacherForm = new QFormLayout(teacher);
    m_endpoint = new QLineEdit(settings.endpoint, teacher);
    m_endpoint->setToolTip(tr("Base URL of an OpenAI-compatible chat completions API"));
    m_model = new QLineEdit(settings.model, teacher);
    m_inputPrice = new QDoubleSpinBox(teacher);
    m_inputPrice->setRange(0, 1000);
    m_inputPrice->setDecimals(3);
    m_inputPrice->setPrefix(QStringLiteral("$ "));
    m_inputPrice->setValue(settings.inputPricePerMillion);
    m_outputPrice = new QDoubleSpinBox(teacher);
    m_outputPrice->setRange(0, 1000);
    m_outputPrice->setDecimals(3);
    m_outputPrice->setPrefix(QStringLiteral("$ "));
    m_outputPrice->setValue(settings.outputPricePerMillion);
    m_keySource = new QComboBox(teacher);
    m_keySource->addItem(tr("Environment variable"), int(AppSettings::KeySource::Environment));
    m_keySource->addItem(tr("System keychain"), int(AppSettings::KeySource::Keychain));
    m_keySource->setCurrentIndex(settings.keySource == AppSettings::KeySource::Keychain ? 1 : 0);
    m_keyVariable = new QLineEdit(settings.keyVariable, teacher);
    m_keychainService = new QLineEdit(settings.keychainService, teacher);
    m_keyStatus = new QLabel(teacher);
    m_keyStatus->setWordWrap(true);
    m_concurrency = new QSpinBox(teacher);
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(settings.teacherConcurrency);
    m_strategy = new QComboBox(teacher);
    m_strategy->addItem(tr("CA_all: every possible label"), QStringLiteral("ca_all"));
    m_strategy->addItem(tr("CA_add: answer, plus alternatives when unsure"),
                        QStringLiteral("ca_add"));
    m_strategy->addItem(tr("SA: exactly one label"), QStringLiteral("sa"));
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(settings.teacherStrategy)));
    teacherForm->addRow(tr("&Endpoint:"), m_endpoint);
    teacherForm->addRow(tr("&Model:"), m_model);
    teacherForm->addRow(tr("&Input price per 1M tokens:"), m_inputPrice);
    teacherForm->addRow(tr("&Output price per 1M tokens:"), m_outputPrice);
    teacherForm->addRow(tr("API &key from:"), m_keySource);
    teacherForm->addRow(tr("&Variable name:"), m_keyVariable);
    teacherForm->addRow(tr("Keychain &service:"), m_keychainService);
    teacherForm->addRow(QString(), m_keyStatus);
    // The key goes straight to the system keychain: never into QSettings, and the field is
    // emptied once it is stored, so the key is never shown again.
    m_newKey = new QLineEdit(teacher);
    m_newKey->setEchoMode(QLineEdit::Password);
    m_newKey->setPlaceholderText(tr("paste a key to store it in the system keychain"));
    m_newKey->setAccessibleName(tr("API key to store in the keychain"));
    m_storeKey = new QPushButton(tr("Store in &Keychain"), teacher);
    m_storeKey->setEnabled(false);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_newKey, 1);
    keyRow->addWidget(m_storeKey);
    teacherForm->addRow(tr("Store API key:"), keyRow);
    connect(m_newKey, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_storeKey->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_storeKey, &QPushButton::clicked, this, &SettingsDialog::storeKeyInKeychain);
    teacherForm->addRow(tr("&Concurrent requests:"), m_concurrency);
    teacherForm->addRow(tr("Default &strategy:"), m_strategy);
    tabs->addTab(teacher, tr("&Teacher"));

    auto *student = new QWidget(tabs);
    auto *studentForm = new QFormLayout(student);
    m_threads = new QSpinBox(student);
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All %1 cores").arg(QThread::idealThreadCount()));
    m_threads->setValue(settings.studentThreads);
    m_epochs = new QSpinBox(student);
    m_epochs->setRange(1, 1000);
    m_epochs->setValue(settings.defaultEpochs);
    m_seed = new QSpinBox(student);
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(settings.defaultSeed);
    studentForm->addRow(tr("Training &threads:"), m_threads);
    studentForm->addRow(tr("Default &epochs:"), m_epochs);
    studentForm->addRow(tr("Default s&eed:"), m_seed);
    m_wordVectors = new WordVectorPicker(settings.wordVectors, student);
    studentForm->addRow(tr("&Word vectors:"), m_wordVectors);
    tabs->addTab(student, tr("S&tudent"));

    auto *general = new QWidget(tabs);
    auto *generalForm = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const TranslationLoader::Language &language : TranslationLoader::languages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(TranslationLoader::storedLanguage())));
    m_languageNote = new QLabel(
        tr("The language changes the next time the workbench starts. \"System default\" follows "
           "the language of your desktop (%1).")
            .arg(QLocale::system().nativeLanguageName()),
        general);
    m_languageNote->setWordWrap(true);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), m_languageNote);
    m_colorScheme = new QComboBox(general);
    m_colorScheme->setObjectName(QStringLiteral("colorSchemeCombo"));
    m_colorScheme->addItem(tr("System (follows the desktop)"), int(ColorScheme::System));
    m_colorScheme->addItem(tr("Light"), int(ColorScheme::Light));
    m_colorScheme->addItem(tr("Dark"), int(ColorScheme::Dark));
    m_colorScheme->setCurrentIndex(std::max(0, m_colorScheme->findData(int(settings.colorScheme))));
    generalForm->addRow(tr("&Colour scheme:"), m_colorScheme);
    tabs->addTab(general, tr("&Interface"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateKeyFields);
    connect(m_keyVariable, &QLineEdit::textChanged, this, &SettingsDialog::updateKeyFields);
    updateKeyFields();
}

void SettingsDialog::updateKeyFields()
{
    const bool environment = m_keySource->currentIndex() == 0;
    m_keyVariable->setEnabled(environment);
    m_keychainService->setEnabled(!environment);
    if (environment) {
        const bool set = qEnvironmentVariableIsSet(m_keyVariable->text().toLocal8Bit().constData());
        m_keyStatus->setText(set ? tr("The variable is set in this session.")
                                 : tr("The variable is not set in this session."));
    } else {
        m_keyStatus->setText(tr("The key is read from the keychain entry \"%1\" when a run starts.")
                                 .arg(m_keychainService->text()));
    }
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::storeKeyInKeychain()
{
    const QString key = m_newKey->text().trimmed();
    m_newKey->clear();
    try {
        storeApiKeyInKeychain(m_endpoint->text().trimmed(), key);
        m_keySource->setCurrentIndex(1);
        m_keyStatus->setText(tr("The key is stored in the system keychain as \"%1\".")
                                 .arg(keychainEntryName(m_endpoint->text().trimmed())));
    } catch (const Error &error) {
        m_keyStatus->setText(error.message());
    }
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result;
    result.endpoint = m_endpoint->text().trimmed();
    result.model = m_model->text().trimmed();
    result.inputPricePerMillion = m_inputPrice->value();
    result.outputPricePerMillion = m_outputPrice->value();
    result.keySource = AppSettings::KeySource(m_keySource->currentData().toInt());
    result.keyVariable = m_keyVariable->text().trimmed();
    result.keychainService = m_keychainService->text().trimmed();
    result.teacherConcurrency = m_concurrency->value();
    result.teacherStrategy = m_strategy->currentData().toString();
    result.studentThreads = m_threads->value();
    result.defaultEpochs = m_epochs->value();
    result.defaultSeed = m_seed->value();
    result.wordVectors = m_wordVectors->choice();
    result.colorScheme = ColorScheme(m_colorScheme->currentData().toInt());
    return result;
}

} // namespace candist
