/* The same one-line program linked against libical (which pulls in ICU and
 * the C++ runtime), to show what linking it would add to every command. */
#include <stdio.h>

#include <libical/ical.h>

int main(void)
{
    /* A call into libical, so that the library is really linked and loaded. */
    const char *v = ICAL_VERSION;
    puts(v && icaltime_is_null_time(icaltime_null_time()) ? "Tuesday 30 June 2026" : "?");
    return 0;
}
