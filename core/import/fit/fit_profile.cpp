#include "import/fit/fit_profile.h"

namespace stridewell::core::fit {

Sport sportOf(int sport, int subSport)
{
    switch (sport) {
    case 0:                                  // generic: a file that does not say is taken as a run
    case 1:                                  // running
        if (subSport == 1 || subSport == 45) // treadmill, indoor_running
            return Sport::TreadmillRunning;
        if (subSport == 3) // trail
            return Sport::TrailRunning;
        if (sport == 1 && subSport == 58) // virtual_activity
            return Sport::TreadmillRunning;
        return Sport::Running;
    case 2:  // cycling
    case 21: // e_biking
        return Sport::Cycling;
    case 5: // swimming
        return Sport::Swimming;
    case 11: // walking
        return Sport::Walking;
    case 17: // hiking
    case 16: // mountaineering
        return Sport::Hiking;
    default:
        return Sport::Other;
    }
}

} // namespace stridewell::core::fit
