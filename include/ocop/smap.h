/*
 * smap.h — a string → size_t map (open addressing, linear probing).
 *
 * For the indexes that turn a scan of every record into one look-up: an
 * import of 20,000 rows asks "is this tax code, this name, this id
 * known?" tens of thousands of times.  Keys are copied; entries are never
 * removed (a caller that must forget one stores a value that says so).
 * A zeroed struct smap is an empty map.
 */
#ifndef OCOP_SMAP_H
#define OCOP_SMAP_H

#include <stdbool.h>
#include <stddef.h>

struct smap {
	char **keys;
	size_t *vals;
	size_t cap, nr;
};

/* The value of key, in *val; false when key (or the map) has none. */
bool smap_get(const struct smap *m, const char *key, size_t *val);
/* Set key's value, adding the key when it is new. */
void smap_put(struct smap *m, const char *key, size_t val);
void smap_release(struct smap *m);

#endif
