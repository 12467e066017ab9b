// Who a learner is: the staff id, guarded against a mistyped id mixing two people.
#include "sign_in.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>

using namespace primer;

TEST_CASE("signing in creates, continues, and refuses a clashing name", "[session]") {
    test::TempDir dir;
    std::string error;
    auto store = Store::open(database_path(dir.path()), error);
    REQUIRE(store);

    SignInResult first = sign_in(*store, Learner{"A-100", "Ada Lovelace", "Northshire", 0}, 5000);
    REQUIRE(first.learner);
    CHECK(first.learner->created_at == 5000);
    CHECK(store->find_learner("A-100")->name == "Ada Lovelace");

    SignInResult again = sign_in(*store, Learner{"A-100", "ada lovelace", "", 0}, 9000);
    REQUIRE(again.learner);
    CHECK(again.learner->organisation == "Northshire");  // the stored details, not the typed ones
    CHECK(again.learner->created_at == 5000);

    SignInResult kiosk = sign_in(*store, Learner{"A-100", "", "", 0}, 9000);
    REQUIRE(kiosk.learner);
    CHECK(kiosk.learner->name == "Ada Lovelace");

    SignInResult clash = sign_in(*store, Learner{"A-100", "Charles Babbage", "", 0}, 9000);
    CHECK_FALSE(clash.learner);
    CHECK(clash.problem == "Staff id A-100 already belongs to Ada Lovelace. If that is you, choose it under "
                           "\"Continue as\"; otherwise check your staff id.");

    SignInResult nameless = sign_in(*store, Learner{"K-7", "", "", 0}, 9000);
    REQUIRE(nameless.learner);
    CHECK(nameless.learner->name == "K-7");
    CHECK_FALSE(sign_in(*store, Learner{"", "No Id", "", 0}, 9000).learner);
}
