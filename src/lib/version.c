/* Run-time twins of the version macros. */
#include <foiclock/version.h>

int foi_version_number(void)
{
    return FOICLOCK_VERSION_NUMBER;
}

const char *foi_version_string(void)
{
    return FOICLOCK_VERSION_STRING;
}
