#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QFrame;

namespace Signalbox {

// Shown when no workspace is open: open the demo, open a file, or pick a recent one; and, when an
// attempt to open failed, why.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentWorkspaces(const QStringList &paths);
    void setReason(const QString &reason); // empty hides it

Q_SIGNALS:
    void openDemoRequested();
    void openFileRequested();
    void openRecentRequested(const QString &path);

private:
    QLabel *m_reason;
    QFrame *m_reasonFrame;
    QListWidget *m_recent;
    QLabel *m_recentTitle;
};

} // namespace Signalbox
