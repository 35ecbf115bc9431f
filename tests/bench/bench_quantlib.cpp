// QuantLib's Calendar::advance on the same holidays and anchors as foiclock.
//
// usage: bench_quantlib HOLIDAYS ANCHORS EXPECT20 [RUNS]
//
// A BespokeCalendar with Saturday and Sunday as the weekend and every
// non-working weekday of foiclock's uk calendar added as a holiday.
// advance(d, n, Days) counts d as day 0 whether or not it is a business
// day, as foiclock does. Prints "n ns_per_query" lines, medians.
#include <ql/time/calendars/bespokecalendar.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

using namespace QuantLib;

static std::vector<Date> read_dates(const char *path)
{
    std::ifstream in(path);
    std::vector<Date> v;
    std::string s;
    while (std::getline(in, s)) {
        if (s.size() < 10)
            continue;
        int y = std::atoi(s.substr(0, 4).c_str()), m = std::atoi(s.substr(5, 2).c_str()),
            d = std::atoi(s.substr(8, 2).c_str());
        v.emplace_back(d, Month(m), y);
    }
    return v;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: bench_quantlib HOLIDAYS ANCHORS EXPECT20 [RUNS]\n");
        return 2;
    }
    int runs = argc > 4 ? std::atoi(argv[4]) : 5;
    BespokeCalendar cal("foiclock-uk");
    cal.addWeekend(Saturday);
    cal.addWeekend(Sunday);
    for (const Date &d : read_dates(argv[1]))
        cal.addHoliday(d);
    std::vector<Date> anchors = read_dates(argv[2]), expect = read_dates(argv[3]);
    for (size_t i = 0; i < expect.size(); i++) {
        if (cal.advance(anchors[i], 20, Days) != expect[i]) {
            std::cerr << "QuantLib disagrees with foiclock at anchor " << anchors[i] << ": "
                      << cal.advance(anchors[i], 20, Days) << " vs " << expect[i] << "\n";
            return 1;
        }
    }
    long sink = 0;
    for (int n : {20, 40}) {
        std::vector<double> t;
        for (int r = 0; r < runs; r++) {
            auto t0 = std::chrono::steady_clock::now();
            for (const Date &d : anchors)
                sink += cal.advance(d, n, Days).serialNumber();
            std::chrono::duration<double, std::nano> dt = std::chrono::steady_clock::now() - t0;
            t.push_back(dt.count() / double(anchors.size()));
        }
        std::sort(t.begin(), t.end());
        std::printf("%d %.2f\n", n, t[t.size() / 2]);
    }
    std::fprintf(stderr, "(checksum %ld)\n", sink);
    return 0;
}
