#include "word_vector_picker.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include "student/word_vector_choice.h"

namespace candist {

namespace {
enum Kind
{
    Installed,
    None,
    File
};
} // namespace

WordVectorPicker::WordVectorPicker(const QString &choice, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("wordVectorsKind"));
    m_kind->addItem(tr("Installed (GloVe 6B, 100 dimensions)"), int(Installed));
    m_kind->addItem(tr("None"), int(None));
    m_kind->addItem(tr("File…"), int(File));
    m_kind->setToolTip(tr("Pretrained word vectors tell the student that words such as "
                          "\"physician\" and \"doctor\" mean alike; they lift accuracy most on "
                          "small pools and many labels"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("wordVectorsPath"));
    m_path->setPlaceholderText(tr("A .cdv file (scripts/convert_word_vectors.py)"));
    m_browse = new QToolButton(this);
    m_browse->setText(tr("Browse…"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("wordVectorsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_kind, 0, 0, 1, 2);
    layout->addWidget(m_path, 1, 0);
    layout->addWidget(m_browse, 1, 1);
    layout->addWidget(m_status, 2, 0, 1, 2);

    if (choice == QLatin1String("none")) {
        m_kind->setCurrentIndex(m_kind->findData(int(None)));
    } else if (!choice.isEmpty()) {
        m_kind->setCurrentIndex(m_kind->findData(int(File)));
        m_path->setText(choice);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WordVectorPicker::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &WordVectorPicker::updateState);
    connect(m_browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Word Vectors"), QFileInfo(m_path->text()).absolutePath(),
            tr("CanDist word vectors (*.cdv);;All files (*)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    updateState();
}

QString WordVectorPicker::choice() const
{
    switch (Kind(m_kind->currentData().toInt())) {
    case None:
        return QStringLiteral("none");
    case File:
        return m_path->text().trimmed();
    case Installed:
        break;
    }
    return {};
}

void WordVectorPicker::updateState()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    m_path->setVisible(kind == File);
    m_browse->setVisible(kind == File);
    switch (kind) {
    case Installed: {
        const QString path = installedWordVectorsPath();
        m_status->setText(QFileInfo::exists(path)
                              ? tr("Installed at %1").arg(path)
                              : tr("Not installed: the student trains without them. Run "
                                   "scripts/install_word_vectors to install them."));
        break;
    }
    case None:
        m_status->setText(tr("The student learns every word from the pool alone."));
        break;
    case File:
        m_status->setText(m_path->text().trimmed().isEmpty() ||
                                  QFileInfo::exists(m_path->text().trimmed())
                              ? QString()
                              : tr("No such file: the run will refuse to start."));
        break;
    }
}

} // namespace candist
