/*
 * A library preloaded into the generator by tests/race/swap.sh, to
 * change the target of -o at the one moment between two system calls
 * where a change used to be missed.  Another process can hit such a
 * moment only by chance; this one hits it every time.
 *
 * SHIM_TARGET names the target, as the generator is given it, and
 * SHIM_CALL the call before which the change is made: "open" (of the
 * target, for writing), "stat", "lstat" or "readlink" (of the target),
 * "fsync" (of the page, once it is written), "close" (of a descriptor
 * of the target), or "lstat-temp", "linkat", "renameat" and "unlinkat"
 * (of a temporary file, one whose name starts ".docgen"; "unlinkat"
 * and "linkat" also of the target).
 * A look by fstatat() counts as "lstat" or "lstat-temp": there the
 * name is the last part of the path alone.
 * SHIM_DO says what the change is:
 *
 *	swap		rename the file SHIM_ARG over the target
 *	link		make the target a symbolic link to SHIM_ARG
 *	remove		remove the target
 *	temp-link	make the temporary file a symbolic link to SHIM_ARG
 *			(at fsync(), the file it is given, through /proc)
 *	temp-remove	remove the temporary file
 *	squat		make a file of mode 0600 of the name that linkat()
 *			is to make
 *	fail		make the call fail with EIO ("dup" names dup() of
 *			any descriptor)
 *	append		add a line to the file SHIM_ARG, as another
 *			writer would
 *	dir-move	rename the target's directory to SHIM_ARG, and
 *			make a new, empty one of its old name
 *	kill		send the process the signal SHIM_ARG names (PWR or
 *			STKFLT, which not every shell's kill knows), or
 *			SIGTERM
 *
 * The change is made at the first such call, or at every one with
 * SHIM_EVERY set.  SHIM_CALL2, SHIM_DO2 and SHIM_ARG2 make a second
 * change, at another call.  With SHIM_NO_TMPFILE set, a file without a name
 * cannot be made, as on systems without O_TMPFILE.  SHIM_FIRED names
 * a file made when a change is made, so that the test knows that the
 * library took effect.
 */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int	 fired[2];

/* The path of the file open on fd, by /proc, or "" if none is known. */
static void
fd_path(int fd, char *path, size_t size)
{
	char	 proc[64];
	ssize_t	 n;

	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	if ((n = readlink(proc, path, size - 1)) < 0)
		n = 0;
	path[n] = '\0';
}

/* The signal of the kill change. */
static int
signal_named(const char *name)
{
#ifdef SIGPWR
	if (strcmp(name, "PWR") == 0)
		return SIGPWR;
#endif
#ifdef SIGSTKFLT
	if (strcmp(name, "STKFLT") == 0)
		return SIGSTKFLT;
#endif
	return SIGTERM;
}

/*
 * Make change k (0 or 1) before the call named call, on path or on the
 * file open on fd, if it is due.  Returns 1 if the call is to fail.
 */
static int
change1(int k, const char *call, const char *path, int fd)
{
	const char	*target = getenv("SHIM_TARGET");
	const char	*want = getenv(k ? "SHIM_CALL2" : "SHIM_CALL");
	const char	*what = getenv(k ? "SHIM_DO2" : "SHIM_DO");
	const char	*arg = getenv(k ? "SHIM_ARG2" : "SHIM_ARG");
	const char	*mark = getenv("SHIM_FIRED");
	const char	*base, *tbase;
	struct stat	 byfd, byname;
	char		 temp[4096], dir[4096];
	int		 m;

	if (target == NULL || want == NULL || what == NULL ||
	    strcmp(call, want) != 0 ||
	    (fired[k] && getenv("SHIM_EVERY") == NULL))
		return 0;
	tbase = strrchr(target, '/') != NULL ? strrchr(target, '/') + 1 :
	    target;
	if (strcmp(call, "lstat-temp") == 0 || strcmp(call, "linkat") == 0 ||
	    strcmp(call, "renameat") == 0 || strcmp(call, "unlinkat") == 0) {
		base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 :
		    path;
		if (strncmp(base, ".docgen", 7) != 0 &&
		    !((strcmp(call, "unlinkat") == 0 ||
		    strcmp(call, "linkat") == 0) && strcmp(base, tbase) == 0))
			return 0;
	} else if (strcmp(call, "close") == 0) {
		/* /proc names a file made without a name as it was made. */
		if (fstat(fd, &byfd) == -1 || stat(target, &byname) == -1 ||
		    byfd.st_dev != byname.st_dev || byfd.st_ino != byname.st_ino)
			return 0;
	} else if (strcmp(call, "dup") != 0 && fd == -1 &&
	    strcmp(path, target) != 0 && (strcmp(call, "lstat") != 0 ||
	    strrchr(target, '/') == NULL ||
	    strcmp(path, strrchr(target, '/') + 1) != 0))
		return 0;
	if (mark != NULL && (m = creat(mark, 0644)) != -1)
		close(m);
	fired[k] = 1;
	if (arg == NULL)
		arg = "";
	if (strcmp(what, "fail") == 0)
		return 1;
	if (strcmp(what, "kill") == 0)
		raise(signal_named(arg));
	else if (strcmp(what, "append") == 0) {
		if ((m = open(arg, O_WRONLY | O_APPEND)) != -1) {
			if (write(m, "another writer's line\n", 22) != 22)
				errno = EIO;
			close(m);
		}
	}
	else if (strcmp(what, "dir-move") == 0) {
		snprintf(dir, sizeof(dir), "%s", target);
		rename(dirname(dir), arg);
		mkdir(dir, 0755);
	} else if (strcmp(what, "swap") == 0)
		rename(arg, target);
	else if (strcmp(what, "link") == 0) {
		unlink(target);
		symlink(arg, target);
	} else if (strcmp(what, "remove") == 0)
		unlink(target);
	else if (strcmp(what, "squat") == 0) {
		if ((m = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600)) != -1)
			close(m);
	} else if (fd == -1) {
		unlink(path);
		if (strcmp(what, "temp-link") == 0)
			symlink(arg, path);
	} else {
		fd_path(fd, temp, sizeof(temp));
		unlink(temp);
		if (strcmp(what, "temp-link") == 0)
			symlink(arg, temp);
	}
	return 0;
}

/* Make the changes due before a call; returns 1 if it is to fail. */
static int
change(const char *call, const char *path, int fd)
{
	int	 a, b;

	a = change1(0, call, path, fd);
	b = change1(1, call, path, fd);
	if (a || b)
		errno = EIO;
	return a || b;
}

/* ISO C has no cast from an object pointer to a function one. */
#define NEXT(fn)	static __typeof__(fn) *next;			\
			if (next == NULL)				\
				*(void **)&next = dlsym(RTLD_NEXT, #fn)

/* Does an open() with these flags take a mode? */
static int
takes_mode(int flags)
{
#ifdef O_TMPFILE
	if ((flags & O_TMPFILE) == O_TMPFILE)
		return 1;
#endif
	return (flags & O_CREAT) != 0;
}

/* Is this open() one of a file without a name, which is to fail? */
static int
no_tmpfile(int flags)
{
#ifdef O_TMPFILE
	if ((flags & O_TMPFILE) == O_TMPFILE &&
	    getenv("SHIM_NO_TMPFILE") != NULL) {
		errno = EOPNOTSUPP;
		return 1;
	}
#endif
	(void)flags;
	return 0;
}

int
open(const char *path, int flags, ...)
{
	va_list		 ap;
	mode_t		 mode = 0;

	NEXT(open);
	if (takes_mode(flags)) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	if (no_tmpfile(flags))
		return -1;
	if ((flags & O_ACCMODE) != O_RDONLY)
		change("open", path, -1);
	return next(path, flags, mode);
}

int
stat(const char *path, struct stat *st)
{
	NEXT(stat);
	change("stat", path, -1);
	return next(path, st);
}

int
lstat(const char *path, struct stat *st)
{
	NEXT(lstat);
	if (change("lstat", path, -1) || change("lstat-temp", path, -1))
		return -1;
	return next(path, st);
}

int
openat(int dir, const char *path, int flags, ...)
{
	va_list		 ap;
	mode_t		 mode = 0;

	NEXT(openat);
	if (takes_mode(flags)) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	if (no_tmpfile(flags))
		return -1;
	return next(dir, path, flags, mode);
}

int
fstatat(int dir, const char *path, struct stat *st, int flags)
{
	NEXT(fstatat);
	if (change("lstat", path, -1) || change("lstat-temp", path, -1))
		return -1;
	return next(dir, path, st, flags);
}

int
dup(int fd)
{
	NEXT(dup);
	if (change("dup", "", fd))
		return -1;
	return next(fd);
}

int
linkat(int fromdir, const char *from, int todir, const char *to, int flags)
{
	NEXT(linkat);
	change("linkat", to, -1);
	return next(fromdir, from, todir, to, flags);
}

int
close(int fd)
{
	NEXT(close);
	if (change("close", "", fd))
		return -1;
	return next(fd);
}

int
renameat(int fromdir, const char *from, int todir, const char *to)
{
	NEXT(renameat);
	if (change("renameat", from, -1))
		return -1;
	return next(fromdir, from, todir, to);
}

int
unlinkat(int dir, const char *path, int flags)
{
	NEXT(unlinkat);
	if (change("unlinkat", path, -1))
		return -1;
	return next(dir, path, flags);
}

ssize_t
readlink(const char *path, char *text, size_t size)
{
	NEXT(readlink);
	change("readlink", path, -1);
	return next(path, text, size);
}

int
fsync(int fd)
{
	NEXT(fsync);
	change("fsync", "", fd);
	return next(fd);
}
