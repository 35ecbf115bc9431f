/* The process-start floor: a C program that only prints a line. */
#include <stdio.h>

int main(void)
{
    puts("Tuesday 30 June 2026");
    return 0;
}
