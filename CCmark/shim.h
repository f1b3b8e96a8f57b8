#ifndef STEADY_CCMARK_SHIM_H
#define STEADY_CCMARK_SHIM_H
/* Debian's libcmark-dev (pkg-config: libcmark). */
#include <cmark.h>
#endif
