# SPDX-License-Identifier: MIT
"""Prints bench/run.sh's results as a Markdown table, with the issue's targets.

    report.py RESULTS.tsv STARTUP.json FONTSTART.txt

RESULTS.tsv rows: case, format, tool, hyperfine JSON (or "pending"),
peak RSS in KB, file size in bytes.  STARTUP.json: hyperfine of
`patchart --version`; FONTSTART.txt: the median font start-up in ms, or
empty.  Standard library only.
"""
import json
import sys

TOOLS = ("patchart", "gnuplot", "matplotlib")
EXAMPLES = ("countries", "applicants", "classes")


def times_ms(path):
    """Median wall time and mean CPU time (user + system), in ms."""
    with open(path, encoding="utf-8") as f:
        r = json.load(f)["results"][0]
    return r["median"] * 1000, (r["user"] + r["system"]) * 1000


def load(path):
    rows = {}
    order = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            case, fmt, tool, js, rss, size = line.rstrip("\n").split("\t")
            if (case, fmt) not in order:
                order.append((case, fmt))
            if js == "pending":
                rows[case, fmt, tool] = None
                continue
            wall, cpu = times_ms(js)
            rows[case, fmt, tool] = (wall, int(rss) / 1024, int(size), cpu)
    return rows, order


def cell(value, form):
    return "–" if value is None else form.format(value)


def table(rows, order):
    head = ("| figure | format | patchart ms | gnuplot ms | matplotlib ms | patchart / gnuplot "
            "| CPU ms p / g (ratio) | RSS MB p / g / m | bytes patchart | bytes gnuplot "
            "| bytes matplotlib |")
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for case, fmt in order:
        r = {t: rows.get((case, fmt, t)) for t in TOOLS}
        if (case, fmt, "patchart") in rows and r["patchart"] is None:
            print(f"| {case} | {fmt} | pending: needs the counting options (issue 3) |"
                  + " |" * 8)
            continue
        ms = [cell(r[t] and r[t][0], "{:.1f}") for t in TOOLS]
        both = r["patchart"] and r["gnuplot"]
        ratio = r["patchart"][0] / r["gnuplot"][0] if both else None
        cpu = (f"{r['patchart'][3]:.1f} / {r['gnuplot'][3]:.1f} "
               f"({r['patchart'][3] / r['gnuplot'][3]:.2f})") if both else "–"
        rss = " / ".join(cell(r[t] and r[t][1], "{:.1f}") for t in TOOLS)
        sizes = [cell(r[t] and r[t][2], "{:,}") for t in TOOLS]
        print(f"| {case} | {fmt} | {' | '.join(ms)} | {cell(ratio, '{:.2f}')} | {cpu} | {rss} | "
              f"{' | '.join(sizes)} |")


def startup(path, fontstart_path):
    with open(path, encoding="utf-8") as f:
        bare = json.load(f)["results"][0]["median"] * 1000
    with open(fontstart_path, encoding="utf-8") as f:
        text = f.read().strip()
    fonts = float(text) if text else None
    print(f"\nProcess start (`patchart --version`): {bare:.1f} ms. Font start-up (bundled "
          f"fonts into the private configuration, in process, bench/fontstart.c): "
          f"{cell(fonts, '{:.2f}')} ms.")
    return fonts


def targets(rows, order, font_ms):
    def ok(flag):
        return "met" if flag else "NOT met"

    print("\nTargets (issue 5):")
    worst = None
    for case, fmt in order:
        p, g = rows.get((case, fmt, "patchart")), rows.get((case, fmt, "gnuplot"))
        if p and g:
            ratio = p[0] / g[0]
            if worst is None or ratio > worst[0]:
                worst = (ratio, case, fmt)
    if worst:
        print(f"- time at most 0.5x gnuplot's in every case: {ok(worst[0] <= 0.5)} "
              f"(worst {worst[0]:.2f}, {worst[1]} {worst[2]})")
    over = [f"{c} {f}" for c, f in order
            if rows.get((c, f, "patchart")) and rows.get((c, f, "gnuplot"))
            and rows[c, f, "patchart"][1] > rows[c, f, "gnuplot"][1]]
    print(f"- peak RSS no higher than gnuplot's: {ok(not over)}"
          + (f" (higher in {', '.join(over)})" if over else ""))
    if font_ms is not None:
        print(f"- font start-up under 5 ms: {ok(font_ms < 5)} ({font_ms:.2f} ms)")
    pdfs = [rows[c, "pdf", "patchart"][2] for c in EXAMPLES if rows.get((c, "pdf", "patchart"))]
    if pdfs:
        print(f"- PDF of each example figure under 20 KB: {ok(max(pdfs) < 20000)} "
              f"(largest {max(pdfs):,} bytes)")
    big = [rows.get(("heatmap500", f, "patchart")) for f in ("png", "svg", "pdf")]
    if all(big):
        print(f"- 500x500 heatmap under 0.3 s in each format: {ok(max(b[0] for b in big) < 300)} "
              f"(slowest {max(b[0] for b in big):.0f} ms); PDF and SVG under 1 MB: "
              f"{ok(max(big[1][2], big[2][2]) < 1_000_000)} "
              f"(SVG {big[1][2]:,}, PDF {big[2][2]:,} bytes)")
    raw = rows.get(("ranking1m", "png", "patchart"))
    if raw:
        print(f"- ranking from 1,000,000 raw rows under 1 s and 50 MB: "
              f"{ok(raw[0] < 1000 and raw[1] < 50)} ({raw[0]:.0f} ms, {raw[1]:.1f} MB)")
    elif ("ranking1m", "-", "patchart") in rows:
        print("- ranking from 1,000,000 raw rows: pending (needs the counting options, issue 3)")


def main():
    rows, order = load(sys.argv[1])
    print("Median wall time of the whole process (hyperfine -N), mean CPU time (user + "
          "system), peak RSS (median of 3), output size.\n")
    table(rows, order)
    font_ms = startup(sys.argv[2], sys.argv[3])
    targets(rows, order, font_ms)


main()
