"""Build models/sv_abbreviations.txt: Swedish abbreviations that end in a full stop and so do not
end a sentence ("bl.a.", "t.ex.", "kl.", "jan.").

Source: spaCy's Swedish tokenizer exceptions (spacy/lang/sv/tokenizer_exceptions.py, MIT), which
ship with the spacy package. docparse reads the list at run time instead of importing spaCy,
whose import alone costs about two seconds of a cold start.

    python models/build_abbreviations.py
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent / "sv_abbreviations.txt"


def main() -> None:
    from spacy.lang.sv.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    words = sorted({
        key.lower() for key in TOKENIZER_EXCEPTIONS
        if key.endswith(".") and any(ch.isalpha() for ch in key) and all(ch.isalpha() or ch in ".-" for ch in key)
    })
    header = "# Swedish abbreviations ending in a full stop, from spaCy's Swedish tokenizer exceptions (MIT).\n" \
             "# Built by models/build_abbreviations.py; one a line, lower case.\n"
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} abbreviations -> {OUT}")


if __name__ == "__main__":
    main()
