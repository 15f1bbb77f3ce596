"""Decision points: the numbered items under "Förvaltningens förslag till beslut", "Förslag till
beslut", "Beslut" (or its att-clauses); a single unnumbered proposal is item 1.

Only the first such list counts: tjänsteutlåtanden repeat it near the end.
"""

from __future__ import annotations

import bisect

from docparse.extract.items import is_multi_matter
from docparse.structure.points import bare_proposal, inline_points, labelled_proposal, own_voice_point, read_points, subject_decision
from docparse.sv.web import SUMMARY_HEADLINE


def extract_decision_points(ctx) -> list[dict]:
    """The points of the first proposal or decision section that has any; else a proposal
    inside a flattened line. None for a document of several items: each carries its own."""
    if is_multi_matter(ctx):
        return []
    title = ctx.structure.title
    if title and SUMMARY_HEADLINE.fullmatch(title.text):
        return []  # "Beslut i korthet från ...": a summing-up of several matters, whether or not they were told apart
    lines = ctx.content_lines
    starts = [s for s, _e, _ln in lines]
    type_word = ctx.structure.type_word
    wanted = [sec for sec in ctx.structure.sections if sec.kind in ("proposal", "decision")]
    # "BESLUT" over a letter's head is its type: a decision section below comes first, the type
    # word's lines only when no other section has points.
    typed = [sec for sec in wanted if type_word and sec.heading_span[0] <= type_word.span[0] < sec.heading_span[1]]
    for section in [sec for sec in wanted if sec not in typed] + typed:
        i = bisect.bisect_left(starts, section.heading_span[0])
        if section.side and i < len(lines) and lines[i][0] == section.heading_span[0]:
            # A side heading: the points open on its line, the margin's word blanked out.
            s, e, line = lines[i]
            width = section.heading_span[1] - s
            items = read_points([(s, e, " " * width + line[width:])] + lines[i + 1:], 0)
        else:
            items = read_points(lines, i + 1)
        if items:
            return items
    if ctx.structure.shape != "news":
        labelled = labelled_proposal(lines)
        if labelled:
            return labelled
    inline = inline_points(ctx.body, lines, broken=ctx.structure.shape != "news")  # (a web page's short lines are no broken text)
    if inline:
        return inline
    if type_word and type_word.doc_type == "motion":
        # A motion in prose (its paragraphs may make it look like news) proposing in its author's
        # voice: "Jag föreslår därför att kommunfullmäktige ger ...".
        own = own_voice_point(ctx.body)
        if own:
            return own
    if ctx.structure.shape == "news":
        return inline  # news reports decisions; it does not make them
    return subject_decision(lines) or own_voice_point(ctx.body) or bare_proposal(lines)
