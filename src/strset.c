/*
 * A set of strings with a number attached to each (the line where it
 * was first seen), for the checks that must notice duplicates: key
 * values and Texinfo node names.  Open addressing with linear probing
 * keeps it small; the table doubles before it is half full, so a
 * catalog of a million records is checked in linear time.
 */

#include <stdlib.h>
#include <string.h>

#include "docgen.h"

static size_t
hash(const char *s)
{
	size_t	 h = 2166136261u;	/* FNV-1a */

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

static void
grow(struct strset *set)
{
	struct strset	 bigger;
	size_t		 i, j, mask;

	bigger.cap = set->cap == 0 ? 64 : set->cap * 2;
	bigger.n = 0;
	bigger.keys = xreallocarray(NULL, bigger.cap, sizeof(*bigger.keys));
	bigger.vals = xreallocarray(NULL, bigger.cap, sizeof(*bigger.vals));
	bigger.hashes = xreallocarray(NULL, bigger.cap,
	    sizeof(*bigger.hashes));
	memset(bigger.keys, 0, bigger.cap * sizeof(*bigger.keys));
	mask = bigger.cap - 1;
	for (i = 0; i < set->cap; i++) {
		if (set->keys[i] == NULL)
			continue;
		for (j = set->hashes[i] & mask; bigger.keys[j] != NULL;
		    j = (j + 1) & mask)
			continue;
		bigger.keys[j] = set->keys[i];
		bigger.vals[j] = set->vals[i];
		bigger.hashes[j] = set->hashes[i];
	}
	bigger.n = set->n;
	free(set->keys);
	free(set->vals);
	free(set->hashes);
	*set = bigger;
}

/*
 * Add a key that must outlive the set.  If the key is there already,
 * return its number and leave the set as it was; else return 0.
 */
size_t
strset_add(struct strset *set, const char *key, size_t val)
{
	size_t	 i, h = hash(key);

	if (2 * (set->n + 1) > set->cap)
		grow(set);
	for (i = h & (set->cap - 1); set->keys[i] != NULL;
	    i = (i + 1) & (set->cap - 1))
		if (set->hashes[i] == h && strcmp(set->keys[i], key) == 0)
			return set->vals[i];
	set->keys[i] = key;
	set->vals[i] = val;
	set->hashes[i] = h;
	set->n++;
	return 0;
}

int
strset_has(const struct strset *set, const char *key)
{
	size_t	 i, h;

	if (set->cap == 0)
		return 0;
	h = hash(key);
	for (i = h & (set->cap - 1); set->keys[i] != NULL;
	    i = (i + 1) & (set->cap - 1))
		if (set->hashes[i] == h && strcmp(set->keys[i], key) == 0)
			return 1;
	return 0;
}

void
strset_free(struct strset *set)
{
	free(set->keys);
	free(set->vals);
	free(set->hashes);
	memset(set, 0, sizeof(*set));
}
