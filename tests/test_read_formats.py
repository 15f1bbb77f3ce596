"""Every format docparse reads by content, on real files made with real tools (tests/formatmaker.py:
python-docx writes the DOCX, LibreOffice headless converts it to PDF, ODT, RTF and DOC): the same
invented decision through every format gives the same extracted fields as its plain text."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from email.message import EmailMessage

import pytest
from click.testing import CliRunner

import formatmaker as fm
from docparse.cli import main
from docparse.errors import InputFileError, MissingDependencyError
from docparse.pipeline import process
from docparse.read import read, read_all, sniff
from docparse.schema import validate

FIELDS = ["document", "org_numbers", "parties", "periods", "amounts", "decision_points", "people",
          "dnr_references", "dates"]
needs_soffice = pytest.mark.skipif(fm.soffice() is None, reason="LibreOffice (soffice) is not installed "
                                   "(scripts/setup.sh installs libreoffice-writer-nogui; CI runs these)")


def runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:
        return CliRunner()


def fields(record: dict) -> dict:
    """The extracted fields without offsets (the texts differ in blank lines and furniture)."""
    def strip(o):
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items() if k not in ("span", "spans", "start", "end", "context")}
        if isinstance(o, list):
            return [strip(x) for x in o]
        return o

    return strip({k: record[k] for k in FIELDS})


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return fm.write_all(tmp_path_factory.mktemp("formats"))


@pytest.fixture(scope="module")
def furnished(tmp_path_factory):
    """The same decision with a header and footer on every page."""
    return fm.write_all(tmp_path_factory.mktemp("furnished"), furniture=True)


@pytest.fixture(scope="module")
def reference(files):
    return process(str(files["txt"]))


def test_reference_text_extracts_what_the_decision_says(reference):
    doc = reference["document"]
    assert (doc["title"], doc["dnr"], doc["date"], doc["municipality"]) == (
        "Idéburet offentligt partnerskap om läxhjälp för unga", "SN 2024/0217", "2024-03-12", "Tierps kommun")
    assert [a["value"] for a in reference["amounts"]] == [450000, 120000, 330000]
    assert [p["number"] for p in reference["decision_points"]] == [1, 2, 3]


@pytest.mark.parametrize("kind", ["html", "docx"])
def test_same_fields_as_text(files, reference, kind):
    record = process(str(files[kind]))
    validate(record)
    assert record["source"]["input_kind"] == kind
    assert fields(record) == fields(reference)


@needs_soffice
@pytest.mark.parametrize("kind", ["odt", "rtf", "doc"])
def test_same_fields_as_text_libreoffice(files, reference, kind):
    record = process(str(files[kind]))
    validate(record)
    assert record["source"]["input_kind"] == kind
    assert fields(record) == fields(reference)


@needs_soffice
def test_doc_with_antiword(files, reference, monkeypatch):
    if shutil.which("antiword") is None:
        pytest.skip("antiword is not installed (scripts/setup.sh installs it)")
    monkeypatch.setenv("DOCPARSE_DOC_READER", "antiword")
    record = process(str(files["doc"]))
    # Plain text only: no heading styles, so the title is the known loss; the rest holds.
    got, want = fields(record), fields(reference)
    got["document"].pop("title"), want["document"].pop("title")
    assert got == want


@needs_soffice
def test_born_digital_pdf(files, reference):
    """LibreOffice's PDF is read from its text layer; the space above a heading becomes a blank
    line and a table's cell gap a tab, so it too gives the fields of the .txt."""
    record = process(str(files["pdf"]))
    assert [p["method"] for p in record["pages"]] == ["text-layer"]
    assert "\n\nFörvaltningens förslag till beslut\n" in record["text"]
    assert "\nLokalhyra\t120 000 kr\n" in record["text"]
    assert fields(record) == fields(reference)


@pytest.mark.parametrize("kind", ["docx"])
def test_headers_and_footers_are_furniture(furnished, reference, kind):
    record = process(str(furnished[kind]))
    masked = [record["text"][f["span"]["start"]:f["span"]["end"]] for f in record["furniture"]]
    assert fm.HEADER in masked and fm.FOOTER in masked
    assert fields(record) == fields(reference)  # the letterhead and address change no field


@needs_soffice
@pytest.mark.parametrize("kind", ["odt", "rtf", "doc"])
def test_headers_and_footers_are_furniture_libreoffice(furnished, reference, kind):
    test_headers_and_footers_are_furniture(furnished, reference, kind)


def test_html_chrome_is_dropped(files):
    document = read(str(files["html"]))
    text = document.text
    # The site's name closing the page's <title> ("Tjänsteutlåtande - Tierps kommun") and the site's footer
    # stay, first and last, marked as page furniture (they name whose site it is, as a Word document's
    # header and footer do); the rest of the chrome goes.
    site, footer = [text[s:e] for s, e in document.furniture]
    assert site == "Tierps kommun"
    assert footer == "Tierps kommun, 815 80 Tierp. Telefon 0293-21 80 00. Senast uppdaterad 2024-03-14"
    assert text == site + "\n\n" + fm.as_text() + footer + "\n"
    body = text[document.furniture[0][1]: document.furniture[1][0]]
    for chrome in ("Till innehållet", "Kontakta oss", "kakor", "Godkänn", "Protokoll", "dataLayer",
                   "Relaterade", "0293-21 80 00", "logotyp", "color:red", "track()"):
        assert chrome not in body


def test_html_without_main_uses_body():
    html = fm.as_html(chrome=False).encode("utf-8")
    assert read("x", data=html).text == fm.as_text()


def test_recognised_by_content_not_extension(files, tmp_path):
    for kind in ("html", "docx"):
        wrong = tmp_path / f"{kind}.txt"
        wrong.write_bytes(files[kind].read_bytes())
        assert read(str(wrong)).input_kind == kind
    assert sniff(b"<!DOCTYPE html>\n<html>") == "html"
    assert sniff(b"{\\rtf1\\ansi") == "rtf"
    assert sniff(b"From: a@example.se\nTo: b@example.se\nSubject: x\n\nHej") == "eml"
    assert sniff(b"Beslut: <p>ej html</p>") == "text"  # a text with a tag in it stays text
    assert sniff(b"Datum: 2024-01-01\nDnr: 1\n") == "text"  # labels are not mail headers


# --- containers -------------------------------------------------------------------------------

def _mail(files) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Registrator <registrator@example.se>"
    msg["To"] = "Nämndsekreterare <sekreterare@example.se>"
    msg["Subject"] = "Beslut om läxhjälp"
    msg["Date"] = "Tue, 12 Mar 2024 10:00:00 +0100"
    msg.set_content("Hej!\n\nHär kommer socialnämndens beslut.\n\nMed vänlig hälsning\nRegistrator\n")
    msg.add_attachment(files["docx"].read_bytes(), maintype="application", subtype="octet-stream",
                       filename="beslut.docx")
    msg.add_attachment(files["html"].read_bytes(), maintype="text", subtype="html", filename="sida.html")
    return bytes(msg)


def test_email_body_and_attachments_linked(files, reference, tmp_path):
    path = tmp_path / "brev.eml"
    path.write_bytes(_mail(files))
    docs = list(read_all(str(path)))
    assert [d.input_kind for d in docs] == ["eml", "docx", "html"]
    message, *attached = docs
    assert message.text.startswith("Beslut om läxhjälp\nDatum: 2024-03-12\nHej!")
    assert message.attachments == [f"{path}!beslut.docx", f"{path}!sida.html"]
    assert [d.path for d in attached] == message.attachments
    assert all(d.parent == str(path) for d in attached)
    out = tmp_path / "out"
    result = runner().invoke(main, ["run", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(f.name for f in out.iterdir()) == ["brev.eml!beslut.docx.json", "brev.eml!sida.html.json",
                                                     "brev.eml.json"]
    attachment = json.loads((out / "brev.eml!beslut.docx.json").read_text(encoding="utf-8"))
    validate(attachment)
    assert attachment["source"]["parent"] == str(path)
    assert fields(attachment) == fields(reference)


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_members_are_documents(files, reference, tmp_path):
    inner = _zip({"bilaga.html": files["html"].read_bytes()})
    path = tmp_path / "arkiv.zip"
    path.write_bytes(_zip({"2024/beslut.docx": files["docx"].read_bytes(), "beslut.txt": files["txt"].read_bytes(),
                           "inre.zip": inner, "__MACOSX/._beslut.docx": b"\x00\x05", "trasig.docx": b"PK\x03\x04xx"}))
    result = runner().invoke(main, ["run", str(path)])
    assert result.exit_code == 1  # one member could not be read; the others were
    assert result.stderr.strip() == f"docparse: error: {path}!trasig.docx: is a corrupt or truncated ZIP file (or Office document)"
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [f"{path}!2024/beslut.docx", f"{path}!beslut.txt",
                                                      f"{path}!inre.zip!bilaga.html"]
    assert [r["source"]["parent"] for r in records] == [str(path), str(path), f"{path}!inre.zip"]
    for record in records:
        validate(record)
        assert fields(record) == fields(reference)


def test_zip_bomb_refused_in_one_line(tmp_path):
    path = tmp_path / "bomb.zip"
    path.write_bytes(_zip({"noll.txt": b"0" * (20 << 20)}))
    result = runner().invoke(main, ["run", str(path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"docparse: error: {path}: archive member noll.txt unpacks to 20 MB, "
                                     "over 100 times its packed size (a zip bomb?)"), result.stderr


def test_zip_total_size_and_member_limits():
    from docparse.read.archive import zip_members
    from docparse.read.limits import Limits

    data = _zip({"a.txt": b"Beslut " * 100, "b.txt": b"Beslut " * 100})
    with pytest.raises(InputFileError, match="archive unpacks to more than the limit of 1000 bytes"):
        list(zip_members("a.zip", data, Limits(max_unpacked_bytes=1000)))
    with pytest.raises(InputFileError, match="more than the limit of 1 members"):
        list(zip_members("a.zip", data, Limits(max_members=1)))
    assert [m for m, _ in zip_members("a.zip", data)] == ["a.zip!a.txt", "a.zip!b.txt"]
    # The limits given to read_all hold for the archive's members too.
    with pytest.raises(InputFileError, match="more than the limit of 1 members"):
        list(read_all("a.zip", data=data, limits=Limits(max_members=1)))
    assert len(list(read_all("a.zip", data=data))) == 2


def test_encrypted_zip_member(files):
    data = bytearray(_zip({"hemlig.txt": b"Beslut om bidrag."}))
    # Set the "encrypted" flag in the local header and the central directory, as zip -e does.
    data[6] |= 1
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 1
    [err] = list(read_all("arkiv.zip", data=bytes(data)))
    assert isinstance(err, InputFileError)
    assert str(err) == "arkiv.zip!hemlig.txt: is encrypted (password-protected ZIP member)"


# --- bad input: one line each, never a traceback -----------------------------------------------

@pytest.mark.parametrize("name, data, message", [
    ("trasig.docx", b"PK\x03\x04" + b"\x00" * 100, "is a corrupt or truncated ZIP file"),
    ("kalkyl.xlsx", _zip({"xl/workbook.xml": b"<workbook/>", "[Content_Types].xml": b"<Types/>"}),
     "unsupported format: an Excel workbook (.xlsx)"),
    ("tom.docx", _zip({"word/document.xml": b"<nope"}), "is a corrupt Word document (.docx)"),
    ("tom.odt", _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x"}),
     "is a corrupt OpenDocument text (.odt)"),
    ("post.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "__substg1.0_0037001F".encode("utf-16-le"),
     "is a corrupt Outlook message"),
    ("krypterad.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
     "is an encrypted (password-protected) Office document"),
])
def test_bad_input_one_line(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    result = runner().invoke(main, ["run", str(path)])
    assert result.exit_code == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"docparse: error: {path}: {message}"), lines
    assert "Traceback" not in result.stderr


def test_doc_without_converters_names_the_package(tmp_path, monkeypatch):
    import docparse.read.doc as doc

    monkeypatch.setattr(doc.shutil, "which", lambda name: None)
    path = tmp_path / "gammal.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"))
    with pytest.raises(MissingDependencyError):
        read(str(path))
    result = runner().invoke(main, ["run", str(path)])
    assert result.exit_code == 3
    assert "apt-get install libreoffice-writer-nogui (or antiword)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_batch_reads_new_kinds_and_containers(files, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for kind in ("html", "docx"):
        (src / files[kind].name).write_bytes(files[kind].read_bytes())
    (src / "arkiv.zip").write_bytes(_zip({"a.docx": files["docx"].read_bytes(), "b/c.html": files["html"].read_bytes()}))
    (src / "brev.eml").write_bytes(_mail(files))
    (src / "kalkyl.xlsx").write_bytes(_zip({"xl/workbook.xml": b"<workbook/>"}))
    out = tmp_path / "out"
    result = runner().invoke(main, ["batch", str(src), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    assert "skipped: " in result.stderr and "Excel workbook" in result.stderr
    names = sorted(p.name for p in (out / "records").iterdir())
    assert names == ["arkiv.zip!b_c.html.json", "arkiv.zip.json", "beslut.docx.json", "beslut.html.json",
                     "brev.eml!beslut.docx.json", "brev.eml!sida.html.json", "brev.eml.json"]
    for path in (out / "records").iterdir():
        validate(json.loads(path.read_text(encoding="utf-8")))
    again = runner().invoke(main, ["batch", str(src), "-o", str(out), "-j", "1"])
    assert "4 unchanged" in again.stderr, again.stderr


def test_docx_content_controls_and_text_boxes(tmp_path):
    """Word templates put Datum and Dnr in content controls and letterheads in text boxes:
    python-docx's paragraph text leaves both out; docparse reads them."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("Tjänsteutlåtande")
    body = document.element.body
    body.insert(1, parse_xml(f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>Dnr SN 2024/0217</w:t></w:r></w:p>'
                             '</w:sdtContent></w:sdt>'))
    p = document.add_paragraph("Datum: ")
    p._p.append(parse_xml(f'<w:sdt {w}><w:sdtContent><w:r><w:t>2024-03-12</w:t></w:r></w:sdtContent></w:sdt>'))
    box = document.add_paragraph()
    box._p.append(parse_xml(f'<w:r {w}><w:pict><w:txbxContent><w:p><w:r><w:t>Tierps kommun</w:t></w:r></w:p>'
                            '</w:txbxContent></w:pict></w:r>'))
    path = tmp_path / "mall.docx"
    document.save(path)
    assert read(str(path)).text == "Tjänsteutlåtande\nDnr SN 2024/0217\nDatum: 2024-03-12\nTierps kommun\n"


@pytest.mark.parametrize("kind", ["docx", "odt", "rtf", "html", "eml", "zip"])
def test_damaged_files_give_input_errors_never_tracebacks(files, tmp_path, kind):
    """Truncated and bit-flipped copies of real files: each is read or refused with an
    InputFileError (a flipped bit in a deflate stream, a garbled member name ...), nothing else."""
    if kind == "odt" and "odt" not in files:
        pytest.skip("LibreOffice (soffice) is not installed")
    data = {"eml": lambda: _mail(files), "zip": lambda: _zip({"a.docx": files["docx"].read_bytes(),
                                                              "b.html": files["html"].read_bytes()})}.get(
        kind, lambda: files[kind].read_bytes())()
    for case in fm.damaged_copies(data, kind):
        try:
            for _doc in read_all(f"x.{kind}", data=case):
                pass
        except InputFileError:
            pass


def test_pdf_hyphenated_words_rejoined_and_columns_kept():
    """pdfium marks a word it joined across a hyphenated line end with U+FFFE; a real protocol's
    text layer (Nykarleby, ../shared/external) reads with the words whole, its label column apart."""
    from pathlib import Path

    pdf = (Path(__file__).resolve().parents[2] / "shared" / "external" / "nykarleby"
           / "valfardsnamnden_protokoll_15_09_2022_18_00_139758.pdf")
    if not pdf.exists():
        pytest.skip(f"{pdf} is not here")
    doc = read(str(pdf), ocr="never")
    assert not any("\ufffe" in page.text for page in doc.pages)
    assert "välfärdsnämndens ordförande." in doc.pages[11].text
    assert doc.pages[0].text.startswith("Organ\tVälfärdsnämnden\n")


def test_zip_on_stdin_expands(files):
    data = _zip({"a.docx": files["docx"].read_bytes(), "b.html": files["html"].read_bytes()})
    result = runner().invoke(main, ["run", "-"], input=data)
    assert result.exit_code == 0, result.stderr
    paths = [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()]
    assert paths == ["<stdin>!a.docx", "<stdin>!b.html"]
