#include "servicedetailspanel.h"

#include "itemmodels/runlistmodel.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Signalbox {

ServiceDetailsPanel::ServiceDetailsPanel(RunListModel *runs, QWidget *parent)
    : QWidget(parent)
    , m_runs(runs)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setOpenExternalLinks(true);
    m_facts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_facts);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"verdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setFrameShape(QFrame::StyledPanel);
    m_verdict->setMargin(6);
    m_verdict->hide();
    layout->addWidget(m_verdict);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_runsView = new QTableView(this);
    m_runsView->setObjectName(QStringLiteral("recentRuns"));
    m_runsView->setAccessibleName(tr("Recent pipeline runs"));
    m_runsView->setModel(m_runs);
    m_runsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->setAlternatingRowColors(true);
    m_runsView->setShowGrid(false);
    m_runsView->verticalHeader()->hide();
    m_runsView->setWordWrap(false);
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Branch names can be long: they get a width of their own (which the person can change)
    // and are elided in the middle, where feature branch names differ least.
    m_runsView->horizontalHeader()->setSectionResizeMode(RunListModel::BranchColumn,
                                                         QHeaderView::Interactive);
    m_runsView->setColumnWidth(RunListModel::BranchColumn, 130);
    m_runsView->setTextElideMode(Qt::ElideMiddle);
    m_runsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_runsView, 1);
    connect(m_runsView, &QTableView::activated, this, [](const QModelIndex &index) {
        // Links come from source data: only web addresses are handed to the desktop.
        const QUrl url = index.data(RunListModel::UrlRole).toUrl();
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
            QDesktopServices::openUrl(url);
    });
    showNothing();
}

void ServiceDetailsPanel::showNothing()
{
    m_verdict->hide();
    m_title->setText(tr("No service selected"));
    m_facts->clear();
    m_message->setText(tr("Select a service to see its recent pipeline runs."));
    m_message->show();
    m_runs->setRuns({});
}

void ServiceDetailsPanel::showLoading(const QString &serviceName)
{
    m_title->setText(serviceName);
    m_message->setText(tr("Reading recent runs…"));
    m_message->show();
}

void ServiceDetailsPanel::showDetails(const ServiceDetails &details, const TriageEntry *triage,
                                      const DeployCheck *pending)
{
    // What a person on call or planning a release needs first: why it is red, and whether it can
    // go.
    QStringList verdict;
    if (triage) {
        QString headline;
        switch (triage->verdict) {
        case Verdict::RootCause:
            headline = tr("Root cause #%1").arg(triage->rank);
            break;
        case Verdict::Victim:
            headline = tr("Victim of %1").arg(triage->rootCause.toHtmlEscaped());
            break;
        case Verdict::Flaky:
            headline = tr("Flaky");
            break;
        case Verdict::Independent:
            headline = tr("Failing on its own");
            break;
        }
        verdict << u"<b>"_s + headline + u"</b><br>"_s + triage->reason.toHtmlEscaped();
    }
    if (pending) {
        if (pending->deployable) {
            verdict << tr("<b>%1 can go to %2</b> (now %3).")
                           .arg(pending->version.toHtmlEscaped(),
                                pending->environment.toHtmlEscaped(),
                                pending->currentVersion.isEmpty()
                                    ? tr("not deployed")
                                    : pending->currentVersion.toHtmlEscaped());
        } else {
            QString text
                = tr("<b>%1 is blocked for %2:</b>")
                      .arg(pending->version.toHtmlEscaped(), pending->environment.toHtmlEscaped());
            text += u"<ul style=\"margin-left:-20px\">"_s;
            for (const BlockedReason &r : pending->reasons)
                text += u"<li>"_s + r.sentence.toHtmlEscaped() + u"</li>"_s;
            verdict << text + u"</ul>"_s;
        }
    }
    m_verdict->setText(verdict.join(u"<br>"_s));
    m_verdict->setVisible(!verdict.isEmpty());

    const Service &s = details.service;
    m_title->setText(s.name);
    QStringList facts;
    if (!s.owner.isEmpty())
        facts << tr("Owner: <b>%1</b>").arg(s.owner.toHtmlEscaped());
    if (!s.system.isEmpty())
        facts << tr("System: %1").arg(s.system.toHtmlEscaped());
    if (s.tier > 0)
        facts << tr("Tier %1").arg(s.tier);
    facts << displayName(s.kind).toHtmlEscaped();
    QString text = facts.join(u" · "_s);
    const QUrl repository(s.repository);
    if (!s.repository.isEmpty()
        && (repository.scheme() != u"https" && repository.scheme() != u"http")) {
        text += QLatin1String("<br>") + s.repository.toHtmlEscaped();
    } else if (!s.repository.isEmpty()) {
        text += QLatin1String("<br>")
            + QStringLiteral("<a href=\"%1\">%2</a>")
                  .arg(s.repository.toHtmlEscaped(), s.repository.toHtmlEscaped());
    }
    // What runs where: the newest deployment to each environment, most recent first.
    QStringList deployed;
    for (const Deployment &d : details.latestDeployments) {
        QString entry
            = tr("%1 <b>%2</b>").arg(d.environment.toHtmlEscaped(), d.version.toHtmlEscaped());
        if (d.status != DeploymentStatus::Succeeded)
            entry += u" ("_s + displayName(d.status).toHtmlEscaped() + u')';
        deployed << entry;
    }
    if (!deployed.isEmpty())
        text += QLatin1String("<br>") + tr("Deployed: %1").arg(deployed.join(u" · "_s));
    if (!s.inCatalog)
        text += QLatin1String("<br><i>") + tr("Not in the catalog: seen only in a source's data.")
            + QLatin1String("</i>");
    m_facts->setText(text);
    m_runs->setRuns(details.recentRuns);
    if (details.recentRuns.isEmpty()) {
        m_message->setText(tr("No pipeline runs are known for %1.").arg(s.name));
        m_message->show();
    } else {
        m_message->hide();
    }
}

void ServiceDetailsPanel::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    m_runs->setRuns({});
}

} // namespace Signalbox
