"""Makes round 55's (gen55) invented documents that are not text files (tests/fixtures/invented
1103, 1105, 1109, 1111): 1103, a socialnämnd's protocol written as a DOCX by python-docx (its head
labels, its närvarolista Namn / Parti / Funktion / Tjänstgör and a vote's Ledamot / Ja / Nej / Avstår in
tables, the municipality only in the page header) and turned into a born-digital PDF by LibreOffice;
1105, a kommunstyrelse's arbetsutskott protocol the same way, each § headed by a one-row table § / Dnr /
Title and its debate under plain headings; 1109, a socialnämnd's protocol ("PROTOKOLL" over the board's
line with its date, ledamöter and ersättare in tables Name / Parti / §§, a vote table in a bilaga);
1111, a kommunfullmäktige's protocol with an interpellation and an extract of its vote table. All text
invented.
``python tests/inventedmaker55.py`` rewrites them."""

from __future__ import annotations

from pathlib import Path

from inventedmaker import INVENTED
from inventedmaker23 import write_docx_pdf_widths

PDF1103_STEM = "1103_protokoll_sn_dals_ed_docx_pdf_narvarotabell_omrostningstabell"
PDF1103_BLOCKS = [
    ("h", "Protokoll"),
    ("p", "Socialnämnden"),
    ("t", "Sammanträdesdatum\t2041-03-17"),
    ("t", "Plats och tid\tKommunhuset i Ed, sammanträdesrummet Lilla Le, kl. 13.30–16.20"),
    ("t", "Ordförande\tGunilla Strid (C)"),
    ("t", "Sekreterare\tPer-Erik Dahlgren"),
    ("t", "Justerare\tMohammed Rahimi (S)"),
    ("t", "Paragrafer\t28–31"),
    ("p", "Närvarolista"),
    ("t", "Namn\tParti\tFunktion\tTjänstgör"),
    ("t", "Gunilla Strid\tC\tOrdförande\t§§ 28–31"),
    ("t", "Kjell Ramsten\tS\tVice ordförande\t§§ 28–31"),
    ("t", "Mohammed Rahimi\tS\tLedamot\t§§ 28–31"),
    ("t", "Lena Hjort\tKD\tLedamot\t§§ 28–29, 31"),
    ("t", "Viktor Sand\tSD\tLedamot\t§§ 28–31"),
    ("t", "Bo Ljungqvist\tKD\tErsättare\t§ 30"),
    ("t", "Hanna Tollin\tM\tErsättare för Jörgen Alm (M)\t§§ 28–31"),
    ("p", "Övriga närvarande: Karin Mossberg, socialchef; Jonna Ekelöf, enhetschef, § 29"),
    ("p", "§ 28 Val av justerare"),
    ("p", "Socialnämnden utser Mohammed Rahimi (S) att justera protokollet tillsammans med ordföranden."),
    ("p", "§ 29 Riktlinjer för ekonomiskt bistånd 2041    Dnr SN 2041/0033"),
    ("p", "Enhetschef Jonna Ekelöf redogör för förslaget till nya riktlinjer."),
    ("p", "Yrkanden: Kjell Ramsten (S) yrkar bifall till förvaltningens förslag. Viktor Sand (SD) yrkar att "
          "riktlinjerna ska kräva deltagande i kommunens arbetsmarknadsinsatser."),
    ("p", "Beslutsgång: Ordföranden ställer Kjell Ramstens yrkande mot Viktor Sands yrkande och finner att "
          "nämnden bifaller Kjell Ramstens yrkande. Votering begärs och genomförs med följande resultat."),
    ("t", "Ledamot\tJa\tNej\tAvstår"),
    ("t", "Gunilla Strid (C)\tX\t\t"),
    ("t", "Kjell Ramsten (S)\tX\t\t"),
    ("t", "Mohammed Rahimi (S)\tX\t\t"),
    ("t", "Lena Hjort (KD)\t\t\tX"),
    ("t", "Viktor Sand (SD)\t\tX\t"),
    ("t", "Hanna Tollin (M)\t\tX\t"),
    ("t", "Summa\t3\t2\t1"),
    ("p", "Beslut: Socialnämnden antar riktlinjer för ekonomiskt bistånd 2041 enligt förvaltningens förslag."),
    ("p", "Reservation: Viktor Sand (SD) och Hanna Tollin (M) reserverar sig mot beslutet."),
    ("p", "§ 30 Föreningsbidrag till Dals-Eds Brottsofferjour 2041    Dnr SN 2041/0041"),
    ("p", "Jäv: Lena Hjort (KD) anmäler jäv och lämnar lokalen under ärendets behandling. Ersättaren "
          "Bo Ljungqvist (KD) tjänstgör i hennes ställe."),
    ("p", "Beslut: Dals-Eds Brottsofferjour, org.nr 802488-1198, beviljas ett verksamhetsbidrag om "
          "46 000 kronor för 2041."),
    ("p", "§ 31 Anmälan av delegationsbeslut    Dnr SN 2041/0002"),
    ("p", "Beslut: Socialnämnden lägger redovisningen av delegationsbeslut februari 2041 till handlingarna."),
    ("p", "Underskrifter"),
    ("t", "Ordförande\tJusterare\tSekreterare"),
    ("t", "Gunilla Strid\tMohammed Rahimi\tPer-Erik Dahlgren"),
]
PDF1103_WIDTHS_CM = [[4.8, 11.2], [4.6, 1.6, 6.0, 3.6], [6.0, 1.6, 1.6, 1.8], [5.3, 5.3, 5.3]]
PDF1103_HEADER = "Dals-Eds kommun · Socialnämnden · Protokoll 2041-03-17"
PDF1103_FOOTER = "Justerandes signatur ..................    Utdragsbestyrkande .................."


def write_pdf1103(folder: Path) -> Path:
    return write_docx_pdf_widths(folder, PDF1103_STEM, PDF1103_BLOCKS, PDF1103_HEADER, PDF1103_FOOTER,
                                 dict(enumerate(PDF1103_WIDTHS_CM)))


PDF1105_STEM = "1105_protokoll_ksau_grums_docx_pdf_paragraftabell_ansluter"
PDF1105_BLOCKS = [
    ("h", "Sammanträdesprotokoll"),
    ("p", "Kommunstyrelsens arbetsutskott, 2040-04-22"),
    ("t", "Plats och tid\tKommunhuset i Grums, Sessionssalen, kl. 09.00–11.45"),
    ("t", "Beslutande\tRoger Lindh (S), ordförande\nMalin Gyllenberg (M), vice ordförande\n"
          "Anneli Strand (S), från kl. 09.40, §§ 113–116\nBertil Ahlsten (C)\nJanne Öhrn (SD)"),
    ("t", "Övriga närvarande\tKristina Wahlund, kommunchef\nStefan Ljung, sekreterare\n"
          "Emma Karlsson, planarkitekt, § 114"),
    ("t", "Justerare\tBertil Ahlsten"),
    ("t", "Justeringens plats och tid\tKommunhuset, 2040-04-24"),
    ("p", ""),
    ("t", "§ 112\t\tVal av justerare"),
    ("p", "Arbetsutskottet utser Bertil Ahlsten (C) att justera protokollet."),
    ("t", "§ 113\tKS 2040/0087\tMarkanvisning för bostäder vid Sätterstrand"),
    ("p", "Anneli Strand (S) ansluter till sammanträdet kl. 09.40 under ärendets föredragning och deltar i beslutet."),
    ("p", "Yrkande"),
    ("p", "Malin Gyllenberg (M) yrkar att markanvisningen ska gälla i 18 månader i stället för 24."),
    ("p", "Ordförande Roger Lindh (S) yrkar bifall till förvaltningens förslag."),
    ("p", "Proposition"),
    ("p", "Ordföranden ställer proposition på yrkandena och finner att arbetsutskottet bifaller hans eget yrkande."),
    ("p", "Arbetsutskottets förslag till kommunstyrelsen"),
    ("p", "1. Markanvisning lämnas till Sätterstrand Fastighets AB, org.nr 556734-2018, för området Sätterstrand 1:9."),
    ("p", "2. Markanvisningen gäller i 24 månader från kommunstyrelsens beslut."),
    ("p", "Reservation"),
    ("p", "Malin Gyllenberg (M) reserverar sig mot beslutet till förmån för eget yrkande."),
    ("t", "§ 114\tKS 2040/0093\tPlanbesked för Borgvik 4:21"),
    ("p", "Jäv"),
    ("p", "Janne Öhrn (SD) anmäler jäv och lämnar lokalen. Han deltar inte i handläggningen."),
    ("p", "Planarkitekt Emma Karlsson föredrar ärendet."),
    ("p", "Arbetsutskottets beslut"),
    ("p", "Positivt planbesked lämnas. Planavgift tas ut enligt taxa, beräknad till 96 000 kronor."),
    ("t", "§ 115\tKS 2040/0101\tBidrag till Grums Hembygdsförening för Borgviks bruksmuseum"),
    ("p", "Arbetsutskottets förslag till kommunstyrelsen"),
    ("p", "Grums Hembygdsförening, org.nr 802601-5522, beviljas ett bidrag om 120 000 kronor för "
          "perioden 1 maj 2040–30 april 2041."),
    ("p", "Protokollsanteckning"),
    ("p", "Bertil Ahlsten (C) antecknar att Centerpartiet vill se en långsiktig överenskommelse med föreningen."),
    ("t", "§ 116\tKS 2040/0005\tRedovisning av delegationsbeslut"),
    ("p", "Arbetsutskottets beslut"),
    ("p", "Redovisningen godkänns."),
    ("p", "Underskrifter"),
    ("t", "Sekreterare\tStefan Ljung"),
    ("t", "Ordförande\tRoger Lindh"),
    ("t", "Justerare\tBertil Ahlsten"),
]
PDF1105_PARAGRAPH_TABLES = 5  # the one-row tables of §§ 112-116
PDF1105_WIDTHS_CM = ([[4.6, 11.4]] + [[1.8, 3.4, 10.8]] * PDF1105_PARAGRAPH_TABLES + [[4.6, 11.4]])
PDF1105_HEADER = "GRUMS KOMMUN          Kommunstyrelsens arbetsutskott          Sammanträdesdatum 2040-04-22"
PDF1105_FOOTER = "Justerandes sign          Utdragsbestyrkande"


def write_pdf1105(folder: Path) -> Path:
    return write_docx_pdf_widths(folder, PDF1105_STEM, PDF1105_BLOCKS, PDF1105_HEADER, PDF1105_FOOTER,
                                 dict(enumerate(PDF1105_WIDTHS_CM)))


PDF1109_STEM = "1109_protokoll_sn_flen_docx_pdf_narvaro_paragrafer_omrostningsbilaga"
PDF1109_BLOCKS = [
    ("h", "PROTOKOLL"),
    ("p", "Socialnämnden 2039-09-18"),
    ("p", "Plats och tid: Stadshuset i Flen, rum Skebokvarn, kl. 14.00–17.10"),
    ("t", "Ledamöter\tParti\tNärvarande"),
    ("t", "Ulla-Britt Sandström, ordförande\tS\t§§ 74–78"),
    ("t", "Tobias Grahn, vice ordförande\tM\t§§ 74–78"),
    ("t", "Nadia Haddou\tS\t§§ 74–78"),
    ("t", "Lennart Åhs\tC\t§§ 74–76, 78"),
    ("t", "Kristin Mörk\tSD\t§§ 74–78"),
    ("p", ""),
    ("t", "Ersättare\tParti\tTjänstgör"),
    ("t", "Roland Wiik\tS\t"),
    ("t", "Jessica Frost\tC\t§ 77 för Lennart Åhs"),
    ("p", "Övriga: Camilla Rehn, socialchef; Adam Lövgren, nämndsekreterare"),
    ("p", "Justerare: Tobias Grahn. Justering sker på socialkontoret 2039-09-22."),
    ("p", "§ 74 Godkännande av dagordning"),
    ("p", "Dagordningen godkänns."),
    ("p", "§ 75 Ekonomisk uppföljning augusti 2039 (SN 2039/101)"),
    ("p", "Nämnden noterar en prognos om minus 5,2 miljoner kronor för helåret. Redovisningen godkänns."),
    ("p", "§ 76 Idéburet offentligt partnerskap med Flens Kvinno- och tjejjour (SN 2039/117)"),
    ("p", "Yrkanden: Nadia Haddou (S) yrkar bifall till förvaltningens förslag. Kristin Mörk (SD) yrkar "
          "att partnerskapet ska gälla ett år."),
    ("p", "Propositionsordning: Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller "
          "förvaltningens förslag. Votering begärs och genomförs, se bilaga 1."),
    ("p", "Beslut"),
    ("p", "1. Socialnämnden ingår ett idéburet offentligt partnerskap med Flens Kvinno- och tjejjour, "
          "org.nr 802466-8710, för perioden 2040-01-01–2042-12-31."),
    ("p", "2. Ersättningen är 420 000 kronor per år."),
    ("p", "Reservation: Kristin Mörk (SD) reserverar sig mot beslutet."),
    ("p", "§ 77 Köp av platser i familjehemsvård (SN 2039/120)"),
    ("p", "Jäv: Lennart Åhs (C) anmäler jäv. Jessica Frost (C) tjänstgör i hans ställe."),
    ("p", "Beslut: Förvaltningen får avropa platser enligt gällande ramavtal."),
    ("p", "§ 78 Meddelanden"),
    ("p", "Meddelandena läggs till handlingarna."),
    ("p", "Bilaga 1 Omröstning § 76"),
    ("t", "Ledamot/ersättare\tParti\tJa\tNej\tAvstår"),
    ("t", "Ulla-Britt Sandström\tS\tX\t\t"),
    ("t", "Tobias Grahn\tM\tX\t\t"),
    ("t", "Nadia Haddou\tS\tX\t\t"),
    ("t", "Lennart Åhs\tC\t\t\tX"),
    ("t", "Kristin Mörk\tSD\t\tX\t"),
    ("t", "Summa\t\t3\t1\t1"),
    ("p", "Underskrifter"),
    ("p", "Sekreterare: Adam Lövgren"),
    ("p", "Ordförande: Ulla-Britt Sandström"),
    ("p", "Justerare: Tobias Grahn"),
]
PDF1109_WIDTHS_CM = [[7.0, 1.6, 5.0], [7.0, 1.6, 5.0], [5.6, 1.6, 1.4, 1.4, 1.8]]
PDF1109_HEADER = "Flens kommun\tSocialnämnden"
PDF1109_FOOTER = "Justerandes signatur ........    Utdragsbestyrkande ........"


def write_pdf1109(folder: Path) -> Path:
    return write_docx_pdf_widths(folder, PDF1109_STEM, PDF1109_BLOCKS, PDF1109_HEADER, PDF1109_FOOTER,
                                 dict(enumerate(PDF1109_WIDTHS_CM)))


PDF1111_STEM = "1111_protokoll_kf_bastad_docx_pdf_interpellation_debatt_ajournering"
PDF1111_BLOCKS = [
    ("h", "Protokoll kommunfullmäktige 2041-04-24"),
    ("t", "Plats och tid\tBåstad, Kommunhuset, Fullmäktigesalen, torsdagen den 24 april 2041 kl. 18.30–21.55"),
    ("t", "Beslutande\tSe bilagd närvarolista"),
    ("t", "Övriga deltagare\tMalin Essving, kommundirektör\nJoakim Berg, kommunsekreterare"),
    ("t", "Justerare\tIngela Wallin (S) och Patrik Holmér (M)"),
    ("t", "Justering\tKommunhuset, 2041-04-29"),
    ("p", "KF § 45    Dnr KS 2041/0140"),
    ("p", "Interpellation från Lisa Ekdahl (C) till kommunstyrelsens ordförande Olle Bergendahl (M) om "
          "vattenförsörjningen på Bjärehalvön"),
    ("p", "Olle Bergendahl (M) besvarar interpellationen. I debatten deltar Lisa Ekdahl (C), Olle Bergendahl (M), "
          "Sune Lindvall (SD) och Klara Ström (V)."),
    ("p", "Beslut: Interpellationen är besvarad."),
    ("p", "KF § 46    Dnr KS 2041/0098"),
    ("p", "Ombyggnad av Malens badplats"),
    ("p", "Yrkanden: Patrik Holmér (M) yrkar bifall till kommunstyrelsens förslag. Klara Ström (V) yrkar återremiss "
          "för att utreda tillgängligheten. Ingela Wallin (S) instämmer i Klara Ströms återremissyrkande."),
    ("p", "Sammanträdet ajourneras kl. 20.05–20.20 på begäran av Sune Lindvall (SD)."),
    ("p", "Propositionsordning: Ordföranden frågar om ärendet ska avgöras i dag och finner att så sker. "
          "Votering begärs. Med 19 ja-röster mot 12 nej-röster beslutar fullmäktige att avgöra ärendet i dag "
          "(omröstningsbilaga 1)."),
    ("p", "Beslut: Kommunfullmäktige beviljar en investeringsram om 7,4 miljoner kronor för ombyggnad "
          "av Malens badplats."),
    ("p", "Reservation: Ingela Wallin (S) och Klara Ström (V) reserverar sig mot beslutet att inte återremittera ärendet."),
    ("p", "KF § 47    Dnr KS 2041/0151"),
    ("p", "Avsägelse från Henrik Nordh (KD) som ersättare i kommunfullmäktige"),
    ("p", "Beslut: Avsägelsen godkänns. Länsstyrelsen ombeds göra ny sammanräkning."),
    ("p", "Omröstningsbilaga 1, § 46 (ja = avgöra i dag, nej = återremiss), utdrag"),
    ("t", "Ledamot\tParti\tJa\tNej"),
    ("t", "Gunnel Ahlström, ordförande\tM\tX\t"),
    ("t", "Olle Bergendahl\tM\tX\t"),
    ("t", "Patrik Holmér\tM\tX\t"),
    ("t", "Lisa Ekdahl\tC\tX\t"),
    ("t", "Sune Lindvall\tSD\tX\t"),
    ("t", "Ingela Wallin\tS\t\tX"),
    ("t", "Klara Ström\tV\t\tX"),
    ("t", "Yusuf Demir\tS\t\tX"),
    ("p", "Vid protokollet: Joakim Berg"),
    ("p", "Ordförande: Gunnel Ahlström"),
]
PDF1111_WIDTHS_CM = [[4.2, 11.8], [6.4, 1.6, 1.4, 1.4]]
PDF1111_HEADER = "Båstads kommun · Kommunfullmäktige · Protokoll"
PDF1111_FOOTER = "Justerandes sign ........   Utdragsbestyrkande ........"


def write_pdf1111(folder: Path) -> Path:
    return write_docx_pdf_widths(folder, PDF1111_STEM, PDF1111_BLOCKS, PDF1111_HEADER, PDF1111_FOOTER,
                                 dict(enumerate(PDF1111_WIDTHS_CM)))


if __name__ == "__main__":
    print(write_pdf1103(INVENTED))
    print(write_pdf1105(INVENTED))
    print(write_pdf1109(INVENTED))
    print(write_pdf1111(INVENTED))
