#pragma once

#include <QDialog>

#include "app_settings.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QLabel;

namespace candist {

class WordVectorPicker;

// Preferences: teacher endpoint, model, prices and where the API key comes from; student
// threads and run defaults; the interface language. The dialog has no field for the key itself.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;
    // "" (follow the system) or a code from TranslationLoader::languages().
    QString language() const;

private:
    void updateKeyFields();
    void storeKeyInKeychain();

    QLineEdit *m_endpoint;
    QLineEdit *m_model;
    QDoubleSpinBox *m_inputPrice;
    QDoubleSpinBox *m_outputPrice;
    QComboBox *m_keySource;
    QLineEdit *m_keyVariable;
    QLineEdit *m_keychainService;
    QLabel *m_keyStatus;
    QLineEdit *m_newKey;
    QPushButton *m_storeKey;
    QSpinBox *m_concurrency;
    QComboBox *m_strategy;
    QSpinBox *m_threads;
    QSpinBox *m_epochs;
    QSpinBox *m_seed;
    WordVectorPicker *m_wordVectors;
    QComboBox *m_language;
    QComboBox *m_colorScheme;
    QLabel *m_languageNote;
};

} // namespace candist
