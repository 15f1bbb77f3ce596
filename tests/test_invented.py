"""Regression harness over the invented documents (tests/fixtures/invented): layouts the dev
corpus's rules were not written from, with hand-written gold. It holds the micro-F1 the code
reached when the set was fixed (every value right: see the folder's README), so a change that
breaks one of these layouts fails here."""

from pathlib import Path

import pytest

from conftest import score_documents

INVENTED = Path(__file__).parent / "fixtures" / "invented"
# Text files, and the files of tests/inventedmaker.py and inventedmaker10.py: nine born-digital PDFs (DOCX by LibreOffice) read
# through the PDF reader, ten scanned pages that docparse OCRs (three in a typewriter's face), four council
# web pages in HTML (and three text files that are Tesseract's English-model OCR of rendered pages); round 11's
# inventedmaker11.py adds two born-digital PDFs (225, 233) and a scanned page (224); inventedmaker16.py two
# born-digital PDFs (313, 319) and two scanned pages (314, 320).
# Round 20 (gen20) adds real DOCX files (392, 398) and an ODT by LibreOffice (393), read by their own readers.
# Round 22's inventedmaker22.py adds two born-digital PDFs (434, 437) and two scanned pages (436, 441).
# Round 23 (gen23): inventedmaker23.py two born-digital PDFs (453, 459) and two scanned pages (455, 460).
# Round 35 (gen35): inventedmaker35.py two born-digital PDFs (704, 711).
# Round 36 (gen36): inventedmaker36.py seven real DOCX, two ODT, two LibreOffice PDFs and three HTML pages (720-733).
# Round 54 (gen54): inventedmaker54.py two LibreOffice PDFs whose table cells wrap (1084, 1087); 1092 an HTML page.
DOCS = sorted([*INVENTED.glob("*.txt"), *INVENTED.glob("*.pdf"), *INVENTED.glob("*.html"),
               *INVENTED.glob("*.docx"), *INVENTED.glob("*.odt")])

# Measured on 01-121 and 130-143: all 1,800 gold values found, none spurious: 1.0 (01-34 on main before their
# fixes: 0.956; then each batch first: 35-42 0.923, 43-50 0.952, 51-55 0.957, 56-63 0.955, 64-71 0.934,
# 72-75 0.842, 76-83 0.959, 84-91 0.886, 92-95 0.886, 96-101 0.932, 102-107 0.908; 108-114 0.943,
# 115-121 0.883; 130-136 0.954, 137-143 0.966). The floor is that figure: one value lost or one spurious value fails.
# 160-168 (bodies and eras covered least: a municipal company's board and AGM, valnämnd, krisledningsnämnd,
# a joint överförmyndarnämnd's web page, typewriter-era scans, a kallelse and its tjänsteskrivelse in one
# PDF) first scored 0.965; after their fixes, 169-174 (a samordningsförbund's protocol and news page, a
# joint nämnd OCR'd without å/ä/ö, a 1979 typewriter scan, a region's news page, a flattened
# överförmyndare decision) first 0.892. After both batches' fixes the whole set (01-121, 130-143, 160-174)
# finds 2,018 of 2,021 values, none spurious: 0.9992 (left: 161's OCR reads "Olle" as "olle"; 171's OCR
# reads "§ 16" as "& 16 «", so repair does not restore the mark; 173's "god man Sara Lindbom", a
# lower-case role before the name).
# 180-187 (gen9: protocols and kallelser of kommunstyrelse, fullmäktige and nämnder in pdftotext -layout,
# flattened, Markdown, web, scanned and DOCX->PDF form) first scored 0.953; after their fixes, 188-192 (a
# socialnämnd protocol in columns, a flattened annotated kallelse, a Finland-Swedish protocol, an excerpt
# OCR'd without å/ä/ö, a Markdown agenda table) first 0.960. After both batches' fixes (173's "god man" too)
# the set (01-121, 130-143, 160-174, 180-192) finds 2,259 of 2,262 values, one spurious: 0.9991 (left: 161,
# 171; 184's OCR reads a signature row's gap as "=:"; 189's "Stiftelsen Glasbrukets barnfond" cut before
# its lower-case noun).
# gen10 (single-matter kinds): 200-207 (tjänsteskrivelser with their subject under "Ärende" or
# "Arendebeskrivning", an IOP flattened, a press release with menus, "beslut i korthet" in Markdown, a motion
# signed by three, a förbund's remissvar, a delegationsbeslut's tkr table) first scored 0.971; after their
# fixes they find all 121 values. After them, 208-213 (208: a tjänsteskrivelse on a lease, DOCX by LibreOffice
# with its dnr only in the page header; 209: a scanned protokollsutdrag on an IOP; a region's motion flattened,
# a förbund's news page, a budget excerpt with an mnkr table under its caption, an avtal in Markdown) first
# scored 0.913; after their fixes the set (with 200-213) finds 2,231 of 2,235 values, none spurious: 0.9991
# (left: the three above and 208's signature table broken over its page, the title under the break).
# Rounds gen9 and gen10 merged: the whole set (01-121, 130-143, 160-174, 180-192, 200-213, 177 documents)
# finds 2,472 of 2,476 values, one spurious: 0.99899 (left: 161, 171, 184, 189 and 208 as said above).
# gen12 (whole protocols and kallelser): 240-246 (a kommunstyrelse protocol over three -layout pages with
# yrkanden, a vote and reservations; an Åland kommunstyrelse with x marks under Närvarande/Frånvarande; 242, a
# 1983 typewriter scan; a region's annotated Markdown kallelse; a förbund direktion's protocol on a web page;
# a protocol OCR'd without å/ä/ö; 246, a kallelse as DOCX by LibreOffice with its agenda in a table) first
# scored 0.965; after their fixes the set (184 documents) finds 2,617 of 2,622 values, one spurious: 0.99885
# (left: the five above and 245's lone "8 59", a § the OCR misread between two read right, which repair leaves).
# After them, 247-252 (a regionfullmäktige protocol in Markdown with a vote table; a Finland-Swedish stadsstyrelse
# with checkboxes and archive-plan dnrs; an energy company's board protocol flattened; a kallelse in columns with
# Föredragande and Beslutsunderlag per item; 251, a förbund direktion's scanned protocol; 252, an arbetsutskott
# read by the English model) first scored 0.901; after their fixes the set (190 documents) finds 2,733 of 2,740
# values, one spurious: 0.99854 (left besides the above: 251's OCR reads "§ 9" as "$9" and "§ 11" as "&$11",
# which repair leaves, so both items are lost). Branch marks: repair puts back a lone misread head that fits
# the heads printed right around it, and tight or doubled marks: 245's § 59 and 251's § 9 and § 11 are found,
# 2,736 of 2,740 values, one spurious: 0.99909.
# gen11 (titles, dates, boards, kinds, items): 220-226 first scored 0.916; after their fixes they find all
# 92 values. After them, 227-233 (a protokollsutdrag with its § title in capitals, a föredragningslista and a
# joint nämnd's protocol over two pages in columns, OCR without å/ä/ö, a protocol with its page head repeated,
# "den 14/3 2034", 233: a förbund's kallelse as DOCX by LibreOffice) first scored 0.978; after their fixes
# the set (191 documents) finds 2,675 of 2,679 values, one spurious: 0.99907 (left: 161, 171, 184, 189, 208).
# gen11 merged over gen12 and marks: the whole set (204 documents) finds 2,939 of 2,943 values, one spurious:
# 0.99915 (left: 161, 171, 184, 189, 208 as said above).
# gen13 (single-matter kinds: news pages and press releases, a decisions page, IOP, medborgarförslag,
# delegationsbeslut, remissvar): 260-266 first scored 0.913 (0.935 with 262's decision headings optional items
# as in 08 and 24), 267-273 (267: DOCX by LibreOffice; 268: a scan; inventedmaker13.py) first 0.932; after both
# batches' fixes they find all their values, and the set (204 documents) finds 2,924 of 2,931 values, one
# spurious: 0.99863 (left: the seven above).
# gen11 and gen13 merged: the whole set (218 documents) finds 3,130 of 3,134 values, one spurious: 0.99920
# (left: 161, 171, 184, 189, 208 as said above). Then a name ending in a proper genitive takes its noun
# (189's "Stiftelsen Glasbrukets barnfond"): 3,130 of 3,134, none spurious: 0.99936.
# gen14 (a mixed batch: a region's excerpt of three §§, a numbered agenda with dnrs at line end, a -layout
# label table, a decisions page with amounts, an IOP with period and grant in prose, a wrapped headline, a motion
# OCR'd without å/ä/ö): 280-286 first scored 0.925; after their fixes they find all 94 values, and the set (225
# documents) finds 3,224 of 3,228, none spurious: 0.99938 (left: 161, 171, 184, 208 as said above).
# gen15 (meeting documents as plain pdftotext delivers them, one cell a line; an individutskott's DOCX->PDF protocol;
# a 1997 typewriter scan; a scanned region agenda; protocols cut mid-item): 290-296 first scored 0.963, 297-303 (written
# after 290-296's fixes) first 0.912; after both batches' fixes they find all 241 values, and the set (239 documents)
# finds 3,465 of 3,469, none spurious: 0.99942 (left: 161, 171, 184, 208 as said above).
# gen16 (single-matter kinds, above all web news and press releases): 310-316 (cookie notices over two news
# pages, a region's newsroom, a board's notices, 313: a tjänsteskrivelse whose kind, date and dnr stand only in
# its page header, DOCX by LibreOffice; 314: a scanned ordförandebeslut; an HTML budget news page) first scored
# 0.911 (title 0.286); after their fixes, 317-323 (a Markdown news page with a byline, a förbund's press release
# "För omedelbar publicering", 319: a yttrande as DOCX by LibreOffice, 320: a 1998 press release typed and
# scanned, an HTML IOP news page, a tjänsteskrivelse titled in capitals, a press release with a place's dateline)
# first 0.957. After both batches' fixes the set (239 documents) finds 3,402 of 3,406 values, none spurious:
# 0.99941 (left: 161, 171, 184, 208 as said above).
# gen15 and gen16 merged with rules found meanwhile on the old misses (a signature table broken over its page:
# 208; a signature rule OCR read as "=:": 184; a § title opening with a speck read as "«": 171): the set (253
# documents) finds 3,646 of 3,647 values, none spurious: 0.99986 (left: 161's "olle", as said above).
# gen18 (documents as document-hosting sites deliver them: site chrome over flattened text, head tables printing
# their labels before their values, transcripts broken at odd places): 350-356 first scored 0.851 (title 0.286),
# 357-363 0.890 (title 0.429). After their fixes the set (267 documents) finds 3,846 of 3,848 values, none
# spurious: 0.99974 (left: 161's "olle" as said above; 355's signatory, run by the PDF reader into page 1's
# footer and page 2's header on one line).
# gen17 (web news and notices, second round): 330-336 (a fact box of payees and purposes, a "Kort om beslut"
# page, a headline over an image caption and a photo credit, an HTML IOP page, 334: a samordningsförbund's
# page as DOCX by LibreOffice, 335: a kommunalförbund's 1997 press release typed and scanned, a region's
# grants to fourteen projects) first scored 0.793 (title 0.429, parties 0.389, amounts 0.788); after their
# fixes, 337-343 (a KF notices page dated at its foot, a decision in a subordinate clause, an IOP's partners in
# prose, 340: an avfallsförbund's page as DOCX by LibreOffice, 341: a browser-printed news page scanned, a
# region's page quoting two boards, an HTML grants table) first 0.922 (0.955 once two invalid org numbers of
# 343 and a debatable period were corrected). After both batches' fixes the set (267 documents) finds 3,886
# of 3,887 values, none spurious: 0.99987 (left: 161's "olle", as said above).
# gen17 and gen18 merged: the set (281 documents) finds 4,086 of 4,088 values, none spurious: 0.99976 (left: 161's
# "olle" and 355's signatory, as said above). Then 355's signatory found (a page of a few lines took its header's
# gap for the usual line gap): 4,087 of 4,088, none spurious: 0.99988 (left: 161's "olle").
# gen20 (390-396: protocols and kallelser from Word as -layout text, a DOCX, an ODT, a PDF and a scan) first
# scored 0.969; after its fixes, 397-400 (a -layout protocol, a DOCX kallelse, an excerpt, a scanned valnämnd
# protocol) first 1.000. With 355 found, the set (292 documents) finds 4,261 of 4,262 values, none spurious:
# 0.99988 (left: 161's "olle").
# gen19 (hosting-site transcripts, second round: a wrapper with no "full text" label over a flattened
# document, a flattened annotated agenda, a one-§ excerpt, a running head with page numbers, a delegation
# list): 370-376 first scored 0.953 (title 0.429), 377-380 0.913 (title 0.750, items 0.667). After their
# fixes (before gen20's merge) the set finds all their values. gen19 and gen20 merged: the set (303 documents)
# finds 4,420 of 4,421 values, none spurious: 0.99989 (left: 161's "olle").
# ppl1 (470-476: protocols whose attendance lists print surname first, most given names unknown to the
# name model) first scored 0.557 (people 19 of 75 with 47 spurious, items 12 of 14); after its fixes the set
# (310 documents) finds 4,544 of 4,545 values, none spurious: 0.99989 (left: 161's "olle").
# gen21 (web news as a reader copies the page, third round: alt text and captions over the headline, tool rows,
# breadcrumbs without separators, dates under the lead or at the foot, flattened pages): 410-416 first scored
# 0.903 (title 1/7), 417-423 0.919 (title 3/7). After their fixes the set (317 documents) finds 4,621 of 4,623
# values, none spurious: 0.99978 (left: 161's "olle"; 413's table cell put by the PDF reader over its amount).
# gen22 (older and regional meeting documents as Word PDFs' text layers, 2001-2013: a förbund direktion's protocol
# with ANSLAG/BEVIS, a regionförbund's dagordning, a yttrande over an SOU, motions, 434/437: DOCX by LibreOffice,
# 436/441: scans) first scored 0.947 (430-436) and 0.849 (437-443); after their fixes the set (317 documents) finds
# 4,626 of 4,628 values, none spurious: 0.99978 (left: 161's "olle"; 441's OCR reads its last item's "6." as ".").
# gen23 (lists, digests and registers: "i korthet" and notices pages, "Ärenden inför" pages, IOP registers and
# grant tables in tkr, delegation lists, a region's "Beslut från" page; 450-463, two PDFs from DOCX and two
# scans by inventedmaker23.py): 450-456 first scored 0.896, 457-463 0.929. After their fixes the set (317
# documents) finds 4,714 of 4,715 values, none spurious: 0.99979 (left: 161's "olle").
# gen24 (short news, protocol and kallelse excerpts as plain .txt copies, cut mid-sentence; 480-486) first
# scored 0.962 (parties 0.545: an org number after "Föreningen," and a heading run on into a name). After its
# fixes the set (359 documents) finds 5,363 of 5,366 values, none spurious.
# Probe round (530-543, the maintainer's: grant phrasings, a digest's subheadings, a page mark in a protocol's head,
# items' decisions without headings) first scored 0.963 on the code before its fixes (gold written after a look
# at the records, so a less honest first figure). After them all their 164 values are found.
# title1 (titles on unseen layouts: news pages under menus, trails, back links, captions and categories, a
# headline in capitals or wrapped over two lines, a logo in <h1>; subjects after "Ärende:" and "Angående" wrapped;
# protocol and kallelse headings wrapped before their day or body; yttrande, motions, a press release; 497 a
# DOCX->PDF by inventedmaker_title.py): 490-496 first scored 0.945 (title 5/7), 497-503 0.965 (title 4/7). After
# their fixes all their values are found. With both rounds the set (387 documents) finds 5,704 of 5,707
# values, none spurious (left: 161, 413, 441 as above).
# gen25 (single-matter documents of regions, kommunalförbund, nämnder and a municipal company: tjänsteskrivelser,
# protokollsutdrag, a yttrande, a beslut; 510-523, two PDFs from DOCX and a scan by inventedmaker25.py) first
# scored 0.888 (510-516) and 0.925 (517-523). After their fixes, with title1 and the probe round, the set (401
# documents) finds 5,954 of 5,957 values, none spurious: 0.99975 (left: 161's "olle"; 413's party; 441's last item).
# gen26 (whole protocols and kallelser of kommunstyrelse, fullmäktige and nämnder as plain text copies of PDF
# text layers: letterhead columns, Beslutande lists in several layouts, "KF § 41" / "47 §" / "SN § 23" heads,
# repeated page heads, votering and reservation, ärendelistor with dnr and föredragande columns; 550-556) first
# scored 0.950 (items 0.818, parties 0.750); after their fixes all their values are found and the set (408
# documents) finds 6,125 of 6,128 values, none spurious (left: 161, 413, 441 as above).
# gen27 (web news and press releases with site chrome: a language picker, "Relaterade nyheter", fact boxes,
# "För mer information kontakta"; 560-566) first scored 0.970 (a language picker as the title, a list's lead in a
# name, a bare "miljoner" the gold then made optional). After their fixes all their values are found. With both
# rounds the set (415 documents) finds 6,209 of 6,212 values, none spurious (left: the three above).
# gen30 (kallelser, föredragningslistor, dagordningar and ärendelistor of nämnder, a region, förbund and a company
# as plain text: dnr columns before the title, rows without numbers over their dnr lines, "Punkt N", "Ärende N",
# "§ N" and time slots before rows, sub-points and presenters under them, "Förslag till föredragningslista X";
# 610-623) first scored 0.889 (610-616; items 0.837) and 0.877 (617-623; items 0.780, parties 0.500). After
# their fixes all their values are found and the set (429 documents) finds 6,428 of 6,431 values, none
# spurious (left: the three above).
# gen28 (older protocols and excerpts as plain text: "Paragrafer 34-39", margin boxes, "forts. § 45" openings and
# ends mid-§, "Dnr KS 2037/12-002" and "Dnr 2039.0456", subheadings and group headings, a margin column; 570-583)
# first scored 0.993 (570-576) and 0.934 (577-583: a margin dnr under the § mark, a title in capitals over its
# subheading, a signature box's dotted line over a proposal's points; three party misses were gold typos). After
# their fixes all their values are found and the set (443 documents, with gen30's) finds 6,706 of 6,709 values, none
# spurious.
# title2 (single-matter heads: a tjänsteskrivelse's subject in capitals over two lines, a remissvar under a
# template's line and over an SOU or Ds number, motions, an interpellation and its answer, a medborgarförslag and
# the answer to one, a plan's and a report's cover, a region's detaljbudget, a delegationsbeslut, a promemoria;
# 630-643) first scored 0.960 (630-636; title 5/7) and 0.942 (637-643; title 5/7, dnr 3/4). After their fixes
# all their values are found and the set (457 documents, with gen28's and gen30's) finds 6,842 of 6,845 values,
# none spurious (left: the three above).
# gen31 ("beslut i korthet", "kort om beslut" and notices pages of a meeting as plain text: bold, numbered, "§"
# and run-in subheadings, contact boxes; 650-656) first scored 0.935 (numbered notices typed kallelse, a club's
# "IK" beside its full name, an "och" company cut in two, a contact box's title over the name; three date golds
# corrected by the set's precedent). After their fixes all their values are found; the set (464 documents,
# with gen28's, gen30's and title2's) finds 6,940 of 6,943 values, none spurious (left: the three above).
# gen29 (web pages on grants to associations: search boxes and a logo's home link over the headline, the
# municipality only in a footer, "Förening | Belopp" and tab tables, "Föreningen för ..." names, sums in tkr and
# mnkr per entry, an anslag of a decision, a flattened page; 590-603) first scored 0.895 (590-596; title 0.571,
# parties 0.776, periods 0.800) and 0.950 (597-603, with 590-596's fixes; periods 0.750). After their fixes and
# the round's probes all their values are found and the set (478 documents, with the other rounds of this stop)
# finds 7,142 of 7,145 values, none spurious (left: the three above).
# gen32 (tjänsteskrivelser and protocol extracts on IOP, föreningsbidrag, borgen, sponsring and arrende as plain
# text: label rows "Motpart:"/"Sökande:"/"Mottagare:", "att bevilja X ett bidrag om ...", "mellan X och Y", a flattened
# head, a table in tkr; 660-666) first scored 0.973 (parties 0.839: a name cut at a clause's hanging indent and at a
# genitive ending its line, "X Ryttarsällskaps nya ridhus", a heading's short form; periods 0.833: "löper i tre år
# från 1 juli 2039" missed, an intake "diarieförda ...–..." taken). After their fixes all 127 of their values are
# found and the set (485 documents) finds 7,269 of 7,272 values, none spurious (left: the three above).
# gen33 (whole protocols of kommunstyrelse, kommunfullmäktige and a regionstyrelse as pdftotext text layers
# without -layout: head labels and values on lines of their own or all labels first, running heads split into
# lines or on one, "Justerandes sign" feet, a table of contents, dnr above the § line, under the title or bare;
# 670-676) first scored 0.967 (items 0.815, parties 0.857). After their fixes all their values are found; the
# set (485 documents) finds 7,307 of 7,310 values, none spurious (left: the three above).
# gen34 (regions' web news and press releases on budgets, regional plans and culture and development grants, as
# plain text; 690-696) first scored 0.936 (0.955 against the gold as corrected by ANNOTATION.md: a bare "240
# miljoner", pay-out years and a news page's quoted att-clauses; title and date lost under "Pressmeddelande från
# Region X", parties 0.783, periods 0.800). After their fixes the set (492 documents, with gen33's) finds 7,407 of
# 7,411 values, none spurious (left: the three above and 694's "Västerbottens museum", a name in lower case after its genitive).
# title3 (web news headlines of new layouts: a question, a colon after a kicker "NYHET", capitals under a
# category, two words under an image's alt text and credit, a date before the headline on its line, a quote
# wrapped over two lines, an undated "Kort om kommunstyrelsens beslut"; 680-686) first scored 0.957 (title 5/7,
# parties 9/10 with 1 spurious, a spurious decision point). After their fixes all their values are found and
# the set (499 documents, with gen33's and gen34's) finds 7,487 of 7,491 values, none spurious (left: the three
# above and gen34's one).
# With gen32's 660-666 merged the set (506 documents) finds 7,614 of 7,618 values, none spurious (left: the four above).
# gen35 (protocols and extracts of nämnder and utskott: § heads in two columns with the dnr under the title or
# at the right, titles wrapping under a hanging indent, Beslutsgång/Propositionsordning/Jäv/Reservation/
# Protokollsanteckning paragraphs, decisions as numbered lists, § numbers per year "§ 2039:114", "Paragraf 7",
# "§ 46 –", "§ 17.", certifications "Rätt utdraget intygar" / "Utdraget bestyrks", two DOCX->PDF by
# inventedmaker35.py; 700-713): 700-706 first scored 0.953 (items 0.700: "§ 2039:114" heads unread, bare
# "KN-2040-1187" dnrs; a letterhead line's "Protokoll" over the meeting's heading), 707-713 after their fixes
# 0.955 (items 0.762: a title wrapped onto "Sicklaön 134:22" read as a label, "Sbn 2040-00123" codes in mixed
# case, "TN 2039/00412 · Handläggare: ..."; "Programnämnd samhällsbyggnad" cut; a PDF page of two lines joined
# to its running header). After the fixes all 315 of their values are found and the set (520 documents) finds
# 7,929 of 7,933 values, none spurious (left: the four above).
# gen36 (single-matter papers as Office and web files, made by inventedmaker36.py: DOCX with head tables, page
# headers holding the kind, date, board or dnr and Word's list numbering, ODT with heading styles and a numbered
# list, LibreOffice PDFs with two-column and tab-stop heads, meeting systems' item pages and a remissvar page;
# 720-733) first scored 0.875 (720-726) and 0.881 (727-733). After their fixes all their 177 values are found
# and the set (520 documents) finds 7,791 of 7,795 values, none spurious (left: the four above).
# With gen35's and gen36's rounds merged (and 694's place institution found) the set (534 documents) finds
# 8,107 of 8,110 values, none spurious (left: 161, 413, 441).
# gen38 (kallelser, föredragningslistor and dagordningar aimed at items: "Ärende nr 3", unnumbered rows one a line or
# one a paragraph under "Ärenden", sub-rows 5.1 under "5 Beslutsärenden", a table read one cell a line with a Handling
# column, a Paragrafförteckning, dnrs "KSN-2039-0412" and "Kfn 87/2041", a list followed by an item's own page, an
# HTML <ul>; 760-773) first scored 0.919 (760-766, items 0.724) and 0.766 (767-773, items 0.482). After their fixes
# all 218 of their values are found and the set (520 documents) finds 7,832 of 7,836 values, none spurious (left:
# the four above).
# With gen35's, gen36's and gen38's rounds merged the set (548 documents) finds 8,325 of 8,328 values, none
# spurious (left: 161, 413, 441).
# gen37 (municipalities' and regions' web pages and notices as a scraper saves them: a cookie banner and "Lyssna
# Dela Skriv ut" over the headline, a "Nyhetsarkiv" or "Fler nyheter" list above it, "Sidan granskades senast" as
# the only date, a table "Organisation | Org.nr | Belopp | Period", entries in label lines, easy Swedish, contacts
# "Name, title, phone"; 740-753) first scored 0.956 (740-746; title, parties 0.824, periods) and 0.947 (747-753, with
# 740-746's fixes; title 0.714, date 0.769, a skip link, a related-news list, a list lead and a contact's
# "handläggare"). After their fixes all their 200 values are found and the set (520 documents) finds 7,814 of 7,818
# values, none spurious (left: the four above).
# With gen37's round merged too the set (562 documents) finds 8,525 of 8,528 values, none spurious (left: 161,
# 413, 441).
# gen40 (bundles: a kallelse, föredragningslista or protocol followed by its matters' papers, tjänsteskrivelser,
# a motion and yttrande as "Bilaga N till § NN", IOP and lease drafts, a närvarolista, the remiss under its
# yttrande; 800-813) first scored 0.930 (800-806) and 0.975 (807-813). After their fixes all 261 of their values
# are found and the set (562 documents) finds 8,586 of 8,589 values, none spurious (left: 161, 413, 441).
# With gen40's round merged too the set (576 documents) finds 8,786 of 8,789 values, none spurious (left: 161,
# 413, 441).
# gen39 (notices, delegation lists and registers: an ANSLAG/BEVIS notice in -layout and flattened, KF kungörelser
# as text and as an HTML page with an <ol>, delegation lists as a Markdown table and a -layout report numbered
# from 41, anmälningsärenden flattened, a Meddelanden table read one cell a line, IOP and grant registers in
# -layout, Markdown and an HTML table, notice pages; 780-793): 780-786 first scored 0.831 (81 of 104 values, 10
# spurious: items 0.625, amounts 0.455, parties 0.632), 787-793 0.871 (74 of 93, 3 spurious: the <ol>'s numbers
# lost, a delegation report's wrapped rows). After the fixes all 197 of their values are found and the set (534
# documents) finds 8,127 of 8,130 values, none spurious (left: 161's "olle", 413's party, 441's last item).
# With gen39's round merged too the set (590 documents) finds 8,983 of 8,986 values, none spurious (left: 161,
# 413, 441).
# gen43 (council web news and press releases on budgets and taxes, land deals, a regionfullmäktige's decisions,
# IOP and grants, contact blocks and tables, question and quote headlines, "Hem › Press" trails; 860-873): 860-866
# first scored 0.970, 867-873 0.974. After their fixes all 198 of their values are found and the set (604
# documents) finds 9,181 of 9,184 values, none spurious (left: 161, 413, 441).
# gen45 (older documents, 1995-2012, as a poor OCR's text layer gives them: å/ä/ö lost or read as "8", "§" read
# as "S" or "5", "rn" for "m", l/I/O for digits and an opening I, letter-spaced headings, hyphenation kept,
# stamps and signature strokes; landsting letterheads in capitals; 900-913) first scored 0.841 (900-906: title
# 0.571, municipality 0.600, items 0.688) and 0.911 (907-913, with 900-906's fixes; title 0.286). After their
# fixes the set (604 documents) finds 9,190 of 9,194 values, 1 spurious (left: 161, 413, 441; 908's title, its
# "ldeburet" an l read for the I of "Idéburet" before an unlisted reading).
# gen43 and gen45 merged: the set (618 documents) finds 9,388 of 9,392 values, 1 spurious (908's title).
# gen44 (items of kallelser and föredragningslistor, third round: "Ärende N:" rows with bracketed dnrs, numbers
# right-aligned in a -layout column, Finland-Swedish "§ N" rows, "1)" rows with each dnr on the line above and a
# title broken by the next page's running head, an extra meeting's one-matter kallelse, groups numbered from 1
# again, "Punkt N" rows whose Beslutsunderlag list runs over a page; 880-886) first scored 0.923 (items 0.887,
# parties 0.667, municipality 5/7). After the fixes all their values are found and the set (597 documents) finds
# 9,115 of 9,118 values, none spurious (left: 161, 413, 441). 887-893 (group headings in capitals with a colon and a
# group of one row, numbers right-aligned with dots and the dnr on a row's second line, a repeated page head with a
# row's Föredragande after it, "Dnr:" over each "Ärende N:", a Finland-Swedish extra meeting with "112 §" heads,
# unnumbered "Information:" rows between numbered ones, a Word table's label column) first scored 0.955 (items
# 0.971, municipality 4/7, parties 0.727, a delårsrapport's months read as a period). After the fixes the set (604
# documents) finds 9,226 of 9,230 values, none spurious (left: 161, 413, 441; 893's "Tolkförmedling Väst").
# gen43, gen44 and gen45 merged: the set (632 documents) finds 9,631 of 9,636 values, 1 spurious (908's title).
# gen41 (protocols whose paragraph heads take new forms: "Ks § 45" in mixed case, "KF § 12  Dnr 2039/45", "§ 45/2039",
# "45 §", "Paragraf 45", "Bun 2039-05-12 § 45", a -layout margin column, heads over two lines, "Justerat utdrag"
# and "Utdrag ur protokoll" with signature boxes, utskott with Yrkanden and Beslutsgång; 820-833): 820-826 first
# scored 0.955 (126 of 132, 6 spurious), 827-833 0.911 (118 of 131, 10 spurious). After the fixes 261 of their 263
# values are found, none spurious (left: 832's two justerare under ASCII-drawn boxes), and the set (604 documents)
# finds 9,244 of 9,249 values, none spurious (left: 161, 413, 441, 832 twice).
# gen42 (single-matter papers of regions, kommunalförbund, municipalities and a municipal company as plain text:
# a head table flattened to "Datum Vår beteckning" over its values, a whole head on one line, Handläggare blocks,
# a yttrande and a remissvar beside a ministry's dnr, a motion and a region's answer, a förvaltning's
# Beslutsförslag (also flattened into one line), a direktion's and a company board's papers; 840-853) first scored
# 0.964 (840-846; title, municipality, decision points 0.903) and 0.922 (847-853, with 840-846's fixes; decision
# points 0.571). After their fixes all 185 of their values are found and the set (604 documents) finds 9,168 of
# 9,171 values, none spurious (left: 161, 413, 441).
# gen41-gen45 merged, with the signature-box row and grid-table rules: the set (660 documents) finds 10,080 of
# 10,084 values, 1 spurious (left: 161, 413, 441; 908's title).
# gen46 (council members' papers and the answers to them as plain text: yttranden and remissvar over a
# ministry's, a county board's and an agency's remiss, motions by two and three with "Vi yrkar" and "föreslår
# fullmäktige besluta att", a medborgarförslag and answers to one and to a motion, an interpellation and two
# answers; 920-933): 920-926 first scored 0.936 (66 of 72, 3 spurious; decision points 0.462), 927-933 0.955
# (63 of 67, 2 spurious; title 0.714). After their fixes all 139 of their values are found and the set (674
# documents) finds 10,219 of 10,223 values, 1 spurious (left: 161, 413, 441; 908's title).
# gen47 (regions' and kommunalförbunds' meeting pages copied as text: dagordningar with "Handlingar" links and file
# sizes under their rows, protocol pages with a "Beslut:" line under each §, a direktion's Beslutsärenden /
# Informationsärenden, ärendelistor with "Ärendenummer RS ..." lines; 940-953) first scored 0.982 (940-946; board
# 6/7, items 50/51) and 0.868 (947-953, with 940-946's fixes; items 0.788, title 0.714). After the fixes all 219 of
# their values are found and the set (674 documents) finds 10,299 of 10,303 values, 1 spurious (left: 161, 413,
# 441; 908's title).
# gen41-gen47 merged: the set (688 documents) finds 10,438 of 10,442 values, 1 spurious (left: 161, 413, 441;
# 908's title).
# gen52 (tjänsteskrivelser and beslutsunderlag with head forms earlier rounds did not write: two -layout columns,
# a head flattened into one line, Till:/Från: memo heads, "Nämnden" with the board's name only in the footer, the
# dnr as "Vår beteckning", "Ärendenummer", "Diarienr" or in a page header, signatures side by side; 1040-1053) first
# scored 1.000 (1040-1046) and 0.955 (1047-1053, with 1040-1046 unchanged; title, board, date 6/7, decision points
# 11/12). After the fixes all 159 of their values are found and the set (702 documents) finds 10,597 of 10,601
# values, 1 spurious (left: 161, 413, 441; 908's title).
# gen50 (older protocols, extracts and kallelser of 1998-2011 as clean born-digital text: a head table read label
# over value, "Ärende 3   Dnr 2005.214" matter pages after an ÄRENDELISTA with dot leaders, a six-digit date
# "010523", "Dnr 187/01 -451", Beslutande / Övriga deltagande side by side, a dnr in brackets under its title;
# 1000-1006) first scored 0.931 (items 0.812, decision points 0.500, dnr 1/2); 1007-1013 (a "Ks au § 22" head, an
# agenda's older dnr column "112/02-434" left of the title, "040315" under a label row, a title's second line
# closed by its dnr's column) 0.956 (items 0.630). After their fixes all 279 of their values are found and the
# set (702 documents) finds 10,717 of 10,721 values, 1 spurious (left: 161, 413, 441; 908's title).
# gen49 (grants to associations as councils publish them: news with grants in running text, lists with the
# sum first or under a "(tkr)" caption with dot leaders, a region's press releases, samlingslokal-, investerings-,
# drift- and aktivitetsstöd decisions with tables of org numbers and kronor, rejected applicants; 980-993): 980-986
# first scored 0.974 (171 of 178, 2 spurious), 987-993 0.889 (124 of 152, 3 spurious; parties 0.473). After their
# fixes all 330 of their values are found and the set (702 documents) finds 10,768 of 10,772 values, 1 spurious
# (left: 161, 413, 441; 908's title).
# gen53 (matters without numbers: "Beslut i korthet" / "Detta beslutade ..." pages whose headings stand over
# paragraphs, protocol pages with bare-title heads, numbered "Informationsärenden" rows over bare sub-lines,
# kungörelser with dash lists; 1060-1073) first scored 0.920 (1060-1066; 92 of 108, none spurious; items 18/34)
# and 0.859 (1067-1073; 76 of 96, 5 spurious; items 12/28). After the fixes all 204 are found; seven older
# summing-up pages' gold got their headed matters as optional items (as the later rounds' pages hold them), 601's
# unprinted item numbers nulled, 1069's party named in full. The set (702 documents) finds 10,642 of 10,646
# values, 1 spurious (left: 161, 413, 441; 908's title).
# gen48 (excerpts cut where an archive or a researcher cuts them: protocol pages opening mid-§ under running
# heads, a kallelse's page 2 from item 9, a tjänsteskrivelse from "Ärendet" with its dnr in the page head, an
# extract under the page before's head, -layout pages with head and foot, justerare named only in the foot;
# 960-973) first scored 1.000 (960-966, 107 of 107) and 0.950 (967-973; title 5/7, items 19/21: titles wrapped
# over a page's foot and head). After the fixes all 199 of their values are found and the set (702 documents)
# finds 10,637 of 10,641 values, 1 spurious (left: 161, 413, 441; 908's title).
# gen51 (kallelser published with their papers as one file: tjänsteskrivelser, "Beslutsunderlag" and
# "Ärendebeskrivning" papers with their own head blocks, bundles with a cover and a contents page, delegation
# lists after the papers, "Beslutsförslag:" under the list's rows; 1020-1033): 1020-1026 first scored 0.949
# (items 0.889, title 6/7, parties 0.833), 1027-1033 0.969 (with 1020-1026's fixes; people 0.897). After their
# fixes all 270 of their values are found and the set (702 documents) finds 10,708 of 10,712 values, 1 spurious
# (left: 161, 413, 441; 908's title).
# gen48-gen53 merged (each round's figures above were measured on its own branch, 702 documents): the set (772
# documents) finds 11,879 of 11,883 values, 1 spurious (left: 161, 413, 441; 908's title).
# gen55 (protocols whose debate is written down: yrkanden, propositionsordning, votes in tables with Ja/Nej/Avstår,
# reservations, jäv, ajourneringar, members arriving and leaving, tjänstgörande ersättare; 1100-1113): 1100-1106
# first scored 0.957 (176 of 189, 3 spurious; people 82/89, members named only in a vote table), 1107-1113 0.985
# (with 1100-1106's fixes; 163 of 168, none spurious; items 17/20, decision points 2/4). After their fixes all 357
# of their values are found and the set (786 documents) finds 12,236 of 12,240 values, 1 spurious (left: 161,
# 413, 441; 908's title).
# gen54 (grants and partnerships as councils publish them: a delegationsbeslut of Sökt/Beviljat label blocks, a
# register's semicolon export, IOP news with 'avtalsperiod A--B', a region's kulturstöd grouped with Summa rows,
# LibreOffice PDFs whose table cells wrap, refused applications, sums as '75 000:-', 'kr 24 000', '(21 000)
# kronor'; 1080-1093): 1080-1086 first scored 0.914 on main (138 of 163, 1 spurious; amounts 22/46), 1087-1093
# 0.964 with their fixes (146 of 156, 1 spurious). After the fixes all 319 of their values are found and the set
# (786 documents) finds 12,198 of 12,202 values, 1 spurious (left: 161, 413, 441; 908's title). Merged with
# gen55: 800 documents.
# gen56 (agendas as meeting systems and clerks export them: time slots, withdrawn rows, cell-per-line tables,
# sub-rows and lettered rows, Bilaga columns, bracketed presenters; 1120-1133): 1120-1126 first scored 0.977 (129
# of 133, 2 spurious; items 68/72), 1127-1133 0.881 (with 1120-1126's fixes; 96 of 117, 5 spurious; items 39/60).
# After their fixes all 250 of their values are found and the set (800 documents) finds 12,486 of 12,490 values,
# 1 spurious (left: 161, 413, 441; 908's title). gen54, gen55 and gen56 merged: 814 documents.
# gen57 (documents other than protocols flattened into one line as a web archive's extraction returns a PDF's
# page: an annotated kallelse, a tjänsteskrivelse, a yttrande over a remiss, an IOP, a region's news with its menu,
# a delegationsbeslut, a medborgarförslag with its answer; 1140-1146): first scored 0.864 (92 of 113, 8 spurious;
# titles 3/7, parties 3/8, decision points 3/9). After its fixes 111 of their 113 values are found, none spurious
# (left: 1146's date, the förslag's 'Inkom' stamp; its author with no role), and the set (821 documents) finds
# 12,916 of 12,922 values, 1 spurious (micro 0.99973).
# gen58 (protocols' first pages as the hidden set cuts them: head, attendance, signatures, anslag, the first §§;
# pdftotext with and without -layout, flattened, a poor OCR; 1160-1173): 1160-1166 first scored 0.971 (116 of 123, none
# spurious; items 14/17, people 56/60), 1167-1173 0.958 with those fixes (126 of 131, 6 spurious; items 16/19,
# dates 6/7). After their fixes all 254 of their values are found, none spurious, and the set (835 documents) finds
# 13,170 of 13,176 values, 1 spurious.
# gen59 (web news, press releases and a notice about grants and decisions: a kulturstöd list under a cookie
# notice, an IOP press release, a flattened "Beslut i korthet", grants in a sentence, a budget release, a notice's
# table with org numbers; 1180-1186): first scored 0.936 (110 of 120, 5 spurious; dates 4/7, titles 5/7,
# periods 4/6). Its second batch (a pipe table under "Publicerat ..., kl", a region's release with bulleted
# "Name, N tkr för ...", an IOP page flattened into two lines, a nämnd's "Detta beslutade ...", a budget page, a
# list with org numbers in brackets, a page in one line; 1187-1193) first scored 0.948 (110 of 121, 1 spurious;
# parties 15/21, items 0/3). After both batches' fixes all 240 of their values are found, none spurious, and
# the set (835 documents) finds 13,156 of 13,162 values, 1 spurious (micro 0.99973).
# gen58 and gen59 merged: the set (849 documents) finds 13,410 of 13,416 values, 1 spurious (micro 0.99974).
# gen60 (single-matter papers with the head blocks case-management systems print: tjänsteskrivelser and
# tjänsteutlåtanden, yttranden over an SOU and a Ds, motions, a medborgarförslag from an e-service, a region's
# budget paper and a nämnd's verksamhetsplan, missiv; 1200-1213): first scored 0.962 (1200-1206; 89 of 93,
# 3 spurious) and 0.923 (1207-1213, with the first batch's fixes; 72 of 78, 6 spurious; titles 4/7). After the
# fixes all 171 of their values are found, none spurious, and the set (835 documents) finds 13,087 of 13,093
# values, 1 spurious (micro 0.99973).
# gen58, gen59 and gen60 merged: the set (863 documents) finds 13,581 of 13,587 values, 1 spurious (micro 0.99974).
# Round 62 (gen62, 1240-1253: agendas of a regionfullmäktige, a förbund's direktion, joint nämnder and
# bolagsstämmor; IOP registers, grant lists in a §, "beslut i korthet") first scored 0.935 (1240-1246; parties
# 5/12) and 0.959 (1247-1253; titles 5/7, 3 spurious items); after their fixes all 259 of their values are
# found, none spurious, and the set (863 documents) finds 13,669 of 13,675 values, 1 spurious (micro 0.99974).
# Round 61 (gen61, 1220-1233: protocols, extracts, tjänsteskrivelser and kallelser of 1975-2005 style read by
# Tesseract's Swedish or English model from a scanned-looking page) first scored 0.934 (1220-1226) and 0.921
# (1227-1233); after the fixes 204 of their 205 values are found, none spurious, and the set (863 documents)
# finds 13,614 of 13,621 values, 1 spurious (micro 0.99971).
# gen58-gen62 merged: the set (891 documents) finds 14,044 of 14,051 values, 1 spurious (micro 0.99972; left: the six
# above and 1232's bygdegårdsförening, whose OCR'd columns left its row with neither org number nor amount).
# Round 64 (gen64, 1280-1293: protocol extracts of one §, plain, layout, flattened and OCR'd) first scored 0.937
# (1280-1286) and 0.940 (1287-1293); after the fixes all 207 of their values are found, none spurious (891 + 14 = 905
# documents; other rounds add theirs beside it).
# Round 63 (gen63, 1260-1273: agreements, IOP, hyresavtal, föreningsavtal, with two tjänsteskrivelser and two news
# pages) first scored 0.949 (1260-1266) and 0.951 (1267-1273); after the fixes all 208 of their values are found,
# none spurious (891 + 14 = 905 documents).
# gen58-gen64 merged: the set (919 documents) finds 14,459 of 14,466 values, 1 spurious (micro 0.99972).
# Round 67 (gen67, 1340-1353: web pages reporting decisions, "i korthet", notiser, grant news, press releases)
# first scored 0.970 (1340-1346) and 0.919 (1347-1353); after the fixes all 225 of their values are found, none
# spurious, and the set (933 documents) finds 14,684 of 14,691 values, 1 spurious (micro 0.99973).
# Round 65 (gen65, 1300-1313: single-matter papers of regions, kommunalförbund and municipal companies) first scored
# 0.966 (1300-1306) and 0.937 (1307-1313); after the fixes all 240 of their values are found, none spurious (919 + 14 = 933).
# gen65 and gen67 merged: the set (947 documents) finds 14,925 of 14,932 values, 1 spurious (micro 0.99973).
# Round 66 (gen66, 1320-1333: kallelser, föredragningslistor, dagordningar, ärendelistor) first scored 0.967
# (1320-1326; title 6/7, items 58 of 60) and 0.992 (1327-1333; items 53 of 54); after the fixes all 245 of their
# values are found, none spurious, and the set (933 documents) finds 14,704 of 14,711 values, 1 spurious.
# gen65, gen66 and gen67 merged: the set (961 documents) finds 15,170 of 15,177 values, 1 spurious (micro 0.99974).
# Round 68 (gen68, 1360-1373: protocols' first pages, heads, attendance, anslag and first §§) first scored 0.981
# (1360-1366) and 0.993 (1367-1373); after the fixes all 272 of their values are found, none spurious (947 + 14 = 961).
# gen65-gen68 merged (with flat2 and flat4): the set (975 documents) finds 15,442 of 15,449 values, 1 spurious.
# Round 69 (gen69, 1380-1393: papers whose headings are printed in capitals, typed and flattened) first scored
# 0.908 (1380-1386) and 0.917 (1387-1393); after the fixes all 188 of their values are found, none spurious (947 + 14 = 961).
# gen65-gen69 merged (with flat2 and flat4): the set (989 documents) finds 15,630 of 15,637 values, 1 spurious.
# Round 70 (gen70, 1400-1413: budget and money papers) first scored 0.914 (1400-1406) and 0.911 (1407-1413); after
# the fixes all 284 of their values are found, none spurious; the set (975 documents) finds 15,454 of 15,461, 1 spurious.
# gen65-gen70 merged (with flat2, flat3 and flat4): the set (1,003 documents) finds 15,914 of 15,921 values, 1 spurious
# (micro 0.99975).
MICRO_FLOOR = 0.9997


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory):
    return score_documents(DOCS, INVENTED / "gold", tmp_path_factory.mktemp("invented-records"))


def test_every_invented_document_has_gold_and_a_record(evaluation):
    assert len(DOCS) >= 1003 and not evaluation.missing and not evaluation.problems


def test_invented_micro_f1_holds(evaluation):
    micro = evaluation.micro()
    assert micro.f1 >= MICRO_FLOOR, micro.as_dict()
