"""`quotes show`: who said what, as a readable table with the quote highlighted in context."""

from __future__ import annotations

import textwrap

import orjson

BOLD, RESET = "\x1b[1m", "\x1b[0m"


def render(lines: list[bytes], color: bool = False, width: int = 100) -> str:
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            out.append(f"line {number}: not JSON")
            continue
        speaker = record.get("speaker") or {}
        who = speaker.get("name") or (speaker.get("mention") or {}).get("text") or "(unknown)"
        if speaker.get("role"):
            who += f" ({speaker['role']})"
        cue = record.get("cue") or {}
        verb = cue.get("text") or "-"
        if cue.get("negated"):
            verb = f"NOT {verb}"
        content = record["content"]
        quote = f"{BOLD}{content['text']}{RESET}" if color else f"[{content['text']}]"
        context = f"…{content.get('prefix', '')}{quote}{content.get('suffix', '')}…"
        out.append(f"{record['doc']['id']}  {who}  —{verb}→  ({record['type']}, {record['rule']})")
        out.extend(textwrap.wrap(context, width, initial_indent="    ", subsequent_indent="    "))
    return "\n".join(out)
