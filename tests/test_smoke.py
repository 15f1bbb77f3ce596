from docparse import process


def test_process_text_sample():
    record = process("samples/001_a75b3216a1652f4c.txt")
    assert record["source"]["input_kind"] == "text"
    assert "Socialnämnden" in record["text"]
