/*
 * Herald's replacement for type2-runtime's patches/libfuse/mount.c.diff, which Debian's prebuilt libfuse3.a cannot
 * take: upstream patches libfuse so that it starts the fusermount the runtime found (runtime.c puts its path in
 * $FUSERMOUNT_PROG, and it may be fuse2's `fusermount`), instead of `fusermount3` only. Here the link wraps
 * execv/execvp (-Wl,--wrap=execv,--wrap=execvp): a call that starts `fusermount3` starts $FUSERMOUNT_PROG when it
 * is set; every other call goes through unchanged. MIT licence, like runtime.c.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int __real_execv(const char *path, char *const argv[]);
int __real_execvp(const char *file, char *const argv[]);

/* The program libfuse means to start: the $FUSERMOUNT_PROG the runtime chose for `fusermount3`, else `file`. */
static const char *fusermount_for(const char *file)
{
    const char *slash = strrchr(file, '/');
    const char *base = slash ? slash + 1 : file;
    const char *chosen = getenv("FUSERMOUNT_PROG");
    if (strcmp(base, "fusermount3") == 0 && chosen != NULL && chosen[0] != '\0')
        return chosen;
    return file;
}

int __wrap_execv(const char *path, char *const argv[])
{
    return __real_execv(fusermount_for(path), argv);
}

int __wrap_execvp(const char *file, char *const argv[])
{
    return __real_execvp(fusermount_for(file), argv);
}
