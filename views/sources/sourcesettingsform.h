#pragma once

#include "domain/sourcedescription.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace Signalbox {

// The settings of one source kind as a form generated from its SettingDescriptions: text and
// URLs in line edits, paths with Browse…, switches as check boxes, numbers in spin boxes, lists
// one item per line, maps in a two-column table. Required fields are marked, descriptions are
// shown under the fields, defaults are filled in.
//
// Each field's editor is named "setting_<key>" and its error label "error_<key>".
class SourceSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit SourceSettingsForm(QWidget *parent = nullptr);

    // Builds the fields anew, with the defaults. Relative paths start at workspaceFolder.
    void setDescription(const SourceDescription &description, const QString &workspaceFolder);
    const SourceDescription &description() const { return m_description; }

    // Fills the fields from a source's settings; settings it does not name keep their defaults.
    void setValues(const QVariantMap &settings);
    // What the fields say, typed as the workspace parser reads them; empty fields are left out.
    QVariantMap values() const;

    // Checks required fields, URLs and maps; shows each problem under its field and moves the
    // focus to the first. True when nothing needs fixing.
    bool validate();
    void clearErrors();

    // The width of the labels' column, to line it up with other forms.
    int labelColumnWidth() const;
    void setLabelColumnWidth(int width);

    // The focusable widgets in order, for the dialog's tab order.
    QList<QWidget *> focusChain() const;

    // "baseUrl" -> "Base URL": a label from a setting's key.
    static QString labelForKey(const QString &key);

Q_SIGNALS:
    void edited();

private:
    struct Field
    {
        SettingDescription setting;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
        QLineEdit *line = nullptr; // String, Url, Path
        QCheckBox *check = nullptr; // Bool
        QSpinBox *spin = nullptr; // Int
        QPlainTextEdit *list = nullptr; // StringList
        QTableWidget *table = nullptr; // Map
        QList<QWidget *> focusable; // the editor first, then its buttons
    };

    void addField(const SettingDescription &setting, int gridRow);
    void setFieldValue(Field &field, const QVariant &value);
    QVariant fieldValue(const Field &field) const;
    QString problemWith(const Field &field) const;

    SourceDescription m_description;
    QString m_workspaceFolder;
    QWidget *m_fields = nullptr; // rebuilt with each description
    QGridLayout *m_grid = nullptr;
    QList<Field> m_fieldList;
};

} // namespace Signalbox
