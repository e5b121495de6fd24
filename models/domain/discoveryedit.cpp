#include "discoveryedit.h"

namespace Signalbox {

DiscoveryEdit::Decision serviceDecision(const DiscoveryDecisions &decisions, const QString &name)
{
    if (decisions.hiddenServices.contains(name))
        return DiscoveryEdit::Decision::Hidden;
    if (decisions.confirmedServices.contains(name))
        return DiscoveryEdit::Decision::Confirmed;
    return DiscoveryEdit::Decision::Undecided;
}

DiscoveryEdit::Decision dependencyDecision(const DiscoveryDecisions &decisions,
                                           const DependencyKey &key)
{
    if (decisions.hiddenDependencies.contains(key))
        return DiscoveryEdit::Decision::Hidden;
    if (decisions.confirmedDependencies.contains(key))
        return DiscoveryEdit::Decision::Confirmed;
    return DiscoveryEdit::Decision::Undecided;
}

DiscoveryDecisions applyDiscoveryEdit(DiscoveryDecisions d, const DiscoveryEdit &edit)
{
    using Kind = DiscoveryEdit::Kind;
    using Decision = DiscoveryEdit::Decision;
    switch (edit.kind) {
    case Kind::SetServiceDecision:
        d.confirmedServices.removeAll(edit.service);
        d.hiddenServices.removeAll(edit.service);
        if (edit.decision == Decision::Confirmed)
            d.confirmedServices.append(edit.service);
        else if (edit.decision == Decision::Hidden)
            d.hiddenServices.append(edit.service);
        d.confirmedServices.sort();
        d.hiddenServices.sort();
        break;
    case Kind::SetDependencyDecision: {
        d.confirmedDependencies.removeAll(edit.dependency);
        d.hiddenDependencies.removeAll(edit.dependency);
        if (edit.decision == Decision::Confirmed)
            d.confirmedDependencies.append(edit.dependency);
        else if (edit.decision == Decision::Hidden)
            d.hiddenDependencies.append(edit.dependency);
        const auto byEnds = [](const DependencyKey &a, const DependencyKey &b) {
            return std::pair(a.consumer, a.provider) < std::pair(b.consumer, b.provider);
        };
        std::sort(d.confirmedDependencies.begin(), d.confirmedDependencies.end(), byEnds);
        std::sort(d.hiddenDependencies.begin(), d.hiddenDependencies.end(), byEnds);
        break;
    }
    case Kind::AddService:
        if (std::none_of(d.addedServices.cbegin(), d.addedServices.cend(),
                         [&](const Service &s) { return s.name == edit.addedService.name; }))
            d.addedServices.append(edit.addedService);
        break;
    case Kind::RemoveAddedService:
        d.addedServices.removeIf([&](const Service &s) { return s.name == edit.service; });
        break;
    case Kind::AddDependency:
        if (std::none_of(d.addedDependencies.cbegin(), d.addedDependencies.cend(),
                         [&](const Dependency &x) {
                             return x.consumer == edit.addedDependency.consumer
                                 && x.provider == edit.addedDependency.provider;
                         }))
            d.addedDependencies.append(edit.addedDependency);
        break;
    case Kind::RemoveAddedDependency:
        d.addedDependencies.removeIf([&](const Dependency &x) {
            return x.consumer == edit.dependency.consumer && x.provider == edit.dependency.provider;
        });
        break;
    }
    return d;
}

DiscoveryEdit inverseDiscoveryEdit(const DiscoveryDecisions &before, const DiscoveryEdit &edit)
{
    using Kind = DiscoveryEdit::Kind;
    DiscoveryEdit inverse = edit;
    switch (edit.kind) {
    case Kind::SetServiceDecision:
        inverse.decision = serviceDecision(before, edit.service);
        break;
    case Kind::SetDependencyDecision:
        inverse.decision = dependencyDecision(before, edit.dependency);
        break;
    case Kind::AddService:
        inverse.kind = Kind::RemoveAddedService;
        inverse.service = edit.addedService.name;
        break;
    case Kind::RemoveAddedService:
        inverse.kind = Kind::AddService;
        for (const Service &s : before.addedServices) {
            if (s.name == edit.service)
                inverse.addedService = s;
        }
        break;
    case Kind::AddDependency:
        inverse.kind = Kind::RemoveAddedDependency;
        inverse.dependency = {edit.addedDependency.consumer, edit.addedDependency.provider};
        break;
    case Kind::RemoveAddedDependency:
        inverse.kind = Kind::AddDependency;
        for (const Dependency &x : before.addedDependencies) {
            if (x.consumer == edit.dependency.consumer && x.provider == edit.dependency.provider)
                inverse.addedDependency = x;
        }
        break;
    }
    return inverse;
}

} // namespace Signalbox
