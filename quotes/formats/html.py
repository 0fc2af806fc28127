"""One self-contained HTML page for a run: articles with their attributions highlighted.

A pure function from (document text, records) pairs to a string. Content, cue and speaker
spans get distinct styles; a speaker index links to every record; filters by speaker and
type work in the page (and from the address, `#speaker=NAME&type=direct,indirect`). The page
loads nothing from the network: styles and script are inline.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Iterable

from quotes.formats import joined_names, speaker_names

ROLES = ("content", "cue", "speaker")
UNKNOWN_SPEAKER = "(no speaker)"


@dataclass(frozen=True)
class ReportDocument:
    """One article: its analysed text (None when the source could not be had) and its records."""

    doc_id: str
    path: str | None
    text: str | None
    records: list[dict[str, Any]]
    problem: str | None = None
    sha256: str | None = None


@dataclass
class _Speaker:
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    anchors: list[tuple[str, str]] = field(default_factory=list)  # (anchor id, label)
    words: int = 0


def counted(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def speaker_name(record: dict[str, Any]) -> str:
    speaker = record.get("speaker") or {}
    return speaker.get("name") or (speaker.get("mention") or {}).get("text") or UNKNOWN_SPEAKER


def record_spans(record: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, role) of every span a record highlights."""
    content = record["content"]
    fragments = content.get("fragments") or [content]
    spans = [(f["start"], f["end"], "content") for f in fragments]
    if record.get("cue"):
        spans.append((record["cue"]["start"], record["cue"]["end"], "cue"))
    mention = (record.get("speaker") or {}).get("mention")
    if mention:
        spans.append((mention["start"], mention["end"], "speaker"))
    return [(s, e, role) for s, e, role in spans if e > s]


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for index, char in enumerate(text):
        if char == "\n":
            bounds.append((start, index))
            start = index + 1
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _tooltip(record: dict[str, Any]) -> str:
    cue = (record.get("cue") or {}).get("text") or "no cue"
    return f"{speaker_name(record)} \u00b7 {cue} \u00b7 {record['type']}"


def _highlighted_text(text: str, records: list[dict[str, Any]], keys: list[str]) -> str:
    """The article as paragraphs, every span wrapped in a <span> naming its records and roles."""
    covers = [(start, end, key, role) for record, key in zip(records, keys)
              for start, end, role in record_spans(record)]
    first_content = {key: min(s for s, _, role in record_spans(r) if role == "content")
                     for r, key in zip(records, keys)}
    anchors_at: dict[int, list[str]] = {}
    for key, start in first_content.items():
        anchors_at.setdefault(start, []).append(key)
    by_key = dict(zip(keys, records))
    out = []
    for p_start, p_end in _paragraph_bounds(text):
        cuts = {p_start, p_end}
        for start, end, _, _ in covers:
            if start < p_end and end > p_start:
                cuts.update(x for x in (start, end) if p_start < x < p_end)
        cuts.update(x for x in anchors_at if p_start <= x < p_end)
        points = sorted(cuts)
        pieces = []
        for seg_start, seg_end in zip(points, points[1:]):
            for key in anchors_at.get(seg_start, []):
                pieces.append(f'<a class="anchor" id="t-{key}"></a>')
            chunk = html.escape(text[seg_start:seg_end], quote=False)
            cover = [(key, role) for start, end, key, role in covers if start <= seg_start and seg_end <= end]
            if not cover:
                pieces.append(chunk)
                continue
            roles = sorted({role for _, role in cover}, key=ROLES.index)
            data = " ".join(f"{key}:{role}" for key, role in cover)
            title = " | ".join(dict.fromkeys(_tooltip(by_key[key]) for key, _ in cover))
            classes = " ".join(["h"] + [f"h-{role}" for role in roles])
            pieces.append(f'<span class="{classes}" data-cover="{data}" title="{html.escape(title)}">'
                          f"{chunk}</span>")
        out.append(f'<p data-start="{p_start}">{"".join(pieces)}</p>')
    return "\n".join(out)


def _record_item(record: dict[str, Any], key: str, linked: bool) -> str:
    cue = record.get("cue") or {}
    speaker = record.get("speaker") or {}
    content = record["content"]
    role = ", ".join(x for x in (speaker.get("role"), speaker.get("affiliation")) if x)
    others = speaker_names(record)[1:]
    jump = f' <a class="jump" href="#t-{key}">in text</a>' if linked else ""
    return (
        f'<li id="{key}" class="record" data-speaker="{html.escape(speaker_name(record))}" '
        f'data-type="{html.escape(record["type"])}" data-id="{html.escape(record["id"])}">'
        f'<span class="who">{html.escape(speaker_name(record))}</span>'
        + (f' <span class="role">({html.escape(role)})</span>' if role else "")
        + (f' <span class="with">with {html.escape(joined_names(others))}</span>' if others else "")
        + f' <span class="cue">{html.escape(cue.get("text") or "no cue")}</span>'
        f' <span class="type">{html.escape(record["type"])}</span>'
        f' <q>{html.escape(content["text"])}</q>'
        f' <span class="offsets">{content["start"]}\u2013{content["end"]}'
        f' \u00b7 {html.escape(record.get("rule") or "")}'
        f' \u00b7 {record.get("confidence", "")}</span>{jump}</li>'
    )


def _speaker_index(speakers: "OrderedDict[str, _Speaker]") -> str:
    rows = []
    ordered = sorted(speakers.values(), key=lambda s: (-len(s.anchors), s.name))
    for speaker in ordered:
        links = " ".join(f'<a href="#{anchor}">{html.escape(label)}</a>' for anchor, label in speaker.anchors)
        rows.append(
            f'<tr data-speaker="{html.escape(speaker.name)}"><td class="who">{html.escape(speaker.name)}</td>'
            f"<td>{html.escape(speaker.kind)}</td><td>{html.escape('; '.join(speaker.roles))}</td>"
            f'<td class="count">{len(speaker.anchors)}</td><td class="count">{speaker.words}</td>'
            f'<td class="links">{links}</td></tr>')
    return ("<table id=\"speakers\"><thead><tr><th>speaker</th><th>kind</th><th>roles</th>"
            "<th>statements</th><th>words quoted</th><th>records</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def render_report(documents: Iterable[ReportDocument], title: str = "quotes report") -> str:
    documents = list(documents)
    speakers: OrderedDict[str, _Speaker] = OrderedDict()
    types: list[str] = []
    sections = []
    total = 0
    for doc_index, document in enumerate(documents):
        keys = [f"d{doc_index}-r{index}" for index in range(len(document.records))]
        total += len(document.records)
        for record, key in zip(document.records, keys):
            name = speaker_name(record)
            speaker_info = record.get("speaker") or {}
            entry = speakers.setdefault(name, _Speaker(name, speaker_info.get("kind") or "-"))
            number = key.split("-r")[1]
            entry.anchors.append((key, f"#{number}" if len(documents) == 1 else f"{doc_index + 1}#{number}"))
            entry.words += len(record["content"]["text"].split())
            if speaker_info.get("role") and speaker_info["role"] not in entry.roles:
                entry.roles.append(speaker_info["role"])
            if record["type"] not in types:
                types.append(record["type"])
        has_text = document.text is not None
        body = (_highlighted_text(document.text, document.records, keys) if has_text else
                f'<p class="problem">{html.escape(document.problem or "source text unavailable")}</p>')
        items = "\n".join(_record_item(r, k, has_text) for r, k in zip(document.records, keys))
        sections.append(
            f'<section class="doc" id="d{doc_index}" data-doc="{html.escape(document.doc_id)}">'
            f"<h2>{html.escape(document.doc_id)}</h2>"
            f'<p class="meta">{html.escape(document.path or "")}'
            + (f" \u00b7 sha256 {html.escape(document.sha256)}" if document.sha256 else "")
            + f" \u00b7 {counted(len(document.records), 'attribution')}</p>"
            + (f'<p class="problem">{html.escape(document.problem)}</p>' if document.problem and has_text else "")
            + f'<div class="text">{body}</div>'
            f'<ol class="records">{items}</ol></section>')
    speaker_options = "".join(f'<option value="{html.escape(name)}">{html.escape(name)}</option>'
                              for name in sorted(speakers))
    type_boxes = "".join(f'<label><input type="checkbox" name="type" value="{html.escape(t)}" checked> '
                         f"{html.escape(t)}</label> " for t in types)
    toc = "".join(f'<li><a href="#d{i}">{html.escape(d.doc_id)}</a> ({len(d.records)})</li>'
                  for i, d in enumerate(documents))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quotes">
<title>{html.escape(title)}</title>
<style>{_STYLE}</style></head>
<body>
<header><h1>{html.escape(title)}</h1>
<p id="summary">{counted(len(documents), "article")} \u00b7 {counted(total, "attribution")} \u00b7 \
{counted(len(speakers), "speaker")} \u00b7
<span id="shown">{total}</span> shown</p>
<p class="legend"><span class="h h-speaker">speaker</span> <span class="h h-cue">cue</span>
<span class="h h-content">content</span></p>
<form id="filters"><label>speaker <select id="filter-speaker"><option value="">all</option>
{speaker_options}</select></label>
<span id="filter-types">{type_boxes}</span></form>
</header>
<nav><h2>Articles</h2><ol id="articles">{toc}</ol>
<h2>Speakers</h2>{_speaker_index(speakers)}</nav>
<main>{"".join(sections)}</main>
<script>{_SCRIPT}</script>
</body></html>
"""


_STYLE = """
body{font:16px/1.55 Georgia,serif;margin:0;display:grid;grid-template-columns:minmax(20em,34em) 1fr;
 grid-template-areas:"head head" "nav main";color:#222;background:#fbfbf8}
header{grid-area:head;padding:.6em 1.2em;border-bottom:1px solid #ccc;background:#fff;position:sticky;top:0;z-index:2}
header h1{margin:0;font-size:1.3em}header p{margin:.2em 0}
nav{grid-area:nav;padding:0 1em;font:14px/1.4 sans-serif;border-right:1px solid #ddd;overflow-x:auto;min-width:0}
main{grid-area:main;padding:0 1.5em;max-width:52em}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #e4e4e4;padding:.2em .3em;vertical-align:top;text-align:left}
td.count{text-align:right}td.links{overflow-wrap:anywhere;min-width:4em}td.links a{margin-right:.4em;font-size:.85em}
.meta,.offsets{color:#777;font:13px sans-serif}.problem{color:#a40000;font-weight:bold}
.h-content{background:#fff1a8}
.h-cue{background:none;border-bottom:3px solid #c0392b;font-weight:bold;color:#8b1a10}
.h-speaker{background:#cfe6ff;border-bottom:2px solid #1f6fc5}
.h.off{background:none;border:0;font-weight:inherit;color:inherit}
.legend .h{padding:0 .3em}
ol.records{font:14px/1.45 sans-serif;padding-left:1.5em}
li.record{margin:.35em 0}li.record.hidden{display:none}
li.record .who{font-weight:bold;color:#1f6fc5}li.record .cue{color:#8b1a10;font-weight:bold}
li.record .type{font-size:.8em;border:1px solid #aaa;border-radius:3px;padding:0 .25em}
li.record q{background:#fff8d0}
:target{outline:2px solid #1f6fc5}
"""

_SCRIPT = """
(function(){
  var records={};
  document.querySelectorAll('li.record').forEach(function(li){records[li.id]=li;});
  var speakerSelect=document.getElementById('filter-speaker');
  var typeBoxes=Array.prototype.slice.call(document.querySelectorAll('#filter-types input'));
  function active(key){
    var li=records[key]; if(!li) return false;
    var speaker=speakerSelect.value;
    if(speaker && li.dataset.speaker!==speaker) return false;
    return typeBoxes.some(function(b){return b.checked && b.value===li.dataset.type;});
  }
  function apply(){
    var shown=0;
    Object.keys(records).forEach(function(key){
      var on=active(key); records[key].classList.toggle('hidden',!on); if(on) shown++;});
    document.querySelectorAll('span.h[data-cover]').forEach(function(span){
      var roles={};
      span.dataset.cover.split(' ').forEach(function(item){
        var parts=item.split(':'); if(active(parts[0])) roles[parts[1]]=true;});
      ['content','cue','speaker'].forEach(function(role){span.classList.toggle('h-'+role,!!roles[role]);});
      span.classList.toggle('off',Object.keys(roles).length===0);
    });
    document.querySelectorAll('#speakers tbody tr').forEach(function(tr){
      tr.hidden=!!speakerSelect.value && tr.dataset.speaker!==speakerSelect.value;});
    document.getElementById('shown').textContent=shown;
  }
  function fromAddress(){
    var params=new URLSearchParams(location.hash.replace(/^#/,''));
    if(params.has('speaker')) speakerSelect.value=params.get('speaker');
    if(params.has('type')){var wanted=params.get('type').split(',');
      typeBoxes.forEach(function(b){b.checked=wanted.indexOf(b.value)>=0;});}
  }
  function toAddress(){
    var params=new URLSearchParams();
    if(speakerSelect.value) params.set('speaker',speakerSelect.value);
    var checked=typeBoxes.filter(function(b){return b.checked;}).map(function(b){return b.value;});
    if(checked.length!==typeBoxes.length) params.set('type',checked.join(','));
    history.replaceState(null,'',params.toString()?'#'+params.toString():location.pathname);
  }
  speakerSelect.addEventListener('change',function(){toAddress();apply();});
  typeBoxes.forEach(function(b){b.addEventListener('change',function(){toAddress();apply();});});
  if(/speaker=|type=/.test(location.hash)) fromAddress();
  apply();
})();
"""
