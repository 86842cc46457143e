/*
 * A library preloaded into the generator by tests/race/swap.sh, to
 * change the target of -o at the one moment between two system calls
 * where a change used to be missed.  Another process can hit that
 * moment only by chance; this one hits it every time.
 *
 * SHIM_TARGET names the target, as the generator is given it.  With
 * SHIM_OPEN_SWAP set to a file name, the first open() of the target
 * for writing first renames that file over the target.  With
 * SHIM_LSTAT_LINK set to a path, the first lstat() of the target first
 * makes it a symbolic link to that path, and with SHIM_FSYNC_LINK set,
 * so does the first fsync(), which comes once the page is written.
 * SHIM_FIRED names a file that is made when a change is made, so that
 * the test knows that the library took effect.
 */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int	 fired;

/* Is path the target, and is this the first call that may change it? */
static int
first_call(const char *path, const char *what)
{
	const char	*target = getenv("SHIM_TARGET");
	const char	*mark = getenv("SHIM_FIRED");
	int		 fd;

	if (fired || target == NULL || getenv(what) == NULL ||
	    strcmp(path, target) != 0)
		return 0;
	fired = 1;
	if (mark != NULL && (fd = creat(mark, 0644)) != -1)
		close(fd);
	return 1;
}

int
open(const char *path, int flags, ...)
{
	static int	(*next)(const char *, int, ...);
	va_list		 ap;
	mode_t		 mode = 0;

	/* ISO C has no cast from an object pointer to a function one. */
	if (next == NULL)
		*(void **)&next = dlsym(RTLD_NEXT, "open");
#ifdef O_TMPFILE
	if (flags & (O_CREAT | O_TMPFILE)) {
#else
	if (flags & O_CREAT) {
#endif
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	if ((flags & O_ACCMODE) != O_RDONLY &&
	    first_call(path, "SHIM_OPEN_SWAP"))
		rename(getenv("SHIM_OPEN_SWAP"), path);
	return next(path, flags, mode);
}

int
lstat(const char *path, struct stat *st)
{
	static int	(*next)(const char *, struct stat *);

	if (next == NULL)
		*(void **)&next = dlsym(RTLD_NEXT, "lstat");
	if (first_call(path, "SHIM_LSTAT_LINK"))
		symlink(getenv("SHIM_LSTAT_LINK"), path);
	return next(path, st);
}

int
fsync(int fd)
{
	static int	(*next)(int);
	const char	*target = getenv("SHIM_TARGET");

	if (next == NULL)
		*(void **)&next = dlsym(RTLD_NEXT, "fsync");
	if (target != NULL && first_call(target, "SHIM_FSYNC_LINK")) {
		unlink(target);
		symlink(getenv("SHIM_FSYNC_LINK"), target);
	}
	return next(fd);
}
