#pragma once

#include <QFrame>

class QLabel;

namespace Signalbox {

// A tinted box with an icon and a few lines of text, for verdicts and errors inside a dialog
// (the Sources dialog's connection test and save errors). Hidden until a message is shown; the
// text can be selected and copied.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace Signalbox
