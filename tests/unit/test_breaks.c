/* SPDX-License-Identifier: MIT */
/* test_breaks.c — line break rules (text/breaks.c) on named cases, and
 * the line planner (text/wrap.c) on made-up advances. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "text/breaks.h"
#include "text/wrap.h"

/* STRING with a '|' at every position where a line may start. */
static char *
marked (const char *string, const char *lang)
{
  glong n;
  patchart_break *breaks = patchart_breaks_find (string, lang, &n);
  GString *out = g_string_new (NULL);
  const char *p = string;

  for (glong i = 0; i < n; i++, p = g_utf8_next_char (p)) {
    if (breaks[i] != PATCHART_BREAK_NO)
      g_string_append_c (out, '|');
    g_string_append_len (out, p, g_utf8_next_char (p) - p);
  }
  g_free (breaks);
  return g_string_free (out, FALSE);
}

static void
expect_marks (const char *string, const char *lang, const char *want)
{
  char *got = marked (string, lang);

  if (strcmp (got, want) != 0)
    fail_msg ("%s (%s): breaks at %s, want %s", string, lang, got, want);
  g_free (got);
}

static patchart_break
break_at (const char *string, const char *lang, glong i)
{
  glong n;
  patchart_break *breaks = patchart_breaks_find (string, lang, &n);
  patchart_break b = breaks[i];

  g_free (breaks);
  return b;
}

static void
test_latin_at_spaces_and_hyphens (void **state)
{
  (void) state;
  expect_marks ("Republic of Korea", "en", "Republic |of |Korea");
  expect_marks ("Finland", "en", "Finland");
  expect_marks ("Baden-Württemberg GmbH", "en", "Baden-|Württemberg |GmbH");
  expect_marks ("TCP/IP Co.,Ltd.", "en", "TCP/IP |Co.,Ltd.");
  expect_marks ("−1,250", "en", "−1,250");
}

static void
test_katakana_words_stay_whole (void **state)
{
  (void) state;
  expect_marks ("マイクロソフト", "ja", "マイクロソフト");
  expect_marks ("アリババ集団", "ja", "アリババ|集|団");
  expect_marks ("サムスン電子", "ja", "サムスン|電|子");
  /* the middle dot stays with the word before it; a line may start after it */
  expect_marks ("マイクロソフト・テクノロジー", "ja", "マイクロソフト・|テクノロジー");
  /* the script change and the company form are the good places */
  assert_int_equal (break_at ("ソニーグループ株式会社", "ja", 7), PATCHART_BREAK_GOOD);
  assert_true (break_at ("ソニーグループ株式会社", "ja", 9) <= PATCHART_BREAK_POOR);
}

static void
test_kinsoku (void **state)
{
  (void) state;
  /* no line starts with small kana, ー, a closing bracket or 、。 */
  expect_marks ("ちょっと", "ja", "ちょっ|と");
  expect_marks ("東京（本社）。", "ja", "東|京|（本|社）。");
  expect_marks ("はい、そうです。", "ja", "は|い、|そ|う|で|す。");
  /* no line ends with an opening bracket: nothing after "（" */
  assert_int_equal (break_at ("東京（本社）", "ja", 3), PATCHART_BREAK_NO);
  expect_marks ("ネットワーク", "ja", "ネットワーク");
}

static void
test_korean_at_spaces (void **state)
{
  (void) state;
  expect_marks ("삼성전자 주식회사", "ko", "삼성전자 |주식회사");
  expect_marks ("한국전자통신연구원", "ko", "한국전자통신연구원");
}

static void
test_phrases_graded (void **state)
{
  (void) state;
  /* after a particle: good; before a word's kana ending: poor */
  assert_int_equal (break_at ("東京の会社", "ja", 3), PATCHART_BREAK_GOOD);
  assert_int_equal (break_at ("書き方", "ja", 1), PATCHART_BREAK_POOR);
  /* Chinese: any two Han characters may part, a company form is better */
  assert_int_equal (break_at ("北京百度网讯科技有限公司", "zh-CN", 3), PATCHART_BREAK_FAIR);
  assert_int_equal (break_at ("北京百度网讯科技有限公司", "zh-CN", 8), PATCHART_BREAK_GOOD);
  assert_int_equal (break_at ("a\nb", "en", 2), PATCHART_BREAK_MUST);
  /* script changes in mixed text */
  assert_int_equal (break_at ("华为 Huawei", "zh-CN", 3), PATCHART_BREAK_GOOD);
}

/* Characters of STRING (ASCII) one unit wide each; '|' before a letter
 * marks a fair break there (and is not a character); spaces break after. */
static patchart_wrap_char *
made_up (const char *string, glong *n)
{
  patchart_wrap_char *chars = g_new0 (patchart_wrap_char, strlen (string) + 1);
  patchart_break next = PATCHART_BREAK_NO;

  *n = 0;
  for (const char *p = string; *p != '\0'; p++) {
    if (*p == '|') {
      next = PATCHART_BREAK_FAIR;
      continue;
    }
    chars[*n] =
        (patchart_wrap_char){ 1, *n > 0 ? next : PATCHART_BREAK_NO, *p == ' ' || *p == '\n', TRUE };
    next = *p == ' ' ? PATCHART_BREAK_GOOD : PATCHART_BREAK_NO;
    if (*p == '\n')
      next = PATCHART_BREAK_MUST;
    (*n)++;
  }
  return chars;
}

/* The lines STRING is set in at WIDTH and MAX_LINES, joined by "/". */
static char *
lines_of (const char *string, double width, int max_lines, gboolean *ellipsized, gboolean *cut)
{
  glong n;
  patchart_wrap_char *chars = made_up (string, &n);
  char *plain = g_new0 (char, n + 1);
  GString *out = g_string_new (NULL);
  patchart_wrap wrap;

  for (glong i = 0, j = 0; string[i] != '\0'; i++)
    if (string[i] != '|')
      plain[j++] = string[i];
  patchart_wrap_plan (chars, n, width, max_lines, 1, &wrap);
  for (glong l = 0; l < wrap.n_lines; l++) {
    if (l > 0)
      g_string_append_c (out, '/');
    g_string_append_len (out, plain + wrap.starts[l], wrap.ends[l] - wrap.starts[l]);
  }
  if (wrap.ellipsized)
    g_string_append (out, "~");
  *ellipsized = wrap.ellipsized;
  *cut = wrap.cut;
  patchart_wrap_clear (&wrap);
  g_free (chars);
  g_free (plain);
  return g_string_free (out, FALSE);
}

static void
expect_lines (const char *string, double width, int max_lines, const char *want)
{
  gboolean ellipsized, cut;
  char *got = lines_of (string, width, max_lines, &ellipsized, &cut);

  if (strcmp (got, want) != 0)
    fail_msg ("\"%s\" at %g in %d lines: got \"%s\", want \"%s\"", string, width, max_lines, got,
              want);
  g_free (got);
}

static void
test_wrap_fewest_balanced_lines (void **state)
{
  (void) state;
  expect_lines ("one two three four", 20, 3, "one two three four");
  /* greedy would give "one two three/four" */
  expect_lines ("one two three four", 13, 3, "one two/three four");
  expect_lines ("ab\ncd", 10, 3, "ab/cd");
  /* never one character alone on the last line */
  expect_lines ("ab|cd|e", 4, 3, "ab/cde");
}

static void
test_wrap_ellipsis_after_wrapping (void **state)
{
  gboolean ellipsized, cut;
  char *got;

  (void) state;
  /* two lines hold it: no ellipsis */
  expect_lines ("Beijing Baidu Netcom Science", 16, 2, "Beijing Baidu/Netcom Science");
  /* one line does not: the ellipsis follows a whole word, not a space */
  expect_lines ("alpha beta gamma", 12, 1, "alpha beta~");
  got = lines_of ("supercalifragilistic", 6, 2, &ellipsized, &cut);
  assert_true (ellipsized && cut);
  assert_string_equal (got, "super~");
  g_free (got);
  got = lines_of ("alpha beta gamma", 12, 1, &ellipsized, &cut);
  assert_true (ellipsized && !cut);
  g_free (got);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_latin_at_spaces_and_hyphens),
    cmocka_unit_test (test_katakana_words_stay_whole),
    cmocka_unit_test (test_kinsoku),
    cmocka_unit_test (test_korean_at_spaces),
    cmocka_unit_test (test_phrases_graded),
    cmocka_unit_test (test_wrap_fewest_balanced_lines),
    cmocka_unit_test (test_wrap_ellipsis_after_wrapping),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
