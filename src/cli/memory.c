/* SPDX-License-Identifier: MIT */
/* memory.c — the command's heap, tuned for one figure per process.
 *
 * In a virtual machine a page fault costs 10-20 us, and a figure touches
 * hundreds of fresh heap pages: about 220 for an SVG (the fonts' FreeType
 * and HarfBuzz tables, pango, the output), 400 more for a PNG's pixels, and
 * for a PDF the 45 MB that cairo's font subsetting copies.  Those faults
 * were a tenth of an SVG's time and most of a PDF's.  So the heap is grown
 * once, 64 MB at a time, and marked for transparent huge pages: a 2 MB page
 * costs one fault (about 200 us) where its 4 KB pages cost 512.  It is a
 * hint, ignored where the kernel offers no huge pages.
 *
 * The marked part must not have been touched before it is marked, or the
 * kernel maps it in 4 KB pages after all.  So the heap is grown at a break
 * moved to one page below a 2 MB boundary, and the probe that grows it is
 * big enough that the header malloc writes after it falls 64 MB further
 * on.  Big buffers come from the heap too, and freed memory stays there for
 * the next; pango's threads allocate from the same heap.  A library must
 * not do this to its host program; the command may. */
#define _DEFAULT_SOURCE /* sbrk, madvise */
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli.h"

#define HEAP_STEP (64 << 20)
#define MMAP_THRESHOLD (32 << 20) /* glibc's largest */
#define MMAP_MAX_DEFAULT 65536    /* glibc's default M_MMAP_MAX */
#define HUGE_PAGE (2 << 20)
#define SMALL_PAGE 4096

void
cli_tune_memory (void)
{
  char *brk_now, *huge_start, *end;
  void *probe;

  mallopt (M_ARENA_MAX, 1);
  mallopt (M_MMAP_THRESHOLD, MMAP_THRESHOLD);
  mallopt (M_TRIM_THRESHOLD, 4 * HEAP_STEP);
  mallopt (M_TOP_PAD, HEAP_STEP);

  brk_now = sbrk (0);
  if (brk_now == (char *) -1)
    return;
  huge_start =
      (char *) (((guintptr) brk_now + SMALL_PAGE + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1));
  if (sbrk (huge_start - SMALL_PAGE - brk_now) == (void *) -1)
    return;
  mallopt (M_MMAP_MAX, 0); /* the probe must come from the heap */
  probe = malloc (HEAP_STEP);
  mallopt (M_MMAP_MAX, MMAP_MAX_DEFAULT);
  end = sbrk (0);
  /* only if the probe came from the heap just grown: a replaced malloc
   * (the sanitizers', valgrind's) puts it elsewhere */
  if (probe != NULL && (char *) probe >= huge_start - SMALL_PAGE && (char *) probe < huge_start &&
      end != (char *) -1 && end >= huge_start + HEAP_STEP)
    madvise (huge_start, (gsize) (end - huge_start) & ~(gsize) (HUGE_PAGE - 1), MADV_HUGEPAGE);
  free (probe);
}
