/*
 * The output stage: where the page goes, and how it gets there.
 *
 * The contract of -o is that the named file either gets the whole new
 * page or stays byte for byte as it was, and that no run, however it
 * ends, leaves a temporary file behind:
 *
 * - The page is written to a temporary file in the directory of the
 *   file it replaces, and renamed over that file only once all of it is
 *   written, fsync()ed and closed.  rename() within one directory is
 *   atomic: a reader sees the old file or the new one.  The temporary
 *   name is short and the same for every target, so that any legal
 *   name, up to NAME_MAX bytes, can be a target.
 * - Where the system can make a file without a name (Linux's O_TMPFILE,
 *   with /proc to name it later), the temporary file has none while it
 *   is written: a run killed by SIGKILL, which no handler can catch,
 *   then leaves nothing behind.  It is given its temporary name with
 *   linkat() only once it is whole, just before the rename(), so a name
 *   exists for that short moment alone.  Elsewhere, or on a file system
 *   that cannot make such files, mkstemp() makes a named one, which a
 *   SIGKILL leaves behind.
 * - The target's directory is opened once its name is known, and every
 *   name in it (the target's and the temporary file's) is reached
 *   through that descriptor from then on: a directory renamed or
 *   replaced during the run changes nothing of where the page goes or
 *   which file a failed run removes.
 * - A symbolic link is written through, never replaced: the links are
 *   followed to the file they end in, and that file is replaced in its
 *   own directory.  A link to nothing gets the file it names created,
 *   as the shell's ">" would, so that -o means the same on the first
 *   run as on every later one.
 * - A character device or a FIFO (/dev/null, a terminal, a pipe reached
 *   through /dev/stdout) is written in place: renaming over it would
 *   replace a device with a file, and it has no old contents to keep.
 *   Anything else that is not a regular file is refused.
 * - A regular file that is open already as the standard output
 *   (-o /dev/stdout >>file) is written through that descriptor, as the
 *   standard output is; one open as the standard input or the standard
 *   error is refused.  None is replaced: see open_stream().
 * - A replaced file keeps its mode, and its owner and group as far as
 *   the system lets the user keep them: root regenerating a user's file
 *   must not take it from that user.  A user who may not give a file
 *   away keeps at least the group, if a member of it; the set-user-ID
 *   and set-group-ID bits are kept only with the owner or group they
 *   belong to.  A new file gets 0666 less the umask, as open() would
 *   give it, and the user's own owner and group.  Through a symbolic
 *   link, it is the file the link ends in that is replaced, so that
 *   file's owner, group and mode are the ones kept, not the link's.
 * - The catalog is never the output: the two are compared by device and
 *   inode, through any name or link, before anything is read or made.
 * - The temporary file is made before the catalog is read, so that an
 *   output that cannot be written is reported at once.  It goes away on
 *   every way out: out_abort() on an error, an atexit() handler when
 *   memory runs out deep inside a writer, and a signal handler for each
 *   signal that would end the process by its default action.
 * - Going over the file size limit (ulimit -f) is an I/O error like a
 *   full disk: a message, exit status 2, the old file untouched.
 */

/*
 * The C library of Linux declares O_TMPFILE only to programs that ask
 * for its extensions; other systems ignore this.
 */
#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "docgen.h"
#include "output.h"

/*
 * Made in the target's directory; mkstemp() fills in the X's, or
 * name_unnamed() does for a file that had no name.
 */
#define TEMPNAME	".docgenXXXXXX"
#define TEMPXS		6

/*
 * How many names are tried for a file that had none before giving up,
 * as EEXIST: a name is taken only if another file already has it.
 */
#define NAMETRIES	100

/*
 * How many times a target that changed between two looks at it is
 * looked at again.  Runs that replace it one after another change it
 * for a moment each; a link to a file without a name never settles.
 */
#define OPENTRIES	100

/* How many links in a row are followed before giving up, as ELOOP. */
#define MAXLINKS	40

/*
 * How the target's directory is opened: only to reach the names in it,
 * which needs no right to read it where the system can say so.
 */
#if defined(O_SEARCH)
#define DIRFLAGS	(O_SEARCH | O_DIRECTORY)
#elif defined(O_PATH)
#define DIRFLAGS	(O_PATH | O_DIRECTORY)
#else
#define DIRFLAGS	(O_RDONLY | O_DIRECTORY)
#endif

static int	 is_file(int, const char *, dev_t, ino_t);
static int	 remove_pending(void);
static void	 remove_at_end(void);
static void	 remove_at_exit(void);
static int	 sent_by_process(const siginfo_t *);
static void	 on_signal(int, siginfo_t *, void *);
static void	 note_signal(int);
static int	 same_file(const struct stat *, const struct stat *);
static size_t	 dirlen(const char *);
static int	 open_dir(struct output *);
static char	*read_link(const char *, const struct stat *);
static char	*follow_links(const char *);
static int	 open_stdout(struct output *, const struct stat *);
static int	 std_fd(const struct stat *);
static int	 writes_after(int, const struct stat *);
static int	 open_stream(struct output *, int, const struct stat *);
static int	 open_in_place(struct output *, const struct stat *,
		    const struct stat *);
static mode_t	 keep_owner(int, const struct stat *);
static unsigned long long name_seed(unsigned long long);
static unsigned long long draw_name(char *, unsigned long long);
static void	 record(struct output *, int, const struct stat *);
static void	 set_pending(const struct output *);
static void	 clear_pending(void);
static int	 open_named(struct output *);
#ifdef O_TMPFILE
static void	 proc_fd_name(char *, size_t, int);
static int	 open_unnamed(struct output *);
static int	 name_unnamed(struct output *);
#endif
static int	 open_temporary(struct output *, const struct stat *);
static void	 names_taken(const struct output *);
static void	 report(const struct output *, int);
static int	 adopt(struct output *, int, const struct stat *);
static void	 give_back(void);
static void	 done(struct output *);
#ifdef O_TMPFILE
static int	 link_target(struct output *);
#endif
static int	 still_ours(const struct output *);

/*
 * The temporary file not yet renamed into place: its name within the
 * directory dir, and the file that name was given to.  The signal
 * handler reads it, so it changes only while the caught signals are
 * blocked: the handler sees a record that is whole, and a file made or
 * renamed is always recorded or cleared before a signal can look.
 */
struct pending {
	const char	*name;	/* NULL when there is none. */
	int		 dir;
	dev_t		 dev;
	ino_t		 ino;
	char		*left;	/* The message if it cannot be removed. */
};
static volatile struct pending	 pending;

/*
 * The standard output made to append (open_stream()), and its flags to
 * give back, on every way out: the shell that started the run shares
 * the descriptor.  restore_fd is -1 when there is nothing to give back.
 */
static volatile int		 restore_fd = -1, restore_flags;

static sigset_t		 caught_set;

/*
 * The signals whose default action ends the process and that can be
 * caught: all such signals of POSIX, the real-time ones included.  The
 * faults (SIGSEGV, SIGBUS, SIGFPE, SIGILL) are here too: the handler
 * does no more than look at and remove a name recorded beforehand,
 * and a crash must not leave a file behind any more than a kill.
 * SIGKILL cannot be caught, so nothing can clean up after it.  Signals
 * that only some systems have are caught where they end a process by
 * default: SIGEMT everywhere it exists, SIGPWR and SIGSTKFLT on Linux,
 * SIGLOST on illumos.  Elsewhere their default actions differ (SIGPWR
 * is ignored on illumos), and catching one could change what it does.
 */
static const int fatal_signals[] = {
	SIGABRT, SIGALRM, SIGBUS, SIGFPE, SIGHUP, SIGILL, SIGINT, SIGPIPE,
	SIGQUIT, SIGSEGV, SIGTERM, SIGUSR1, SIGUSR2,
#ifdef SIGPOLL
	SIGPOLL,
#endif
#ifdef SIGEMT
	SIGEMT,
#endif
#if defined(__linux__) && defined(SIGPWR)
	SIGPWR,
#endif
#if defined(__linux__) && defined(SIGSTKFLT)
	SIGSTKFLT,
#endif
#if defined(__sun) && defined(SIGLOST)
	SIGLOST,
#endif
	SIGPROF, SIGSYS, SIGTRAP, SIGVTALRM, SIGXCPU, SIGXFSZ
};
#define NFATAL	(sizeof(fatal_signals) / sizeof(fatal_signals[0]))

/*
 * Is name, in the directory dir, the file dev and ino?  1 if so, 0 if
 * the name is gone or is another file's, -1 with errno set if fstatat()
 * cannot tell.  Whoever may write in the directory may remove the name
 * and make another file of it.  The file must still be open, or another
 * may have been given its inode number.  Safe in a signal handler.
 *
 * A name changed between this look and the rename or removal that
 * follows it is not caught: no system call of POSIX or Linux renames
 * or removes a name only if it is still a given file.  The window is
 * that of two system calls, and only whoever may write in the
 * directory can use it.
 */
static int
is_file(int dir, const char *name, dev_t dev, ino_t ino)
{
	struct stat	 now;

	if (fstatat(dir, name, &now, AT_SYMLINK_NOFOLLOW) == -1)
		return errno == ENOENT ? 0 : -1;
	return now.st_dev == dev && now.st_ino == ino;
}

/*
 * Remove the temporary file, if its name is still the file's: another
 * writer's file that took the name stays.  One that cannot be looked
 * at is most likely ours.  Returns 0, or the errno of a failed
 * unlinkat(): in an append-only directory, say, the file stays.  Safe
 * in a signal handler.
 */
static int
remove_pending(void)
{
	int	 err = errno, rc = 0;

	if (pending.name != NULL &&
	    is_file(pending.dir, pending.name, pending.dev, pending.ino) != 0 &&
	    unlinkat(pending.dir, pending.name, 0) == -1 && errno != ENOENT)
		rc = errno;
	errno = err;
	return rc;
}

/*
 * Remove the temporary file as a run ends without out_abort(), on a
 * signal or at exit, and say so where it cannot be removed; give the
 * standard output its flags back.  Safe in a
 * signal handler: the message was made beforehand (set_pending()), and
 * write() is safe there.
 */
static void
remove_at_end(void)
{
	ssize_t	 n;
	int	 err = errno;

	if (restore_fd != -1)
		(void)fcntl(restore_fd, F_SETFL, restore_flags);
	/* A write that fails leaves nothing else to tell. */
	if (remove_pending() != 0 && pending.left != NULL) {
		n = write(STDERR_FILENO, pending.left, strlen(pending.left));
		(void)n;
	}
	errno = err;
}

static void
remove_at_exit(void)
{
	remove_at_end();
}

/*
 * Whether a signal was sent by another process, with kill() or
 * sigqueue(), rather than raised by the system for this one.  POSIX
 * names SI_USER and SI_QUEUE for the former; Linux, illumos, NetBSD and
 * OpenBSD give their other codes of signals sent by a process values of
 * zero or less too.  Linux reports the SIGXFSZ of the file size limit as
 * SI_USER from the process itself, which its process ID tells apart.
 * Should some system's codes fool this test, little is lost: going over
 * the limit ends the run by the signal, without a message but with the
 * temporary file removed, or a "kill -XFSZ" goes unheeded.
 */
static int
sent_by_process(const siginfo_t *si)
{
	if (si == NULL)
		return 0;
	if (si->si_code != SI_USER && si->si_code != SI_QUEUE &&
	    si->si_code > 0)
		return 0;
	return si->si_pid != getpid();
}

/*
 * Remove the temporary file, then let the signal take its default
 * action, so that the exit status (and a core file) show it.  Only
 * async-signal-safe functions are called.
 *
 * SIGXFSZ raised by the system means that a write() went over the file
 * size limit: that write() fails with EFBIG once the handler returns,
 * and the error is reported like a full disk.  Ignoring SIGXFSZ would
 * do that too, but would also make "kill -XFSZ" do nothing.
 */
static void
on_signal(int sig, siginfo_t *si, void *context)
{
	sigset_t	 set;
	int		 olderrno = errno;

	(void)context;
	if (sig == SIGXFSZ && !sent_by_process(si)) {
		errno = olderrno;
		return;
	}
	remove_at_end();
	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	errno = olderrno;
}

/*
 * Catch a signal if it has its default action.  One that was ignored
 * when the program started stays ignored: "nohup illumos-docgen ... &"
 * must survive a hangup, and a background job of a shell without job
 * control the terminal's SIGINT and SIGQUIT.  One that a sanitizer's or
 * a profiler's runtime caught before main() stays with that runtime:
 * its handler may return (a profiler's does, on every tick of SIGPROF),
 * and the run must then go on with its temporary file.
 */
static void
note_signal(int sig)
{
	struct sigaction	 old;

	if (sigaction(sig, NULL, &old) == -1)
		return;
	if (!(old.sa_flags & SA_SIGINFO) && old.sa_handler == SIG_DFL)
		sigaddset(&caught_set, sig);
}

/*
 * Catch every signal that would end the process, so that the temporary
 * file goes with it.  The handler blocks all of them while it runs,
 * and runs once.
 */
void
out_signals(void)
{
	struct sigaction	 sa;
	size_t			 i;
#ifdef SIGRTMIN
	int			 sig;
#endif

	sigemptyset(&caught_set);
	for (i = 0; i < NFATAL; i++)
		note_signal(fatal_signals[i]);
#ifdef SIGRTMIN
	for (sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
		note_signal(sig);
#endif
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_signal;
	sa.sa_mask = caught_set;
	sa.sa_flags = SA_SIGINFO;
	for (i = 0; i < NFATAL; i++)
		if (sigismember(&caught_set, fatal_signals[i]) == 1)
			sigaction(fatal_signals[i], &sa, NULL);
#ifdef SIGRTMIN
	for (sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
		if (sigismember(&caught_set, sig) == 1)
			sigaction(sig, &sa, NULL);
#endif
	atexit(remove_at_exit);
}

static int
same_file(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* The length of the directory part of a path, its last '/' included. */
static size_t
dirlen(const char *path)
{
	const char	*slash;

	slash = strrchr(path, '/');
	return slash == NULL ? 0 : (size_t)(slash - path) + 1;
}

/*
 * Open the directory of o->path, for the names in it to be reached
 * through it from now on, and say where the target's name starts.
 */
static int
open_dir(struct output *o)
{
	size_t	 dlen;
	char	*dir;

	dlen = dirlen(o->path);
	o->base = o->path + dlen;
	dir = dlen == 0 ? xstrndup(".", 1) : xstrndup(o->path, dlen);
	o->dir = open(dir, DIRFLAGS);
	free(dir);
	return o->dir;
}

/*
 * The text of a symbolic link.  Some systems report a size of 0 for
 * their links, so the buffer grows until the text fits.
 */
static char *
read_link(const char *path, const struct stat *st)
{
	char	*text;
	size_t	 size;
	ssize_t	 n;

	size = st->st_size > 0 ? (size_t)st->st_size + 1 : 256;
	for (;;) {
		text = xmalloc(size);
		if ((n = readlink(path, text, size)) == -1) {
			free(text);
			return NULL;
		}
		if ((size_t)n < size)
			break;
		free(text);
		size *= 2;
	}
	text[n] = '\0';
	return text;
}

/*
 * Follow the links that a name ends in to the name of the file that is
 * written: one that is not a link, or does not exist yet.  Only the last
 * component matters: links among the directories above it lead to the
 * same directory, and rename() works there whatever path leads to it.
 * Returns NULL with errno set on failure; EAGAIN says that a link
 * changed while it was read, for the caller to look again.
 */
static char *
follow_links(const char *name)
{
	struct stat	 st;
	char		*path, *text, *next;
	size_t		 dlen, tlen;
	int		 nlinks = 0, err;

	path = xstrndup(name, strlen(name));
	for (;;) {
		if (lstat(path, &st) == -1) {
			if (errno == ENOENT)
				return path;
			break;
		}
		if (!S_ISLNK(st.st_mode))
			return path;
		if (++nlinks > MAXLINKS) {
			errno = ELOOP;
			break;
		}
		if ((text = read_link(path, &st)) == NULL) {
			/* No longer a link, or gone, since lstat(). */
			if (errno == EINVAL || errno == ENOENT)
				errno = EAGAIN;
			break;
		}
		/* A relative link is read from the link's own directory. */
		dlen = text[0] == '/' ? 0 : dirlen(path);
		tlen = strlen(text);
		next = xmalloc(dlen + tlen + 1);
		memcpy(next, path, dlen);
		memcpy(next + dlen, text, tlen + 1);
		free(text);
		free(path);
		path = next;
	}
	/* The caller reports errno, which free() need not keep. */
	err = errno;
	free(path);
	errno = err;
	return NULL;
}

/*
 * Standard output is written as it is; it only must not be the catalog,
 * as it is after ">>catalog".
 */
static int
open_stdout(struct output *o, const struct stat *catalog)
{
	struct stat	 st;

	o->fd = STDOUT_FILENO;
	if (fstat(STDOUT_FILENO, &st) == 0 && S_ISREG(st.st_mode) &&
	    same_file(&st, catalog)) {
		diag_sys("standard output", "is the catalog; not writing "
		    "over it");
		return -1;
	}
	return 0;
}

/*
 * The standard descriptor that is open on the file st, or -1.  The
 * standard input and the standard error are looked at first, as a file
 * open as either is refused whatever else it is: after ">page 2>&1" the
 * warnings would be in the page.  A descriptor that was closed at the
 * start holds a directory (see main.c), which no regular file can be.
 */
static int
std_fd(const struct stat *st)
{
	static const int fds[] = {
		STDIN_FILENO, STDERR_FILENO, STDOUT_FILENO
	};
	struct stat	 std;
	size_t		 i;

	for (i = 0; i < sizeof(fds) / sizeof(fds[0]); i++)
		if (fstat(fds[i], &std) == 0 && same_file(st, &std))
			return fds[i];
	return -1;
}

/*
 * The file is open already as standard descriptor fd, as it is after
 * "-o /dev/stdout >>page.7".  Renaming a new file over it would cut
 * the descriptor off from the name: what the shell's ">>" meant to
 * keep would be gone, in a run that still succeeds.  Refusing
 * would make -o /dev/stdout fail exactly when the shell sends standard
 * output to a file.  So the page is written through the descriptor,
 * as the standard output is without -o, with the shell's ">>" or ">"
 * as it stands: that is what the name says when it is /dev/stdout or
 * /dev/stderr, and what is done already when that is a pipe or a
 * terminal, whatever the shell put there.  What -o promises of a file
 * it replaces does not hold, as it does not for the standard output: a
 * failed write leaves part of the page.  A file that is the standard
 * error, with or without the standard output, is refused: the page
 * would follow the warnings in it, a page with diagnostics inside.
 * The standard input is never written: "-o file <file" can only be a
 * mistake.  Nor is a standard output that would write over what the
 * file holds, as after "1<>file": the file would be neither the old
 * nor the new.  A refused file is left alone.
 */
static int
open_stream(struct output *o, int fd, const struct stat *st)
{
	int	 flags;

	if (fd == STDIN_FILENO) {
		diag(DIAG_ERROR, o->name, 0, 0, "is the standard input; "
		    "not writing over it");
		return -1;
	}
	if (fd == STDERR_FILENO) {
		diag(DIAG_ERROR, o->name, 0, 0, "is the standard error, "
		    "where the diagnostics go; not writing the page there");
		return -1;
	}
	if (S_ISREG(st->st_mode) && !writes_after(fd, st)) {
		diag(DIAG_ERROR, o->name, 0, 0, "is the standard output, "
		    "open neither to append nor at its end; not writing over "
		    "what it holds");
		return -1;
	}
	/*
	 * At its end now, the file may grow before the page, which is
	 * written a piece at a time, is all written: it is appended to
	 * until then, and its descriptor given back as it was after.
	 */
	if (S_ISREG(st->st_mode) && (flags = fcntl(fd, F_GETFL)) != -1 &&
	    !(flags & O_APPEND)) {
		restore_flags = flags;
		restore_fd = fd;
		if (fcntl(fd, F_SETFL, flags | O_APPEND) == -1)
			restore_fd = -1;
	}
	o->fd = fd;
	return 0;
}

/*
 * Does a write to fd, open on the regular file st, go after what the
 * file holds: is fd open to append, or at the file's end?
 */
static int
writes_after(int fd, const struct stat *st)
{
	off_t	 at;
	int	 flags;

	if ((flags = fcntl(fd, F_GETFL)) != -1 && (flags & O_APPEND))
		return 1;
	return (at = lseek(fd, 0, SEEK_CUR)) != -1 && at >= st->st_size;
}

/*
 * A device or a FIFO is written in place; 1 is returned if the name
 * leads elsewhere once it is open, to look again.  A FIFO that is the standard
 * input or the standard error is refused as a file is (open_stream()):
 * a page sent into the pipe the program reads from would block it for
 * good once the pipe is full, and one sent after the warnings would
 * have them inside.  A device such as /dev/null or a terminal may be
 * both, as it keeps nothing.
 */
static int
open_in_place(struct output *o, const struct stat *st,
    const struct stat *catalog)
{
	struct stat	 now;
	int		 fd;

	if (!S_ISCHR(st->st_mode) && !S_ISFIFO(st->st_mode)) {
		diag(DIAG_ERROR, o->name, 0, 0, "not a regular file");
		return -1;
	}
	if (S_ISFIFO(st->st_mode) && (fd = std_fd(st)) != STDOUT_FILENO &&
	    fd != -1)
		return open_stream(o, fd, st);
	if ((fd = open(o->name, O_WRONLY | O_NOCTTY)) == -1) {
		/* Gone since stat(): a new file may be made. */
		if (errno == ENOENT)
			return 1;
		diag(DIAG_ERROR, o->name, 0, 0, "%s", strerror(errno));
		return -1;
	}
	/*
	 * A regular file put in its place meanwhile would be written
	 * over.  Another device or FIFO is written as this one would
	 * be: closing a FIFO that a reader waits on would end its page
	 * before it began.
	 */
	if (fstat(fd, &now) == -1 || (!same_file(st, &now) &&
	    (!(S_ISCHR(now.st_mode) || S_ISFIFO(now.st_mode)) ||
	    std_fd(&now) != -1 || same_file(&now, catalog)))) {
		close(fd);
		return 1;
	}
	o->fd = fd;
	o->own = 1;
	return 0;
}

/*
 * Give the temporary file the owner and group of the file st that it
 * replaces, and return the mode it is to have.  Root can always keep
 * both.  Another user can give a file to no one else (EPERM), but may
 * give it a group that the user belongs to, so the group is tried
 * alone; a user who is in neither keeps the file as the user's own, as
 * before.  No failure here stops the run: the page is still written,
 * as a user without these rights would expect.  The set-user-ID bit is
 * kept only with the owner it names, and the set-group-ID bit only
 * with the group, as cp -p does: a file must not run with the rights
 * of someone it did not run as before.
 */
static mode_t
keep_owner(int fd, const struct stat *st)
{
	struct stat	 now;
	mode_t		 mode = st->st_mode & 07777;

	if (fchown(fd, st->st_uid, st->st_gid) == -1)
		(void)fchown(fd, (uid_t)-1, st->st_gid);
	if (fstat(fd, &now) == -1)
		return mode & ~(mode_t)(S_ISUID | S_ISGID);
	if (now.st_uid != st->st_uid)
		mode &= ~(mode_t)S_ISUID;
	if (now.st_gid != st->st_gid)
		mode &= ~(mode_t)S_ISGID;
	return mode;
}

/*
 * A first choice of temporary name, from the process ID, the clock and
 * extra, so that two runs seldom draw the same, nor can another user
 * foretell a run's names and take them all beforehand.
 */
static unsigned long long
name_seed(unsigned long long extra)
{
	struct timespec		 ts;

	if (clock_gettime(CLOCK_REALTIME, &ts) == -1)
		ts.tv_sec = ts.tv_nsec = 0;
	return extra ^ ((unsigned long long)getpid() << 32) ^
	    (unsigned long long)ts.tv_sec * 1000000007ULL ^
	    (unsigned long long)ts.tv_nsec;
}

/*
 * Fill in the TEMPXS letters or digits at x from seed, and return the
 * seed of the next name: a step of a full-period generator, so that
 * every name tried is a new one.
 */
static unsigned long long
draw_name(char *x, unsigned long long seed)
{
	static const char digits[] =
	    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	unsigned long long	 v;
	int			 j;

	for (v = seed, j = 0; j < TEMPXS; j++, v /= 62)
		x[j] = digits[v % 62];
	return seed * 6364136223846793005ULL + 1442695040888963407ULL;
}

/*
 * The temporary file now open on fd, as fstat() saw it, is the one
 * the run made: only that file is ever renamed or removed.
 */
static void
record(struct output *o, int fd, const struct stat *st)
{
	o->fd = fd;
	o->dev = st->st_dev;
	o->ino = st->st_ino;
}

/*
 * The temporary file, now named, is the one to remove on a signal or
 * at exit.  Called with the caught signals blocked, so that a signal
 * finds the record whole.
 */
static void
set_pending(const struct output *o)
{
	pending.dir = o->dir;
	pending.dev = o->dev;
	pending.ino = o->ino;
	pending.name = o->tmpbase;
	/*
	 * Made once the file is recorded: running out of memory here ends
	 * the run, and the handler at exit must find the file to remove.
	 * The temporary file is the subject, whose name is never cut short.
	 */
	pending.left = diag_line(DIAG_ERROR, o->tmp, "left behind: the "
	    "temporary file of %s, which the run could not remove as it "
	    "ended", o->name);
}

/* There is no temporary file to remove now.  Signals are blocked. */
static void
clear_pending(void)
{
	pending.name = NULL;
	free(pending.left);
	pending.left = NULL;
}

/*
 * Make the temporary file with a name from the start, as mkstemp()
 * would, but in the directory that o->dir holds.  O_EXCL neither
 * replaces nor follows what is there already; a name that is taken, by
 * a file that a killed run left or by anyone else, makes another be
 * drawn.  The caught signals are blocked until the file is recorded,
 * so that a signal always finds it.  Returns -1 with errno set, EEXIST
 * when every name tried was taken.
 */
static int
open_named(struct output *o)
{
	struct stat		 st;
	sigset_t		 old;
	char			*x;
	unsigned long long	 seed;
	int			 i, fd, rc = -1, err;

	x = o->tmp + strlen(o->tmp) - TEMPXS;
	seed = name_seed(0);
	sigprocmask(SIG_BLOCK, &caught_set, &old);
	for (i = 0; i < NAMETRIES; i++) {
		seed = draw_name(x, seed);
		fd = openat(o->dir, o->tmpbase,
		    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY, 0600);
		if (fd == -1) {
			if (errno != EEXIST)
				break;
			continue;
		}
		if (fstat(fd, &st) == -1) {
			err = errno;
			unlinkat(o->dir, o->tmpbase, 0);
			close(fd);
			errno = err;
			break;
		}
		record(o, fd, &st);
		set_pending(o);
		rc = 0;
		break;
	}
	err = errno;
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = err;
	return rc;
}

#ifdef O_TMPFILE
/* The name under /proc by which a file open on fd can be reached. */
#define PROCFD		"/proc/self/fd/"
#define PROCFDLEN	(sizeof(PROCFD) + 3 * sizeof(int))

static void
proc_fd_name(char *name, size_t size, int fd)
{
	snprintf(name, size, PROCFD "%d", fd);
}

/*
 * Make the temporary file without a name, in the directory o->dir.
 * It can be named later only through /proc (linkat() with AT_EMPTY_PATH
 * would need a privilege), so /proc must show the very file.  Any
 * failure leaves the choice to open_named(), which reports an error of
 * its own if the directory cannot take a named file either: the reasons
 * differ by system and file system (EOPNOTSUPP, EISDIR, EINVAL for an
 * old kernel or a file system without such files, ENOENT without /proc),
 * and none of them is the user's to fix.
 */
static int
open_unnamed(struct output *o)
{
	struct stat	 byfd, byname;
	char		 proc[PROCFDLEN];
	int		 fd;

	if ((fd = openat(o->dir, ".", O_TMPFILE | O_WRONLY, 0600)) == -1)
		return -1;
	proc_fd_name(proc, sizeof(proc), fd);
	if (fstat(fd, &byfd) == -1 || stat(proc, &byname) == -1 ||
	    !same_file(&byfd, &byname)) {
		close(fd);
		return -1;
	}
	record(o, fd, &byfd);
	o->unnamed = 1;
	return 0;
}

/*
 * Give the whole, synced file without a name its temporary name, for
 * rename() to move over the target.  linkat() neither replaces nor
 * follows what is there already; a name that is taken makes another be
 * drawn.  The caught signals are blocked until the name is recorded,
 * so that a signal always finds it.
 */
static int
name_unnamed(struct output *o)
{
	sigset_t		 old;
	char			 proc[PROCFDLEN], *x;
	unsigned long long	 seed;
	int			 i, rc = -1, err;

	proc_fd_name(proc, sizeof(proc), o->fd);
	x = o->tmp + strlen(o->tmp) - TEMPXS;
	seed = name_seed((unsigned long long)o->ino);
	sigprocmask(SIG_BLOCK, &caught_set, &old);
	for (i = 0; i < NAMETRIES; i++) {
		seed = draw_name(x, seed);
		if (linkat(AT_FDCWD, proc, o->dir, o->tmpbase,
		    AT_SYMLINK_FOLLOW) == 0) {
			o->unnamed = 0;
			set_pending(o);
			rc = 0;
			break;
		}
		if (errno != EEXIST)
			break;
	}
	err = errno;
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = err;
	return rc;
}
#endif /* O_TMPFILE */

/* The message for a temporary file that no name could be found for. */
static void
names_taken(const struct output *o)
{
	diag(DIAG_ERROR, o->name, 0, 0, "cannot name its temporary file: "
	    "the %d names tried are all taken", NAMETRIES);
}

/*
 * Make the temporary file beside o->path; st describes the file it
 * replaces, or is NULL for a new one.  The owner is set here, and the
 * mode only once the file is whole (out_commit): giving a file away,
 * and any write by a process without the privilege to keep them, clear
 * its set-ID bits.
 */
static int
open_temporary(struct output *o, const struct stat *st)
{
	size_t	 dlen;
	mode_t	 mask;

	dlen = (size_t)(o->base - o->path);
	o->tmp = xmalloc(dlen + sizeof(TEMPNAME));
	memcpy(o->tmp, o->path, dlen);
	memcpy(o->tmp + dlen, TEMPNAME, sizeof(TEMPNAME));
	o->tmpbase = o->tmp + dlen;
#ifdef O_TMPFILE
	if (open_unnamed(o) == -1)
#endif
	if (open_named(o) == -1) {
		if (errno == EEXIST)
			names_taken(o);
		else
			diag(DIAG_ERROR, o->name, 0, 0, "cannot create a "
			    "temporary file in its directory: %s",
			    strerror(errno));
		out_abort(o);
		return -1;
	}
	o->own = 1;
	o->fresh = st == NULL;
	if (st != NULL)
		o->mode = keep_owner(o->fd, st);
	else {
		mask = umask(0);
		umask(mask);
		o->mode = 0666 & ~mask;
	}
	return 0;
}

/*
 * Get ready to write to the file name, or to standard output if it is
 * NULL.  The catalog, as stat() describes it, is never written over.
 */
int
out_open(struct output *o, const char *name, const struct stat *catalog)
{
	struct stat	 st, final;
	int		 exists, fd, rc, tries;

	memset(o, 0, sizeof(*o));
	o->fd = -1;
	o->dir = -1;
	if ((o->name = name) == NULL)
		return open_stdout(o, catalog);
	/*
	 * The file that the links lead to must be the one that stat()
	 * found.  A link into /proc that names a deleted file, or a link
	 * changed meanwhile, would make us write somewhere else.  A file
	 * replaced meanwhile, as another run of this program replaces it,
	 * is looked at again.
	 */
	for (tries = 0;; tries++) {
		exists = 1;
		if (stat(name, &st) == -1) {
			if (errno != ENOENT) {
				diag(DIAG_ERROR, name, 0, 0, "%s",
				    strerror(errno));
				return -1;
			}
			exists = 0;
		} else if (same_file(&st, catalog)) {
			diag(DIAG_ERROR, name, 0, 0, "is the catalog; not "
			    "writing over it");
			return -1;
		} else if (!S_ISREG(st.st_mode)) {
			if ((rc = open_in_place(o, &st, catalog)) != 1)
				return rc;
		} else if ((fd = std_fd(&st)) != -1)
			return open_stream(o, fd, &st);
		if (exists && !S_ISREG(st.st_mode))
			;	/* A device or FIFO changed: look again. */
		else if ((o->path = follow_links(name)) == NULL) {
			if (errno != EAGAIN) {
				diag(DIAG_ERROR, name, 0, 0, "%s",
				    strerror(errno));
				return -1;
			}
		} else if (open_dir(o) == -1) {
			/* A directory gone meanwhile is looked for again. */
			if (!exists || errno != ENOENT) {
				diag(DIAG_ERROR, name, 0, 0, "cannot open its "
				    "directory: %s", strerror(errno));
				free(o->path);
				o->path = NULL;
				return -1;
			}
		} else if (exists ? is_file(o->dir, o->base, st.st_dev,
		    st.st_ino) == 1 : fstatat(o->dir, o->base, &final,
		    AT_SYMLINK_NOFOLLOW) == -1 && errno == ENOENT)
			return open_temporary(o, exists ? &st : NULL);
		if (o->dir != -1)
			close(o->dir);
		o->dir = -1;
		free(o->path);
		o->path = NULL;
		if (tries == OPENTRIES) {
			diag(DIAG_ERROR, name, 0, 0, "kept changing while "
			    "it was opened, or is a link to a file that "
			    "has no name");
			return -1;
		}
	}
}

/*
 * Is the temporary file's name still the file made?  As is_file() says.
 */
static int
still_ours(const struct output *o)
{
	return is_file(o->dir, o->tmpbase, o->dev, o->ino);
}

/*
 * Give up: the temporary file goes, the target stays as it was.  Only
 * the file made is removed: another that took its name is left alone.
 * A file without a name went away with its descriptor.
 */
void
out_abort(struct output *o)
{
	sigset_t	 old;
	int		 err;

	sigprocmask(SIG_BLOCK, &caught_set, &old);
	err = remove_pending();
	clear_pending();
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (err != 0)
		diag(DIAG_ERROR, o->tmp, 0, 0, "left behind: the temporary "
		    "file of %s, which cannot be removed: %s", o->name,
		    strerror(err));
	give_back();
	if (o->fd != -1 && o->own)
		close(o->fd);
	o->fd = -1;
	done(o);
}

static void
report(const struct output *o, int err)
{
	if (o->name == NULL)
		diag_sys("standard output", strerror(err));
	else
		diag(DIAG_ERROR, o->name, 0, 0, "%s", strerror(err));
}

/*
 * The regular file st took the name of a new target while the page was
 * written: the page, open on fd, replaces it as it replaces a target
 * that was there from the start, keeping its owner, group and mode.
 * Returns -1 with errno set if the mode cannot be set.
 */
static int
adopt(struct output *o, int fd, const struct stat *st)
{
	o->fresh = 0;
	o->mode = keep_owner(fd, st);
	return fchmod(fd, o->mode);
}

/*
 * Give the standard output its flags back, if they were changed.  A
 * signal caught meanwhile gives back the same flags, which does no harm.
 */
static void
give_back(void)
{
	if (restore_fd != -1)
		(void)fcntl(restore_fd, F_SETFL, restore_flags);
	restore_fd = -1;
}

/* The page is in place, or given up: let go of what it took. */
static void
done(struct output *o)
{
	if (o->dir != -1)
		close(o->dir);
	o->dir = -1;
	free(o->tmp);
	o->tmp = NULL;
	free(o->path);
	o->path = NULL;
}

#ifdef O_TMPFILE
/*
 * Give the whole, synced file without a name the target's own name,
 * where there was no target: linkat() makes the name in one step, and
 * never replaces what took it meanwhile.  No temporary name is needed,
 * which a directory that only grows (append-only) would keep for good.
 * Returns 0 once the page is in place, -1 on an error, which it
 * reports, and 1 if the name is taken now, for the page to replace
 * what took it as it replaces any target.  Closing the file can report
 * a write that failed: the name then goes again, and the target is
 * absent, as it was.
 */
static int
link_target(struct output *o)
{
	struct stat	 st;
	char		 proc[PROCFDLEN];
	int		 err;

	proc_fd_name(proc, sizeof(proc), o->fd);
	if (linkat(AT_FDCWD, proc, o->dir, o->base, AT_SYMLINK_FOLLOW) == -1) {
		if (errno != EEXIST) {
			report(o, errno);
			out_abort(o);
			return -1;
		}
		/*
		 * A file that took the name keeps its owner, group and mode,
		 * as one there from the start would.  What is no file is
		 * refused before the rename.
		 */
		if (fstatat(o->dir, o->base, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISREG(st.st_mode) && adopt(o, o->fd, &st) == -1) {
			report(o, errno);
			out_abort(o);
			return -1;
		}
		return 1;
	}
	err = close(o->fd) == -1 ? errno : 0;
	o->fd = -1;
	if (err != 0) {
		report(o, err);
		if (is_file(o->dir, o->base, o->dev, o->ino) == 1 &&
		    unlinkat(o->dir, o->base, 0) == -1 && errno != ENOENT)
			diag(DIAG_ERROR, o->name, 0, 0, "it holds the page, "
			    "which may not be whole, and cannot be removed: %s",
			    strerror(errno));
		out_abort(o);
		return -1;
	}
	done(o);
	return 0;
}
#endif

/*
 * Write what is left of the buffer and publish the file.  Closing a
 * file can report a write that failed, so the file is closed before it
 * is renamed into place.  A file without a name is named first, while
 * its descriptor still leads to it.
 */
int
out_commit(struct output *o, const struct buf *b)
{
	struct stat	 now;
	sigset_t	 old;
	int		 err = b->err, pin = -1, ours = 1;
#ifdef O_TMPFILE
	int		 rc;
#endif

	if (err == 0 && buf_write(o->fd, b->p, b->len) == -1)
		err = errno;
	give_back();
	if (o->tmp != NULL && err == 0 && fchmod(o->fd, o->mode) == -1)
		err = errno;
	if (o->tmp != NULL && err == 0 && fsync(o->fd) == -1 &&
	    errno != EINVAL)
		err = errno;
#ifdef O_TMPFILE
	if (o->unnamed && o->fresh && err == 0 && (rc = link_target(o)) != 1)
		return rc;
	if (o->unnamed && err == 0 && name_unnamed(o) == -1) {
		if (errno == EEXIST) {
			names_taken(o);
			out_abort(o);
			return -1;
		}
		err = errno;
	}
#endif
	/*
	 * A second descriptor keeps the file, and so its inode number,
	 * until it is renamed: closed, a file with only a name may lose it
	 * and its number to another file made there.
	 */
	if (o->tmp != NULL && err == 0 && (pin = dup(o->fd)) == -1)
		err = errno;
	if (o->own && close(o->fd) == -1 && err == 0)
		err = errno;
	if (o->own)
		o->fd = -1;
	/*
	 * Whoever may write in the directory may remove or replace the
	 * temporary file by its name, with a link or a FIFO, say: only
	 * the file that was written is renamed, and another is left alone.
	 */
	if (o->tmp != NULL && err == 0 && (ours = still_ours(o)) == -1)
		err = errno;
	if (ours == 0) {
		diag(DIAG_ERROR, o->name, 0, 0, "its temporary file %s was "
		    "removed or replaced while the page was written; not "
		    "writing over it", o->tmp);
		out_abort(o);
		close(pin);
		return -1;
	}
	/*
	 * What took the target's place while the page was written, other
	 * than a file, is not renamed over: it may be a device, written in
	 * place had it been there at the start.
	 */
	if (o->tmp != NULL && err == 0 && fstatat(o->dir, o->base, &now,
	    AT_SYMLINK_NOFOLLOW) == 0) {
		if (!S_ISREG(now.st_mode)) {
			diag(DIAG_ERROR, o->name, 0, 0, "something other than "
			    "a regular file took its place while the page was "
			    "written; not writing over it");
			out_abort(o);
			close(pin);
			return -1;
		}
		/* A file that took a new target's name keeps its own. */
		if (o->fresh && adopt(o, pin, &now) == -1)
			err = errno;
	}
	if (o->tmp != NULL && err == 0) {
		sigprocmask(SIG_BLOCK, &caught_set, &old);
		if (renameat(o->dir, o->tmpbase, o->dir, o->base) == 0)
			clear_pending();
		else
			err = errno;
		sigprocmask(SIG_SETMASK, &old, NULL);
		/* Say which step failed: the page was whole by then. */
		if (err != 0) {
			diag(DIAG_ERROR, o->name, 0, 0, "cannot rename its "
			    "temporary file over it: %s", strerror(err));
			out_abort(o);
			close(pin);
			return -1;
		}
	}
	if (err != 0) {
		report(o, err);
		out_abort(o);
		if (pin != -1)
			close(pin);
		return -1;
	}
	if (pin != -1)
		close(pin);
	done(o);
	return 0;
}
