#pragma once

#include <QWidget>

class QAction;
class QTableView;

namespace Signalbox {

class SourceStatusModel;

// The Sources dock: every source's freshness at a glance, with refresh, cancel and editing. It
// only asks for work through signals; the app runs it.
class SourcesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SourcesPanel(SourceStatusModel *model, QWidget *parent = nullptr);

    QString currentSource() const;
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void refreshRequested(const QString &source); // empty: every source
    void cancelRequested(const QString &source); // empty: every running sync
    void addRequested();
    void editRequested(const QString &source);
    void removeRequested(const QString &source);

private:
    void updateActions();

    SourceStatusModel *m_model;
    QTableView *m_view;
    QAction *m_refreshOne;
    QAction *m_cancel;
    QAction *m_edit;
    QAction *m_remove;
};

} // namespace Signalbox
