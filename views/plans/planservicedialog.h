#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace Signalbox {

// Asks for a service of the catalog and the version to ship of it: a plan's service added by
// hand. Offers the version the pending changes know, when there is one.
class PlanServiceDialog : public QDialog
{
    Q_OBJECT

public:
    // suggestedVersions: service → the version pending for the plan's environment.
    PlanServiceDialog(const QStringList &services, const QHash<QString, QString> &suggestedVersions,
                      QWidget *parent = nullptr);

    QString service() const;
    QString version() const;
    QComboBox *serviceBox() const { return m_service; }
    QLineEdit *versionField() const { return m_version; }

private:
    void updateOk();

    QHash<QString, QString> m_suggested;
    QComboBox *m_service;
    QLineEdit *m_version;
};

} // namespace Signalbox
