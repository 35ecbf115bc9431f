/* The iCalendar functions foiclock._ical hands to foiclock._foiclock in a
 * capsule. They live in a module of their own so that only a program that
 * asks for iCalendar output loads libical (with ICU and the C++ runtime). */
#ifndef FOICLOCK_PYTHON_ICAL_API_H
#define FOICLOCK_PYTHON_ICAL_API_H

#include <foiclock/error.h>
#include <foiclock/ical.h>

#define FOICLOCK_ICAL_CAPSULE "foiclock._ical._api"

struct foiclock_ical_api {
    void (*options_init)(foi_ics_options *o);
    int (*deadline)(char **out, const foi_deadline *d, const char *ref, const foi_ics_options *o);
    int (*timelines)(char **out, const foi_case *const *cases, const foi_timeline *const *timelines,
                     size_t n, const foi_ics_options *o);
    void (*free)(char *s);
    /* The module carries its own copy of the library, so its messages are
     * read through its own foi_error_last. */
    const char *(*error_last)(void);
};

#endif
