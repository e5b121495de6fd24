#pragma once

#include "analysis/teamleadreport.h"

// One synthetic delivery history for the DORA, checklist and team-lead benchmarks, so the three
// read the same kind of data and their figures can be compared: services in a chain of
// dependencies, a year of pipeline runs (jobs for the failed ones), commits with random shas,
// deployments shipping those commits, and optionally contract verifications, analysed rollouts
// and incidents.
namespace Signalbox::Bench {

inline constexpr EpochMs Start = 1'704'067'200'000; // 2024-01-01
inline constexpr qint64 Year = 365 * DoraDayMs;

struct DeliveryShape
{
    int services = 200;
    int runsPerService = 0; // spread over the year
    int commitsPerService = 0; // spread over the year; every 500th (at least 10 per service)
                               // changes the pipeline
    int deploymentsPerService = 0;
    // Every other deployment goes to staging, the next one ships the same commit to production;
    // otherwise every deployment is a production one.
    bool stagingBeforeProduction = false;
    bool checks = false; // contract verifications and analysed rollouts beside some deployments
    int incidentsPerService = 0;
    int newServices = 20; // the first ones start their commits later (question 6)
    EpochMs newServicesFrom = Start + Year / 2;
    EpochMs from = Start + Year / 4;
    EpochMs to = Start + Year;
};

TeamLeadInput makeDeliveryData(const DeliveryShape &shape);

long peakRssMb();

} // namespace Signalbox::Bench
