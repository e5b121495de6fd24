#!/usr/bin/env python3
"""Generate the bundled Signalbox demo: an online shop of about thirty services.

Writes two files next to this script:

* ``workspace.yaml``  - the workspace: the catalog of services with their dependencies, and one
  `file` source;
* ``demo-data.json``  - the data of that source: pipeline runs (with the jobs of the main-branch
  ones), deployments, rollouts, contract verifications, feature flags and incidents over the three
  weeks before a fixed anchor time.

The output is deterministic (one seeded ``random.Random``, no clock, no environment): running the
script twice writes byte-identical files. Standard library only; the YAML is written by hand.

The story the demo tells "right now" (at the anchor):

* ``pricing`` broke its main pipeline about 90 minutes ago on a new commit, and six of its direct or
  transitive consumers went red after it on commits that had been green before (a cascade);
* ``orders`` 2.14.0 sits in staging, blocked: it was never verified against the ``payments`` version
  that runs in production;
* ``shipping`` is half-way through a canary in production;
* ``notifications`` has a flaky pipeline (failed, then passed on re-run, same commit);
* ``inventory`` and ``warehouse`` call each other (the one dependency cycle).
* four incidents feed DORA's change failure rate and time to restore: one names the commit of a
  production deployment as its root cause, one names only its service, one is the outage behind
  one of the rollbacks (its deployment stays one failed change), and one on ``checkout`` is open
  right now.
* a failing test in one service blocks another's deployment (the bottleneck checklist's first
  question): ``checkout``'s pipeline runs ``payments``' contract tests as its own job,
  ``payments-contract-tests``; it failed in three of checkout's runs in the last two weeks (one of
  them a re-run), and checkout went to production only after a green run.

Usage: python3 generate_demo.py   (from any directory)
"""

from __future__ import annotations

import json
import math
import os
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

SEED = 20261126
FORMAT = "signalbox-file-source/1"
ANCHOR = datetime(2026, 3, 2, 9, 0, 0, tzinfo=timezone.utc)  # a Monday morning
START = ANCHOR - timedelta(days=21)
FIRST_DAY = START.date()
ENVIRONMENTS = ("dev", "staging", "production")
HERE = os.path.dirname(os.path.abspath(__file__))
WORKSPACE_FILE = "workspace.yaml"
DATA_FILE = "demo-data.json"

GIT = "https://git.example.com/shop"
CI = "https://ci.example.com/shop"
CD = "https://cd.example.com/shop"
CONTRACTS = "https://contracts.example.com/shop"


# --------------------------------------------------------------------------------------------
# The catalog
# --------------------------------------------------------------------------------------------

CODE_KINDS = ("service", "frontend", "gateway")


@dataclass(frozen=True)
class Service:
    name: str
    owner: str
    system: str
    tier: int
    kind: str
    depends_on: tuple[tuple[str, str], ...]  # (provider, sync|async|datastore)

    @property
    def has_code(self) -> bool:
        return self.kind in CODE_KINDS

    @property
    def repository(self) -> str | None:
        return f"{GIT}/{self.name}" if self.has_code else None


def svc(name: str, owner: str, system: str, tier: int, kind: str, *deps: str) -> Service:
    """`deps` are provider names, optionally prefixed with their kind: "async:kafka"."""
    parsed = []
    for dep in deps:
        dep_kind, _, provider = dep.rpartition(":")
        parsed.append((provider, dep_kind or "sync"))
    return Service(name, owner, system, tier, kind, tuple(parsed))


# Consumers are listed with the providers they call. Frontends call the gateway, the gateway routes
# to the mobile BFF and the domain services, domain services call each other and their datastores.
CATALOG: tuple[Service, ...] = (
    # team-edge
    svc("gateway", "team-edge", "storefront", 1, "gateway",
        "mobile-bff", "catalog", "search", "recommendations", "cart", "checkout", "orders",
        "returns", "accounts", "auth", "profile"),
    svc("web-frontend", "team-edge", "storefront", 1, "frontend", "gateway"),
    svc("mobile-bff", "team-edge", "storefront", 1, "service",
        "catalog", "search", "cart", "checkout", "orders", "accounts", "auth"),
    svc("admin-frontend", "team-edge", "storefront", 3, "frontend", "gateway"),
    # team-catalog
    svc("catalog", "team-catalog", "storefront", 1, "service",
        "pricing", "inventory", "datastore:postgres-catalog", "datastore:redis"),
    svc("search", "team-catalog", "storefront", 2, "service",
        "catalog", "datastore:elasticsearch"),
    svc("recommendations", "team-catalog", "storefront", 3, "service",
        "catalog", "profile", "datastore:redis"),
    svc("pricing", "team-catalog", "storefront", 1, "service",
        "datastore:postgres-catalog", "datastore:redis"),
    svc("inventory", "team-catalog", "fulfilment", 1, "service",
        "warehouse", "datastore:postgres-catalog"),
    # team-checkout
    svc("cart", "team-checkout", "checkout", 1, "service",
        "catalog", "pricing", "inventory", "datastore:redis"),
    svc("checkout", "team-checkout", "checkout", 1, "service",
        "cart", "promotions", "tax", "payments", "orders", "accounts"),
    svc("payments", "team-checkout", "checkout", 1, "service",
        "accounts", "datastore:postgres-orders"),
    svc("orders", "team-checkout", "checkout", 1, "service",
        "payments", "inventory", "datastore:postgres-orders", "async:kafka"),
    svc("promotions", "team-checkout", "checkout", 2, "service",
        "pricing", "catalog", "datastore:redis"),
    svc("tax", "team-checkout", "checkout", 2, "service", "datastore:redis"),
    # team-fulfilment
    svc("shipping", "team-fulfilment", "fulfilment", 2, "service",
        "orders", "warehouse", "datastore:postgres-orders", "async:kafka"),
    svc("warehouse", "team-fulfilment", "fulfilment", 2, "service",
        "inventory", "datastore:postgres-orders"),
    svc("returns", "team-fulfilment", "fulfilment", 3, "service",
        "orders", "shipping", "payments", "datastore:postgres-orders"),
    svc("notifications", "team-fulfilment", "fulfilment", 2, "service",
        "accounts", "profile", "async:kafka"),
    # team-identity
    svc("accounts", "team-identity", "identity", 1, "service", "datastore:postgres-orders"),
    svc("auth", "team-identity", "identity", 1, "service", "accounts", "datastore:redis"),
    svc("profile", "team-identity", "identity", 2, "service",
        "accounts", "datastore:postgres-orders"),
    # team-platform
    svc("audit-log", "team-platform", "platform", 3, "service",
        "async:kafka", "datastore:elasticsearch"),
    svc("postgres-orders", "team-platform", "platform", 1, "datastore"),
    svc("postgres-catalog", "team-platform", "platform", 1, "datastore"),
    svc("redis", "team-platform", "platform", 1, "datastore"),
    svc("kafka", "team-platform", "platform", 1, "broker"),
    svc("elasticsearch", "team-platform", "platform", 2, "datastore"),
    svc("prometheus", "team-platform", "platform", 3, "observability"),
)
BY_NAME = {s.name: s for s in CATALOG}

# Pipeline profile of each code service: main commits per weekday (mean), typical build minutes.
CI_PROFILE: dict[str, tuple[float, float]] = {
    "gateway": (1.5, 4.5), "web-frontend": (4.0, 8.0), "mobile-bff": (2.5, 5.0),
    "admin-frontend": (1.0, 6.5), "catalog": (3.0, 7.0), "search": (2.0, 21.0),
    "recommendations": (1.5, 8.5), "pricing": (3.0, 5.5), "inventory": (2.0, 6.0),
    "cart": (3.0, 4.0), "checkout": (3.5, 8.5), "payments": (2.0, 7.5), "orders": (3.0, 6.5),
    "promotions": (2.0, 3.5), "tax": (1.0, 3.2), "shipping": (2.5, 5.0), "warehouse": (1.5, 6.0),
    "returns": (1.2, 4.5), "notifications": (2.5, 3.8), "accounts": (1.5, 4.2),
    "auth": (1.5, 5.5), "profile": (1.2, 3.4), "audit-log": (0.8, 3.3),
}

FEATURES: dict[str, tuple[str, ...]] = {
    "gateway": ("rate-limit-per-client", "http3-listener"),
    "web-frontend": ("new-product-page", "lazy-image-loading", "checkout-stepper", "a11y-fixes"),
    "mobile-bff": ("wishlist-endpoint", "graphql-batching"),
    "admin-frontend": ("bulk-price-editor",),
    "catalog": ("product-variants", "bundle-products", "catalog-cache-warmup"),
    "search": ("semantic-ranking", "typo-tolerance"),
    "recommendations": ("personalised-home", "similar-items-v2"),
    "pricing": ("pricing-v2-engine", "currency-rounding", "tiered-prices"),
    "inventory": ("reservations-v2", "stock-sync-batching"),
    "cart": ("save-for-later", "cart-merge-on-login", "mini-cart"),
    "checkout": ("new-checkout-flow", "address-autocomplete", "guest-checkout"),
    "payments": ("sepa-direct-debit", "3ds2-frictionless"),
    "orders": ("one-click-reorder", "order-export"),
    "promotions": ("promo-stacking", "coupon-limits"),
    "tax": ("oss-vat-rules",),
    "shipping": ("express-quotes", "parcel-lockers"),
    "warehouse": ("pick-path-optimiser",),
    "returns": ("self-service-returns",),
    "notifications": ("sms-fallback", "digest-emails"),
    "accounts": ("gdpr-export", "email-change-flow"),
    "auth": ("passkey-login", "session-rotation"),
    "profile": ("preferences-v2",),
    "audit-log": ("retention-policy",),
}

# The cascade: pricing breaks, these six consumers go red after it (in this order), minutes after
# pricing's failure. catalog, cart and promotions call pricing directly; checkout, mobile-bff and
# web-frontend only reach it transitively (checkout -> cart, mobile-bff -> catalog,
# web-frontend -> gateway -> cart).
CULPRIT = "pricing"
VICTIMS = (("catalog", 12), ("cart", 17), ("promotions", 24), ("checkout", 37),
           ("mobile-bff", 51), ("web-frontend", 63))
PRICING_PUSHED = datetime(2026, 3, 2, 7, 22, 20, tzinfo=timezone.utc)
RUNNING_NOW = "returns"            # one unrelated service whose main pipeline is running now
BLOCKED = ("orders", (2, 14, 0))   # in staging, not verified against payments in production
BLOCKED_PROVIDER = "payments"
CANARY = "shipping"
BLUE_GREEN = "admin-frontend"
FLAKY = "notifications"
# Checklist question 1: checkout's pipeline runs payments' contract tests as a job of its own.
# When they fail, checkout's run fails and checkout waits for a green run before it can deploy.
CONTRACT_GATE = ("checkout", "payments")   # (the pipeline that runs the job, the service it tests)
CONTRACT_JOB = "payments-contract-tests"
# Sync edges between code services without contract tests (not onboarded yet).
NO_CONTRACT_TESTS = {("admin-frontend", "gateway"), ("recommendations", "profile")}

FLAGS = (  # key, service, dev, staging, production
    ("new-checkout-flow", "checkout", True, True, False),
    ("pricing-v2-engine", "pricing", True, True, False),
    ("search-semantic", "search", True, False, False),
    ("one-click-reorder", "orders", True, True, True),
    ("express-shipping-quotes", "shipping", True, True, True),
    ("personalised-home", "recommendations", True, True, False),
    ("save-for-later", "cart", True, True, True),
    ("passkey-login", "auth", True, False, False),
    ("promo-stacking", "promotions", True, True, False),
    ("self-service-returns", "returns", True, True, True),
    ("new-product-page", "web-frontend", True, True, False),
    ("inventory-reservations-v2", "inventory", True, False, False),
)


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def sec(n: float) -> timedelta:
    return timedelta(seconds=int(n))


def at(day: date, seconds: int) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc) + sec(seconds)


def days() -> list[date]:
    return [FIRST_DAY + timedelta(days=i) for i in range((ANCHOR.date() - FIRST_DAY).days + 1)]


def weekdays(last: date) -> list[date]:
    return [d for d in days() if d.weekday() < 5 and d <= last]


def poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def version_str(v: tuple[int, int, int]) -> str:
    return "%d.%d.%d" % v


def sha(rng: random.Random) -> str:
    return "%040x" % rng.getrandbits(160)


def minutes(rng: random.Random, lo: float, hi: float) -> timedelta:
    return sec(rng.randint(int(lo * 60), int(hi * 60)))


@dataclass
class Run:
    service: str
    branch: str
    commit: str
    attempt: int
    status: str
    started: datetime
    finished: datetime | None
    queued: int
    id: str = ""
    number: int = 0

    def to_json(self) -> dict:
        out = {"id": self.id, "service": self.service, "pipeline": "ci", "status": self.status,
               "started": iso(self.started)}
        if self.finished is not None:
            out["finished"] = iso(self.finished)
        out.update({"queuedSeconds": self.queued, "commit": self.commit, "branch": self.branch,
                    "attempt": self.attempt, "url": f"{CI}/{self.service}/runs/{self.number}"})
        return out


@dataclass
class Build:
    """A green main run: an artifact with a version."""
    service: str
    time: datetime
    commit: str
    version: tuple[int, int, int] = (0, 0, 0)


@dataclass
class Deployment:
    service: str
    environment: str
    version: tuple[int, int, int]
    time: datetime
    status: str
    commit: str
    id: str = ""

    def to_json(self) -> dict:
        return {"id": self.id, "service": self.service, "version": version_str(self.version),
                "environment": self.environment, "time": iso(self.time), "status": self.status,
                "commit": self.commit, "url": f"{CD}/{self.service}/deployments/{self.id}"}


# --------------------------------------------------------------------------------------------
# Pipeline runs
# --------------------------------------------------------------------------------------------

def build_seconds(rng: random.Random, service: str) -> int:
    if service == "search":  # the slow one
        return rng.randint(17 * 60, 26 * 60)
    base = CI_PROFILE[service][1] * 60
    return max(180, min(560, int(base * rng.uniform(0.78, 1.22))))


def main_commits(rng: random.Random, service: str, cutoff: datetime) -> list[tuple[datetime, str]]:
    rate = CI_PROFILE[service][0]
    pushes = []
    for day in days():
        if day.weekday() < 5:
            n, lo, hi = poisson(rng, rate), 7.5, 17.5   # working hours (UTC, European teams)
        else:
            n, lo, hi = poisson(rng, 0.25), 9.0, 20.0
        for _ in range(n):
            t = at(day, rng.randint(int(lo * 3600), int(hi * 3600)))
            if START <= t <= cutoff:
                pushes.append(t)
    pushes.sort()
    return [(t, sha(rng)) for t in pushes]


def main_runs(rng: random.Random, service: str, commits: list[tuple[datetime, str]],
              flaky: set[int]) -> tuple[list[Run], list[Build]]:
    """Runs for the main commits. The last commit is always green."""
    runs: list[Run] = []
    builds: list[Build] = []
    for i, (pushed, commit) in enumerate(commits):
        last = i == len(commits) - 1
        nxt = None if last else commits[i + 1][0]
        queued = rng.randint(5, 120)
        start = pushed + sec(queued)
        duration = build_seconds(rng, service)
        if last:
            outcome = "ok"
        elif i in flaky:
            outcome = "flaky"
        else:
            r = rng.random()
            outcome = "skipped" if r < 0.02 else "fail" if r < 0.07 else "ok"
            # A push while the previous run is still going cancels it (concurrency group).
            if outcome != "skipped" and nxt < start + sec(duration) and rng.random() < 0.6:
                outcome = "cancelled"

        def run(status, started, finished, attempt=1, q=queued):
            runs.append(Run(service, "main", commit, attempt, status, started, finished, q))

        if outcome == "ok":
            run("success", start, start + sec(duration))
            builds.append(Build(service, start + sec(duration), commit))
        elif outcome == "skipped":
            q = rng.randint(5, 20)
            run("skipped", pushed + sec(q), pushed + sec(q + rng.randint(1, 3)), q=q)
        elif outcome == "cancelled":
            run("cancelled", start, max(start + sec(5), nxt + sec(rng.randint(2, 9))))
        elif outcome == "fail":
            finished = start + sec(duration * rng.uniform(0.4, 0.95))
            run("failed", start, finished)
            if rng.random() < 0.5:  # someone re-runs it; a real failure fails again
                q2 = rng.randint(5, 120)
                restart = finished + minutes(rng, 3, 40) + sec(q2)
                if restart < nxt:
                    again = build_seconds(rng, service)
                    run("failed", restart, restart + sec(again * rng.uniform(0.4, 0.95)), 2, q2)
        else:  # flaky: fails, passes on re-run of the same commit
            finished = start + sec(duration * rng.uniform(0.5, 0.98))
            run("failed", start, finished)
            q2 = rng.randint(5, 120)
            restart = finished + minutes(rng, 2, 15) + sec(q2)
            again = build_seconds(rng, service)
            run("success", restart, restart + sec(again), 2, q2)
            builds.append(Build(service, restart + sec(again), commit))
    builds.sort(key=lambda b: b.time)
    return runs, builds


FEATURE_CUTOFF = datetime(2026, 2, 27, 18, 0, 0, tzinfo=timezone.utc)


def feature_runs(rng: random.Random, service: str) -> list[Run]:
    runs = []
    slugs = FEATURES[service]
    n_branches = max(1, poisson(rng, CI_PROFILE[service][0] * 1.2))
    candidates = weekdays(FEATURE_CUTOFF.date())
    for b in range(n_branches):
        slug = slugs[b % len(slugs)]
        if b >= len(slugs):
            slug += "-%d" % (b // len(slugs) + 1)
        t = at(rng.choice(candidates), rng.randint(8 * 3600, 16 * 3600))
        for _ in range(rng.randint(1, 5)):
            if t > FEATURE_CUTOFF:
                break
            queued = rng.randint(5, 120)
            start = t + sec(queued)
            duration = build_seconds(rng, service)
            r = rng.random()
            if r < 0.12:
                status, finished = "failed", start + sec(duration * rng.uniform(0.3, 0.95))
            elif r < 0.15:
                status, finished = "cancelled", start + sec(duration * rng.uniform(0.1, 0.6))
            else:
                status, finished = "success", start + sec(duration)
            runs.append(Run(service, f"feature/{slug}", sha(rng), 1, status, start, finished,
                            queued))
            t += minutes(rng, 20, 26 * 60)
    return runs


# --------------------------------------------------------------------------------------------
# Versions and deployments
# --------------------------------------------------------------------------------------------

def assign_versions(rng: random.Random, builds: list[Build], final: tuple[int, int, int]) -> None:
    """Every green main build is a release. Walk back from the final version: a patch number above
    zero was a patch release, zero was a minor release after a line of a few patches."""
    v = final
    for b in reversed(builds):
        assert v[0] >= 1, f"{b.service}: version walked below 1.0.0"
        b.version = v
        major, minor, patch = v
        if patch > 0:
            v = (major, minor, patch - 1)
        elif minor > 0:
            v = (major, minor - 1, rng.choice((0, 0, 0, 1, 1, 1, 2, 2, 3, 4)))
        else:
            v = (major - 1, rng.randint(20, 40), rng.choice((0, 1, 2)))


def current(deploys: list[Deployment], env: str, t: datetime) -> Deployment | None:
    """The deployment running in `env` at time `t` (latest success at or before t)."""
    best = None
    for d in deploys:
        if d.environment == env and d.status == "success" and d.time <= t:
            if best is None or d.time >= best.time:
                best = d
    return best


def deployments_for(rng: random.Random, service: str, builds: list[Build]) -> list[Deployment]:
    out: list[Deployment] = []

    def deploy(env, build_or_dep, t, fail_rate, retry_lo, retry_hi, next_time=None):
        status = "failed" if rng.random() < fail_rate else "success"
        out.append(Deployment(service, env, build_or_dep.version, t, status, build_or_dep.commit))
        if status == "failed":
            retry = t + minutes(rng, retry_lo, retry_hi)
            # No retry when a newer version is deployed first (that would be a downgrade).
            if retry <= ANCHOR - timedelta(minutes=30) and (next_time is None or retry < next_time):
                out.append(Deployment(service, env, build_or_dep.version, retry, "success",
                                      build_or_dep.commit))

    # dev: most green builds are deployed automatically a few minutes after the build
    planned = []
    for i, b in enumerate(builds):
        if i == len(builds) - 1 or rng.random() < 0.75:
            t = b.time + minutes(rng, 1, 6)
            if planned:  # deploys go out in build order
                t = max(t, planned[-1][1] + sec(45))
            if t <= ANCHOR:
                planned.append((b, t))
    for i, (b, t) in enumerate(planned):
        last = i == len(planned) - 1
        deploy("dev", b, t, 0.0 if last else 0.04, 10, 40, None if last else planned[i + 1][1])

    # staging: promoted from dev on most weekdays, during the day
    force_staging = {BLOCKED[0]: date(2026, 2, 27), CANARY: date(2026, 2, 27)}
    for day in weekdays(date(2026, 2, 27)):
        forced = force_staging.get(service) == day
        if not forced and rng.random() >= 0.8:
            continue
        lo = 14.5 if forced else 10.0
        t = at(day, rng.randint(int(lo * 3600), 16 * 3600))
        if t < START:
            continue
        candidate = current(out, "dev", t - timedelta(minutes=30))
        on_staging = current(out, "staging", t)
        if candidate and (on_staging is None or candidate.version > on_staging.version):
            deploy("staging", candidate, t, 0.0 if forced else 0.04, 20, 60)

    # production: every day or two, what has been in staging for at least two hours
    last_prod_day = {"shipping": date(2026, 2, 26)}.get(service, date(2026, 2, 27))
    since = 9
    for day in weekdays(last_prod_day):
        since += 1
        if since < 2 and rng.random() >= 0.5:
            continue
        t = at(day, rng.randint(8 * 3600, 14 * 3600))
        if t < START:
            continue
        candidate = current(out, "staging", t - timedelta(hours=2))
        on_prod = current(out, "production", t)
        if candidate is None or (on_prod is not None and candidate.version <= on_prod.version):
            continue
        if service == BLOCKED[0] and candidate.version >= BLOCKED[1]:
            continue  # blocked: not verified against payments in production
        deploy("production", candidate, t, 0.03, 30, 90)
        since = 0
    return out


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------

def generate() -> tuple[dict, dict]:
    rng = random.Random(SEED)
    code = [s for s in CATALOG if s.has_code]
    consumers_of_culprit = transitive_consumers(CULPRIT)
    victim_names = [v for v, _ in VICTIMS]
    assert set(victim_names) <= consumers_of_culprit

    culprit_failed_at = None
    runs_by_service: dict[str, list[Run]] = {}
    builds_by_service: dict[str, list[Build]] = {}
    story: dict = {}

    for s in code:
        name = s.name
        if name == CULPRIT:
            cutoff = PRICING_PUSHED - timedelta(minutes=20)
        elif name in consumers_of_culprit:
            # Nothing of their own after pricing's new commit: their last main run before the
            # cascade is green, and the red run (for victims) re-runs that same commit.
            cutoff = PRICING_PUSHED - timedelta(minutes=16)
        elif name == BLOCKED[0]:
            cutoff = datetime(2026, 2, 27, 13, 0, 0, tzinfo=timezone.utc)
        else:
            cutoff = ANCHOR - timedelta(minutes=40)
        commits = main_commits(rng, name, cutoff)
        flaky: set[int] = set()
        if name == FLAKY:
            recent = [i for i, (t, _) in enumerate(commits) if t >= ANCHOR - timedelta(days=5)]
            older = [i for i, (t, _) in enumerate(commits[:-1]) if t < ANCHOR - timedelta(days=5)]
            flaky = set(rng.sample(recent, 3)) | {rng.choice(older)}
        runs, builds = main_runs(rng, name, commits, flaky)
        runs += feature_runs(rng, name)

        if name == CULPRIT:
            started = PRICING_PUSHED + sec(38)
            failed_at = started + sec(6 * 60 + 43)
            culprit_failed_at = failed_at
            runs.append(Run(name, "main", sha(rng), 1, "failed", started, failed_at, 38))
        if name == RUNNING_NOW:
            runs.append(Run(name, "main", sha(rng), 1, "running",
                            datetime(2026, 3, 2, 8, 47, 21, tzinfo=timezone.utc), None, 21))
        if name == "search":  # a long build still going on a feature branch
            runs.append(Run(name, "feature/semantic-ranking", sha(rng), 1, "running",
                            datetime(2026, 3, 2, 8, 44, 9, tzinfo=timezone.utc), None, 47))
        if name == "audit-log":  # waiting for a runner; `started` is when it was queued
            runs.append(Run(name, "feature/retention-policy", sha(rng), 1, "queued",
                            datetime(2026, 3, 2, 8, 58, 30, tzinfo=timezone.utc), None, 90))
        runs_by_service[name] = runs
        builds_by_service[name] = builds

    # The cascade: each victim re-runs the commit of its last (green) main run and fails.
    assert culprit_failed_at is not None
    story["culprit"] = (CULPRIT, culprit_failed_at)
    story["victims"] = []
    for name, offset in VICTIMS:
        previous = max((r for r in runs_by_service[name] if r.branch == "main"),
                       key=lambda r: r.started)
        assert previous.status == "success"
        started = culprit_failed_at + timedelta(minutes=offset) + sec(rng.randint(0, 50))
        finished = started + sec(build_seconds(rng, name) * rng.uniform(0.55, 0.9))
        red = Run(name, "main", previous.commit, 1, "failed", started, finished,
                  rng.randint(5, 60))
        runs_by_service[name].append(red)
        story["victims"].append((red, previous))

    # Number the runs per service in start order.
    all_runs: list[Run] = []
    for s in code:
        base = rng.randint(11, 58) * 100
        for n, r in enumerate(sorted(runs_by_service[s.name], key=lambda r: r.started)):
            r.number = base + n
            r.id = f"gh-{s.name}-{r.number}"
            all_runs.append(r)
    all_runs.sort(key=lambda r: (r.started, r.id))

    # Versions: every green main build is a release.
    for s in code:
        if s.name == BLOCKED[0]:
            final = BLOCKED[1]
        else:
            final = (rng.randint(2, 5), rng.randint(18, 45), rng.choice((0, 1, 2, 3)))
        assign_versions(rng, builds_by_service[s.name], final)

    # Deployments.
    deploys: list[Deployment] = []
    for s in code:
        deploys += deployments_for(rng, s.name, builds_by_service[s.name])

    # Two production deployments were rolled back by their canary analysis.
    rollback_candidates = []
    for d in deploys:
        if (d.environment == "production" and d.status == "success" and BY_NAME[d.service].tier <= 2
                and d.service not in (BLOCKED[0], BLOCKED_PROVIDER, CANARY, CULPRIT)
                and START + timedelta(days=3) <= d.time <= START + timedelta(days=14)):
            same_later = [e for e in deploys if e.service == d.service and e is not d
                          and e.environment == "production" and e.version == d.version]
            later = [e for e in deploys if e.service == d.service
                     and e.environment == "production" and e.time > d.time]
            if not same_later and later:
                rollback_candidates.append(d)
    rolled_back = rng.sample(rollback_candidates, 2)
    while rolled_back[0].service == rolled_back[1].service:
        rolled_back = rng.sample(rollback_candidates, 2)
    for d in rolled_back:
        d.status = "rolled_back"

    # The canary in progress right now.
    on_prod = current([d for d in deploys if d.service == CANARY], "production", ANCHOR)
    on_staging = current([d for d in deploys if d.service == CANARY], "staging", ANCHOR)
    assert on_prod and on_staging and on_staging.version > on_prod.version, "no canary candidate"
    canary = Deployment(CANARY, "production", on_staging.version,
                        datetime(2026, 3, 2, 8, 31, 12, tzinfo=timezone.utc), "in_progress",
                        on_staging.commit)
    deploys.append(canary)

    deploys.sort(key=lambda d: (d.time, d.service, ENVIRONMENTS.index(d.environment)))
    for n, d in enumerate(deploys, 1):
        d.id = f"dep-{n}"

    rollouts = make_rollouts(rng, deploys, canary)
    verifications = make_verifications(rng, deploys, builds_by_service)
    flags = make_flags(rng)
    incidents = make_incidents(rng, deploys, rolled_back)
    # Last, so that everything above draws the same numbers it drew before jobs existed.
    jobs, gated = make_jobs(rng, all_runs, deploys, [red for red, _ in story["victims"]])

    story["rolled_back"] = rolled_back
    story["canary"] = (canary, on_prod)
    story["incidents"] = incidents
    story["flaky"] = [r for r in all_runs if r.service == FLAKY and r.attempt == 2
                      and r.status == "success"]
    story["gated"] = gated

    data = {
        "format": FORMAT,
        "anchor": iso(ANCHOR),
        "runs": [r.to_json() for r in all_runs],
        "jobs": jobs,
        "deployments": [d.to_json() for d in deploys],
        "rollouts": rollouts,
        "verifications": verifications,
        "flags": flags,
        "incidents": [entry for entry, _ in incidents],
    }
    return data, story


def make_jobs(rng: random.Random, runs: list[Run], deploys: list[Deployment],
              cascade: list[Run]) -> tuple[list[dict], list[Run]]:
    """The jobs of every main-branch run: build, then test (and, in CONTRACT_GATE's pipeline, the
    contract tests beside it), then deploy in the runs whose build went out to dev. A failed run
    stops in one job; the jobs after it are skipped. CONTRACT_GATE's own failures in the two weeks
    before the anchor are its contract tests failing (the cascade's red run stays a test
    failure); each blocked its deployments until a green run. Returns the jobs and those runs."""
    gate, _ = CONTRACT_GATE
    to_dev = {(d.service, d.commit) for d in deploys if d.environment == "dev"}
    red = {r.id for r in cascade}
    gated = [r for r in runs if r.service == gate and r.branch == "main" and r.status == "failed"
             and r.started >= ANCHOR - timedelta(days=14) and r.id not in red]
    assert len(gated) >= 2, f"{gate}: too few failed runs for the contract-test story"
    for r in gated:
        green = min((g for g in runs if g.service == gate and g.branch == "main"
                     and g.status == "success" and g.started > r.started), key=lambda g: g.started)
        assert not any(d.service == gate and d.environment == "production"
                       and r.started <= d.time <= green.finished for d in deploys), \
            f"{r.id}: a production deployment went out before the next green run"
    gated_ids = {r.id for r in gated}

    out: list[dict] = []
    for r in runs:
        if r.branch != "main":
            continue
        names = ["build", "test"] + ([CONTRACT_JOB] if r.service == gate else [])
        if r.status == "success" and (r.service, r.commit) in to_dev:
            names.append("deploy")
        if r.finished is None:  # running now: as long as its builds usually take
            length = CI_PROFILE[r.service][1] * 60
        else:
            length = (r.finished - r.started).total_seconds()

        def mark(fraction: float) -> datetime:
            return r.started + sec(length * fraction)

        # Where each job starts and ends, as parts of the run: build, then the tests side by
        # side, then deploy.
        tests_end = 0.85 if "deploy" in names else 1.0
        spans = {"build": (0.02, 0.42), "test": (0.44, tests_end),
                 CONTRACT_JOB: (0.44, 0.44 + (tests_end - 0.44) * 0.7), "deploy": (0.87, 1.0)}
        if r.status == "failed":
            stops = (CONTRACT_JOB if r.id in gated_ids
                     else "test" if r.id in red or rng.random() < 0.75 else "build")
            if stops == CONTRACT_JOB:
                spans["test"] = (0.44, 0.8)
            spans[stops] = (spans[stops][0], 1.0)
        elif r.status == "cancelled":
            stops = "test"
        elif r.status == "running":
            stops = "test"
        else:
            stops = None
        for k, name in enumerate(names, 1):
            job = {"id": f"{r.id}-{k}", "run": r.id, "name": name}
            started, finished = spans[name]
            after_stop = (stops is not None and name != stops
                          and (stops == "build" or name == "deploy"))
            if r.status == "skipped" or after_stop:
                job["status"] = "skipped"
            else:
                if name == stops:
                    job["status"] = {"failed": "failed", "cancelled": "cancelled",
                                     "running": "running"}[r.status]
                else:
                    job["status"] = "success"
                job["started"] = iso(mark(started))
                if job["status"] != "running":
                    job["finished"] = iso(mark(finished))
                # Waiting for a runner: from the run's start, or from the jobs before it.
                ready = {"build": 0.0, "deploy": tests_end}.get(name, spans["build"][1])
                job["queuedSeconds"] = int((mark(started) - mark(ready)).total_seconds())
            job["url"] = f"{CI}/{r.service}/runs/{r.number}/jobs/{k}"
            out.append(job)
    return out, gated


def make_incidents(rng: random.Random, deploys: list[Deployment],
                   rolled_back: list[Deployment]) -> list[tuple[dict, Deployment]]:
    """Incidents the Four Keys way: created after the deployment that caused them, resolved an
    hour or two later; each with the deployment it is about (for the summary), oldest first."""
    def is_plain_prod(d: Deployment) -> bool:
        return (d.environment == "production" and d.status == "success"
                and d.service not in (BLOCKED[0], BLOCKED_PROVIDER, CANARY, CULPRIT)
                and d.service not in {r.service for r in rolled_back}
                and START + timedelta(days=4) <= d.time <= START + timedelta(days=16))

    candidates = [d for d in deploys if is_plain_prod(d) and BY_NAME[d.service].tier == 1]
    by_root_cause, by_service = rng.sample(candidates, 2)
    while by_root_cause.service == by_service.service:
        by_root_cause, by_service = rng.sample(candidates, 2)
    rollback = rolled_back[0]
    on_checkout = current([d for d in deploys if d.service == "checkout"], "production", ANCHOR)
    assert on_checkout is not None

    def incident(number, service, title, created, resolved, root_cause):
        entry = {"id": f"INC-{number}", "title": title, "created": iso(created)}
        if service:
            entry["service"] = service
        if resolved:
            entry["resolved"] = iso(resolved)
        if root_cause:
            entry["rootCause"] = root_cause
        entry["url"] = f"https://status.example.com/incidents/INC-{number}"
        return entry

    def after(t: datetime, lo: float, hi: float) -> datetime:
        return t + minutes(rng, lo, hi)

    created = after(by_root_cause.time, 30, 90)
    first = incident(101, None, f"Errors after {by_root_cause.service} "
                     f"{version_str(by_root_cause.version)}", created, after(created, 60, 150),
                     by_root_cause.commit)
    created = after(by_service.time, 45, 120)
    second = incident(102, by_service.service, f"{by_service.service} slow for some customers",
                      created, after(created, 20, 60), None)
    created = after(rollback.time, 5, 15)
    # No root cause: it links to the newest successful deployment before it, the one the rollback
    # already marks failed.
    third = incident(103, rollback.service, f"{rollback.service} "
                     f"{version_str(rollback.version)} failing requests", created,
                     after(created, 25, 40), None)
    created = ANCHOR - timedelta(minutes=52)
    fourth = incident(104, "checkout", "Checkout latency elevated", created, None, None)
    pairs = [(first, by_root_cause), (second, by_service), (third, rollback), (fourth, on_checkout)]
    return sorted(pairs, key=lambda pair: pair[0]["created"])


def transitive_consumers(provider: str) -> set[str]:
    found: set[str] = set()
    frontier = [provider]
    while frontier:
        p = frontier.pop()
        for s in CATALOG:
            if s.name not in found and any(dep == p for dep, _ in s.depends_on):
                found.add(s.name)
                frontier.append(s.name)
    found.discard(provider)
    return found


def make_rollouts(rng: random.Random, deploys: list[Deployment], canary: Deployment) -> list[dict]:
    out = []
    for d in deploys:
        tier = BY_NAME[d.service].tier
        if d.environment != "production" or (tier > 2 and d.service != BLUE_GREEN):
            continue
        ok_error = {"metric": "error-rate", "phase": "successful",
                    "value": round(rng.uniform(0.05, 0.6), 2), "threshold": 1.0}
        ok_latency = {"metric": "latency-p99", "phase": "successful",
                      "value": rng.randint(120, 230), "threshold": 250}
        r = {"id": "", "service": d.service, "strategy": "canary", "step": 5, "steps": 5,
             "weight": 100, "phase": "healthy", "updated": "", "version": version_str(d.version),
             "message": "", "analysis": []}
        if d is canary:
            r.update(step=2, weight=25, phase="progressing",
                     updated=iso(datetime(2026, 3, 2, 8, 52, 40, tzinfo=timezone.utc)),
                     message="Paused at step 2/5 (weight 25%): analysis running",
                     analysis=[{"metric": "error-rate", "phase": "successful", "value": 0.3,
                                "threshold": 1.0},
                               {"metric": "latency-p99", "phase": "running", "value": 180,
                                "threshold": 250}])
        elif d.service == BLUE_GREEN:
            if d.status == "success":
                r.update(strategy="blueGreen", step=2, steps=2,
                         updated=iso(d.time + minutes(rng, 8, 20)),
                         message="Preview verified, active service switched to the new version",
                         analysis=[ok_error])
            else:
                r.update(strategy="blueGreen", step=1, steps=2, weight=0, phase="aborted",
                         updated=iso(d.time + minutes(rng, 5, 12)),
                         message="Preview pods not ready: progress deadline exceeded")
        elif d.status == "rolled_back":
            step = rng.choice((2, 3))
            error = round(rng.uniform(2.5, 6.5), 1)
            r.update(step=step, weight=(5, 25, 50, 75, 100)[step - 1], phase="aborted",
                     updated=iso(d.time + minutes(rng, 12, 30)),
                     message=f"error-rate {error}% > 1%: rolled back to the stable version",
                     analysis=[{"metric": "error-rate", "phase": "failed", "value": error,
                                "threshold": 1.0}, ok_latency])
        elif d.status == "failed":
            r.update(step=1, weight=5, phase="aborted", updated=iso(d.time + minutes(rng, 10, 15)),
                     message="Progress deadline exceeded: canary pods not ready")
        else:
            r.update(updated=iso(d.time + minutes(rng, 35, 55)), message="Rollout completed",
                     analysis=[ok_error, ok_latency])
        out.append(r)
    # A generator of its own, so that the stories leave every other part of the demo as it was.
    story_rng = random.Random(7)
    for r in out:
        add_rollout_story(story_rng, r)
    out.sort(key=lambda r: (r["updated"], r["service"]))
    for n, r in enumerate(out, 1):
        r["id"] = f"ro-{n}"
    return out


CANARY_WEIGHTS = (5, 25, 50, 75, 100)


def add_rollout_story(rng: random.Random, r: dict) -> None:
    """What the rollout panel draws: the declared steps, how the weight moved (the history), and
    the analysis measurements against their thresholds, ending in the state the rollout is in."""
    end = datetime.strptime(r["updated"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    r["location"] = "prod-eu/shop"
    if r["strategy"] != "canary":
        return
    r["stepList"] = [{"setWeight": w} for w in CANARY_WEIGHTS]
    r["stableWeight"] = 100 - r["weight"] if r["phase"] != "aborted" else 100
    # Steps about eight minutes apart, the last one at the rollout's update time.
    reached = r["step"]
    start = end - timedelta(minutes=8 * reached)
    history = []
    for step in range(1, reached + 1):
        at = start + timedelta(minutes=8 * step - rng.uniform(0, 2))
        history.append({"time": iso(at), "step": step, "weight": CANARY_WEIGHTS[step - 1],
                        "phase": "progressing"})
    if r["phase"] == "aborted":
        history.append({"time": iso(end), "step": reached, "weight": 0, "phase": "aborted"})
    elif r["phase"] == "healthy":
        history.append({"time": iso(end), "step": reached, "weight": 100, "phase": "healthy"})
    r["history"] = history
    # A measurement a minute from the first step on; a failing metric climbs to its last value.
    count = max(4, min(12, 8 * reached // 2))
    for metric in r["analysis"]:
        metric["condition"] = ("result[0] <= %g" % metric["threshold"])
        points = []
        for i in range(count):
            at = end - timedelta(minutes=(count - 1 - i) * 1.5 + 0.5)
            if metric["phase"] == "failed":
                value = metric["value"] * (0.15 + 0.85 * (i / (count - 1)) ** 2)
            else:
                value = metric["value"] * rng.uniform(0.8, 1.15)
                value = min(value, metric["threshold"] * 0.95)
            if i == count - 1:
                value = metric["value"]
            phase = "failed" if value > metric["threshold"] else "successful"
            points.append({"time": iso(at), "value": round(value, 2), "phase": phase})
        metric["measurements"] = points


def make_verifications(rng: random.Random, deploys: list[Deployment],
                       builds: dict[str, list[Build]]) -> list[dict]:
    """Contract verifications, run after a new version reached staging: the new consumer version
    against the provider versions in staging and production, and a new provider version against
    the consumer versions in staging and production."""
    by_service: dict[str, list[Deployment]] = {}
    for d in deploys:
        by_service.setdefault(d.service, []).append(d)

    def new_in_staging(service):
        seen, out = set(), []
        for d in by_service.get(service, []):
            if d.environment == "staging" and d.status == "success" and d.version not in seen:
                seen.add(d.version)
                out.append(d)
        return out

    def running(service, t):
        versions = []
        for env in ("production", "staging"):
            d = current(by_service.get(service, []), env, t)
            if d is not None and d.version not in versions:
                versions.append(d.version)
        return versions

    edges = [(s.name, p) for s in CATALOG if s.has_code for p, kind in s.depends_on
             if kind == "sync" and BY_NAME[p].has_code and (s.name, p) not in NO_CONTRACT_TESTS]
    found: dict[tuple, dict] = {}
    for consumer, provider in edges:
        events = []
        for d in new_in_staging(consumer):
            t = d.time + minutes(rng, 2, 10)
            events += [(t, d.version, pv) for pv in running(provider, t)]
        for d in new_in_staging(provider):
            t = d.time + minutes(rng, 2, 10)
            events += [(t, cv, d.version) for cv in running(consumer, t)]
        for t, cv, pv in sorted(events):
            key = (consumer, cv, provider, pv)
            if t <= ANCHOR and key not in found:
                found[key] = {"id": "", "consumer": consumer, "consumerVersion": version_str(cv),
                              "provider": provider, "providerVersion": version_str(pv),
                              "result": "success", "verifiedAt": iso(t),
                              "url": f"{CONTRACTS}/{consumer}/{version_str(cv)}/{provider}/"
                                     f"{version_str(pv)}"}

    # Blocked: orders 2.14.0 has no verdict against the payments version in production.
    consumer, blocked_version = BLOCKED
    prod_payments = current(by_service[BLOCKED_PROVIDER], "production", ANCHOR).version
    key = (consumer, blocked_version, BLOCKED_PROVIDER, prod_payments)
    staged = [d for d in by_service[consumer] if d.environment == "staging"
              and d.version == blocked_version and d.status == "success"]
    payments_since = current(by_service[BLOCKED_PROVIDER], "production", ANCHOR).time
    t = max(staged[0].time, payments_since) + minutes(rng, 3, 8)
    found[key] = dict(found.get(key) or {
        "id": "", "consumer": consumer, "consumerVersion": version_str(blocked_version),
        "provider": BLOCKED_PROVIDER, "providerVersion": version_str(prod_payments),
        "url": f"{CONTRACTS}/{consumer}/{version_str(blocked_version)}/{BLOCKED_PROVIDER}/"
               f"{version_str(prod_payments)}"})
    found[key].update(result="unknown", verifiedAt=iso(t))

    # A couple of historical failures, fixed by a later version: a consumer version that failed
    # against its provider and never went to production, followed by a successful newer one.
    prod_versions = {(d.service, d.version) for d in deploys if d.environment == "production"}
    early = START + timedelta(days=10)
    candidates = []
    for k, v in found.items():
        c, cv, p, pv = k
        if (v["result"] == "success" and v["verifiedAt"] <= iso(early) and (c, cv) not in
                prod_versions and c != BLOCKED[0] and
                any(k2[0] == c and k2[2] == p and k2[1] > cv and v2["result"] == "success"
                    for k2, v2 in found.items())):
            candidates.append(k)
    picked = []
    for k in rng.sample(candidates, len(candidates)):
        if all(k[0] != q[0] and k[2] != q[2] for q in picked):
            picked.append(k)
        if len(picked) == 2:
            break
    for k in picked:
        found[k]["result"] = "failed"

    out = sorted(found.values(), key=lambda v: (v["verifiedAt"], v["consumer"], v["provider"],
                                                v["consumerVersion"], v["providerVersion"]))
    for n, v in enumerate(out, 1):
        v["id"] = f"v-{n}"
    return out


def make_flags(rng: random.Random) -> list[dict]:
    out = []
    for key, service, *enabled in FLAGS:
        t = at(rng.choice(weekdays(date(2026, 2, 20))), rng.randint(8 * 3600, 17 * 3600))
        for env, on in zip(ENVIRONMENTS, enabled):
            out.append({"key": key, "environment": env, "enabled": on, "service": service,
                        "updated": iso(t)})
            t = min(t + minutes(rng, 60, 3 * 24 * 60), ANCHOR - timedelta(hours=2))
    return out


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

def workspace_yaml() -> str:
    lines = [
        "# Signalbox demo workspace: an online shop.",
        "# GENERATED by generate_demo.py (same folder) - do not edit by hand;",
        "# change the script and run: python3 resources/demo/generate_demo.py",
        "signalbox: 1",
        "name: Online shop (demo)",
        "environments: [" + ", ".join(ENVIRONMENTS) + "]",
        "services:",
    ]
    for s in CATALOG:
        lines += [f"  - name: {s.name}",
                  f"    owner: {s.owner}",
                  f"    system: {s.system}",
                  f"    tier: {s.tier}",
                  f"    kind: {s.kind}"]
        if s.repository:
            lines.append(f"    repository: {s.repository}")
        if s.depends_on:
            lines.append("    dependsOn:")
            for provider, kind in s.depends_on:
                if kind == "sync":
                    lines.append(f"      - {provider}")
                else:
                    lines.append(f"      - {{ service: {provider}, kind: {kind} }}")
    lines += [
        "sources:",
        "  - kind: file",
        "    name: demo-data",
        f"    path: {DATA_FILE}",
        "    rebaseTimes: true",
    ]
    return "\n".join(lines) + "\n"


def data_json(data: dict) -> str:
    """Compact JSON with one array element per line, so diffs stay readable."""
    keys = list(data)
    lines = ["{"]
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        value = data[key]
        if isinstance(value, list):
            lines.append(json.dumps(key) + ":[")
            for j, element in enumerate(value):
                lines.append(json.dumps(element, separators=(",", ":"), ensure_ascii=False)
                             + ("," if j < len(value) - 1 else ""))
            lines.append("]" + comma)
        else:
            lines.append(json.dumps(key) + ":" + json.dumps(value) + comma)
    lines.append("}")
    return "\n".join(lines) + "\n"


def write(name: str, text: str) -> str:
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return path


def main() -> None:
    data, story = generate()
    write(WORKSPACE_FILE, workspace_yaml())
    path = write(DATA_FILE, data_json(data))

    print(f"wrote {WORKSPACE_FILE} ({len(CATALOG)} services) and {DATA_FILE} "
          f"({os.path.getsize(path) / 1e6:.2f} MB), anchor {data['anchor']}")
    for key in ("runs", "jobs", "deployments", "rollouts", "verifications", "flags", "incidents"):
        print(f"  {key:<14}{len(data[key]):>6}")
    culprit, failed_at = story["culprit"]
    print(f"cascade: {culprit} main failed at {iso(failed_at)} "
          f"({(ANCHOR - failed_at).total_seconds() / 60:.0f} min before the anchor)")
    for red, previous in story["victims"]:
        after = (red.started - failed_at).total_seconds() / 60
        print(f"  {red.service:<14}{red.id:<24} started {iso(red.started)} (+{after:.0f} min), "
              f"failed {iso(red.finished)}, commit {red.commit[:10]} = green {previous.id}")
    canary, stable = story["canary"]
    print(f"canary: {canary.service} {version_str(canary.version)} at 25% in production "
          f"(stable {version_str(stable.version)})")
    print(f"blocked: {BLOCKED[0]} {version_str(BLOCKED[1])} in staging, unverified against "
          f"{BLOCKED_PROVIDER} in production")
    print("rolled back: " + ", ".join(f"{d.service} {version_str(d.version)} ({iso(d.time)})"
                                      for d in story["rolled_back"]))
    print(f"flaky: {FLAKY} passed on re-run at " + ", ".join(iso(r.started)
                                                             for r in story["flaky"]))
    gate, tested = CONTRACT_GATE
    print(f"{CONTRACT_JOB}: failed in {gate}'s " + ", ".join(f"{r.id} ({iso(r.started)})"
                                                         for r in story["gated"])
          + f", so {gate} waited on the contract tests of {tested}")
    for entry, cause in story["incidents"]:
        print(f"incident {entry['id']}: {entry['title']} ({entry['created']}"
              f"{', open' if 'resolved' not in entry else ''}), {cause.id} {cause.service} "
              f"{version_str(cause.version)}")


if __name__ == "__main__":
    main()
