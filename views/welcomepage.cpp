#include "welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Signalbox {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(14);

    auto *title = new QLabel(tr("Signalbox"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *tagline
        = new QLabel(tr("See which failing service is the root cause, which deployments are "
                        "blocked and why, and the safe order to ship them in."),
                     column);
    tagline->setWordWrap(true);
    layout->addWidget(tagline);

    m_reasonFrame = new QFrame(column);
    m_reasonFrame->setFrameShape(QFrame::StyledPanel);
    m_reasonFrame->setObjectName(QStringLiteral("welcomeReason"));
    auto *reasonLayout = new QHBoxLayout(m_reasonFrame);
    auto *icon = new QLabel(m_reasonFrame);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    reasonLayout->addWidget(icon);
    m_reason = new QLabel(m_reasonFrame);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reasonLayout->addWidget(m_reason, 1);
    m_reasonFrame->hide();
    layout->addWidget(m_reasonFrame);

    auto *buttons = new QHBoxLayout;
    auto *demo = new QPushButton(tr("Open the &demo workspace"), column);
    demo->setDefault(true);
    demo->setToolTip(
        tr("An online shop of about 30 services with a cascade, a blocked deployment and a "
           "canary under way right now"));
    auto *open = new QPushButton(tr("&Open a workspace file…"), column);
    buttons->addWidget(demo);
    buttons->addWidget(open);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openFileRequested);

    m_recentTitle = new QLabel(tr("Recent workspaces"), column);
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    layout->addWidget(m_recentTitle);
    m_recent = new QListWidget(column);
    m_recent->setAccessibleName(tr("Recent workspaces"));
    m_recent->setMaximumHeight(180);
    layout->addWidget(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
    });
    layout->addStretch();

    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    auto *centre = new QVBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column);
    centre->addStretch(2);
    outer->addLayout(centre, 3);
    outer->addStretch();
    setRecentWorkspaces({});
}

void WelcomePage::setRecentWorkspaces(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(
            QFileInfo(path).fileName() + u"  —  "_s + QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentTitle->setVisible(!paths.isEmpty());
}

void WelcomePage::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reasonFrame->setVisible(!reason.isEmpty());
}

} // namespace Signalbox
