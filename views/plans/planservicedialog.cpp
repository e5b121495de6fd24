#include "planservicedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Signalbox {

PlanServiceDialog::PlanServiceDialog(const QStringList &services,
                                     const QHash<QString, QString> &suggestedVersions,
                                     QWidget *parent)
    : QDialog(parent)
    , m_suggested(suggestedVersions)
    , m_service(new QComboBox(this))
    , m_version(new QLineEdit(this))
{
    setWindowTitle(tr("Add Service"));
    m_service->setObjectName(u"planServiceBox"_s);
    m_service->addItems(services);
    m_version->setObjectName(u"planVersionField"_s);
    m_version->setPlaceholderText(tr("The version to ship, e.g. 5.3.0"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Version:"), m_version);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    box->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(box);
    connect(m_service, &QComboBox::currentTextChanged, this, [this](const QString &service) {
        // A version the person typed stays; a suggestion follows the service.
        if (m_version->text().isEmpty() || !m_version->isModified())
            m_version->setText(m_suggested.value(service));
        updateOk();
    });
    connect(m_version, &QLineEdit::textChanged, this, &PlanServiceDialog::updateOk);
    m_version->setText(m_suggested.value(m_service->currentText()));
    updateOk();
}

QString PlanServiceDialog::service() const
{
    return m_service->currentText();
}

QString PlanServiceDialog::version() const
{
    return m_version->text().trimmed();
}

void PlanServiceDialog::updateOk()
{
    auto *box = findChild<QDialogButtonBox *>();
    if (box)
        box->button(QDialogButtonBox::Ok)->setEnabled(!service().isEmpty() && !version().isEmpty());
}

} // namespace Signalbox
