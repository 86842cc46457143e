/*
 * rnd.h: the random numbers of the programs that write test catalogs,
 * bench/gencat.c and tests/adversarial/hostile.c.  xorshift64* gives
 * the same numbers on every platform, so that a catalog depends only
 * on the arguments it was made from.  The includer defines RND_SEED.
 */

static unsigned long long rnd_state = RND_SEED;

/* A number from 0 to n - 1. */
static unsigned long
rnd(unsigned long n)
{
	rnd_state ^= rnd_state >> 12;
	rnd_state ^= rnd_state << 25;
	rnd_state ^= rnd_state >> 27;
	return (unsigned long)((rnd_state * 0x2545f4914f6cdd1dULL) >> 33) % n;
}
