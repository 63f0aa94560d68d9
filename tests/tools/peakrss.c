/* SPDX-License-Identifier: MIT */
/* peakrss.c — runs a command and writes its peak resident set size.
 *
 * Usage: peakrss FILE COMMAND [ARGS...]
 * Runs COMMAND, writes the most memory it had resident at once, in KiB
 * (getrusage's ru_maxrss of the waited-for child), to FILE, and exits
 * with COMMAND's status (127 if it could not be run, 128 + N if signal N
 * ended it).  A memory bound, for tests that a file is read in pieces. */
#define _DEFAULT_SOURCE /* wait4 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int
main (int argc, char **argv)
{
  struct rusage usage;
  pid_t pid;
  int status;
  FILE *out;

  if (argc < 3) {
    fprintf (stderr, "usage: peakrss FILE COMMAND [ARGS...]\n");
    return 2;
  }
  pid = fork ();
  if (pid < 0) {
    perror ("peakrss: fork");
    return 127;
  }
  if (pid == 0) {
    execvp (argv[2], argv + 2);
    perror ("peakrss: exec");
    _exit (127);
  }
  if (wait4 (pid, &status, 0, &usage) < 0) {
    perror ("peakrss: wait4");
    return 127;
  }
  out = fopen (argv[1], "w");
  if (out == NULL || fprintf (out, "%ld\n", usage.ru_maxrss) < 0 || fclose (out) != 0) {
    perror ("peakrss: write");
    return 127;
  }
  if (WIFSIGNALED (status))
    return 128 + WTERMSIG (status);
  return WEXITSTATUS (status);
}
