#include "planexport.h"

#include "planspanel.h"
#include "report/planreport.h"
#include "reportfiles.h"
#include "reportpdf.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

struct ExportTr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PlanExport)
};

const auto LastExportFolderKey = u"plans/exportFolder"_s;

// A file name from the plan's name: letters, digits and dashes.
QString fileNameOf(const ReleasePlan &plan, const QString &suffix)
{
    QString name;
    for (const QChar c : plan.name.toLower()) {
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.endsWith(u'-'))
            name += u'-';
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    return (name.isEmpty() ? u"release-plan"_s : name) + suffix;
}

void exportMarkdown(PlansPanel *panel)
{
    const ReleasePlan *plan = panel->currentPlan();
    const PlanStatus *status = panel->currentStatus();
    if (!plan || !status)
        return;
    const QString path
        = askReportPath(panel, LastExportFolderKey, ExportTr::tr("Export Markdown"),
                        fileNameOf(*plan, u".md"_s), ExportTr::tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeReportText(path, toMarkdown(planReport(*plan, *status)), &error)) {
        Q_EMIT panel->exportFailed(error);
        return;
    }
    Q_EMIT panel->exported(path);
}

void exportPdf(PlansPanel *panel)
{
    const ReleasePlan *plan = panel->currentPlan();
    const PlanStatus *status = panel->currentStatus();
    if (!plan || !status)
        return;
    const QString path = askReportPath(panel, LastExportFolderKey, ExportTr::tr("Export PDF"),
                                       fileNameOf(*plan, u".pdf"_s), ExportTr::tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writePlanPdf(*plan, *status, path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        Q_EMIT panel->exportFailed(error);
        return;
    }
    Q_EMIT panel->exported(path);
}

void copyWave(PlansPanel *panel)
{
    const ReleasePlan *plan = panel->currentPlan();
    const PlanStatus *status = panel->currentStatus();
    const int wave = panel->currentWave();
    if (!plan || !status || wave <= 0)
        return;
    QApplication::clipboard()->setText(waveChecklist(*plan, *status, wave));
    Q_EMIT panel->exported({});
}

} // namespace

bool writePlanPdf(const ReleasePlan &plan, const PlanStatus &status, const QString &path,
                  QString *error)
{
    return writeReportPdf(path, ExportTr::tr("Release plan: %1").arg(plan.name),
                          toHtml(planReport(plan, status)), error);
}

void connectPlanExports(PlansPanel *panel)
{
    QObject::connect(panel->exportMarkdownAction(), &QAction::triggered, panel,
                     [panel] { exportMarkdown(panel); });
    QObject::connect(panel->exportPdfAction(), &QAction::triggered, panel,
                     [panel] { exportPdf(panel); });
    QObject::connect(panel->copyWaveAction(), &QAction::triggered, panel,
                     [panel] { copyWave(panel); });
    for (QAction *action :
         {panel->exportMarkdownAction(), panel->exportPdfAction(), panel->copyWaveAction()})
        action->setVisible(true);
}

} // namespace Signalbox
