"""What web pages and document-hosting sites wrap around a council document's text.

Archives receive many documents as text exported from web pages: the municipality's news page
(skip links, share and print buttons, "Publicerad"/"Uppdaterad" lines) or a document-hosting
site that shows a PDF's text under its own chrome (its title in quotes, "Download", "Share",
"Full text"/"Transkript" before the document's own text). These are general interface strings
of such pages, in the languages the sites use, not words of any one document.
"""

from __future__ import annotations

import re

from docparse.sv.sections import tolerant

# A line that marks the start of the document's own text on a hosting site: everything above
# it (in the first lines of the text) is the site's wrapper.
TEXT_START_MARK = re.compile(
    r"^[ \t]*(?:full\s+text|fulltext|transkript(?:ion)?|transcript|texto\s+completo|"
    r"volltext|texte\s+intégral|document\s+text|dokumenttext|dokumentets\s+text|"
    r"text(?:version|innehåll)(?:\s+av\s+dokumentet)?|dokumentets\s+(?:textversion|textinnehåll|innehåll)|dokumentinnehåll)"
    r"(?:\s+(?:av|of)\s+(?:the\s+)?(?:sidan|sidorna|dokumentet|document|page))?"
    # (how the site got the text, in brackets: "Dokumentets innehåll (maskinläst)", "Full text (OCR)")
    r"(?:[ \t]+\((?:maskinläst|maskinellt\s+utläst|automatiskt\s+utläst|ocr|ocr-läst|tolkad\s+text|machine-read|extracted)\))?[ \t]*:?[ \t]*$",
    re.I,
)

# A site's breadcrumb trail: three or more short crumbs between "/", ">", "›" or "»"
# ("Hem > Exeby kommun > Kommunstyrelsen > Protokollsutdrag").
TRAIL_LINE = re.compile(r"[ \t]*[^\s/>›»|][^/>›»|\n]{0,40}?(?:[ \t]+[/>›»][ \t]+[^\s/>›»|][^/>›»|\n]{0,40}?){2,}[ \t]*")

# The site's title of the document: the quoted string of a download or share button.
QUOTED_TITLE = re.compile(r"^[ \t]*[A-Za-zÀ-ÿ ]{2,30}?[ \t]+[\"“”„](?P<title>[^\"“”\n]{3,300})[\"“”][ \t]*$")

# A whole line of interface text: buttons, skip links, back links ("← Tillbaka till nyheter"), menus,
# empty meta labels, language pickers, page-viewer controls, placeholders and one-word stand-ins for images. (A hosting site's own strings above
# its "Full text" line need no entry here: the wrapper rule masks all of them.)
# Tolerant of a lost å/ä/ö: OCR without Swedish reads "Hoppa over navigering", and the clean stage
# runs before repair.
UI_LINE = re.compile(tolerant(
    r"^[ \t]*(?:[•·\-*←«<][ \t]*)?(?:"
    # (the page's content named as such too: "Gå direkt till sidans innehåll", "Hoppa till sidans huvudinnehåll")
    r"hoppa\s+(?:över|till)\s+(?:navigering(?:en)?|(?:sidans\s+)?(?:huvud)?innehåll(?:et)?|meny(?:n)?)|"
    r"gå\s+(?:direkt\s+)?till\s+(?:sidans\s+)?(?:huvud)?innehåll(?:et)?|skip\s+to\s+(?:main\s+)?content|skip\s+navigation|"
    r"tillbaka(?:\s+till\s+(?:alla\s+)?(?:nyheter(?:na)?|nyhetslistan|nyhetsarkivet|listan|startsidan|föregående\s+sida|aktuellt))?|"
    r"meny|menu|sök(?:\s+(?:på|i)\s+(?:hela\s+)?(?:webbplatsen|sajten|sidan|[\w-]+\.(?:se|nu|com|org|net)))?|"
    # a search box's placeholder, its button after it ("Vad letar du efter? Sök", "Vad söker du?")
    r"vad\s+(?:letar|söker)\s+du(?:\s+efter)?\s*\??(?:\s+sök)?|search|stäng|close|lyssna|läs\s+upp|skriv\s+ut|print|dela|share|copied!?|kopierad!?|"
    r"annons|placeholder|n/a|protected|loading\.*(?:\s*\(view\s+fulltext\s+now\))?|"
    r"no\s+results\s+found|inga\s+(?:sök)?resultat(?:\s+hittades)?|"
    r"storlek:?\s*px|(?:word|png|txt|jpg|pdf)(?:\s+(?:word|png|txt|jpg|pdf))+|"
    r"(?:publicerad|uppdaterad|senast\s+(?:uppdaterad|ändrad)|sidansvarig)\s*:?|"
    # a language picker's button, its menu's caret after it ("Välj språk ▾", "Other languages")
    r"(?:välj\s+språk|andra\s+språk|språk|select\s+(?:a\s+)?language|other\s+languages|languages?|in\s+english)(?:[ \t]*[▾▼⌄˅▿])?|"
    r"(?:download|ladda\s+ner|share|dela)\s+[\"“”„][^\n]*[\"“”]"
    r")[ \t]*\|?[ \t]*$"),
    re.I,
)

# A news page's dateline, which stands on a line of its own under the headline ("Publicerad 14 mars
# 2039", "Uppdaterad: 2039-03-14", "Sidan granskades senast ..."): never the rest of the line above.
DATELINE_OPENING = re.compile(r"(?:Publicerad|Publicerades|Uppdaterad|Senast\s+(?:uppdaterad|ändrad)|"
                              r"Sidan\s+(?:uppdaterades|granskades|publicerades))\b")

# A row of a page's tool buttons, one space apart or more, as a reader copies them or OCR of a printed
# page reads them ("Lyssna Dela Skriv ut", "Lyssna på sidan   Dela sidan", "Sök Meny").
_UI_TOOL = (r"(?:lyssna(?:\s+på\s+(?:sidan|texten))?|läs\s+upp|dela(?:\s+(?:sidan|artikeln|nyheten))?|skriv\s+ut(?:\s+sidan)?|"
            r"sök|meny|menu|translate|kontrast|print|share|listen|search)")
UI_ROW = re.compile(tolerant(r"[ \t]*" + _UI_TOOL + r"(?:[ \t]*[|·•]?[ \t]+" + _UI_TOOL + r")+[ \t]*"), re.I)
# One tool button or a row of them inside a flattened line, after the page's date ("Publicerad 2 maj
# 2040 Dela Skriv ut Headline ..."): matched at a position, up to the next word.
UI_TOOLS = re.compile(tolerant(r"[ \t]*" + _UI_TOOL + r"(?:[ \t]*[|·•]?[ \t]+" + _UI_TOOL + r")*(?![\wåäö])[ \t|·•]*"), re.I)

# The heading of a list of links to other articles or pages, over or under the article ("Fler nyheter",
# "Relaterade nyheter", "Läs också", "Nyhetsarkiv"): the links under it are no part of the page's own text.
RELATED_HEAD = re.compile(tolerant(
    r"[ \t]*(?:(?:fler|andra|senaste|relaterade|liknande)\s+(?:nyheter(?:na)?|artiklar(?:na)?)|läs\s+också|relaterat|"
    r"relaterade\s+(?:länkar|sidor)|nyhetsarkiv(?:et)?)[ \t]*:?[ \t]*"), re.I)
# A link's line under it: a headline or a page's name, short, no sentence's full stop.
RELATED_LINK_WORDS = 15

# A page's headline naming it a summing-up of one meeting's decisions: "Beslut i korthet från
# regionfullmäktige ...", "Kommunstyrelsen i korthet", "Detta beslutade kommunstyrelsen ...", "Det här
# beslutade ...", "Kort om fullmäktiges beslut", "Besluten från ...". Its matters follow it as headings.
# ("Ärendet i korthet" is a paper's section, no page's headline: a decision or a body is summed up.)
SUMMARY_HEADLINE = re.compile(tolerant(
    r"[ \t]*(?:[^\n]{0,60}?(?<![\wåäö])(?:beslut(?:en)?|[\wåäö-]*(?:styrelse|styrelsen|fullmäktige|nämnd|nämnden|"
    r"utskott|utskottet|direktion|direktionen))\s+i\s+korthet(?![\wåäö])|(?:detta|det\s+här|här\s+är\s+vad|så)\s+beslutade(?![\wåäö])|"
    r"kort\s+om\s+[^\n]{0,40}?beslut|besluten\s+från(?![\wåäö]))[^\n]{0,80}"), re.I)

# A link to a file, its type (and size) in brackets ending the line: "Underlag och handlingar för
# ärendet (pdf)", "Läs hela protokollet (pdf, 412 kB)". No heading of the page's text.
FILE_LINK_LINE = re.compile(r"[^\n]*\((?:pdf|docx?|xlsx?|odt|pptx?)(?:[ \t]*,[^)\n]*)?\)[ \t]*", re.I)

# A line holding nothing but a number or a bracketed page number: viewer counters, "(2)".
COUNTER_LINE = re.compile(r"^[ \t]*(?:\d{1,5}|\(\d{1,4}\))[ \t]*$")

# A cookie notice over a page's text: a line that speaks of the site's cookies ("Vi använder kakor",
# "Den här webbplatsen använder kakor (cookies) ..."), and the notice's buttons, one to a few on a
# line ("Acceptera alla   Endast nödvändiga", "Godkänn alla kakor", "Anpassa", "Jag förstår").
COOKIE_MENTION = re.compile(r"(?<![\wåäö-])(?:kakor(?:na)?|cookies?|cookie-?inställningar|kakinställningar)(?![\wåäö-])", re.I)
_COOKIE_WORD = r"(?:alla|valda|nödvändiga|inställningar(?:na)?|kakor(?:na)?|cookies|mina\s+val|val|och\s+stäng|all)"
COOKIE_BUTTON = re.compile(tolerant(
    r"(?:(?:acceptera|godkänn|tillåt|neka|avvisa|avböj|spara|anpassa|hantera|ändra|accept|reject|allow)"
    r"(?:\s+" + _COOKIE_WORD + r"){0,3}|endast\s+nödvändiga(?:\s+(?:kakor|cookies))?|bara\s+nödvändiga(?:\s+(?:kakor|cookies))?|"
    r"jag\s+förstår|ok|okej|inställningar|läs\s+mer(?:\s+om\s+(?:kakor|cookies))?)"), re.I)
_COOKIE_CELL_GAP = re.compile(r"\t|[ ]{2,}|[ ]*[|·•][ ]*")
COOKIE_NOTICE_WORDS = 60  # a notice's line of text is a sentence or two


_READ_MORE = re.compile(tolerant(r"läs\s+mer(?:\s+om\s+(?:kakor|cookies))?"), re.I)


def is_cookie_button_line(line: str, *, consent: bool = False) -> bool:
    """A line of a cookie notice's buttons: one to four cells, each a button's label; ``consent``:
    one of them a choice (not "Läs mer" alone, which any article's teaser may carry)."""
    cells = [c for c in _COOKIE_CELL_GAP.split(line.strip()) if c]
    if not (0 < len(cells) <= 4 and all(COOKIE_BUTTON.fullmatch(c) for c in cells)):
        return False
    return not consent or any(not _READ_MORE.fullmatch(c) for c in cells)


_TAIL_GAP = re.compile(r"(?:\t|[ ]{2,})(?=\S[^\t]*$)")


def ends_in_cookie_buttons(line: str) -> bool:
    """A cookie notice's sentence with its buttons on the same line, behind a tab or a gap of
    two spaces or more ("... använder kakor. Läs mer om kakor   OK"): the tail is a choice."""
    gaps = list(_TAIL_GAP.finditer(line.rstrip()))
    return bool(gaps) and is_cookie_button_line(line.rstrip()[gaps[-1].end():], consent=True)

