/* memory.c — the command's heap, tuned for one figure per process.
 *
 * cairo's PDF backend copies each CJK font's 11 MB CFF table into a fresh
 * buffer twice (once to see whether it is CID-keyed, once to subset it).
 * With glibc's defaults every copy is a new mmap, so 45 MB of pages are
 * faulted in one at a time, and in a virtual machine each page fault costs
 * 10-20 us: that was most of the time to write a PDF.  So big buffers come
 * from the heap, freed memory stays there for the next one, and the heap is
 * grown in one step and marked for transparent huge pages (2 MB pages,
 * where the kernel offers them: a hint, ignored where it does not).  Only
 * for PDF: PNG and SVG copy no fonts, and there the huge pages only add
 * to the resident memory (2 MB more, no faster).  A library must not do
 * this to its host program; the command may. */
#define _DEFAULT_SOURCE /* sbrk, madvise */
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli.h"

#define HEAP_STEP (64 << 20)
#define MMAP_THRESHOLD (32 << 20) /* glibc's largest */
#define HUGE_PAGE (2 << 20)

void
cli_tune_memory (void)
{
  char *start, *end;
  void *probe;

  mallopt (M_MMAP_THRESHOLD, MMAP_THRESHOLD);
  mallopt (M_TRIM_THRESHOLD, 2 * HEAP_STEP);
  mallopt (M_TOP_PAD, HEAP_STEP);
  probe = malloc (HUGE_PAGE); /* grows the heap by HEAP_STEP and more */
  start = (char *) (((guintptr) probe + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1));
  end = sbrk (0);
  /* only if the probe came from the heap just grown: a replaced malloc
   * (the sanitizers', valgrind's) puts it elsewhere */
  if (probe != NULL && (char *) probe < end && end - (char *) probe <= 2 * HEAP_STEP &&
      end > start + HUGE_PAGE)
    madvise (start, (gsize) (end - start) & ~(gsize) (HUGE_PAGE - 1), MADV_HUGEPAGE);
  free (probe);
}
