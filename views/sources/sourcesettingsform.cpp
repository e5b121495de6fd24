#include "sourcesettingsform.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

QString objectNameFor(const QString &prefix, const QString &key)
{
    return prefix + u'_' + key;
}

// Help text in a quieter shade of the window text, so it reads in light and dark themes.
void makeQuiet(QLabel *label)
{
    QPalette palette = label->palette();
    QColor colour = palette.color(QPalette::WindowText);
    colour.setAlphaF(0.7f);
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

void makeError(QLabel *label)
{
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(palette);
}

bool isFullUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
        && !url.host().isEmpty();
}

QStringList listLines(const QPlainTextEdit *edit)
{
    QStringList items;
    const QStringList lines = edit->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

} // namespace

SourceSettingsForm::SourceSettingsForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QString SourceSettingsForm::labelForKey(const QString &key)
{
    static const QHash<QString, QString> acronyms {
        {u"url"_s, u"URL"_s},   {u"urls"_s, u"URLs"_s}, {u"ca"_s, u"CA"_s},   {u"api"_s, u"API"_s},
        {u"id"_s, u"ID"_s},     {u"ids"_s, u"IDs"_s},   {u"ssl"_s, u"SSL"_s}, {u"tls"_s, u"TLS"_s},
        {u"http"_s, u"HTTP"_s}, {u"json"_s, u"JSON"_s}, {u"ci"_s, u"CI"_s},   {u"sha"_s, u"SHA"_s}};
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == u'_' || c == u'-' || c == u' ') {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
            continue;
        }
        if (c.isUpper() && !word.isEmpty()
            && (!word.back().isUpper() || (i + 1 < key.size() && key.at(i + 1).isLower()))) {
            words.append(word);
            word.clear();
        }
        word += c;
    }
    if (!word.isEmpty())
        words.append(word);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString lower = words.at(i).toLower();
        if (acronyms.contains(lower))
            words[i] = acronyms.value(lower);
        else
            words[i] = i == 0 ? lower.left(1).toUpper() + lower.mid(1) : lower;
    }
    return words.join(u' ');
}

void SourceSettingsForm::setDescription(const SourceDescription &description,
                                        const QString &workspaceFolder)
{
    m_description = description;
    m_workspaceFolder = workspaceFolder;
    m_fieldList.clear();
    delete m_fields;
    // Filled before it joins the layout: shown then, its fields are shown at once with it.
    m_fields = new QWidget(this);
    m_grid = new QGridLayout(m_fields);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    int row = 0;
    bool anyRequired = false;
    for (const SettingDescription &setting : description.settings) {
        addField(setting, row);
        row += 2;
        anyRequired = anyRequired || setting.required;
    }
    if (anyRequired) {
        auto *legend = new QLabel(tr("* required"), m_fields);
        makeQuiet(legend);
        m_grid->addWidget(legend, row, 1);
    }
    if (description.settings.isEmpty()) {
        auto *none = new QLabel(tr("This kind of source has no settings."), m_fields);
        makeQuiet(none);
        m_grid->addWidget(none, 0, 0, 1, 2);
    }
    layout()->addWidget(m_fields);
    m_fields->show();
}

void SourceSettingsForm::addField(const SettingDescription &setting, int gridRow)
{
    Field field;
    field.setting = setting;
    const QString name = labelForKey(setting.key);
    const QString tip = setting.description.isEmpty()
        ? tr("In the workspace file: %1").arg(setting.key)
        : tr("%1\nIn the workspace file: %2").arg(setting.description, setting.key);

    // Editing a field takes its complaint away.
    field.error = new QLabel(m_fields);
    QLabel *error = field.error;
    const auto changed = [this, error] {
        error->hide();
        Q_EMIT edited();
    };

    QWidget *editor = nullptr;
    Qt::Alignment labelAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    switch (setting.type) {
    case SettingDescription::Type::String:
    case SettingDescription::Type::Url:
        field.line = new QLineEdit(m_fields);
        if (setting.type == SettingDescription::Type::Url)
            field.line->setPlaceholderText(tr("https://…"));
        connect(field.line, &QLineEdit::textEdited, this, changed);
        editor = field.line;
        field.focusable = {field.line};
        break;
    case SettingDescription::Type::Path: {
        auto *row = new QWidget(m_fields);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        field.line = new QLineEdit(row);
        auto *browse = new QPushButton(tr("&Browse…"), row);
        browse->setObjectName(objectNameFor(u"browse"_s, setting.key));
        browse->setAutoDefault(false); // Enter is OK wherever the focus is
        layout->addWidget(field.line, 1);
        layout->addWidget(browse);
        QLineEdit *line = field.line;
        connect(line, &QLineEdit::textEdited, this, changed);
        connect(browse, &QPushButton::clicked, this, [this, line, name, changed] {
            const QString current = line->text().trimmed();
            const QString start = current.isEmpty()
                ? m_workspaceFolder
                : QFileInfo(QDir(m_workspaceFolder).absoluteFilePath(current)).absolutePath();
            const QString chosen = QFileDialog::getOpenFileName(
                this, tr("Choose the file for “%1”").arg(name), start);
            if (chosen.isEmpty())
                return;
            // Inside the workspace's folder the path is kept relative, so the folder can move.
            const QString relative = QDir(m_workspaceFolder).relativeFilePath(chosen);
            line->setText(relative.startsWith(u".."_s) || m_workspaceFolder.isEmpty()
                              ? QDir::toNativeSeparators(chosen)
                              : relative);
            changed();
        });
        editor = row;
        field.focusable = {field.line, browse};
        break;
    }
    case SettingDescription::Type::Bool:
        field.check = new QCheckBox(name, m_fields);
        connect(field.check, &QCheckBox::toggled, this, changed);
        editor = field.check;
        field.focusable = {field.check};
        break;
    case SettingDescription::Type::Int: {
        auto *row = new QWidget(m_fields);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        field.spin = new QSpinBox(row);
        const int defaultValue = setting.defaultValue.isValid() ? setting.defaultValue.toInt() : 0;
        // Without a default, an optional number can stay unset: the spin box's lowest value.
        const bool unsettable = !setting.required && !setting.defaultValue.isValid();
        field.spin->setRange(unsettable ? -1 : std::min(0, defaultValue),
                             std::max(1'000'000, defaultValue));
        if (unsettable) {
            field.spin->setSpecialValueText(tr("Not set"));
            field.spin->setValue(-1);
        }
        field.spin->setAccelerated(true);
        field.spin->setMinimumWidth(field.spin->fontMetrics().horizontalAdvance(u"0000000000"_s));
        layout->addWidget(field.spin);
        layout->addStretch(1);
        connect(field.spin, &QSpinBox::valueChanged, this, changed);
        editor = row;
        field.focusable = {field.spin};
        break;
    }
    case SettingDescription::Type::StringList:
        field.list = new QPlainTextEdit(m_fields);
        field.list->setTabChangesFocus(true);
        field.list->setPlaceholderText(tr("One per line"));
        field.list->setFixedHeight(field.list->fontMetrics().lineSpacing() * 4 + 12);
        connect(field.list, &QPlainTextEdit::textChanged, this, changed);
        editor = field.list;
        field.focusable = {field.list};
        labelAlignment = Qt::AlignLeft | Qt::AlignTop;
        break;
    case SettingDescription::Type::Map: {
        auto *box = new QWidget(m_fields);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        field.table = new QTableWidget(0, 2, box);
        field.table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
        field.table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        field.table->verticalHeader()->hide();
        field.table->setTabKeyNavigation(false);
        field.table->setSelectionBehavior(QAbstractItemView::SelectRows);
        field.table->setEditTriggers(
            QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
            | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
        field.table->setFixedHeight(field.table->horizontalHeader()->sizeHint().height()
                                    + field.table->verticalHeader()->defaultSectionSize() * 3 + 4);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add ro&w"), box);
        auto *remove = new QPushButton(tr("Re&move row"), box);
        add->setObjectName(objectNameFor(u"addRow"_s, setting.key));
        remove->setObjectName(objectNameFor(u"removeRow"_s, setting.key));
        add->setAutoDefault(false);
        remove->setAutoDefault(false);
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        layout->addWidget(field.table);
        layout->addLayout(buttons);
        QTableWidget *table = field.table;
        connect(add, &QPushButton::clicked, this, [table, changed] {
            const int newRow = table->rowCount();
            table->insertRow(newRow);
            table->setItem(newRow, 0, new QTableWidgetItem);
            table->setItem(newRow, 1, new QTableWidgetItem);
            table->setFocus();
            table->setCurrentCell(newRow, 0);
            table->editItem(table->item(newRow, 0));
            changed();
        });
        connect(remove, &QPushButton::clicked, this, [table, changed] {
            const int current = table->currentRow();
            if (current < 0)
                return;
            table->removeRow(current);
            changed();
        });
        const auto updateRemove = [table, remove] {
            remove->setEnabled(table->currentRow() >= 0);
        };
        connect(table, &QTableWidget::currentCellChanged, remove, updateRemove);
        connect(table, &QTableWidget::itemChanged, this, changed);
        updateRemove();
        editor = box;
        field.focusable = {field.table, add, remove};
        labelAlignment = Qt::AlignLeft | Qt::AlignTop;
        break;
    }
    }
    field.focusable.constFirst()->setObjectName(objectNameFor(u"setting"_s, setting.key));
    field.focusable.constFirst()->setToolTip(tip);

    if (setting.type != SettingDescription::Type::Bool) {
        const QString text = setting.required ? tr("%1 *:").arg(name) : tr("%1:").arg(name);
        field.label = new QLabel(text, m_fields);
        field.label->setObjectName(objectNameFor(u"label"_s, setting.key));
        field.label->setBuddy(field.focusable.constFirst());
        field.label->setToolTip(tip);
        // Beside a tall editor the label sits at its first line.
        if (labelAlignment & Qt::AlignTop)
            field.label->setContentsMargins(0, 4, 0, 0);
        m_grid->addWidget(field.label, gridRow, 0, labelAlignment);
    }
    m_grid->addWidget(editor, gridRow, 1);

    auto *details = new QWidget(m_fields);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 8);
    detailsLayout->setSpacing(2);
    field.error->setParent(details);
    field.error->setObjectName(objectNameFor(u"error"_s, setting.key));
    field.error->setWordWrap(true);
    makeError(field.error);
    field.error->hide();
    detailsLayout->addWidget(field.error);
    if (!setting.description.isEmpty()) {
        auto *help = new QLabel(setting.description, details);
        help->setObjectName(objectNameFor(u"help"_s, setting.key));
        help->setWordWrap(true);
        makeQuiet(help);
        detailsLayout->addWidget(help);
    }
    m_grid->addWidget(details, gridRow + 1, 1);

    setFieldValue(field, setting.defaultValue);
    m_fieldList.append(field);
}

void SourceSettingsForm::setFieldValue(Field &field, const QVariant &value)
{
    switch (field.setting.type) {
    case SettingDescription::Type::String:
    case SettingDescription::Type::Url:
    case SettingDescription::Type::Path:
        field.line->setText(value.toString());
        break;
    case SettingDescription::Type::Bool:
        field.check->setChecked(value.toBool());
        break;
    case SettingDescription::Type::Int:
        field.spin->setValue(value.isValid() ? value.toInt() : field.spin->minimum());
        break;
    case SettingDescription::Type::StringList:
        field.list->setPlainText(value.toStringList().join(u'\n'));
        break;
    case SettingDescription::Type::Map: {
        const QVariantMap map = value.toMap();
        field.table->setRowCount(0);
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const int row = field.table->rowCount();
            field.table->insertRow(row);
            field.table->setItem(row, 0, new QTableWidgetItem(it.key()));
            field.table->setItem(row, 1, new QTableWidgetItem(it.value().toString()));
        }
        break;
    }
    }
}

QVariant SourceSettingsForm::fieldValue(const Field &field) const
{
    switch (field.setting.type) {
    case SettingDescription::Type::String:
    case SettingDescription::Type::Url:
    case SettingDescription::Type::Path: {
        const QString text = field.line->text().trimmed();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case SettingDescription::Type::Bool:
        return field.check->isChecked();
    case SettingDescription::Type::Int:
        if (!field.spin->specialValueText().isEmpty()
            && field.spin->value() == field.spin->minimum())
            return {};
        return field.spin->value();
    case SettingDescription::Type::StringList: {
        const QStringList items = listLines(field.list);
        return items.isEmpty() ? QVariant() : QVariant(items);
    }
    case SettingDescription::Type::Map: {
        QVariantMap map;
        for (int row = 0; row < field.table->rowCount(); ++row) {
            const QTableWidgetItem *key = field.table->item(row, 0);
            const QTableWidgetItem *value = field.table->item(row, 1);
            const QString keyText = key ? key->text().trimmed() : QString();
            if (!keyText.isEmpty())
                map.insert(keyText, value ? value->text().trimmed() : QString());
        }
        return map.isEmpty() ? QVariant() : QVariant(map);
    }
    }
    return {};
}

void SourceSettingsForm::setValues(const QVariantMap &settings)
{
    for (Field &field : m_fieldList) {
        if (settings.contains(field.setting.key))
            setFieldValue(field, settings.value(field.setting.key));
    }
}

QVariantMap SourceSettingsForm::values() const
{
    QVariantMap settings;
    for (const Field &field : m_fieldList) {
        const QVariant value = fieldValue(field);
        if (value.isValid())
            settings.insert(field.setting.key, value);
    }
    return settings;
}

QString SourceSettingsForm::problemWith(const Field &field) const
{
    const QVariant value = fieldValue(field);
    if (field.setting.type == SettingDescription::Type::Map) {
        QSet<QString> seen;
        for (int row = 0; row < field.table->rowCount(); ++row) {
            const QTableWidgetItem *key = field.table->item(row, 0);
            const QTableWidgetItem *item = field.table->item(row, 1);
            const QString keyText = key ? key->text().trimmed() : QString();
            if (keyText.isEmpty() && item && !item->text().trimmed().isEmpty())
                return tr("Row %1 has a value but no key.").arg(row + 1);
            if (!keyText.isEmpty() && seen.contains(keyText))
                return tr("“%1” appears twice.").arg(keyText);
            seen.insert(keyText);
        }
    }
    if (field.setting.required && !value.isValid()) {
        switch (field.setting.type) {
        case SettingDescription::Type::StringList:
            return tr("Enter at least one, one per line.");
        case SettingDescription::Type::Map:
            return tr("Add at least one row.");
        default:
            return tr("This field is required.");
        }
    }
    if (field.setting.type == SettingDescription::Type::Url && value.isValid()
        && !isFullUrl(value.toString()))
        return tr("Enter a full address such as https://ci.example.com.");
    return {};
}

void SourceSettingsForm::clearErrors()
{
    for (const Field &field : std::as_const(m_fieldList))
        field.error->hide();
}

bool SourceSettingsForm::validate()
{
    QWidget *firstProblem = nullptr;
    for (const Field &field : std::as_const(m_fieldList)) {
        const QString problem = problemWith(field);
        field.error->setText(problem);
        field.error->setVisible(!problem.isEmpty());
        if (!problem.isEmpty() && !firstProblem)
            firstProblem = field.focusable.constFirst();
    }
    if (firstProblem)
        firstProblem->setFocus(Qt::OtherFocusReason);
    return !firstProblem;
}

int SourceSettingsForm::labelColumnWidth() const
{
    int width = 0;
    for (const Field &field : m_fieldList) {
        if (field.label)
            width = std::max(width, field.label->sizeHint().width());
    }
    return width;
}

void SourceSettingsForm::setLabelColumnWidth(int width)
{
    if (m_grid)
        m_grid->setColumnMinimumWidth(0, width);
}

QList<QWidget *> SourceSettingsForm::focusChain() const
{
    QList<QWidget *> chain;
    for (const Field &field : m_fieldList)
        chain += field.focusable;
    return chain;
}

} // namespace Signalbox
