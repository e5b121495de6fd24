// Stand-ins for the checklist's words while models/analysis/checklist.cpp is written on another
// branch: weak, so the real definitions win as soon as they are linked. Delete this file (and its
// two mentions in tests/*/CMakeLists.txt) when checklist.cpp is on main. The tests never compare
// with these words: they call the functions for the expected text.
#include "analysis/checklist.h"

using namespace Qt::StringLiterals;

namespace Signalbox {

[[gnu::weak]] QString questionText(ChecklistQuestion question)
{
    return u"Question %1?"_s.arg(int(question));
}

[[gnu::weak]] QString displayName(ChecklistAnswer answer)
{
    return u"answer-%1"_s.arg(int(answer));
}

[[gnu::weak]] int Checklist::yesCount() const
{
    int yes = 0;
    for (const ChecklistItem &item : items)
        yes += item.answer() == ChecklistAnswer::Yes ? 1 : 0;
    return yes;
}

[[gnu::weak]] QString verdictSentence(const Checklist &checklist)
{
    return u"Verdict: %1 yes of %2."_s.arg(checklist.yesCount()).arg(checklist.items.size());
}

} // namespace Signalbox
