#include "messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

QColor accent(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Positive:
        return QColor(0x2e, 0x7d, 0x32);
    case MessageBanner::Kind::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case MessageBanner::Kind::Error:
        return QColor(0xc6, 0x28, 0x28);
    case MessageBanner::Kind::Information:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

QStyle::StandardPixmap iconFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Positive:
        return QStyle::SP_DialogApplyButton;
    case MessageBanner::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBanner::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBanner::Kind::Information:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"messageText"_s);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    applyColours();
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        applyColours();
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    // A tint of the accent over the window colour reads in light and dark themes alike.
    QColor fill = accent(m_kind);
    fill.setAlpha(38);
    QColor border = accent(m_kind);
    border.setAlpha(150);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBanner::applyColours()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(m_kind), nullptr, this).pixmap(size, size));
    update();
}

} // namespace Signalbox
