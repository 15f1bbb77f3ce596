import unicodedata

import pytest

from docparse.errors import InputFileError
from docparse.read import read, sniff

SWEDISH = "Socialnämnden beslutar att godkänna överenskommelsen om målgruppen."


@pytest.mark.parametrize(
    "data",
    [
        SWEDISH.encode("utf-8"),
        b"\xef\xbb\xbf" + SWEDISH.encode("utf-8"),
        SWEDISH.encode("cp1252"),
        SWEDISH.encode("latin-1"),
        SWEDISH.encode("utf-16"),
        unicodedata.normalize("NFD", SWEDISH).encode("utf-8"),  # decomposed å/ä/ö
        SWEDISH.replace(" ", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "utf16", "nfd", "crlf"],
)
def test_decodes_to_nfc(data):
    text = read("doc.txt", data=data).text
    assert unicodedata.is_normalized("NFC", text)
    assert "Socialnämnden" in text and "överenskommelsen" in text
    assert "\r" not in text and "\ufeff" not in text


def test_soft_hyphens_join_their_word_and_a_line_end_one_is_a_hyphenation():
    """Typeset text keeps its hyphenation points as soft hyphens: invisible inside a word, where every
    word pattern would cut it ("förvaltnings" + "berättelse"), and the hyphen of a broken word at a line's end."""
    text = read("doc.txt", data="Förvaltnings\u00adberättelsen lades fram av revi\u00ad\nsorerna.".encode()).text
    assert "\u00ad" not in text
    assert "Förvaltningsberättelsen" in text and "revi-\nsorerna" in text


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "is empty"),
        (b"   \n\n\t ", "has no text"),
        (bytes(range(256)) * 8, "binary data, not text"),
        (b"\x81\x8d\x8f\x90\x9d" * 10 + b"\xff\xfe\xfd", "undecodable text (neither UTF-8 nor Windows-1252)"),
    ],
)
def test_bad_input(data, problem):
    with pytest.raises(InputFileError) as err:
        read("bad.txt", data=data)
    assert str(err.value) == f"bad.txt: {problem}"


def test_missing_file(tmp_path):
    with pytest.raises(InputFileError) as err:
        read(str(tmp_path / "nope.txt"))
    assert str(err.value).endswith("nope.txt: no such file")


def test_directory(tmp_path):
    with pytest.raises(InputFileError, match="is a directory"):
        read(str(tmp_path))


@pytest.mark.parametrize(
    "head, kind",
    [(b"%PDF-1.7\n", "pdf"), (b"\x89PNG\r\n\x1a\n", "image"), (b"\xff\xd8\xff\xe0", "image"), (b"II*\x00", "image"), (b"Hej", "text")],
)
def test_sniff_by_content(head, kind):
    assert sniff(head) == kind
