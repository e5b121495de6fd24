#pragma once

#include "graph/graphdata.h"

#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class QToolBar;

namespace Signalbox {

class GraphScene;
class GraphView;
class OverviewMap;
enum class GraphMode;

// The graph tab: a toolbar (modes, grouping, filters, focus, search, export), the view and its
// overview map. Selection is shared with the rest of the window through currentServiceChanged
// and setCurrentService.
class GraphPage : public QWidget
{
    Q_OBJECT

public:
    explicit GraphPage(QWidget *parent = nullptr);
    ~GraphPage() override;

    void setGraph(GraphDataPtr graph);
    void setCurrentService(const QString &name);
    void setMode(GraphMode mode);
    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QString summaryText() const;
    QList<QAction *> modeActions() const;

    // Export; each asks for a file name and reports errors in a message box.
    void exportPng();
    void exportSvg();
    void copyPlanMarkdown();
    void savePlanMarkdown();

Q_SIGNALS:
    void currentServiceChanged(const QString &name);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createToolBar();
    void applyFilters();
    void updateFilterChoices();
    void updateSummary();
    void searchAndCentre();
    void showNodeMenu(const QString &service, const QPoint &globalPos);
    void placeOverviewMap();
    void saveSettings() const;
    QString askFileName(const QString &caption, const QString &suffix, const QString &filter);

    GraphScene *m_scene;
    GraphView *m_view;
    OverviewMap *m_map;
    QToolBar *m_toolBar;
    QToolBar *m_filterBar;
    QActionGroup *m_modes;
    QComboBox *m_grouping;
    QComboBox *m_team;
    QComboBox *m_status;
    QComboBox *m_tier;
    QToolButton *m_infrastructure;
    QSpinBox *m_hops;
    QLineEdit *m_search;
    QLabel *m_summary;
    bool m_fitPending = true;
};

} // namespace Signalbox
