#pragma once

#include <QDialog>

#include "model/label_schema.h"

class QDialogButtonBox;
class QLabel;
class QTableWidget;
class QToolButton;

namespace candist {

class ErrorLine;

// Edits the label schema: name, description, aliases, hotkey and colour per label. The result is
// validated (LabelSchema::validate) before the dialog accepts; the caller turns it into one undo
// step. Labels cannot be removed or reordered once annotations refer to their indices.
class LabelSchemaEditor : public QDialog
{
    Q_OBJECT
public:
    LabelSchemaEditor(const LabelSchema &schema, bool labelsInUse, QWidget *parent = nullptr);

    LabelSchema schema() const;

    void accept() override;

private:
    enum Column
    {
        NameColumn,
        DescriptionColumn,
        AliasesColumn,
        HotkeyColumn,
        ColorColumn,
        ColumnCount
    };
    void addRow(const Label &label, int index);
    void pickColor(int row);
    void updateButtons();

    bool m_labelsInUse;
    int m_originalSize;
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_defaults;
    ErrorLine *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace candist
