"""Outlook .msg messages: the same shape as an .eml (subject, date, body; each attachment a
document of its own, linked to the message), recognised by content. The messages are written by
tests/msgmaker.py from the documented formats ([MS-CFB], [MS-OXMSG]); `file` calls them "CDFV2
Microsoft Outlook Message" and olefile reads them as it reads Outlook's."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

import formatmaker as fm
import msgmaker
from docparse.cli import main
from docparse.errors import InputFileError
from docparse.pipeline import process
from docparse.read import read, read_all, sniff
from docparse.schema import validate
from test_read_formats import _mail, fields, runner

BODY = "Hej!\r\n\r\nHär kommer socialnämndens beslut.\r\n\r\nMed vänlig hälsning\r\nRegistrator\r\n"
SENT = datetime(2024, 3, 12, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("msg")
    docx = fm.write_docx(folder / "beslut.docx")
    txt = folder / "beslut.txt"
    txt.write_text(fm.as_text(), encoding="utf-8")
    html = folder / "sida.html"
    html.write_text(fm.as_html(), encoding="utf-8")
    return {"docx": docx, "txt": txt, "html": html}


def _message(files) -> bytes:
    return msgmaker.write_msg("Beslut om läxhjälp", BODY, SENT,
                              [("beslut.docx", files["docx"].read_bytes()), ("sida.html", files["html"].read_bytes())])


def test_msg_body_and_attachments_linked(files, tmp_path):
    path = tmp_path / "brev.msg"
    path.write_bytes(_message(files))
    assert sniff(path.read_bytes()[:16]) == "ole"
    docs = list(read_all(str(path)))
    assert [d.input_kind for d in docs] == ["msg", "docx", "html"]
    message, *attached = docs
    assert message.text.startswith("Beslut om läxhjälp\nDatum: 2024-03-12\nHej!")
    assert "Här kommer socialnämndens beslut." in message.text
    assert message.attachments == [f"{path}!beslut.docx", f"{path}!sida.html"]
    assert [d.path for d in attached] == message.attachments
    assert all(d.parent == str(path) for d in attached)
    assert any("attachments read as documents of their own" in w for w in message.warnings)


def test_msg_reads_as_the_same_eml(files, tmp_path):
    """The same message as .eml and as .msg: the same record fields."""
    (tmp_path / "brev.msg").write_bytes(_message(files))
    eml_data = _mail({"docx": files["docx"], "html": files["html"]})
    (tmp_path / "brev.eml").write_bytes(eml_data)
    as_msg, as_eml = process(str(tmp_path / "brev.msg")), process(str(tmp_path / "brev.eml"))
    validate(as_msg)
    assert as_msg["source"]["input_kind"] == "msg"
    assert as_msg["document"]["title"] == as_eml["document"]["title"] == "Beslut om läxhjälp"
    assert as_msg["document"]["date"] == as_eml["document"]["date"] == "2024-03-12"


def test_run_writes_a_record_per_document(files, tmp_path):
    path = tmp_path / "brev.msg"
    path.write_bytes(_message(files))
    out = tmp_path / "out"
    result = runner().invoke(main, ["run", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(f.name for f in out.iterdir()) == ["brev.msg!beslut.docx.json", "brev.msg!sida.html.json",
                                                     "brev.msg.json"]
    attachment = json.loads((out / "brev.msg!beslut.docx.json").read_text(encoding="utf-8"))
    assert attachment["source"]["parent"] == str(path)
    assert fields(attachment) == fields(process(str(files["txt"])))


def test_batch_opens_a_msg_as_a_container(files, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "brev.msg").write_bytes(_message(files))
    out = tmp_path / "out"
    result = runner().invoke(main, ["batch", str(src), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (out / "records").iterdir()) == [
        "brev.msg!beslut.docx.json", "brev.msg!sida.html.json", "brev.msg.json"]


def test_a_msg_with_a_word_doc_attached_is_a_message(files, tmp_path):
    """The attached .doc's own directory (its WordDocument stream) lies inside the message's
    attachment data: the top of the message's directory decides, in every reader and in batch."""
    if fm.soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from docparse.batch.walk import Input, classify
    from docparse.read.doc import ole_kind

    doc = fm.convert(files["docx"], "doc", tmp_path)
    path = tmp_path / "brev.msg"
    path.write_bytes(msgmaker.write_msg("Beslut om läxhjälp", BODY, SENT, [("beslut.doc", doc.read_bytes())]))
    assert ole_kind(path.read_bytes()) == ole_kind(str(path)) == ("msg", None)
    assert ole_kind(doc.read_bytes()) == ("doc", None)
    docs = list(read_all(str(path)))
    assert [d.input_kind for d in docs] == ["msg", "doc"]
    assert docs[1].parent == str(path)
    item = Input(str(path), "brev.msg", size=path.stat().st_size)
    classify(item)
    assert (item.status, item.kind) == ("todo", "msg")


def test_msg_without_attachments_and_8bit_strings():
    data = msgmaker.compound_file({
        "__substg1.0_0037001E": "Kallelse till sammanträde".encode("cp1252"),
        "__substg1.0_1000001E": "Nämnden sammanträder i stadshuset.".encode("cp1252"),
    })
    doc = read("kallelse.msg", data=data)
    assert doc.input_kind == "msg" and doc.attachments == []
    assert doc.text == "Kallelse till sammanträde\nNämnden sammanträder i stadshuset.\n"


def test_msg_html_body_in_its_declared_charset():
    """A message with only an HTML body, in Windows-1252 as its meta tag says: read as a web page is."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            "<body><p>Bygglovet för förrådet på gården är beviljat.</p></body></html>").encode("cp1252")
    data = msgmaker.compound_file({
        "__substg1.0_0037001F": "Beslut om bygglov".encode("utf-16-le"),
        "__substg1.0_10130102": html,
    })
    doc = read("bygglov.msg", data=data)
    assert doc.text == "Beslut om bygglov\nBygglovet för förrådet på gården är beviljat.\n"


def test_damaged_msg_gives_input_errors_never_tracebacks(files):
    data = _message(files)
    for case in fm.damaged_copies(data, 7):
        try:
            for _doc in read_all("x.msg", data=case):
                pass
        except InputFileError:
            pass
