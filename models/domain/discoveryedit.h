#pragma once

#include "workspace.h"

namespace Signalbox {

// One change a person makes to the discovery decisions. Each has an exact inverse (the state
// before, or the opposite add/remove), which is what undo applies.
struct DiscoveryEdit
{
    enum class Kind {
        SetServiceDecision, // service: confirm, hide or leave undecided
        SetDependencyDecision, // dependency: likewise
        AddService, // addedService
        RemoveAddedService, // service
        AddDependency, // addedDependency
        RemoveAddedDependency // dependency
    };
    enum class Decision { Undecided, Confirmed, Hidden };

    Kind kind = Kind::SetServiceDecision;
    QString service;
    DependencyKey dependency;
    Decision decision = Decision::Undecided;
    Service addedService;
    Dependency addedDependency;
};

DiscoveryEdit::Decision serviceDecision(const DiscoveryDecisions &decisions, const QString &name);
DiscoveryEdit::Decision dependencyDecision(const DiscoveryDecisions &decisions,
                                           const DependencyKey &key);

// The decisions with the edit applied; an edit that changes nothing returns them unchanged.
DiscoveryDecisions applyDiscoveryEdit(DiscoveryDecisions decisions, const DiscoveryEdit &edit);

// The edit that undoes `edit` when applied to `after`'s predecessor `before`.
DiscoveryEdit inverseDiscoveryEdit(const DiscoveryDecisions &before, const DiscoveryEdit &edit);

} // namespace Signalbox
