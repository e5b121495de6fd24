#include "status.h"

#include "tr.h"
#include "wordtable.h"

#include <QColor>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Signalbox {

namespace {

// The status enums all have Unknown, written "unknown", which is also accepted when read.
template<typename Enum, std::size_t N>
QString statusWord(const WordTable<Enum, N> &table, Enum value)
{
    return Signalbox::wordFor(table, value, u"unknown");
}

template<typename Enum, std::size_t N>
Enum statusFromWord(const WordTable<Enum, N> &table, QStringView word, bool *ok)
{
    bool found = false;
    const Enum value = Signalbox::enumFor(table, word, Enum::Unknown, &found);
    if (ok)
        *ok = found || word.compare(u"unknown", Qt::CaseInsensitive) == 0;
    return value;
}

constexpr std::array runWords {
    std::pair {RunStatus::Queued, QStringView(u"queued")},
    std::pair {RunStatus::Running, QStringView(u"running")},
    std::pair {RunStatus::Succeeded, QStringView(u"success")},
    std::pair {RunStatus::Failed, QStringView(u"failed")},
    std::pair {RunStatus::Cancelled, QStringView(u"cancelled")},
    std::pair {RunStatus::Skipped, QStringView(u"skipped")},
};

constexpr std::array deploymentWords {
    std::pair {DeploymentStatus::Pending, QStringView(u"pending")},
    std::pair {DeploymentStatus::InProgress, QStringView(u"in_progress")},
    std::pair {DeploymentStatus::Succeeded, QStringView(u"success")},
    std::pair {DeploymentStatus::Failed, QStringView(u"failed")},
    std::pair {DeploymentStatus::RolledBack, QStringView(u"rolled_back")},
    std::pair {DeploymentStatus::Inactive, QStringView(u"inactive")},
};

constexpr std::array rolloutWords {
    std::pair {RolloutPhase::Progressing, QStringView(u"progressing")},
    std::pair {RolloutPhase::Paused, QStringView(u"paused")},
    std::pair {RolloutPhase::Healthy, QStringView(u"healthy")},
    std::pair {RolloutPhase::Degraded, QStringView(u"degraded")},
    std::pair {RolloutPhase::Aborted, QStringView(u"aborted")},
};

constexpr std::array analysisWords {
    std::pair {AnalysisPhase::Pending, QStringView(u"pending")},
    std::pair {AnalysisPhase::Running, QStringView(u"running")},
    std::pair {AnalysisPhase::Successful, QStringView(u"successful")},
    std::pair {AnalysisPhase::Failed, QStringView(u"failed")},
    std::pair {AnalysisPhase::Error, QStringView(u"error")},
    std::pair {AnalysisPhase::Inconclusive, QStringView(u"inconclusive")},
};

constexpr std::array verificationWords {
    std::pair {VerificationResult::Success, QStringView(u"success")},
    std::pair {VerificationResult::Failed, QStringView(u"failed")},
};

constexpr std::array strategyWords {
    std::pair {RolloutStrategy::Canary, QStringView(u"canary")},
    std::pair {RolloutStrategy::BlueGreen, QStringView(u"blueGreen")},
    std::pair {RolloutStrategy::Rolling, QStringView(u"rolling")},
};

constexpr std::array dependencyWords {
    std::pair {DependencyKind::Sync, QStringView(u"sync")},
    std::pair {DependencyKind::Async, QStringView(u"async")},
    std::pair {DependencyKind::Datastore, QStringView(u"datastore")},
};

constexpr std::array serviceKindWords {
    std::pair {ServiceKind::Service, QStringView(u"service")},
    std::pair {ServiceKind::Frontend, QStringView(u"frontend")},
    std::pair {ServiceKind::Gateway, QStringView(u"gateway")},
    std::pair {ServiceKind::Datastore, QStringView(u"datastore")},
    std::pair {ServiceKind::Broker, QStringView(u"broker")},
    std::pair {ServiceKind::Observability, QStringView(u"observability")},
};

constexpr std::array healthWords {
    std::pair {Health::Healthy, QStringView(u"healthy")},
    std::pair {Health::InProgress, QStringView(u"in_progress")},
    std::pair {Health::Warning, QStringView(u"warning")},
    std::pair {Health::Failing, QStringView(u"failing")},
};

// Draws the status glyph as vectors at whatever size and device pixel ratio is asked for,
// so icons stay sharp on high-DPI screens without shipping a bitmap per scale.
class HealthIconEngine final : public QIconEngine
{
public:
    explicit HealthIconEngine(Health health)
        : m_health(health)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        Signalbox::paintHealthGlyph(painter, QRectF(rect), m_health, mode == QIcon::Disabled);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new HealthIconEngine(m_health); }
    QString key() const override { return u"signalbox-health"_s; }

private:
    Health m_health;
};

} // namespace

void paintHealthGlyph(QPainter *painter, const QRectF &rect, Health health, bool disabled)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = healthColor(health);
    if (disabled)
        color.setAlphaF(0.4f);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                     rect.y() + (rect.height() - side) / 2.0, side, side);
    const QRectF inner = box.adjusted(side * 0.08, side * 0.08, -side * 0.08, -side * 0.08);
    QPen glyph(Qt::white, qMax(1.0, side * 0.13), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    switch (health) {
    case Health::Healthy: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(inner);
        painter->setPen(glyph);
        QPainterPath tick;
        tick.moveTo(inner.left() + inner.width() * 0.27, inner.top() + inner.height() * 0.52);
        tick.lineTo(inner.left() + inner.width() * 0.44, inner.top() + inner.height() * 0.69);
        tick.lineTo(inner.left() + inner.width() * 0.74, inner.top() + inner.height() * 0.34);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
        break;
    }
    case Health::Failing: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        // A square-ish octagon reads as "stop" even without colour.
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal angle = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << QPointF(inner.center().x() + inner.width() / 2.0 * std::cos(angle),
                               inner.center().y() + inner.height() / 2.0 * std::sin(angle));
        }
        painter->drawPolygon(octagon);
        painter->setPen(glyph);
        const qreal d = inner.width() * 0.2;
        painter->drawLine(inner.center() + QPointF(-d, -d), inner.center() + QPointF(d, d));
        painter->drawLine(inner.center() + QPointF(-d, d), inner.center() + QPointF(d, -d));
        break;
    }
    case Health::Warning: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        QPolygonF triangle;
        triangle << QPointF(inner.center().x(), inner.top())
                 << QPointF(inner.right(), inner.bottom() - inner.height() * 0.08)
                 << QPointF(inner.left(), inner.bottom() - inner.height() * 0.08);
        painter->drawPolygon(triangle);
        painter->setPen(glyph);
        painter->drawLine(QPointF(inner.center().x(), inner.top() + inner.height() * 0.35),
                          QPointF(inner.center().x(), inner.top() + inner.height() * 0.62));
        painter->drawPoint(QPointF(inner.center().x(), inner.top() + inner.height() * 0.78));
        break;
    }
    case Health::InProgress: {
        // A half-filled ring: something is moving, not finished.
        painter->setPen(QPen(color, qMax(1.0, side * 0.12)));
        painter->setBrush(Qt::NoBrush);
        const QRectF ring = inner.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06);
        painter->drawEllipse(ring);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPie(ring, 90 * 16, -180 * 16);
        break;
    }
    case Health::Unknown: {
        painter->setPen(QPen(color, qMax(1.0, side * 0.1), Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner.adjusted(side * 0.05, side * 0.05, -side * 0.05, -side * 0.05));
        QFont font = painter->font();
        font.setPixelSize(qMax(6, int(side * 0.62)));
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(inner, Qt::AlignCenter, u"?"_s);
        break;
    }
    }
    painter->restore();
}

QString toWord(RunStatus v)
{
    return statusWord(runWords, v);
}
QString toWord(DeploymentStatus v)
{
    return statusWord(deploymentWords, v);
}
QString toWord(RolloutPhase v)
{
    return statusWord(rolloutWords, v);
}
QString toWord(AnalysisPhase v)
{
    return statusWord(analysisWords, v);
}
QString toWord(VerificationResult v)
{
    return statusWord(verificationWords, v);
}
QString toWord(RolloutStrategy v)
{
    return statusWord(strategyWords, v);
}
QString toWord(DependencyKind v)
{
    return statusWord(dependencyWords, v);
}
QString toWord(ServiceKind v)
{
    return statusWord(serviceKindWords, v);
}
QString toWord(Health v)
{
    return statusWord(healthWords, v);
}

RunStatus runStatusFromWord(QStringView w, bool *ok)
{
    return statusFromWord(runWords, w, ok);
}
DeploymentStatus deploymentStatusFromWord(QStringView w, bool *ok)
{
    return statusFromWord(deploymentWords, w, ok);
}
RolloutPhase rolloutPhaseFromWord(QStringView w, bool *ok)
{
    return statusFromWord(rolloutWords, w, ok);
}
AnalysisPhase analysisPhaseFromWord(QStringView w, bool *ok)
{
    return statusFromWord(analysisWords, w, ok);
}
VerificationResult verificationResultFromWord(QStringView w, bool *ok)
{
    return statusFromWord(verificationWords, w, ok);
}
RolloutStrategy rolloutStrategyFromWord(QStringView w, bool *ok)
{
    return statusFromWord(strategyWords, w, ok);
}
DependencyKind dependencyKindFromWord(QStringView w, bool *ok)
{
    return statusFromWord(dependencyWords, w, ok);
}
ServiceKind serviceKindFromWord(QStringView w, bool *ok)
{
    return statusFromWord(serviceKindWords, w, ok);
}

QString displayName(RunStatus v)
{
    switch (v) {
    case RunStatus::Queued:
        return ModelsTr::tr("Queued");
    case RunStatus::Running:
        return ModelsTr::tr("Running");
    case RunStatus::Succeeded:
        return ModelsTr::tr("Passed");
    case RunStatus::Failed:
        return ModelsTr::tr("Failed");
    case RunStatus::Cancelled:
        return ModelsTr::tr("Cancelled");
    case RunStatus::Skipped:
        return ModelsTr::tr("Skipped");
    case RunStatus::Unknown:
        break;
    }
    return ModelsTr::tr("Unknown");
}

QString displayName(DeploymentStatus v)
{
    switch (v) {
    case DeploymentStatus::Pending:
        return ModelsTr::tr("Pending");
    case DeploymentStatus::InProgress:
        return ModelsTr::tr("Deploying");
    case DeploymentStatus::Succeeded:
        return ModelsTr::tr("Deployed");
    case DeploymentStatus::Failed:
        return ModelsTr::tr("Failed");
    case DeploymentStatus::RolledBack:
        return ModelsTr::tr("Rolled back");
    case DeploymentStatus::Inactive:
        return ModelsTr::tr("Inactive");
    case DeploymentStatus::Unknown:
        break;
    }
    return ModelsTr::tr("Unknown");
}

QString displayName(RolloutPhase v)
{
    switch (v) {
    case RolloutPhase::Progressing:
        return ModelsTr::tr("Progressing");
    case RolloutPhase::Paused:
        return ModelsTr::tr("Paused");
    case RolloutPhase::Healthy:
        return ModelsTr::tr("Healthy");
    case RolloutPhase::Degraded:
        return ModelsTr::tr("Degraded");
    case RolloutPhase::Aborted:
        return ModelsTr::tr("Aborted");
    case RolloutPhase::Unknown:
        break;
    }
    return ModelsTr::tr("Unknown");
}

QString displayName(VerificationResult v)
{
    switch (v) {
    case VerificationResult::Success:
        return ModelsTr::tr("Verified");
    case VerificationResult::Failed:
        return ModelsTr::tr("Verification failed");
    case VerificationResult::Unknown:
        break;
    }
    return ModelsTr::tr("Unverified");
}

QString displayName(DependencyKind v)
{
    switch (v) {
    case DependencyKind::Sync:
        return ModelsTr::tr("Synchronous API");
    case DependencyKind::Async:
        return ModelsTr::tr("Messaging");
    case DependencyKind::Datastore:
        return ModelsTr::tr("Data store");
    case DependencyKind::Unknown:
        break;
    }
    return ModelsTr::tr("Unknown");
}

QString displayName(ServiceKind v)
{
    switch (v) {
    case ServiceKind::Service:
        return ModelsTr::tr("Service");
    case ServiceKind::Frontend:
        return ModelsTr::tr("Frontend");
    case ServiceKind::Gateway:
        return ModelsTr::tr("Gateway");
    case ServiceKind::Datastore:
        return ModelsTr::tr("Data store");
    case ServiceKind::Broker:
        return ModelsTr::tr("Message broker");
    case ServiceKind::Observability:
        return ModelsTr::tr("Observability");
    case ServiceKind::Unknown:
        break;
    }
    return ModelsTr::tr("Unknown");
}

QString displayName(Health v)
{
    switch (v) {
    case Health::Healthy:
        return ModelsTr::tr("Healthy");
    case Health::InProgress:
        return ModelsTr::tr("In progress");
    case Health::Warning:
        return ModelsTr::tr("Warning");
    case Health::Failing:
        return ModelsTr::tr("Failing");
    case Health::Unknown:
        break;
    }
    return ModelsTr::tr("Unknown");
}

Health healthOf(RunStatus v)
{
    switch (v) {
    case RunStatus::Succeeded:
        return Health::Healthy;
    case RunStatus::Queued:
    case RunStatus::Running:
        return Health::InProgress;
    case RunStatus::Cancelled:
    case RunStatus::Skipped:
        return Health::Warning;
    case RunStatus::Failed:
        return Health::Failing;
    case RunStatus::Unknown:
        break;
    }
    return Health::Unknown;
}

Health healthOf(DeploymentStatus v)
{
    switch (v) {
    case DeploymentStatus::Succeeded:
        return Health::Healthy;
    case DeploymentStatus::Pending:
    case DeploymentStatus::InProgress:
        return Health::InProgress;
    case DeploymentStatus::Inactive:
        return Health::Warning;
    case DeploymentStatus::RolledBack:
    case DeploymentStatus::Failed:
        return Health::Failing;
    case DeploymentStatus::Unknown:
        break;
    }
    return Health::Unknown;
}

Health healthOf(RolloutPhase v)
{
    switch (v) {
    case RolloutPhase::Healthy:
        return Health::Healthy;
    case RolloutPhase::Progressing:
        return Health::InProgress;
    case RolloutPhase::Paused:
        return Health::Warning;
    case RolloutPhase::Degraded:
    case RolloutPhase::Aborted:
        return Health::Failing;
    case RolloutPhase::Unknown:
        break;
    }
    return Health::Unknown;
}

Health healthOf(VerificationResult v)
{
    switch (v) {
    case VerificationResult::Success:
        return Health::Healthy;
    case VerificationResult::Failed:
        return Health::Failing;
    case VerificationResult::Unknown:
        break;
    }
    return Health::Unknown;
}

QColor healthColor(Health v)
{
    // Mid-tone colours that keep their contrast on both light and dark palettes.
    switch (v) {
    case Health::Healthy:
        return QColor(0x2e, 0x9d, 0x4f);
    case Health::InProgress:
        return QColor(0x2f, 0x7e, 0xd8);
    case Health::Warning:
        return QColor(0xd9, 0x8a, 0x00);
    case Health::Failing:
        return QColor(0xd6, 0x33, 0x3b);
    case Health::Unknown:
        break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}

QIcon healthIcon(Health v)
{
    return QIcon(new HealthIconEngine(v));
}

} // namespace Signalbox
