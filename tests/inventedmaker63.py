"""Makes round 63's (gen63) invented document that is not a text file (tests/fixtures/invented 1266): a
överenskommelse between a kommun and a stiftelse on a mountain rescue and first-aid school, written as a
DOCX by python-docx (the parties in a table Part / Namn / Org.nr / Nedan kallad, the kontaktpersoner in a
table Part / Namn / Roll, the municipality in the page header) and kept as the DOCX itself, the form
agreements are published in. All text invented. ``python tests/inventedmaker63.py`` rewrites it."""

from __future__ import annotations

import sys

from inventedmaker import HERE, INVENTED
from inventedmaker20 import write_docx_only

DOCX1266_STEM = "1266_overenskommelse_malung_salen_docx_parter_tabell_kontaktpersoner"
DOCX1266_BLOCKS = [
    ("h", "Överenskommelse om fjällsäkerhet och första hjälpen-utbildning i Sälenfjällen"),
    ("p", "Diarienummer: KS 2040/0093"),
    ("p", "1. Parter"),
    ("t", "Part\tNamn\tOrg.nr\tNedan kallad"),
    ("t", "Kommun\tMalung-Sälens kommun\t212000-2213\tKommunen"),
    ("t", "Stiftelse\tStiftelsen Fjällvett Västra Dalarna\t802439-2816\tStiftelsen"),
    ("p", "2. Bakgrund och syfte"),
    ("p", "Stiftelsen utbildar sedan flera år säsongsanställda, skolelever och besökare i fjällsäkerhet och "
          "första hjälpen. Kommunen vill att fler som bor och arbetar i fjällen ska kunna agera vid olyckor. "
          "Syftet med överenskommelsen är att göra utbildningarna tillgängliga för alla elever i årskurs 8 och "
          "för kommunens egen personal i fjällområdet."),
    ("p", "3. Giltighet"),
    ("p", "Överenskommelsen gäller från och med den 1 januari 2041 till och med den 31 december 2042 med "
          "möjlighet till förlängning i ytterligare två år. Beslut om förlängning fattas av kommunstyrelsen "
          "senast den 30 juni 2042."),
    ("p", "4. Ekonomi"),
    ("p", "Kommunen ersätter Stiftelsen med 310 000 kronor per kalenderår. Därutöver betalar Kommunen 1 200 kronor "
          "per deltagare för kurser för kommunens personal, dock högst 60 000 kronor per år."),
    ("p", "5. Kontaktpersoner"),
    ("t", "Part\tNamn\tRoll"),
    ("t", "Kommunen\tRagnar Öhlén\tsäkerhetssamordnare"),
    ("t", "Stiftelsen\tMatilda Grahn\tkursansvarig"),
    ("p", "6. Underskrifter"),
    ("p", "Malung den 9 december 2040"),
    ("p", "För Malung-Sälens kommun"),
    ("p", "Annelie Forsgren"),
    ("p", "Kommunstyrelsens ordförande"),
    ("p", "För Stiftelsen Fjällvett Västra Dalarna"),
    ("p", "Henning Dalqvist"),
    ("p", "Styrelseordförande"),
]
DOCX1266_HEADER = "Malung-Sälens kommun · Kommunstyrelsen"
DOCX1266_FOOTER = "Malung-Sälens kommun · 782 82 Malung · www.malung-salen.se"

WRITERS = {
    "1266": lambda folder: write_docx_only(folder, DOCX1266_STEM, DOCX1266_BLOCKS, DOCX1266_HEADER, DOCX1266_FOOTER),
}


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for number in sys.argv[1:] or WRITERS:
        print(WRITERS[number](INVENTED))
