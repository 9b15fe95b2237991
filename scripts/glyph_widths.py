#!/usr/bin/python3
"""Writes Templates/glyph_widths.tsv: the advance widths (thousandths of an em) of the characters our workbooks
use, in the regular and bold faces of the font LibreOffice prints Calibri with on this machine (`fc-match Calibri`,
DejaVu Sans on Debian without Carlito). Reads the TrueType tables itself (head, hhea, hmtx, cmap format 4).

usage: scripts/glyph_widths.py > Templates/glyph_widths.tsv
"""
import struct
import subprocess
import sys


def font_file(pattern):
    return subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, check=True).stdout


def advances(path):
    data = open(path, "rb").read()
    count = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        tables[tag.decode()] = offset
    units = struct.unpack(">H", data[tables["head"] + 18: tables["head"] + 20])[0]
    metrics = struct.unpack(">H", data[tables["hhea"] + 34: tables["hhea"] + 36])[0]
    hmtx = tables["hmtx"]
    widths = [struct.unpack(">H", data[hmtx + 4 * i: hmtx + 4 * i + 2])[0] for i in range(metrics)]
    cmap = tables["cmap"]
    n = struct.unpack(">H", data[cmap + 2: cmap + 4])[0]
    sub = None
    for i in range(n):
        platform, encoding, offset = struct.unpack(">HHI", data[cmap + 4 + 8 * i: cmap + 12 + 8 * i])
        if platform == 3 and encoding == 1:
            sub = cmap + offset
    assert struct.unpack(">H", data[sub: sub + 2])[0] == 4, "cmap format 4 expected"
    segs = struct.unpack(">H", data[sub + 6: sub + 8])[0] // 2
    ends = struct.unpack(f">{segs}H", data[sub + 14: sub + 14 + 2 * segs])
    starts_at = sub + 16 + 2 * segs
    starts = struct.unpack(f">{segs}H", data[starts_at: starts_at + 2 * segs])
    deltas = struct.unpack(f">{segs}h", data[starts_at + 2 * segs: starts_at + 4 * segs])
    ranges_at = starts_at + 4 * segs
    range_offsets = struct.unpack(f">{segs}H", data[ranges_at: ranges_at + 2 * segs])

    def glyph(code):
        for k in range(segs):
            if starts[k] <= code <= ends[k]:
                if range_offsets[k] == 0:
                    return (code + deltas[k]) & 0xFFFF
                at = ranges_at + 2 * k + range_offsets[k] + 2 * (code - starts[k])
                g = struct.unpack(">H", data[at: at + 2])[0]
                return (g + deltas[k]) & 0xFFFF if g else 0
        return 0

    def width(ch):
        g = glyph(ord(ch))
        return round(1000 * widths[min(g, metrics - 1)] / units) if g else None
    return width


CHARACTERS = ([chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0x410, 0x450)] + ["Ё", "ё"]
              + list("«»—–…№×−°•‘’“”„ "))


def main():
    regular, bold = advances(font_file("Calibri")), advances(font_file("Calibri:bold"))
    print("char\tregular\tbold")
    print(f"# {font_file('Calibri')} / {font_file('Calibri:bold')}; thousandths of an em")
    for ch in CHARACTERS:
        r, b = regular(ch), bold(ch)
        if r is None or b is None:
            continue
        name = {" ": "space", "\t": "tab", "\u00a0": "nbsp", "#": "hash"}.get(ch, ch)
        print(f"{name}\t{r}\t{b}")


if __name__ == "__main__":
    main()
