/*
 * bigmem.c — memory for a large read's big arrays and pools.
 *
 * Reading 20,000 records keeps some 30 MB of views, written once each:
 * in 4 KiB pages that is thousands of page faults, and the TLB misses
 * that go with reading them back, which cost as much as the decoding
 * that is ocop's own.  A block of BIGMEM_PAGE bytes or more is aligned
 * to that size and marked MADV_HUGEPAGE before it is touched, so that a
 * kernel with transparent huge pages in "madvise" mode (the default of
 * most distributions) backs it with 2 MiB pages: a few dozen faults.
 * Elsewhere, or when the kernel says no, it is plain memory.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "ocop/util.h"
#include "bigmem.h"

void *big_malloc(size_t size)
{
	void *p;

	if (size < BIGMEM_PAGE)
		return xmalloc(size);
	if (posix_memalign(&p, BIGMEM_PAGE, size))
		die(EXIT_ENV, "out of memory");
#ifdef MADV_HUGEPAGE
	/* a hint: refused (no THP, an old kernel), the pages are small */
	(void)madvise(p, size, MADV_HUGEPAGE);
#endif
	return p;
}

void *big_calloc(size_t n, size_t size)
{
	void *p;

	if (size && n > SIZE_MAX / size)
		die(EXIT_ENV, "out of memory");
	if (n * size < BIGMEM_PAGE)
		return xcalloc(n, size);
	p = big_malloc(n * size);
	memset(p, 0, n * size);
	return p;
}
