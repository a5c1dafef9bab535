#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace candist {

// Chooses the hashed student's pretrained word vectors: the installed ones (the default), none,
// or a .cdv file; says whether the choice is available. Settings › Student and Run › Distil share
// it and the one setting student/wordVectors.
class WordVectorPicker : public QWidget
{
    Q_OBJECT
public:
    // `choice` as resolveWordVectors() takes it: empty (installed), "none" or a file.
    explicit WordVectorPicker(const QString &choice, QWidget *parent = nullptr);
    QString choice() const;

private:
    void updateState();

    QComboBox *m_kind;
    QLineEdit *m_path;
    QToolButton *m_browse;
    QLabel *m_status;
};

} // namespace candist
