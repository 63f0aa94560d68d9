/* SPDX-License-Identifier: MIT */
/* lang.c — the language table, guessing a language, and the source line. */
#include <string.h>

#include "figure/lang.h"

/* One language a row, kept as the words line up. */
/* clang-format off */
static const patchart_words all_words[] = {
  { "zh-CN", "来源：", "其他", "无数据", "图 ", "目录", "数据：", "万", "亿", "数值见纵轴。",
    { "柱状图", "排名图", "热力图", "折线图" }, "：", "。", "，", "另有 {1} 项", "{1} 行 × {2} 列",
    "最高：", "合计最大的行：{1}（{2}）", "合计最大的列：{1}（{2}）",
    "年数据不完整（公开滞后）",
    "{1}从{3}的{2}升至{5}的{4}", "{1}从{3}的{2}降至{5}的{4}", "{1}在{3}和{5}均为{2}",
    "{1}在{3}为{2}", "{1}无数据", "，{1}最高，为{2}", "{1}年", "合计", "另有 {1} 条线",
    "，未计入趋势", "按系列：" },
  { "zh-TW", "來源：", "其他", "無資料", "圖 ", "目錄", "資料：", "萬", "億", "數值見縱軸。",
    { "長條圖", "排名圖", "熱度圖", "折線圖" }, "：", "。", "，", "另有 {1} 項", "{1} 列 × {2} 欄",
    "最高：", "合計最大的列：{1}（{2}）", "合計最大的欄：{1}（{2}）",
    "年資料不完整（公開滯後）",
    "{1}從{3}的{2}升至{5}的{4}", "{1}從{3}的{2}降至{5}的{4}", "{1}在{3}和{5}均為{2}",
    "{1}在{3}為{2}", "{1}無資料", "，{1}最高，為{2}", "{1}年", "合計", "另有 {1} 條線",
    "，未計入趨勢", "按系列：" },
  { "ja", "出典：", "その他", "データなし", "図", "目次", "データ：", "万", "億", "数値は縦軸を参照。",
    { "棒グラフ", "ランキング", "ヒートマップ", "折れ線グラフ" }, "：", "。", "、", "ほか{1}件", "{1}行×{2}列",
    "最大：", "合計が最大の行：{1}（{2}）", "合計が最大の列：{1}（{2}）",
    "年はデータ不完全（公開の遅れ）",
    "{1}は{3}の{2}から{5}の{4}に増加", "{1}は{3}の{2}から{5}の{4}に減少", "{1}は{3}も{5}も{2}",
    "{1}は{3}に{2}", "{1}はデータなし", "（最大は{1}の{2}）", "{1}年", "合計", "ほか{1}系列",
    "、傾向には含めない", "系列別：" },
  { "ko", "출처: ", "기타", "데이터 없음", "그림 ", "목차", "데이터: ", "만", "억", "값은 세로축을 참조.",
    { "막대 그래프", "순위 차트", "히트맵", "꺾은선 그래프" }, ": ", ". ", ", ", "외 {1}개", "{1}행 × {2}열",
    "최대: ", "합계가 가장 큰 행: {1}({2})", "합계가 가장 큰 열: {1}({2})",
    "년 데이터 불완전(공개 지연)",
    "{1}: {3} {2}에서 {5} {4}까지 증가", "{1}: {3} {2}에서 {5} {4}까지 감소",
    "{1}: {3}·{5} 모두 {2}", "{1}: {3} {2}", "{1}: 데이터 없음", " (최고 {1} {2})", "{1}년", "합계",
    "외 {1}개 계열", ", 추세에서 제외", "계열별: " },
  { "en", "Source: ", "Others", "No data", "Figure ", "Contents", "Data: ", NULL, NULL,
    "Values: see the axis.",
    { "Bar chart", "Ranking", "Heatmap", "Line chart" }, ": ", ". ", ", ", "and {1} more",
    "{1} rows, {2} columns", "Highest: ", "Largest row total: {1} ({2})",
    "largest column total: {1} ({2})",
    " incomplete (publication lag)",
    "{1} rose from {2} in {3} to {4} in {5}", "{1} fell from {2} in {3} to {4} in {5}",
    "{1} was {2} in both {3} and {5}", "{1} was {2} in {3}", "{1}: no data",
    ", peaking at {2} in {1}", "{1}", "Total", "Other lines: {1}", ", left out of the trend", "By series: " },
};
/* clang-format on */

#define ENGLISH (&all_words[G_N_ELEMENTS (all_words) - 1])

const patchart_words *
patchart_words_for (const char *lang)
{
  for (guint i = 0; lang != NULL && i < G_N_ELEMENTS (all_words); i++)
    if (strcmp (all_words[i].code, lang) == 0)
      return &all_words[i];
  return ENGLISH;
}

char *
patchart_words_fill_n (const char *template, const char *const *args, guint n_args)
{
  GString *s = g_string_new (NULL);

  for (const char *p = template; *p != '\0'; p++) {
    guint k = p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}' ? (guint) (p[1] - '0') : 0;
    if (k >= 1 && k <= n_args) {
      g_string_append (s, args[k - 1] != NULL ? args[k - 1] : "");
      p += 2;
    } else {
      g_string_append_c (s, *p);
    }
  }
  return g_string_free (s, FALSE);
}

char *
patchart_words_fill (const char *template, const char *one, const char *two)
{
  const char *args[] = { one, two };

  return patchart_words_fill_n (template, args, G_N_ELEMENTS (args));
}

const char *
patchart_lang_canonical (const char *lang)
{
  char *folded = g_ascii_strdown (lang, -1);
  const char *found = NULL;

  g_strdelimit (folded, "_", '-');
  for (guint i = 0; i < G_N_ELEMENTS (all_words) && found == NULL; i++)
    if (g_ascii_strcasecmp (folded, all_words[i].code) == 0)
      found = all_words[i].code;
  g_free (folded);
  return found;
}

const char *
patchart_lang_list (void)
{
  return "zh-CN, zh-TW, ja, ko or en";
}

const char *
patchart_guess_lang (const char *text)
{
  guint han = 0, hangul = 0;

  /* Kana is only Japanese, so it decides; otherwise the more common of
   * Hangul and Han, Han taken as Simplified Chinese. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p)) {
    GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));
    if (script == G_UNICODE_SCRIPT_HIRAGANA || script == G_UNICODE_SCRIPT_KATAKANA)
      return "ja";
    hangul += script == G_UNICODE_SCRIPT_HANGUL;
    han += script == G_UNICODE_SCRIPT_HAN;
  }
  if (hangul + han == 0)
    return "en";
  return hangul > han ? "ko" : "zh-CN";
}

/* Words that already introduce a source, in any of our languages. */
static const char *const source_prefixes[] = {
  "来源", "來源", "出处", "出處", "资料来源", "資料來源", "数据来源", "出典",        "出所",
  "资料", "資料", "출처", "자료", "source",   "sources",  "data:",    "data source", NULL,
};

static gboolean
says_source (const char *text)
{
  char *folded = g_utf8_casefold (text, -1);
  gboolean says = FALSE;

  for (guint i = 0; source_prefixes[i] != NULL && !says; i++)
    says = g_str_has_prefix (folded, source_prefixes[i]);
  g_free (folded);
  return says;
}

char *
patchart_source_line (const char *source, const char *lang)
{
  if (source == NULL || *source == '\0')
    return NULL;
  if (says_source (source))
    return g_strdup (source);
  return g_strconcat (patchart_words_for (lang)->source, source, NULL);
}

char *
patchart_incomplete_note (const char *lang, const char *first, const char *last)
{
  const char *words = patchart_words_for (lang)->incomplete;

  if (last == NULL)
    return g_strconcat (first, words, NULL);
  return g_strconcat (first, "–", last, words, NULL);
}
