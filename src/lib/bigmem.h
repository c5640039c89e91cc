/*
 * bigmem.h — memory for a large read's big arrays and pools, in the
 * kernel's huge pages where it lets a program ask for them.
 */
#ifndef OCOP_BIGMEM_H
#define OCOP_BIGMEM_H

#include <stddef.h>

/* The size of a huge page on the machines ocop runs on (x86-64, arm64). */
#define BIGMEM_PAGE ((size_t)2 << 20)

/*
 * size bytes, as xmalloc gives them, freed with free(); from BIGMEM_PAGE
 * bytes on, aligned to it and marked for huge pages.
 */
void *big_malloc(size_t size);

/* n zeroed items of size bytes, as xcalloc gives them, by big_malloc. */
void *big_calloc(size_t n, size_t size);

#endif
