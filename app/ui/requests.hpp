// What screens ask for. Screens never change state while drawing: they push requests
// here, and the app applies them after the frame is drawn (engine commands go to the
// session; the rest change which view is on show).
#pragma once

#include "comfort_settings.hpp"
#include "commands.hpp"
#include "store.hpp"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace primer::ui {

struct SignInAs {
    Learner learner;
};
struct ShowMap {};
struct AcceptNotice {};
struct ToggleSupport {};
struct ToggleHelp {};
struct ToggleComfort {};
struct ChangeComfort {
    ComfortSettings settings;
};
// The learner chose the language of the player's words (a BCP 47 tag, "cy"); kept with the comfort settings.
struct ChangeLanguage {
    std::string tag;
};
struct TakeBreak {};
struct EndBreak {};
struct Quit {};
struct ToggleReadAloud {};  // start or stop reading the screen aloud
struct OpenLink {
    std::string url;
};
struct SaveCertificate {};  // the learner's certificate of completion, into their documents folder

// Into, within and out of the manager view (manager_controller.cpp applies them).
struct ManagerRequest {
    enum class Kind { Open, Leave, Unlock, SetPassphrase, ApplyFilter, Export, Sync } kind;
    std::string first;   // the passphrase typed (Unlock, SetPassphrase)
    std::string second;  // its repeat (SetPassphrase)
};

using Request = std::variant<Command, SignInAs, ShowMap, AcceptNotice, ToggleSupport, ToggleHelp, TakeBreak, EndBreak,
                             OpenLink, Quit, ManagerRequest, ToggleReadAloud, ToggleComfort, ChangeComfort,
                             ChangeLanguage, SaveCertificate>;

class RequestQueue {
public:
    void push(Request request) { m_pending.push_back(std::move(request)); }
    std::vector<Request> take() { return std::exchange(m_pending, {}); }

private:
    std::vector<Request> m_pending;
};

}  // namespace primer::ui
