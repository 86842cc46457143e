/*
 * A set of strings with a number attached to each (the line where it
 * was first seen, or a field name's key), for the checks that must
 * notice duplicates: key values and Texinfo node names, and for the
 * numbering of field names.  Open addressing with linear probing keeps
 * it small; the table doubles before it is half full, so a catalog of a
 * million records is checked in linear time.
 */

#include <stdlib.h>
#include <string.h>

#include "docgen.h"

static size_t	 hash(const char *);
static size_t	 slot(const struct strset *, const char *);
static void	 grow(struct strset *);

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

/*
 * The slot that holds the key, or the empty slot where it would go.
 * The table is never full, so the search always ends.
 */
static size_t
slot(const struct strset *set, const char *key)
{
	size_t	 i, mask = set->cap - 1;

	for (i = hash(key) & mask; set->keys[i] != NULL; i = (i + 1) & mask)
		if (strcmp(set->keys[i], key) == 0)
			break;
	return i;
}

static void
grow(struct strset *set)
{
	struct strset	 bigger;
	size_t		 i, j;

	bigger.cap = set->cap == 0 ? 64 : set->cap * 2;
	bigger.n = set->n;
	bigger.keys = xreallocarray(NULL, bigger.cap, sizeof(*bigger.keys));
	bigger.vals = xreallocarray(NULL, bigger.cap, sizeof(*bigger.vals));
	memset(bigger.keys, 0, bigger.cap * sizeof(*bigger.keys));
	for (i = 0; i < set->cap; i++) {
		if (set->keys[i] == NULL)
			continue;
		j = slot(&bigger, set->keys[i]);
		bigger.keys[j] = set->keys[i];
		bigger.vals[j] = set->vals[i];
	}
	free(set->keys);
	free(set->vals);
	*set = bigger;
}

/*
 * Add a key that must outlive the set.  If the key is there already,
 * return its number and leave the set as it was; else return 0.
 */
size_t
strset_add(struct strset *set, const char *key, size_t val)
{
	size_t	 i;

	if (2 * (set->n + 1) > set->cap)
		grow(set);
	i = slot(set, key);
	if (set->keys[i] != NULL)
		return set->vals[i];
	set->keys[i] = key;
	set->vals[i] = val;
	set->n++;
	return 0;
}

/* The number of the key, or 0 if the set does not hold it. */
size_t
strset_has(const struct strset *set, const char *key)
{
	size_t	 i;

	if (set->cap == 0)
		return 0;
	i = slot(set, key);
	return set->keys[i] != NULL ? set->vals[i] : 0;
}

void
strset_free(struct strset *set)
{
	free(set->keys);
	free(set->vals);
	memset(set, 0, sizeof(*set));
}
