#include "label_schema_editor.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "error_line.h"
#include "label_colors.h"
#include "model/error.h"

namespace candist {

LabelSchemaEditor::LabelSchemaEditor(const LabelSchema &schema, bool labelsInUse, QWidget *parent)
    : QDialog(parent), m_labelsInUse(labelsInUse), m_originalSize(schema.size())
{
    setWindowTitle(tr("Label Schema"));
    resize(820, 420);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Labels the teacher chooses from and the student learns. Descriptions and aliases go "
           "into the teacher's prompt; hotkeys record your decisions in the detail panel."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Labels"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Description"),
                                        tr("Aliases (comma separated)"), tr("Hotkey"),
                                        tr("Colour")});
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AliasesColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    layout->addWidget(m_table, 1);
    for (int i = 0; i < schema.size(); ++i)
        addRow(schema.at(i), i);

    auto *tools = new QHBoxLayout;
    m_add = new QToolButton(this);
    m_add->setText(tr("&Add label"));
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remove = new QToolButton(this);
    m_remove->setText(tr("&Remove label"));
    m_remove->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_defaults = new QToolButton(this);
    m_defaults->setText(tr("Fill in &hotkeys and colours"));
    tools->addWidget(m_add);
    tools->addWidget(m_remove);
    tools->addWidget(m_defaults);
    tools->addStretch();
    layout->addLayout(tools);

    m_error = new ErrorLine(this);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LabelSchemaEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LabelSchemaEditor::reject);
    connect(m_add, &QToolButton::clicked, this, [this] {
        addRow(Label{tr("label %1").arg(m_table->rowCount() + 1), {}, {}, {}, {}},
               m_table->rowCount());
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
        updateButtons();
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
        updateButtons();
    });
    connect(m_defaults, &QToolButton::clicked, this, [this] {
        LabelSchema filled = this->schema();
        filled.assignDefaults();
        m_table->setRowCount(0);
        for (int i = 0; i < filled.size(); ++i)
            addRow(filled.at(i), i);
        updateButtons();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == ColorColumn)
            pickColor(row);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &LabelSchemaEditor::updateButtons);
    updateButtons();
}

void LabelSchemaEditor::addRow(const Label &label, int index)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(label.name));
    m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(label.description));
    m_table->setItem(row, AliasesColumn,
                     new QTableWidgetItem(label.aliases.join(QStringLiteral(", "))));
    m_table->setItem(row, HotkeyColumn, new QTableWidgetItem(label.hotkey));
    auto *color = new QTableWidgetItem(label.color);
    color->setToolTip(tr("#rrggbb; double-click to pick, empty for the palette colour"));
    LabelSchema single(QVector<Label>{label});
    QPixmap swatch(14, 14);
    swatch.fill(label.color.isEmpty() ? labelColor(LabelSchema(), index) : QColor(label.color));
    color->setIcon(QIcon(swatch));
    m_table->setItem(row, ColorColumn, color);
}

void LabelSchemaEditor::pickColor(int row)
{
    QTableWidgetItem *item = m_table->item(row, ColorColumn);
    const QColor chosen = QColorDialog::getColor(QColor(item->text()), this, tr("Label colour"));
    if (!chosen.isValid())
        return;
    item->setText(chosen.name());
    QPixmap swatch(14, 14);
    swatch.fill(chosen);
    item->setIcon(QIcon(swatch));
}

void LabelSchemaEditor::updateButtons()
{
    // Indices are what the store's annotations refer to: once used, only appending is safe.
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0 && (!m_labelsInUse || row >= m_originalSize));
    m_remove->setToolTip(m_labelsInUse && row >= 0 && row < m_originalSize
                             ? tr("Annotations refer to this label; rename it instead")
                             : QString());
}

LabelSchema LabelSchemaEditor::schema() const
{
    QVector<Label> labels;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Label label;
        label.name = m_table->item(row, NameColumn)->text().trimmed();
        label.description = m_table->item(row, DescriptionColumn)->text().trimmed();
        for (const QString &alias :
             m_table->item(row, AliasesColumn)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!alias.trimmed().isEmpty())
                label.aliases << alias.trimmed();
        label.hotkey = m_table->item(row, HotkeyColumn)->text().trimmed();
        label.color = m_table->item(row, ColorColumn)->text().trimmed();
        labels << label;
    }
    return LabelSchema(labels);
}

void LabelSchemaEditor::accept()
{
    const bool valid = m_error->check([this] {
        const LabelSchema edited = schema();
        edited.validate(tr("label schema"));
        for (const Label &label : edited.labels()) {
            if (!label.color.isEmpty() && !QColor(label.color).isValid())
                throw Error(tr("label %1: colour \"%2\" is not a #rrggbb colour")
                                .arg(label.name, label.color));
            if (label.hotkey.size() > 1)
                throw Error(
                    tr("label %1: hotkey \"%2\" must be one key").arg(label.name, label.hotkey));
            // Space, Enter, arrows and "?" drive the review mode: a hotkey is a letter or a digit
            // so that it can never clash with them.
            if (label.hotkey.size() == 1 && !label.hotkey.at(0).isLetterOrNumber())
                throw Error(tr("label %1: hotkey \"%2\" must be a letter or a digit (Space, "
                               "Enter, arrows and ? are review keys)")
                                .arg(label.name, label.hotkey));
        }
    });
    if (valid)
        QDialog::accept();
}

} // namespace candist
