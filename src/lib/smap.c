/* smap.c — a string → size_t map (see smap.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/smap.h"
#include "ocop/util.h"

/* FNV-1a: short keys (ids, tax codes, folded names) hash well enough. */
static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* The slot of key, or the empty slot where it would go. */
static size_t smap_slot(const struct smap *m, const char *key)
{
	size_t i = (size_t)hash_str(key) & (m->cap - 1);

	while (m->keys[i] && strcmp(m->keys[i], key))
		i = (i + 1) & (m->cap - 1);
	return i;
}

bool smap_get(const struct smap *m, const char *key, size_t *val)
{
	size_t i;

	if (!m->cap || !key)
		return false;
	i = smap_slot(m, key);
	if (!m->keys[i])
		return false;
	*val = m->vals[i];
	return true;
}

/* Double the table (the keys move, not copied) to keep it half empty. */
static void smap_grow(struct smap *m)
{
	struct smap bigger = { NULL, NULL, m->cap ? m->cap * 2 : 64, 0 };
	size_t i;

	bigger.keys = xcalloc(bigger.cap, sizeof(*bigger.keys));
	bigger.vals = xcalloc(bigger.cap, sizeof(*bigger.vals));
	for (i = 0; i < m->cap; i++)
		if (m->keys[i]) {
			size_t j = smap_slot(&bigger, m->keys[i]);

			bigger.keys[j] = m->keys[i];
			bigger.vals[j] = m->vals[i];
			bigger.nr++;
		}
	free(m->keys);
	free(m->vals);
	*m = bigger;
}

void smap_put(struct smap *m, const char *key, size_t val)
{
	size_t i;

	if ((m->nr + 1) * 2 > m->cap)
		smap_grow(m);
	i = smap_slot(m, key);
	if (!m->keys[i]) {
		m->keys[i] = xstrdup(key);
		m->nr++;
	}
	m->vals[i] = val;
}

void smap_release(struct smap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}
