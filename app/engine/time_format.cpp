#include "time_format.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace primer {
namespace {

struct Parts {
    int year;
    unsigned month, day;
    long long hours, minutes, seconds, millis;
};

Parts split(Millis at) {
    using namespace std::chrono;
    const sys_time<milliseconds> point{milliseconds{at}};
    const sys_days day = floor<days>(point);
    const year_month_day date{day};
    const milliseconds in_day = point - day;
    return {static_cast<int>(date.year()), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
            in_day.count() / 3'600'000, in_day.count() / 60'000 % 60, in_day.count() / 1000 % 60,
            in_day.count() % 1000};
}

}  // namespace

std::string format_utc(Millis at) {
    const Parts p = split(at);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", p.year, p.month, p.day, p.hours,
                  p.minutes, p.seconds, p.millis);
    return text;
}

std::string format_clock(long long seconds) {
    seconds = std::max(seconds, 0LL);
    char text[48];
    if (seconds >= 3600)
        std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60);
    else
        std::snprintf(text, sizeof text, "%lld:%02lld", seconds / 60, seconds % 60);
    return text;
}

std::optional<Millis> parse_utc(const std::string& text) {
    int year = 0;
    unsigned month = 0, day = 0, hours = 0, minutes = 0, seconds = 0, millis = 0;
    char zone = 0;
    int used = 0;
    if (text.size() != 24 ||
        std::sscanf(text.c_str(), "%4d-%2u-%2uT%2u:%2u:%2u.%3u%c%n", &year, &month, &day, &hours, &minutes, &seconds,
                    &millis, &zone, &used) != 8 ||
        zone != 'Z' || used != 24)
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    if (!date.ok() || hours > 23 || minutes > 59 || seconds > 59) return std::nullopt;
    const auto point = sys_days{date} + std::chrono::hours{hours} + std::chrono::minutes{minutes} +
                       std::chrono::seconds{seconds} + std::chrono::milliseconds{millis};
    return point.time_since_epoch().count();
}

std::string format_date(Millis at) {
    const Parts p = split(at);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", p.year, p.month, p.day);
    return text;
}

std::string format_duration(Millis span) {
    if (span < 0) span = 0;
    const long long hundredths = (span + 5) / 10;
    const long long hours = hundredths / 360'000;
    const long long minutes = hundredths / 6'000 % 60;
    const long long seconds = hundredths / 100 % 60;
    const long long fraction = hundredths % 100;
    std::string text = "PT";
    if (hours) text += std::to_string(hours) + "H";
    if (minutes) text += std::to_string(minutes) + "M";
    if (seconds || fraction || text == "PT") {
        text += std::to_string(seconds);
        if (fraction) {
            char digits[4];
            std::snprintf(digits, sizeof digits, ".%02lld", fraction);
            std::string decimals = digits;
            if (decimals.back() == '0') decimals.pop_back();
            text += decimals;
        }
        text += "S";
    }
    return text;
}

}  // namespace primer
