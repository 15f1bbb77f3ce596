"""Rules that keep extraction steady when prose comes as a PDF column's text layer: lines wrapped
at the column's width, so a name in a list run together in a sentence can break over two lines."""


def _parties(result):
    return sorted(p["name"] for p in result["parties"])


def test_a_grant_lists_name_wrapped_over_a_line_is_one_name(extract_text):
    text = ("Kulturbidrag 2040 fördelade\n\n"
            "Kultur- och fritidsnämnden har fördelat årets bidrag till föreningarna.\n\n"
            "Körer och orkestrar: Lindås Kammarkör 8 400, Sjöviks Blåsorkester 12 300, Norra\n"
            "Lindås Spelmanslag 6 500, Ekbackens Kyrkokör 4 200.\n")
    assert _parties(extract_text(text)) == ["Ekbackens Kyrkokör", "Lindås Kammarkör", "Norra Lindås Spelmanslag",
                                            "Sjöviks Blåsorkester"]


def test_a_list_with_one_entry_per_line_keeps_its_names(extract_text):
    # each line closes its own entry: the line above holds no name begun for the next
    text = ("Kulturbidrag 2040 fördelade\n\n"
            "Kultur- och fritidsnämnden har fördelat årets bidrag till föreningarna:\n\n"
            "Lindås Kammarkör 8 400\n"
            "Sjöviks Blåsorkester 12 300\n"
            "Ekbackens Kyrkokör 4 200\n")
    assert _parties(extract_text(text)) == ["Ekbackens Kyrkokör", "Lindås Kammarkör", "Sjöviks Blåsorkester"]
