#include <xlsxwriter.h>
#include <stdio.h>
#include <sys/types.h>

/* glibc's fopencookie(), which <stdio.h> declares only under _GNU_SOURCE (Swift's Glibc module is built without it):
   a stdio stream whose writes call a function. XLSXWriter's LibraryMessages makes libxlsxwriter's
   fprintf(stderr, "[ERROR]…") lines go to the log through it. Same layout as glibc's cookie_io_functions_t. */
typedef struct {
    void *read;
    ssize_t (*write)(void *cookie, const char *buffer, size_t size);
    void *seek;
    void *close;
} mentoring_cookie_io_functions;
FILE *mentoring_fopencookie(void *cookie, const char *mode, mentoring_cookie_io_functions io) __asm__("fopencookie");
