/*
 * A set of strings with a number attached to each (the line where it
 * was first seen, or a field name's key), for the checks that must
 * notice duplicates: key values and Texinfo node names, and for the
 * numbering of field names.
 *
 * It is a crit-bit tree: each inner node tests the first bit at which
 * the keys below it differ, and each key is a leaf.  A search tests at
 * most a few bits of each byte of the key it looks for and compares one
 * key, whatever the other keys are, so no catalog, however its names
 * were chosen, makes the checks slower than linear in its size.  That
 * holds for a key the set lacks too: a node that tests a byte past the
 * end of the key looked for ends the search, since the keys below it
 * all share more bytes than the key has.  A
 * hash table could be flooded by names that collide, as the catalog's
 * author may pick them.  The tree does not depend on a random seed, so
 * a run is the same on every machine; nothing walks it in its own
 * order, and the order of the output never depends on it.
 *
 * The nodes live in two arrays, the keys and their numbers in the order
 * they were added and the inner nodes after them, and a child is an
 * index: even for an inner node, odd for a key.
 */

#include <stdlib.h>
#include <string.h>

#include "docgen.h"

#define IS_LEAF(c)	(((c) & 1) != 0)
#define LEAF(i)		(2 * (i) + 1)
#define INNER(i)	(2 * (i))

static size_t	 dir_of(const struct strnode *, const char *, size_t);
static size_t	 leaf_for(const struct strset *, const char *, size_t);

/* The side of the node that the key goes to: 1 if it has the bit. */
static size_t
dir_of(const struct strnode *nd, const char *key, size_t len)
{
	unsigned char	 c = nd->byte < len ? (unsigned char)key[nd->byte] : 0;

	return (c & nd->bit) != 0;
}

/*
 * The key that shares the longest prefix of bits tested on the way
 * down with the key looked for: the key itself, if the set holds it.
 * Below a node that tests a byte past the key's end, the keys agree
 * with one another on every byte up to that one, the key's terminating
 * NUL included.  Were one of them the key, all would be, and they are
 * different keys; so none is, and each differs from the key first at
 * the same bit.  Any of them will do, then, and the key added with the
 * node, the next one after its number, is one.  Without this, a key
 * the set lacks would go down as far as the longest keys do.
 */
static size_t
leaf_for(const struct strset *set, const char *key, size_t len)
{
	size_t	 c = set->root;

	while (!IS_LEAF(c)) {
		if (set->nodes[c / 2].byte > len)
			return c / 2 + 1;
		c = set->nodes[c / 2].child[dir_of(&set->nodes[c / 2], key,
		    len)];
	}
	return c / 2;
}

/*
 * Add a key that must outlive the set.  If the key is there already,
 * return its number and leave the set as it was; else return 0.
 */
size_t
strset_add(struct strset *set, const char *key, size_t val)
{
	struct strnode	*nd;
	const char	*old;
	size_t		 len = strlen(key), i, byte, *where;
	unsigned int	 diff, bit;

	set->keys = xmore(set->keys, set->n, sizeof(*set->keys));
	set->vals = xmore(set->vals, set->n, sizeof(*set->vals));
	if (set->n == 0) {
		set->keys[0] = key;
		set->vals[0] = val;
		set->root = LEAF(0);
		set->n = 1;
		return 0;
	}

	/* The first bit where the key and its nearest key differ. */
	old = set->keys[i = leaf_for(set, key, len)];
	for (byte = 0; old[byte] == key[byte]; byte++)
		if (key[byte] == '\0')
			return set->vals[i];
	diff = (unsigned char)old[byte] ^ (unsigned char)key[byte];
	for (bit = 0x80; (diff & bit) == 0; bit >>= 1)
		continue;

	/*
	 * The new inner node goes above the first node on the way down
	 * that tests a later bit: the bits are tested in the order of
	 * the keys' bytes, and within a byte from the highest.
	 */
	set->nodes = xmore(set->nodes, set->n - 1, sizeof(*set->nodes));
	where = &set->root;
	while (!IS_LEAF(*where)) {
		nd = &set->nodes[*where / 2];
		if (nd->byte > byte || (nd->byte == byte && nd->bit < bit))
			break;
		where = &nd->child[dir_of(nd, key, len)];
	}
	nd = &set->nodes[set->n - 1];
	nd->byte = byte;
	nd->bit = bit;
	nd->child[((unsigned char)key[byte] & bit) != 0] = LEAF(set->n);
	nd->child[((unsigned char)key[byte] & bit) == 0] = *where;
	*where = INNER(set->n - 1);
	set->keys[set->n] = key;
	set->vals[set->n] = val;
	set->n++;
	return 0;
}

/* The number of the key, or 0 if the set does not hold it. */
size_t
strset_has(const struct strset *set, const char *key)
{
	size_t	 i;

	if (set->n == 0)
		return 0;
	i = leaf_for(set, key, strlen(key));
	return strcmp(set->keys[i], key) == 0 ? set->vals[i] : 0;
}

void
strset_free(struct strset *set)
{
	free(set->keys);
	free(set->vals);
	free(set->nodes);
	memset(set, 0, sizeof(*set));
}
