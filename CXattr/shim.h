#ifndef STEADY_CXATTR_SHIM_H
#define STEADY_CXATTR_SHIM_H
/* The C library's extended-attribute calls, which Swift's Glibc module does not export. */
#if defined(__linux__)
#include <sys/xattr.h>
#endif
#endif
