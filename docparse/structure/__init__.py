"""The structure stage: header, title, sections, items and signature blocks of a document."""
