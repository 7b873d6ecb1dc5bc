// Runs a program and prints its peak memory, for the cold-start figure of loket_bench.
//
//   peak_rss [NAME=VALUE ...] PROGRAM [ARGUMENT ...]
//
// The environment assignments are made in the child only (so that an LD_PRELOAD is not
// loaded into this process). Prints "peak-rss-kb N" on stderr, N the child's ru_maxrss from
// getrusage(RUSAGE_CHILDREN), and exits with the child's exit code (128 + the signal when
// a signal ended it).
//
// A program of its own, small on purpose: Linux copies a parent's ru_maxrss high-water mark
// into a forked child, so the benchmark (some 90 MB) measuring loket (some 40 MB) itself
// would report its own peak.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char *argv[])
{
    int first = 1;
    while (first < argc && std::strchr(argv[first], '=') && argv[first][0] != '=')
        ++first;
    if (first >= argc) {
        std::fprintf(stderr, "usage: peak_rss [NAME=VALUE ...] PROGRAM [ARGUMENT ...]\n");
        return 2;
    }
    const pid_t child = fork();
    if (child < 0) {
        std::perror("peak_rss: fork");
        return 127;
    }
    if (child == 0) {
        for (int i = 1; i < first; ++i)
            putenv(argv[i]);
        execvp(argv[first], argv + first);
        std::perror("peak_rss: exec");
        _exit(127);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) {
            std::perror("peak_rss: waitpid");
            return 127;
        }
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::fprintf(stderr, "peak-rss-kb %ld\n", usage.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
