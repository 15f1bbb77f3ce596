"""(being written)"""


def extract_document(ctx):
    return {"title": None, "doc_type": None, "municipality": None, "board": None, "dnr": None, "date": None, "spans": {}}
