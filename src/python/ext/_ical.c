/* foiclock._ical: iCalendar export for the Python module, loaded on the first
 * to_ics() call. It hands foiclock._foiclock a table of functions in a
 * capsule; the deadlines and timelines it renders are computed by that
 * module and only read here. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "ical_api.h"

static struct foiclock_ical_api api = {
    foi_ics_options_init, foi_ics_deadline, foi_ics_timelines, foi_ics_free, foi_error_last,
};

static struct PyModuleDef ical_module = {
    PyModuleDef_HEAD_INIT,
    "foiclock._ical",
    "iCalendar export for foiclock (used through Deadline.to_ics and Timeline.to_ics).",
    -1,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC PyInit__ical(void);

PyMODINIT_FUNC PyInit__ical(void)
{
    PyObject *m = PyModule_Create(&ical_module);
    if (!m)
        return NULL;
    PyObject *cap = PyCapsule_New((void *)&api, FOICLOCK_ICAL_CAPSULE, NULL);
    if (!cap || PyModule_AddObject(m, "_api", cap) < 0) {
        Py_XDECREF(cap);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
